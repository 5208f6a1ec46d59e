import { escapeRegExp } from '../text/regexp';
import { shownFact } from '../facts';
import { fold } from '../text/fold';
import { COMPANY_FACTS } from '../schema/company-facts';
import type { CompanyFactKey } from '../schema/dossier';
import type { PrepSheet } from '../prep/sheet';
import type { PrepInput } from '../prep/types';
import { intentOf } from './prep-intent';
import { askOf, copiedSpan, figuresOf, pastedRun, resultsBoast, sentencePasted, speakerOf, words } from './prep-text';

/**
 * The rubric for prep sheets (issue 11), judged from the sheet's text and the dossier — never from
 * the engine's own bookkeeping: a question is grounded only when a clipped fact does work in it,
 * duplicates are judged by what a question asks, and each dossier's hand-written expectations are
 * checked one by one.
 */

export interface Expectations {
  /** [min, max] questions on the main list. */
  questions: [number, number];
  /** Each must match some hook (its text or the sentence it was read from). */
  hooks?: string[];
  notHooks?: string[];
  /** Each must match some question on the main list. */
  asks?: string[];
  /** None may match a question on the main list: known facts, wrong moves, misfit. */
  notAsks?: string[];
  /** Names that must be among the referral targets. */
  referrals?: string[];
  /** Each must match some "research first" item. */
  research?: string[];
  /** Each must match some "handle with care" item. */
  careful?: string[];
  /** Each must match the "why this person" text. */
  why?: string[];
  /** None may match the introduction (a move the user is not making). */
  notIntro?: string[];
}

export interface QuestionVerdict {
  text: string;
  grounded: boolean;
  /** Why not, or which words of which source did the work. */
  note: string;
  knownFact: boolean;
  intent: string;
}

export interface SheetVerdict {
  questions: QuestionVerdict[];
  grounded: number;
  knownFact: number;
  duplicates: Array<[string, string]>;
  mustAsk: number;
  minutes: number;
  expectations: Array<{ what: string; met: boolean }>;
}

/** The shared stop words, and the small words every question is made of. */
/** Words that belong to the frame of any question, whatever fact it rests on. */
const FRAME = new Set(
  'team teams work working works role roles job jobs company companies people person day week time way ways change changed changes decision decisions good great side thing things today year years month months ago ask asks'.split(
    ' ',
  ),
);

