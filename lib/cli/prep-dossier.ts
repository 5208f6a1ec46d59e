import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { RapportDb } from '../db/database';
import { planInterview } from '../db/interviews';
import { addPersonAt } from '../db/people-by-hand';
import { loadPrepInput } from '../db/prep-input';
import { saveClip } from '../db/save-clip';
import { companyNameKey } from '../db/names';
import { buildPrepSheet, type PrepSheet } from '../prep/sheet';
import type { PrepInput } from '../prep/types';
import type { Question } from '../schema/dossier';
import { PageExtraction } from '../schema/page-extraction';
import { companyFieldOf, withEdit } from '../ui/review';
import { extractFile } from './extract-file';
import type { Expectations } from './prep-rubric';

/**
 * A dossier for the prep evaluation, built from real corpus pages through the same write path as
 * the extension: each page is extracted, validated and saved with `saveClip` (a page may name the
 * company the user would pick in the popup), the user's profile is stored, and the meeting is
 * planned with `planInterview`, which stores the suggested questions.
 */
export const DossierDefinition = z.object({
  id: z.string(),
  /** Why these pages make a plausible dossier, and what is missing. */
  note: z.string(),
  pages: z.array(z.union([z.string(), z.object({ id: z.string(), company: z.optional(z.string()) })])),
  /** The person met (by name); absent: a meeting planned from the company's page. */
  meet: z.optional(z.string()),
  /**
   * The person met's role, as the user would type it when adding them by hand (the pages name
   * them, extraction did not read them).
   */
  meetTitle: z.optional(z.string()),
  /** The company, when the meeting is planned from the company (no person). */
  company: z.optional(z.string()),
  self: z.object({
    name: z.optional(z.string()),
    schools: z.optional(z.array(z.string())),
    employers: z.optional(z.array(z.string())),
    field: z.optional(z.string()),
    targetRole: z.optional(z.string()),
    exploring: z.optional(z.string()),
    location: z.optional(z.string()),
  }),
  meeting: z.object({
    when: z.string(),
    timeZone: z.string(),
    durationMinutes: z.number(),
    where: z.optional(z.string()),
    goal: z.optional(z.string()),
  }),
  expect: z.object({
    questions: z.tuple([z.number(), z.number()]),
    hooks: z.optional(z.array(z.string())),
    notHooks: z.optional(z.array(z.string())),
    asks: z.optional(z.array(z.string())),
    notAsks: z.optional(z.array(z.string())),
    referrals: z.optional(z.array(z.string())),
    research: z.optional(z.array(z.string())),
    careful: z.optional(z.array(z.string())),
    why: z.optional(z.array(z.string())),
    notIntro: z.optional(z.array(z.string())),
  }),
});
export type DossierDefinition = z.infer<typeof DossierDefinition> & { expect: Expectations };

export interface BuiltDossier {
  input: PrepInput;
  sheet: PrepSheet;
  /** The questions as stored by `planInterview`: what the user sees. */
  questions: Question[];
  /** Pages that could not be used, and why. */
  problems: string[];
  /** Pages whose company the user had to correct in the popup: what Rapport read → what they typed. */
  corrections: string[];
  /** The person met, added by hand on the company view because no saved page gave them: who, at which company. */
  addedByHand: string[];
}

/** The company a page names, as the popup shows it in "Save to company". */
function readCompany(x: PageExtraction): string | undefined {
  return companyFieldOf(x.kind)?.get(x);
}

/**
 * The page with its company corrected to `name` through the popup's own review field, or
 * undefined when it already names that company (or is a person's profile, where the popup offers
 * no company field).
 */
function correctCompany(x: PageExtraction, name: string): PageExtraction | undefined {
  const field = companyFieldOf(x.kind);
  const read = field?.get(x);
  if (!field || (read && companyNameKey(read) === companyNameKey(name))) return undefined;
  return withEdit(x, field, name);
}

const DAY = 86_400_000;

function manifest(corpus: string): Map<string, { url: string }> {
  const out = new Map<string, { url: string }>();
  const dir = join(corpus, 'manifest');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ id: string; url: string }>) out.set(e.id, e);
  return out;
}

/**
 * The annotated reading of a page: what a careful reader found (tests/corpus/expected) in place of
 * the extractor's structured fields, with the extractor's text kept (events are read from text).
 * Separates the prep engine's quality from the extractors'.
 */
function annotated(x: PageExtraction, expected: Record<string, unknown>): unknown {
  const keep = [
    'kind',
    'title',
    'siteName',
    'publishedAt',
    'company',
    'person',
    'people',
    'article',
    'jobs',
    'job',
    'description',
  ] as const;
  const out: Record<string, unknown> = { ...x };
  for (const k of keep) if (expected[k] !== undefined) out[k] = expected[k];
  // Expected files describe texts by phrases; the clip keeps the extracted text.
  delete (out.article as Record<string, unknown> | undefined)?.text;
  return out;
}

