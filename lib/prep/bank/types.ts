import type { CompanyFactKey, QuestionCategory } from '../../schema/dossier';
import type { Signals } from '../signals';

export interface Filled {
  text: string;
  reason: string;
  basis: string[];
  /** Distinguishes two fillings of one template (two news items, two transitions). */
  slot?: string;
  /** Added to the template's weight: the most recent of several fillings ranks first. */
  bonus?: number;
}

export interface Template {
  id: string;
  category: QuestionCategory;
  /** Base importance, 1–10. Grounded questions get a bonus on top (engine.ts). */
  weight: number;
  fill(s: Signals): Filled[];
  /** A basic question the dossier can answer: dropped when this fact is known (shown under "Already known"). */
  answeredBy?: CompanyFactKey;
}
