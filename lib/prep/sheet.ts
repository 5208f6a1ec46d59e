import { shownFact } from '../facts';
import { COMPANY_FACTS, type CompanyFactKey } from '../schema/company-facts';
import type { Interview } from '../schema/dossier';
import { CARE_LABEL, careKindOf, ifTheyRaiseIt } from './careful-ask';
import { cleaningOnce, placeText, plain, short, sizeText } from './clean';
import { isoToMs, readableDate, span } from './dates';
import { suggestQuestions, WITH_CARE } from './engine';
import { etiquetteFor, meetingMode, type MeetingMode } from './etiquette';
import { researchFirst } from './gaps';
import { pickHooks } from './hooks';
import { introDraft } from './intro';
import { signals, type Referral, type Signals } from './signals';
import { companyOnSheet } from './spoken-company';
import { storyCareText } from './story-care';
import type { CarefulTopic, Gap, Hook, KnownFact, PrepInput, SuggestedQuestion } from './types';
import { whyThisPerson } from './why';
import { calmCaps, listHead } from '../ui/format';
import { quoted } from '../ui/hook-evidence';

export interface NewsItem {
  title: string;
  date?: string;
  url: string;
  siteName?: string;
  clipId: string;
}

export interface TimelineEntry {
  title?: string;
  company?: string;
  start?: string;
  end?: string;
}

export interface PrepSheet {
  meeting?: Pick<Interview, 'when' | 'timeZone' | 'where' | 'durationMinutes' | 'goal' | 'status'> & { who?: string; company?: string };
  /** Why this person, tied to the user's goal. */
  why?: string;
  intro: string;
  /** Three to five facts worth raising, with source and date. */
  hooks: Hook[];
  /** About eight questions for thirty minutes, in the order of the conversation. */
  questions: SuggestedQuestion[];
  /** More if there is time. */
  reserve: SuggestedQuestion[];
  /** People to name when asking who else to talk to. */
  referrals: Referral[];
  /** Subjects to handle with care. */
  careful: CarefulTopic[];
  /** What to look up before the meeting rather than ask. */
  research: Gap[];
  /** What not to ask: the dossier answers it. */
  alreadyKnown: KnownFact[];
  person?: {
    name: string;
    headline?: string;
    role?: string;
    company?: string;
    tenure?: string;
    location?: string;
    profileUrl?: string;
    /** Their jobs, newest first (roles held beside a job are in `beside`). */
    timeline: TimelineEntry[];
    beside: TimelineEntry[];
    education: Array<{ school?: string; degree?: string; field?: string; end?: string }>;
    commonGround: string[];
  };
  company?: {
    name: string;
    facts: Array<{ key: CompanyFactKey; label: string; value: string; sourceClipId: string }>;
    news: NewsItem[];
  };
  etiquette: { mode: MeetingMode; items: readonly string[] };
  /** What to listen for, to name in the thank-you. */
  thankYouHook?: string;
}

/** A fact as the sheet prints it: a size as people say it, a place without its street. */
function factText(key: CompanyFactKey, value: unknown): string {
  const t = plain(Array.isArray(value) ? value.join(', ') : String(value));
  if (key === 'size') return sizeText(t);
  if (key === 'headquarters') return placeText(t);
  return t;
}

/** Basic facts the dossier answers, shortly, so they are not asked; and funding when an event says it. */
function alreadyKnown(input: PrepInput, s: Signals): KnownFact[] {
  const { company } = input;
  if (!company) return [];
  const known: KnownFact[] = COMPANY_FACTS.filter((f) => 'answers' in f).flatMap(({ key, label }) => {
    const f = shownFact(company, key);
    return f ? [{ label, value: short(factText(key, f.value), 70), basis: [`fact:${key}:${f.sourceClipId}`] }] : [];
  });
  const funding = s.events.find((e) => e.kind === 'funding');
  if (funding)
    known.push({
      label: 'Funding',
      value: short(`${funding.what} — ${[funding.source, readableDate(funding.date)].filter(Boolean).join(', ')}`, 90),
      basis: [`clip:${funding.clipId}`],
    });
  return known;
}