/** Word overlap (Jaccard) of two questions, with a crude stem so "launched" meets "launch". */
export function overlap(a: string, b: string): number {
  const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');
  const x = new Set(words(a).map(stem));
  const y = new Set(words(b).map(stem));
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The classic questions of any informational interview: a question that reduces to one of these once its facts are masked pasted them in. */
const GENERIC = [
  'How did you get into this line of work?',
  'How did you come to be in your current role?',
  'How did you find your way into the work you do now?',
  'What does a typical week look like for you?',
  'What does a typical day look like in your role?',
  'Where does most of your time go?',
  'Which skills matter most in your job?',
  'How is success judged in your role?',
  'Which tools do you use every day?',
  'What do you enjoy most about your work?',
  'What is the hardest part of your job?',
  'What surprised you most when you started?',
  'What is the company wrestling with right now?',
  'How are decisions made at the company?',
  'How would you describe the culture?',
  'How does your work connect to the company’s products?',
  'What is changing as the company grows?',
  'Which parts of the early culture are still visible today?',
  'How does being headquartered there shape the way teams work?',
  'Where do you see the industry heading over the next few years?',
  'How does the company stand out from others in the industry?',
  'Which publications or communities should I follow?',
  'What do outsiders get wrong about this industry?',
  'How do people usually get into this kind of role here?',
  'What makes a candidate stand out when you hire?',
  'Which training or certificates make a difference?',
  'What are the typical entry points into this field?',
  'What would you do first in my place?',
  'Who else should I talk to, and may I mention your name?',
  'What should I have asked you that I did not?',
  'May I stay in touch?',
  'Is there anything I could help you with in return?',
  'What has kept you at the company?',
  'What drew you to the company?',
  'If you were starting again, what would you do differently?',
  'How much of your studies do you use in your work today?',
  'What will the new funding change for teams like yours?',
  'How has that launch changed the work of your team?',
  'How is the integration going from where you sit?',
  'What do you need most from them?',
  // The frames the engine fills with the person's tenure or the user's own words: a fact pasted in changes nothing.
  'What made the difference when you were looking?',

  'What would someone moving into this kind of role need to show to be taken seriously?',
  'What would you tell someone leaving a steady job to start a company?',
];

/**
 * The classic opener ("how did you get into this work?") with a title, a page's topic or its menu
 * pasted in: "How did you come to be the CEO of creditshelf, and what did the road there look like?",
 * "Which part of Warren Averett’s HR consulting services is yours, and how did you come to it?". A
 * real move ("What made you move from Yahoo! to LinkedIn in 2008?") asks about a decision instead.
 */
const OPENER = /\bhow did you (?:come to (?:it|be|this|that)\b|get into\b|end up\b)/i;

/**
 * Follow-ups that fit whatever was set before them: after a headline, a post's title or a page's
 * sentence quoted whole, they ask nothing of it ("I read “Tableau to Present at Upcoming Investor
 * Conferences” … How did that land on your side?"). Issue 11: the fact must do work in the question.
 */
const ANY_FACT = [
  'How did that land on your side?',
  'What do you make of that?',
  'What should I know about that?',
  'What prompted it, and has anything changed since?',
  'What prompted it, and what has come of it since?',
  'Looking back, what came of it, and would you do it the same way today?',
  'What has come of it since, from where you sit?',
  'Where does that stand now?',
  'What does that mean in practice?',
  'What does that look like from where you sit?',
  'What would someone need to show to do that well in the first months?',
];

/**
 * The classic questions that stand alone, to judge what a question asks apart from what it sets up.
 * Not the ones about an event ("What will the new funding change …": after "Jose Mourinho came in as
 * manager", "what has changed since?" asks what changed, the work issue 11 wants a fact to do), nor
 * the ask for names (after "Would Andrea Rader (spokeswoman) be a good person to ask …" it is a referral).
 */
const ASK_GENERIC = GENERIC.filter((g) => !/\b(?:launch|funding|integration|them|who else)\b/i.test(g));

/**
 * Words any classic question is made of ("come", "see", "ask", "else", "look"): found in a clipped
 * story's 20,000 characters by chance, they are no fact doing work ("Would Jack Buser … be a good
 * person to ask …" rested on "ask" and "else" besides his name).
 */
const GENERIC_WORDS = new Set(GENERIC.flatMap((g) => words(g)));

/** A question about the person's own move: why they made it, what carried over, whether they would again. */
const MOVE =
  /\bwhat (?:pulled|made|led|brought) you\b|\bsame route\b|\byou came from\b|\bcarried over\b|\bwhere you went next\b|\bhelped you most at\b/i;

/**
 * Two questions on one move ask one thing, whatever their angle: "What made you leave Accenture to
 * start DWYL in 2013?" and "Like me, you came from consulting (Accenture). What from consulting helped
 * you most at DWYL …?" (dwyl-ines); "What pulled you from structural engineering into software
 * engineering in 2014 …?" and "… Would you take the same route into software engineering again?" (benji-switch).
 * One move: both are about a move and name one employer, field or year beyond the frame's words.
 */
export function sameMove(a: string, b: string): boolean {
  if (!MOVE.test(a) || !MOVE.test(b)) return false;
  const x = new Set(words(a).filter((w) => !frame(w) && !MOVE_WORDS.has(w)));
  return words(b).some((w) => x.has(w) && !frame(w) && !MOVE_WORDS.has(w));
}
const MOVE_WORDS = new Set(
  words('pulled made led brought same route came from carried over went next helped most start leave move switch again take would'),
);

/** The basic questions a page answers ("what does X do?"), when the dossier knows the answer. */
const BASIC: Array<[CompanyFactKey, RegExp]> = [
  ...COMPANY_FACTS.flatMap((f): Array<[CompanyFactKey, RegExp]> => ('answers' in f ? [[f.key, f.answers]] : [])),
  ['summary', /\bwhat (does|do) .{1,40} (make|sell|offer)\b/i],
  ['size', /\bhow (large|big) is\b|\bheadcount\b/i],
  ['founded', /\bwhen did .{1,40} (start|begin)\b|\bhow old is\b/i],
];

/** The text a basis points at, in the dossier. Self references point at nothing: the user's own words do no work. */
function sourceOf(ref: string, input: PrepInput): string | undefined {
  const [kind, a, b] = ref.split(':');
  if (kind === 'clip') {
    const c = input.clips.find((x) => x.id === a);
    if (!c) return undefined;
    const x = c.extraction;
    return [
      c.title,
      x.article?.title,
      x.article?.excerpt,
      x.description,
      x.job?.title,
      ...(x.jobs ?? []).map((j) => `${j.title} ${j.team ?? ''}`),
      // A profile's own posts are facts of that clip (lib/extract/linkedin-posts.ts).
      ...(x.person?.posts ?? []).map((p) => p.text),
      (c.text ?? '').slice(0, 20_000),
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (kind === 'fact') {
    const entry = input.company?.facts[a as CompanyFactKey]?.find((e) => e.sourceClipId === b);
    return entry ? (Array.isArray(entry.value) ? entry.value.join(' ') : String(entry.value)) : undefined;
  }
  if (kind === 'person') {
    const p = [input.person, ...(input.colleagues ?? [])].find((x) => x?.id === a);
    if (!p) return undefined;
    if (b === 'experience') return p.experience.map((e) => [e.title, e.company, e.start, e.end, e.description].join(' ')).join(' ');
    if (b === 'education') return p.education.map((e) => [e.school, e.degree, e.field, e.start, e.end].join(' ')).join(' ');
    if (b === 'name') return `${p.name} ${p.currentTitle ?? ''}`;
    // Their own words about their work: the title a page gives them, their headline, their about text.
    if (b === 'title') return `${p.currentTitle ?? ''} ${p.headline ?? ''}`;
    if (b === 'headline') return p.headline;
    if (b === 'about') return p.about;
    if (b === 'location') return p.location;
    return undefined;
  }
  return undefined;
}

/** Not a fact: a word of a question's frame or of a classic question, or a short number ("3 years" is arithmetic on a date). */
const TENURE = /^(?:\d{1,2}|ago|months?|years?|weeks?)$/;
const frame = (w: string) => FRAME.has(w) || GENERIC_WORDS.has(w) || /^\d{1,2}$/.test(w);

const meets = (w: string, pool: Set<string>) =>
  pool.has(w) || [...pool].some((p) => p.length >= 5 && w.length >= 5 && (p.startsWith(w) || w.startsWith(p)));

/**
 * Grounded: some basis points at a clipped fact (not the user's profile), some words of that fact
 * are in the question (beyond the company's and the person's names), and the question, with those
 * words masked, is not one of the generic questions: the fact changes what is asked.
 */
export function judgeQuestion(text: string, basis: string[], input: PrepInput): { grounded: boolean; note: string } {
  const refs = basis.filter((b) => !b.startsWith('self:'));
  if (!refs.length) return { grounded: false, note: basis.length ? 'rests on your own profile only' : 'generic' };
  // Names are not facts doing work: the company's, the person's, and the sites the clips came from ("I read in CRN …").
  const sites = input.clips.map((c) => c.siteName ?? c.extraction.article?.siteName ?? '').join(' ');
  // People are names too: a story's authors, the people a page lists, and whoever the question has
  // speak ("Larry Page, Google CEO and co-founder, said: …"): who said a thing is no fact doing work.
  const people = input.clips.flatMap((c) => [...(c.extraction.article?.authors ?? []), ...(c.extraction.people ?? []).map((p) => p.name)]);
  const names = new Set(
    words(`${input.company?.name ?? ''} ${input.person?.name ?? ''} ${sites} ${people.join(' ')} ${speakerOf(text) ?? ''}`),
  );
  const qWords = words(text);
  const working = new Set<string>();
  const sources: string[] = [];
  for (const ref of refs) {
    const src = sourceOf(ref, input);
    if (!src) continue;
    sources.push(src);
    const pool = new Set(words(src));
    // A short number ("3 years") is arithmetic on a date, not a fact doing work.
    for (const w of qWords) if (!names.has(w) && !frame(w) && meets(w, pool)) working.add(w);
  }
  if (!working.size) return { grounded: false, note: 'no word of its source is in it' };
  // A story's sentence pasted whole (outside quotation marks) is a fact retold, not one put to work:
  // the failure issue 11 names ("a template that pastes a fact counts as grounded").
  const run = pastedRun(text, sources) ?? sentencePasted(text, sources);
  if (run) return { grounded: false, note: `pastes its source: “${run}”` };
  // An executive's boast about results ("a great quarter with over $14 billion in revenue") quoted
  // to someone whose work answers to no revenue line is no question for them: the figures do no work.
  const boast = resultsBoast(text, input.self?.targetRole);
  if (boast) return { grounded: false, note: `quotes results to a ${input.self?.targetRole ?? 'reader'}: “${boast}”` };
  // One ordinary word shared with a long page ("service", "built") is chance, not a fact: a lone
  // word must be a name or a number there ("Stadia", "787").
  if (working.size === 1) {
    const [w] = working;
    const named = /\d/.test(w!) || sources.some((src) => src.split(/[^\p{L}\p{N}]+/u).some((t) => /^\p{Lu}/u.test(t) && fold(t) === w));
    if (!named) return { grounded: false, note: `only “${w}” of its source is in it, an ordinary word` };
  }
  // The user's own words (the role they want, their field) say nothing of the person or the company:
  // "As CEO, what do you need most from a General manager?" is "what do you need most from …" with a title pasted in.
  const own = new Set(words(`${input.self?.targetRole ?? ''} ${input.self?.field ?? ''}`));
  // A tenure goes too ("7 months ago" is arithmetic on a date), so what is left is the question it was pasted into.
  const mask = (ws: string[]) => ws.filter((w) => !working.has(w) && !names.has(w) && !own.has(w) && !TENURE.test(w)).join(' ');
  const masked = mask(qWords);
  // What it asks, apart from what it sets up: "I read that X launched Y. What does a typical week
  // look like?" is the classic question with a fact set before it, when no word of the fact is in the ask.
  const askWords = words(askOf(text));
  const ask = mask(askWords);
  const factInAsk = askWords.some((w) => working.has(w));
  const pasted =
    GENERIC.find((g) => overlap(masked, g) >= 0.5) ?? (ask && !factInAsk ? ASK_GENERIC.find((g) => overlap(ask, g) >= 0.5) : undefined);
  if (pasted) return { grounded: false, note: `a fact pasted into “${pasted}”` };
  if (OPENER.test(text)) return { grounded: false, note: `a fact pasted into the classic opener (“${OPENER.exec(text)![0]} …”)` };
  // A title, post or page sentence quoted whole, then a follow-up that would fit any quotation: the
  // fact is shown, not put to work (a question that asks about a decision or a change in it is).
  const span = copiedSpan(text, sources);
  // The fact's own words stay in: a frame word the page also uses ("practices") is still the frame.
  const plainAsk = askWords.filter((w) => !names.has(w) && !own.has(w) && !TENURE.test(w)).join(' ');
  const anyFact = span && plainAsk ? ANY_FACT.find((g) => overlap(plainAsk, g) >= 0.5) : undefined;
  if (anyFact) return { grounded: false, note: `quotes “${span!.slice(0, 60)}” before a follow-up that fits any fact: “${anyFact}”` };
  return { grounded: true, note: `rests on: ${[...working].slice(0, 6).join(', ')}` };
}

export function judgeSheet(
  input: PrepInput,
  sheet: PrepSheet,
  questions: Array<{ text: string; basis: string[]; mustAsk: boolean }>,
  expect: Expectations,
  durationMinutes: number,
): SheetVerdict {
  const verdicts: QuestionVerdict[] = questions.map((q) => {
    const g = judgeQuestion(q.text, q.basis, input);
    // "What do clients ask of Nitro that it doesn't do?" is not "what does the company do?": the company must be the subject.
    const aboutCompany =
      !!input.company &&
      new RegExp(`\\b(${words(input.company.name)[0] ?? 'the company'}|the company|you all|your company)\\b`, 'i').test(q.text);
    const knownFact = BASIC.some(
      ([key, re]) => re.test(q.text) && (key !== 'summary' || aboutCompany) && !!input.company && !!shownFact(input.company, key),
    );
    return { text: q.text, ...g, knownFact, intent: intentOf(q.text) };
  });
  const duplicates: Array<[string, string]> = [];
  for (let i = 0; i < verdicts.length; i++)
    for (let j = i + 1; j < verdicts.length; j++) {
      const [a, b] = [verdicts[i]!, verdicts[j]!];
      // Two questions on one figure ("over $14 billion in revenue", "to $14.11 billion") ask about one fact.
      const sameFigure = figuresOf(a.text).some((f) => figuresOf(b.text).includes(f));
      if ((a.intent !== 'other' && a.intent === b.intent) || overlap(a.text, b.text) >= 0.5 || sameFigure || sameMove(a.text, b.text))
        duplicates.push([a.text, b.text]);
    }
  const re = (p: string) => new RegExp(p, 'i');
  const hookTexts = sheet.hooks.map((h) => `${h.text} ${h.evidence ?? ''}`);
  const qTexts = questions.map((q) => q.text);
  const checks: Array<{ what: string; met: boolean }> = [
    {
      what: `${expect.questions[0]}–${expect.questions[1]} questions`,
      met: questions.length >= expect.questions[0] && questions.length <= expect.questions[1],
    },
    ...(expect.hooks ?? []).map((p) => ({ what: `hook /${p}/`, met: hookTexts.some((t) => re(p).test(t)) })),
    ...(expect.notHooks ?? []).map((p) => ({ what: `no hook /${p}/`, met: !hookTexts.some((t) => re(p).test(t)) })),
    ...(expect.asks ?? []).map((p) => ({ what: `asks /${p}/`, met: qTexts.some((t) => re(p).test(t)) })),
    ...(expect.notAsks ?? []).map((p) => ({ what: `never asks /${p}/`, met: !qTexts.some((t) => re(p).test(t)) })),
    ...(expect.referrals ?? []).map((n) => ({ what: `names ${n}`, met: sheet.referrals.some((r) => r.name === n) })),
    ...(expect.research ?? []).map((p) => ({
      what: `research /${p}/`,
      met: sheet.research.some((g) => re(p).test(`${g.what} ${g.where}`)),
    })),
    ...(expect.careful ?? []).map((p) => ({ what: `careful /${p}/`, met: sheet.careful.some((c) => re(p).test(c.text)) })),
    ...(expect.why ?? []).map((p) => ({ what: `why /${p}/`, met: !!sheet.why && re(p).test(sheet.why) })),
    ...(expect.notIntro ?? []).map((p) => ({ what: `intro never /${p}/`, met: !re(p).test(sheet.intro) })),
  ];
  return {
    questions: verdicts,
    grounded: verdicts.filter((v) => v.grounded).length,
    knownFact: verdicts.filter((v) => v.knownFact).length,
    duplicates,
    mustAsk: questions.filter((q) => q.mustAsk).length,
    minutes: durationMinutes,
    expectations: checks,
  };
}

/**
 * Questions worded the same on several sheets ("What would someone moving from X into a Y role need
 * to show …" on eight): a template a reader notices, even when each sheet alone looks fine. The
 * user's own words and names are masked, so a template filled with different fields still counts.
 */
export function repeatedWording(sheets: Array<{ id: string; questions: string[]; masks: string[] }>, min = 3): Array<[string, string[]]> {
  const seen = new Map<string, Set<string>>();
  for (const sheet of sheets)
    for (const q of sheet.questions) {
      let t = q;
      // Case-blind: the sheet says the user's "Product designer" as "product designer" mid-sentence (issue 11 §9).
      for (const m of sheet.masks.filter(Boolean).sort((a, b) => b.length - a.length))
        t = t.replace(new RegExp(escapeRegExp(m), 'gi'), '…');
      // The ask for names is the same on every sheet by design: the names in it differ.
      if (/\bwho else should i talk to\b/i.test(t) && !/\bwould .+ be a good person\b/i.test(t)) continue;
      seen.set(t, (seen.get(t) ?? new Set()).add(sheet.id));
    }
  return [...seen].filter(([, ids]) => ids.size >= min).map(([t, ids]) => [t, [...ids]]);
}
