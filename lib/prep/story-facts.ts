import { fold } from '../text/fold';
import { sentences } from '../text/sentences';
import type { Clip, Company } from '../schema/dossier';
import { plain } from './clean';
import { isoToMs, isRecent } from './dates';
import { companyNames, eventsInClip } from './events';
import { clauseOf, type ClauseKind } from './story-clauses';

/**
 * A fact a coach underlines in a story about the company, named in a short clause
 * (story-clauses.ts), never the story's sentence pasted whole: a deal it made ("the acquisitions of
 * Marvel Entertainment, Lucasfilm and BamTech"), a difference between its markets ("virtual side
 * mirrors in Europe and standard ones in the US"), a market it enters, a number that moved, a
 * figure about its business ("Apple is now in every Fortune 500 company").
 */
export interface StoryFact {
  kind: ClauseKind;
  /** The fact as a question names it: a short English clause. */
  text: string;
  /** The fact as a question names it, when that differs from the clause ("Komen’s decision to cancel …"). */
  named?: string;
  /** The sentence it was read from, as the story says it (evidence, never pasted into a question). */
  evidence: string;
  /** Who said it, when the story only reports their words ("Cook"). */
  speaker?: string;
  clipId: string;
  source: string;
  date?: string;
  /** Read in a story older than the "recent" window: asked as what was reported then, not as news. */
  background?: boolean;
  /** A rise told against a fall (story-clauses.ts): asked even in a story of losses or cuts. */
  shift?: boolean;
}

/** A guess is no fact; a setback belongs under "handle with care", never in a question. */
const HEDGED = /\b(?:expected|poised|reportedly|rumou?r\w*|could|might|may|should|likely|would|reckons?|speculat\w*)\b|\?/i;
const SETBACK =
  /\b(?:struggl\w*|bail(?:ed)?[- ]?out|lifeline|turnaround|rescue\w*|bankrupt\w*|glitch\w*|problems?|issues?|outages?|crash\w*|fail\w*|lay-?offs?|laid off|job cuts|lawsuits?|sued|su(?:es|ing)|investigat\w*|fines?d?|scandal\w*|grounded|losses|loss|verschuldet|Schulden|Insolvenz|Verlust\w*|Klage|perte|déficit|faillite|licenci\w*)\b/iu;