function careful(s: Signals): CarefulTopic[] {
  const twoYears = 2 * 365.25 * 86_400_000;
  const events = s.events
    // A court ruling's consequences (an appeal, new checks) run for years: it stays as long as the
    // dossier keeps the event (three years, company-events.ts); other trouble for two.
    .filter((e) => e.sensitive && (e.kind === 'ruling' || isoToMs(e.date) === undefined || s.meetingAt - isoToMs(e.date)! < twoYears))
    .map((e) => ({
      text: `${CARE_LABEL[careKindOf(e.kind)]}: ${quoted(short(e.evidence, 160))} — ${ifTheyRaiseIt(careKindOf(e.kind))}`,
      source: e.source,
      url: e.url,
      date: e.date,
      basis: [`clip:${e.clipId}`],
    }));
  // Hearsay told by an event already (a lawsuit, a setback) is not a second topic.
  const told = new Set(events.flatMap((e) => e.basis));
  const hearsay = s.hearsay
    .filter((h) => !h.basis.some((b) => told.has(b)))
    .map((h) => ({
      // A rumour is not theirs to confirm or deny: nothing to ask, even if they raise it.
      text: `Hearsay about the company: “${short(h.value.title, 160)}” — don't open with it; let them raise it, and never ask them to confirm it.`,
      source: h.value.source,
      url: h.value.url,
      date: h.value.date,
      basis: h.basis,
    }));
  // A deal reported as planned, not closed: those inside may not be free to discuss it.
  const toldOrHeard = new Set([...told, ...hearsay.flatMap((h) => h.basis)]);
  const pending = s.pending
    .filter((p) => !p.basis.some((b) => toldOrHeard.has(b)))
    .map((p) => ({
      // The company is the one bought: the sheet asks only what customers make of it (bank/news.ts).
      text: p.value.acquires
        ? `A deal not yet closed: ${s.companyName ?? 'the company'} plans to acquire ${p.value.acquires} — ask about it as a plan, never as done; they may not be free to discuss its terms.`
        : `A deal not yet closed: “${short(p.value.sentence, 160)}” — they may not be free to discuss it; ${
            p.value.acquiredBy || p.value.goesPrivate
              ? 'ask only how customers take it, never what it means for their job'
              : 'let them raise it'
          }.`,
      source: p.value.source,
      url: p.value.url,
      date: p.value.date,
      basis: p.basis,
    }));
  // Bad news no event reader knows (shares plunging on a miss, a cancellation), by its headline: one story of it is enough.
  const news = s.news
    .filter((n) => n.careful && s.meetingAt - (isoToMs(n.date) ?? 0) < twoYears)
    .slice(0, 1)
    .map((n) => ({
      text: `In the news: “${short(n.headline, 160)}” — ${ifTheyRaiseIt('news')}`,
      source: n.source,
      url: n.url,
      date: n.date,
      basis: [`clip:${n.clipId}`],
    }));
  // A story's trouble in another language, or a change the company took back after feedback.
  const toldAll = new Set([...toldOrHeard, ...news.flatMap((n) => n.basis)]);
  const stories = s.storyCare
    .filter((c) => !toldAll.has(`clip:${c.clipId}`) && s.meetingAt - (isoToMs(c.date) ?? 0) < twoYears)
    .map((c) => ({ text: storyCareText(c), source: c.source, url: c.url, date: c.date, basis: [`clip:${c.clipId}`] }));
  // Their own exit (lib/prep/departure.ts): theirs to tell, first on the list.
  const d = s.leaving?.value;
  const leaving = d
    ? [
        {
          text: `Their exit from ${s.companyName ?? 'the company'}: ${quoted(short(d.evidence, 160))} — let them say what comes next; never ask why they are leaving or who replaces them.`,
          source: d.source,
          url: d.url,
          date: d.date,
          basis: s.leaving!.basis,
        },
      ]
    : [];
  return [...leaving, ...events, ...hearsay, ...pending, ...news, ...stories].slice(0, 3);
}

