/** Company facts with their sources: merging what clips say, picking what to show. Pure. */
import type { CompanyExtraction } from './schema/page-extraction';
import {
  COMPANY_FACT_KEYS,
  type Company,
  type CompanyFactKey,
  type FactEntry,
  FactValue,
  STRENGTHS,
  type Strength,
} from './schema/dossier';
import { LIMITS } from './schema/common';
import { firstSentences } from './text/sentences';

const MAX_ENTRIES_PER_FACT = 20;

/**
 * Adds what one clip says about a company to the facts it already has. Every entry keeps its
 * clip and the strength of its source; a clip clipped again replaces its own entries; entries
 * stay in rank order (byRank).
 */
export function mergeFacts(
  facts: Company['facts'],
  extracted: CompanyExtraction | undefined,
  clipId: string,
  at: number,
  strengthOf: (key: CompanyFactKey) => Strength = () => 'other',
): Company['facts'] {
  const out: Company['facts'] = {};
  for (const key of COMPANY_FACT_KEYS) {
    const kept = (facts[key] ?? []).filter((e) => e.sourceClipId !== clipId);
    const value = fitted(extracted?.[key]);
    const entries = value !== undefined ? [{ value, sourceClipId: clipId, at, strength: strengthOf(key) }, ...kept] : kept;
    if (entries.length) out[key] = entries.sort(byRank).slice(0, MAX_ENTRIES_PER_FACT);
  }
  return out;
}

/**
 * Two copies of one company's facts (a merge): every source once (the newer statement of a clip
 * wins), newest first; the dossier's own pin holds over the other copy's.
 */
export function combineFacts(ours: Company['facts'], theirs: Company['facts']): Company['facts'] {
  const out: Company['facts'] = {};
  for (const key of COMPANY_FACT_KEYS) {
    const pinned = (ours[key] ?? []).some((e) => e.pinned);
    const bySource = new Map<string, FactEntry>();
    for (const e of [...(ours[key] ?? []), ...(theirs[key] ?? []).map((e) => (pinned ? unpinned(e) : e))]) {
      const had = bySource.get(e.sourceClipId);
      if (!had || e.at > had.at) bySource.set(e.sourceClipId, e);
    }
    if (bySource.size) out[key] = [...bySource.values()].sort(byRank).slice(0, MAX_ENTRIES_PER_FACT);
  }
  return out;
}

const unpinned = ({ pinned: _drop, ...rest }: FactEntry): FactEntry => rest;

/** Stored facts in the shape and order the schema and the views expect: values fitted, entries ranked. */
export function fitFacts(facts: Company['facts']): Company['facts'] {
  const out: Company['facts'] = {};
  for (const key of COMPANY_FACT_KEYS) {
    const entries = (facts[key] ?? []).flatMap((e) => {
      const value = fitted(e.value);
      return value === undefined ? [] : [{ ...e, value }];
    });
    if (entries.length) out[key] = entries.sort(byRank).slice(0, MAX_ENTRIES_PER_FACT);
  }
  return out;
}

/** Removes everything a deleted clip said. */
export function dropClipFacts(facts: Company['facts'], clipId: string): Company['facts'] {
  return mergeFacts(facts, undefined, clipId, 0);
}

/**
 * What a page stated, in the shape a stored fact may have, or undefined. A list keeps the items
 * that fit (a social profile's address can be longer than a list item may be); anything else that
 * does not fit is left out, so no stored fact can fail the export.
 */