export async function buildDossier(def: DossierDefinition, corpus: string, opts: { annotated?: boolean } = {}): Promise<BuiltDossier> {
  const db = new RapportDb(`prep-eval-${def.id}-${Math.random().toString(36).slice(2)}`);
  const pages = manifest(corpus);
  const problems: string[] = [];
  const corrections: string[] = [];
  const meetingAt = Date.parse(def.meeting.when);
  // The user clips over the week before the meeting, one page every few hours.
  let clock = meetingAt - 7 * DAY;
  let n = 0;
  const newId = () => `${def.id}-${++n}`;
  for (const page of def.pages) {
    const { id, company } = typeof page === 'string' ? { id: page, company: undefined } : page;
    const entry = pages.get(id);
    const file = join(corpus, 'pages', `${id}.html`);
    if (!entry || !existsSync(file)) {
      problems.push(`${id}: not in the corpus (run npm run corpus:build)`);
      continue;
    }
    const { extraction } = extractFile(file, entry.url);
    const { file: _file, ...raw } = extraction;
    const expectedFile = join(corpus, 'expected', `${id}.json`);
    const candidate = opts.annotated && existsSync(expectedFile) ? annotated(raw, JSON.parse(readFileSync(expectedFile, 'utf8'))) : raw;
    const parsed = PageExtraction.safeParse(candidate);
    if (!parsed.success) {
      problems.push(`${id}: the extraction does not validate`);
      continue;
    }
    // The company the user saves the page to: the one the page names in the dossier, else the one
    // its only page is research on.
    const intended = company ?? (def.pages.length === 1 && !def.meet ? def.company : undefined);
    const chosen = intended ? await db.companies.where('nameKey').equals(companyNameKey(intended)).first() : undefined;
    let clip = parsed.data;
    if (intended && !chosen) {
      // Not in the dossier yet, so not in the popup's picker: the user corrects the name Rapport
      // read ("Correct before saving"), the same edit the popup makes, and the clip creates it.
      const corrected = correctCompany(clip, intended);
      if (corrected) {
        corrections.push(`${id}: ${readCompany(clip) ?? 'no company'} → ${intended}`);
        clip = corrected;
      }
    }
    await saveClip(db, clip, { now: (clock += 3 * 3_600_000), companyId: chosen?.id, newId });
  }
  await db.self.put({
    id: 'me',
    name: def.self.name,
    schools: def.self.schools ?? [],
    employers: def.self.employers ?? [],
    field: def.self.field,
    targetRole: def.self.targetRole,
    exploring: def.self.exploring,
    location: def.self.location,
    updatedAt: clock,
  });
  const addedByHand: string[] = [];
  let person = def.meet ? (await db.people.toArray()).find((p) => p.name.toLowerCase().includes(def.meet!.toLowerCase())) : undefined;
  const companyId = def.company ? (await db.companies.where('nameKey').equals(companyNameKey(def.company)).first())?.id : undefined;
  // The pages name the person met but extraction read nobody ("sagte Vorstandschefin …"): the user
  // adds them by hand on the company view, as the side panel lets them (lib/db/people-by-hand.ts).
  const home = dossierCompany(def);
  const homeId = home ? (await db.companies.where('nameKey').equals(companyNameKey(home)).first())?.id : undefined;
  if (def.meet && !person && homeId) {
    person = (await addPersonAt(db, { name: def.meet, title: def.meetTitle, companyId: homeId }, (clock += 3_600_000), newId)).person;
    addedByHand.push(`${def.meet}${def.meetTitle ? ` (${def.meetTitle})` : ''} at ${home}`);
  }
  if (def.meet && !person) problems.push(`nobody called ${def.meet} in the dossier`);
  if (def.company && !companyId) problems.push(`no company ${def.company} in the dossier`);
  const planned = meetingAt - 2 * DAY;
  const interview = await planInterview(
    db,
    {
      personId: person?.id,
      companyId: person ? undefined : companyId,
      when: meetingAt,
      timeZone: def.meeting.timeZone,
      where: def.meeting.where,
      durationMinutes: def.meeting.durationMinutes,
      goal: def.meeting.goal,
    },
    planned,
    newId,
  );
  const input = await loadPrepInput(db, { interviewId: interview.id }, planned);
  const sheet = buildPrepSheet(input);
  const questions = await db.questions.where('interviewId').equals(interview.id).sortBy('order');
  db.close();
  await db.delete();
  return { input, sheet, questions, problems, corrections, addedByHand };
}

/** The company the dossier is research on: the one it names, else the one company its pages are saved to. */
function dossierCompany(def: DossierDefinition): string | undefined {
  if (def.company) return def.company;
  const named = new Set(def.pages.flatMap((p) => (typeof p === 'string' || !p.company ? [] : [companyNameKey(p.company)])));
  return named.size === 1 ? def.pages.map((p) => (typeof p === 'string' ? undefined : p.company)).find(Boolean) : undefined;
}

export function loadDefinitions(dir: string): DossierDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = DossierDefinition.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: not a dossier definition: ${z.prettifyError(parsed.error)}`);
      return parsed.data as DossierDefinition;
    });
}
