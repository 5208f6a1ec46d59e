import { shownFact } from '../facts';
import { COMPANY_FACTS } from '../schema/company-facts';
import { similarity, NEAR_DUPLICATE } from '../prep/engine';
import type { PrepSheet } from '../prep/sheet';
import type { PrepInput } from '../prep/types';
import type { CompanyFactKey } from '../schema/dossier';

export interface PrepQuality {
  questions: number;
  grounded: number;
  /** Basic questions asked although the dossier answers them: must be 0. */
  knownAsked: string[];
  categories: number;
  nearDuplicates: Array<[string, string]>;
  mustAsk: number;
}

/** Basic questions, recognised by their wording (not by the engine's own bookkeeping). */
const BASIC = COMPANY_FACTS.flatMap((f): Array<[CompanyFactKey, RegExp]> => ('answers' in f ? [[f.key, f.answers]] : []));

export function prepQuality(input: PrepInput, sheet: PrepSheet): PrepQuality {
  const qs = sheet.questions;
  const knownAsked = qs
    .filter((q) => BASIC.some(([key, re]) => re.test(q.text) && input.company && shownFact(input.company, key)))
    .map((q) => q.text);
  const nearDuplicates: Array<[string, string]> = [];
  for (let i = 0; i < qs.length; i++)
    for (let j = i + 1; j < qs.length; j++)
      if (similarity(qs[i]!.text, qs[j]!.text) >= NEAR_DUPLICATE) nearDuplicates.push([qs[i]!.text, qs[j]!.text]);
  return {
    questions: qs.length,
    grounded: qs.filter((q) => q.basis.length > 0).length,
    knownAsked,
    categories: new Set(qs.map((q) => q.category)).size,
    nearDuplicates,
    mustAsk: qs.filter((q) => q.mustAsk).length,
  };
}