function fitted(v: unknown): FactValue | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) {
    const items = v.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= LIMITS.short).slice(0, LIMITS.list);
    return items.length ? items : undefined;
  }
  const parsed = FactValue.safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The order facts are kept and shown in: the strongest source first (the user, then the
 * company's own site or LinkedIn page, then any other page), newest first among equals. A fact
 * saved before strengths were kept counts as its company's own.
 */
const byRank = (a: FactEntry, b: FactEntry) =>
  STRENGTHS.indexOf(b.strength ?? 'owner') - STRENGTHS.indexOf(a.strength ?? 'owner') || b.at - a.at;

/** The value to show: the user's pick, else the first by rank (strongest source, then newest). */
export function currentFact(company: Company, key: CompanyFactKey): FactEntry | undefined {
  const entries = company.facts[key];
  return entries?.find((e) => e.pinned) ?? entries?.[0];
}

/**
 * The value a view shows for a fact: the current one; "what it does" falls back to the first two
 * sentences of the description when no page stated it shortly.
 */
export function shownFact(company: Company, key: CompanyFactKey): FactEntry | undefined {
  const f = currentFact(company, key);
  if (f || key !== 'summary') return f;
  const d = currentFact(company, 'description');
  return d && typeof d.value === 'string' ? { ...d, value: firstSentences(d.value, 2) } : undefined;
}

/** Distinct values for one fact, each with every clip that states it, newest first. */
export function factVariants(company: Company, key: CompanyFactKey): Array<{ value: FactValue; entries: FactEntry[]; pinned: boolean }> {
  const groups = new Map<string, { value: FactValue; entries: FactEntry[]; pinned: boolean }>();
  for (const e of company.facts[key] ?? []) {
    const k = JSON.stringify(typeof e.value === 'string' ? e.value.toLowerCase() : e.value);
    const g = groups.get(k) ?? { value: e.value, entries: [], pinned: false };
    g.entries.push(e);
    g.pinned ||= !!e.pinned;
    groups.set(k, g);
  }
  return [...groups.values()];
}

/** The user picks one value: its entries are pinned, the others are not. */
export function pinFact(company: Company, key: CompanyFactKey, value: FactValue): Company['facts'] {
  const k = JSON.stringify(typeof value === 'string' ? value.toLowerCase() : value);
  const entries = (company.facts[key] ?? []).map((e) => {
    const same = JSON.stringify(typeof e.value === 'string' ? e.value.toLowerCase() : e.value) === k;
    const { pinned: _drop, ...rest } = e;
    return same ? { ...rest, pinned: true } : rest;
  });
  return { ...company.facts, [key]: entries };
}

const folded = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const variantCount = (entries: FactEntry[]) =>
  new Set(entries.map((e) => JSON.stringify(typeof e.value === 'string' ? e.value.toLowerCase() : e.value))).size;

/** The text after `lead` when `text` opens with it (same words, spacing aside), else undefined. */
function afterLead(text: string, lead: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const l = lead.replace(/\s+/g, ' ').trim();
  if (l.length < 40 || !t.toLowerCase().startsWith(l.toLowerCase())) return undefined;
  const rest = t.slice(l.length).trim();
  // Only a whole sentence or more follows: a lead cut mid-sentence leaves the About text whole.
  return rest.length >= 40 && /^[\p{Lu}\p{N}"“‘(]/u.test(rest) ? rest : undefined;
}
const linkKey = (u: string) =>
  u
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
const chosenOf = (company: Company, key: CompanyFactKey): FactValue | undefined => {
  const entries = company.facts[key] ?? [];
  return (entries.find((e) => e.pinned) ?? entries[0])?.value;
};

/**
 * The facts as a view shows them: nothing said twice. The About text that only repeats "what it
 * does" is left out, and so are the "elsewhere" links that are the website or the LinkedIn page
 * already shown. The stored facts keep everything.
 */
export function factsForView(company: Company): Company['facts'] {
  const facts = { ...company.facts };
  const summary = chosenOf(company, 'summary');
  if (typeof summary === 'string' && facts.description?.every((e) => typeof e.value === 'string' && folded(e.value) === folded(summary)))
    delete facts.description;
  // An About text that opens with "what it does" word for word (Wikipedia's lead is both, the
  // first paragraph and the whole intro) shows only what it adds. Only with one About text: a
  // shortened value could not be picked ("Use this") among others.
  const about = facts.description;
  if (typeof summary === 'string' && about?.length && variantCount(about) === 1 && typeof about[0]!.value === 'string') {
    const rest = afterLead(about[0]!.value, summary);
    if (rest !== undefined) facts.description = about.map((e) => ({ ...e, value: rest }));
  }
  const shown = new Set(
    [chosenOf(company, 'website'), chosenOf(company, 'linkedinUrl')].filter((v): v is string => typeof v === 'string').map(linkKey),
  );
  if (facts.socials && shown.size) {
    const socials = facts.socials
      .map((e) => (Array.isArray(e.value) ? { ...e, value: e.value.filter((u) => !shown.has(linkKey(u))) } : e))
      .filter((e) => !Array.isArray(e.value) || e.value.length > 0);
    if (socials.length) facts.socials = socials;
    else delete facts.socials;
  }
  return facts;
}
