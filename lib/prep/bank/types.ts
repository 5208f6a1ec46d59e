import type { QuestionCategory } from '../../schema/dossier';
import type { Signals } from '../signals';

export interface Filled {
  text: string;
  reason: string;
  /** The clipped facts that do work in the question (never the user's own profile alone). */
  basis: string[];
  /** Distinguishes two fillings of one template (two events, two people). */
  slot?: string;
  /** Added to the template's weight: a recent event, a question tied to the user's target. */
  bonus?: number;
  /** Overrides the template's intent (one per event: two events are two subjects). */
  intent?: string;
  /**
   * Its fact only personalises the wording (a tenure, a title): it says what the question rests
   * on, but the question is not grounded for choosing it over a generic one.
   */
  weak?: boolean;
  /**
   * The one clipped fact the question is about, as a key ("event:launch:e-tron sportback"): a sheet
   * asks about a hook once, however differently two questions word it (issue 11: the launch in the
   * opener and again on its own).
   */
  hook?: string;
  /** What to ask instead when another question on the sheet already asks about its hook. */
  instead?: Filled;
}

export interface Template {
  id: string;
  category: QuestionCategory;
  /**
   * What the question asks about. Two questions with one intent say the same thing: the sheet
   * keeps the better one ("how did you get here" and "what pulled you from X to Y" are one intent).
   */
  intent: string;
  /** Base importance, 1–10. */
  weight: number;
  /** Whether it fits this person and this user (issue 11: no hiring talk with a peer). Absent: always. */
  fits?(s: Signals): boolean;
  fill(s: Signals): Filled[];
}