function personGlance(input: PrepInput, s: Signals): PrepSheet['person'] {
  const { person } = input;
  if (!person) return undefined;
  const entry = (j: { title?: string; company?: string; entry: { start?: string; end?: string } }): TimelineEntry => ({
    title: j.title ? plain(j.title) : undefined,
    company: j.company ? plain(j.company) : undefined,
    start: j.entry.start,
    end: j.entry.end,
  });
  const cur = s.career.current;
  return {
    name: plain(person.name),
    headline: person.headline ? plain(person.headline) : undefined,
    role: person.currentTitle ? plain(person.currentTitle) : (cur?.title ?? s.title),
    company: cur?.company ?? s.companyName,
    tenure:
      s.tenureYears !== undefined && cur
        ? `${span(s.tenureYears)}${s.career.since ? ` (since ${readableDate(s.career.since)})` : ''}`
        : undefined,
    location: person.location ? plain(person.location) : undefined,
    profileUrl: person.profileUrl,
    timeline: [...s.career.jobs].reverse().map(entry),
    beside: s.career.side.map(entry),
    education: person.education
      .filter((e) => e.school || e.degree || e.field)
      .map((e) => ({
        school: e.school && plain(e.school),
        degree: e.degree && plain(e.degree),
        field: e.field && plain(e.field),
        end: e.end,
      })),
    commonGround: s.commonGround.map(
      (c) =>
        `${c.value.kind === 'school' ? 'Same school' : c.value.kind === 'employer' ? 'Same past employer' : c.value.kind === 'city' ? 'Same city' : 'Same field'}: ${c.value.value}`,
    ),
  };
}

function companyGlance(input: PrepInput, s: Signals): PrepSheet['company'] {
  const { company, clips } = input;
  if (!company) return undefined;
  return {
    name: companyOnSheet(plain(company.name), s.companyName),
    facts: COMPANY_FACTS.filter((spec) => spec.glance).flatMap(({ key, label }) => {
      const f = shownFact(company, key);
      // A services menu read whole can hold 40 offerings (Warren Averett): the glance names ten and
      // counts the rest, which the dossier lists in full.
      const value = Array.isArray(f?.value) ? plain(listHead(f.value.map(String))) : f && factText(key, f.value);
      return f && value ? [{ key, label, value, sourceClipId: f.sourceClipId }] : [];
    }),
    news: clips
      .filter((c) => c.kind === 'article')
      .map((c) => ({
        // A masthead in capitals ("INTERNATIONALE FORDERUNGSBEITREIBUNG") said calmly, as the clip list does.
        title: calmCaps(plain(c.extraction.article?.title ?? c.title)),
        date: c.publishedAt,
        url: c.url,
        siteName: c.siteName,
        clipId: c.id,
      }))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.clipId.localeCompare(b.clipId))
      .slice(0, 6),
  };
}

/** The whole prep sheet for one meeting, as a coach writes it. Pure: the same input gives the same sheet. */
export function buildPrepSheet(input: PrepInput): PrepSheet {
  // Each clip text is cleaned once for all the readers (the side panel's render budget, bench).
  return cleaningOnce(() => sheetOf(input));
}

function sheetOf(input: PrepInput): PrepSheet {
  const { person, company, interview } = input;
  const s = signals(input);
  const { questions, reserve } = suggestQuestions(s, interview?.durationMinutes ?? 30);
  // What to listen for: the must-ask closest to the goal, else (a short sheet keeps its generic
  // question unmarked) the first question that is neither their story, the names nor asked with care.
  const listens = (q: SuggestedQuestion) => q.category !== 'path' && q.intent !== 'referral' && !WITH_CARE.has(q.intent);
  const listenFor = questions.find((q) => q.mustAsk && listens(q)) ?? questions.find(listens);
  const mode = meetingMode(interview?.where, interview?.notes);
  return {
    meeting: interview
      ? {
          when: interview.when,
          timeZone: interview.timeZone,
          where: interview.where,
          durationMinutes: interview.durationMinutes,
          goal: interview.goal,
          status: interview.status,
          who: person ? plain(person.name) : undefined,
          company: company ? companyOnSheet(plain(company.name), s.companyName) : undefined,
        }
      : undefined,
    why: whyThisPerson(s),
    intro: introDraft(s),
    hooks: pickHooks(s),
    questions,
    reserve,
    referrals: s.referrals,
    careful: careful(s),
    research: researchFirst(input, s),
    alreadyKnown: alreadyKnown(input, s),
    person: personGlance(input, s),
    company: companyGlance(input, s),
    etiquette: { mode, items: etiquetteFor(mode) },
    thankYouHook: listenFor
      ? `Note what they say to “${short(nestedQuotes(listenFor.text), 100)}” and name it in your thank-you.`
      : undefined,
  };
}

/** A question quoted inside the sheet's own quotation marks: its quotes become single ones (“Your post says: ‘Since August …’”). */
export function nestedQuotes(text: string): string {
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
}

// Read by the views, which must not load the engine to say so (lib/prep/sheet-shape.ts).
export { companyIsEmpty, nothingClippedAbout } from './sheet-shape';