/** What a story says nobody would tell ("Strava wouldn't confirm how many …") is no fact. */
const UNSAID = /\b(?:wouldn['’]t|won['’]t|didn['’]t|did not|would not|declined|refused|not (?:clear|known|disclosed|confirmed|yet))\b/i;
/** ", Cook told Benioff." / ", the company said.": who said it, not what. */
const ATTRIBUTION =
  /,\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}|the company|he|she)\s+(?:said|says|told\s+\p{Lu}[\p{L}'’-]*|added|explained)\s*\.?$/u;

const wordCount = (t: string) => t.split(/\s+/).length;

/** The facts of one story, at most one of each kind, the first in the story first (news puts the point early). */
/** The sentence names the company, or calls it "the company". */
function aboutCompany(text: string, names: string[]): boolean {
  const t = fold(text);
  // "its" alone may be anyone's ("IndependenceIT … the launch of its suite"): the company's name or its noun.
  return names.some((n) => t.includes(fold(n))) || /\bthe (?:company|firm|group)\b/i.test(text);
}

export function factsInStory(clip: Clip, company: Pick<Company, 'name'>): StoryFact[] {
  const names = companyNames(company);
  const lines = (clip.text ?? '').split(/\n+/).flatMap((p) => sentences(plain(p)));
  const out: StoryFact[] = [];
  const source = clip.siteName ?? clip.extraction.article?.siteName ?? 'a story you clipped';
  for (const line of lines) {
    let text = line.trim();
    if (
      wordCount(text) < 6 ||
      wordCount(text) > 45 ||
      /[“”"„«»]/.test(text) ||
      HEDGED.test(text) ||
      SETBACK.test(text) ||
      UNSAID.test(text)
    )
      continue;
    let speaker: string | undefined;
    const attributed = ATTRIBUTION.exec(text);
    if (attributed) {
      const who = attributed[1]!.trim();
      speaker = /^(?:the company|he|she)$/i.test(who) ? undefined : who;
      text = text.slice(0, attributed.index);
    }
    text = text.replace(/[.!]+$/, '');
    const clause = clauseOf(text, names, plain(clip.extraction.article?.title ?? clip.title));
    if (!clause || out.some((f) => f.kind === clause.kind)) continue;
    // A deal or a figure a sentence tells of nobody ("Under his leadership, IndependenceIT completed the
    // acquisition of Veddio" in a sponsor's bio; "Epilepsy affects 2.9 million people") is not the company's.
    if ((clause.kind === 'deal' || clause.kind === 'figure') && !aboutCompany(text, names)) continue;
    out.push({
      kind: clause.kind,
      text: clause.text,
      named: clause.named,
      ...(clause.shift ? { shift: true } : {}),
      evidence: line.trim(),
      speaker,
      clipId: clip.id,
      source,
      date: clip.publishedAt,
    });
  }
  return out;
}

/**
 * What a company decided or requires (a cut, a move, a rule for its suppliers) lasts beyond the
 * week it was news: an older story still tells it, asked as what was reported then. From a story
 * whose news is a setback or a suit, only a standing rule is kept (what it asks of suppliers), never
 * the decision taken under the trouble.
 */
const LASTING: ReadonlySet<StoryFact['kind']> = new Set(['decision', 'rule']);
/** Older than this, even a decision is history. */
const BACKGROUND_YEARS = 2;

/**
 * The facts worth a question in the stories about the company (their title names it): a deal
 * first, then a decision it took, a rule it sets, a difference between markets, a market entered,
 * a number that moved, a figure; at most three. Older stories give only decisions and rules.
 */
export function storyFacts(clips: Clip[], company: Pick<Company, 'name' | 'domains'> | undefined, meetingAt: number): StoryFact[] {
  if (!company) return [];
  // Each story's own events (before merging: a story told first elsewhere still carries its news).
  const events = clips.flatMap((c) => eventsInClip(c, company, meetingAt));
  // A sum in a story of a deal or a round is the deal's own value, asked already by its event.
  // A story whose only news is a setback (job cuts, an inquiry, a rescue) is no place to find an opener.
  const troubled = new Set(
    events.filter((e) => e.sensitive && !events.some((o) => o.clipId === e.clipId && !o.sensitive)).map((e) => e.clipId),
  );
  const priced = new Set(events.filter((e) => ['funding', 'deal', 'acquisition', 'acquired'].includes(e.kind)).map((e) => e.clipId));
  // A deal the story's own event already names ("Acme acquired Widgets") is asked by that event.
  const bought = new Set(events.filter((e) => e.kind === 'acquisition').map((e) => e.clipId));
  const names = companyNames(company).map(fold);
  const order: Array<StoryFact['kind']> = ['deal', 'decision', 'rule', 'markets', 'expansion', 'campaign', 'change', 'figure'];
  const history = meetingAt - BACKGROUND_YEARS * 365.25 * 86_400_000;
  return clips
    .filter((c) => c.kind === 'article')
    .filter((c) => names.some((n) => fold(plain(c.extraction.article?.title ?? c.title)).includes(n)))
    .filter((c) => !HEDGED.test(plain(c.extraction.article?.title ?? c.title)))
    .flatMap((c) => {
      const recent = isRecent(c.publishedAt, meetingAt);
      const ms = isoToMs(c.publishedAt);
      if (!recent && (ms === undefined || ms < history)) return [];
      return (
        factsInStory(c, company)
          // In a story of losses or cuts, what grew against what shrank is still the work of the people inside (blind-17 sph-results-peer).
          .filter((f) => (troubled.has(c.id) ? f.kind === 'rule' || (f.shift && recent) : recent || LASTING.has(f.kind)))
          .map((f) => (recent ? f : { ...f, background: true }))
      );
    })
    .filter((f) => !(f.kind === 'figure' && priced.has(f.clipId) && /[$€£]|\b(?:million|billion)\b/.test(f.text)))
    .filter((f) => !(f.kind === 'deal' && bought.has(f.clipId)))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .slice(0, 3);
}
