import { fold } from '../text/fold';
import { sentences } from '../text/sentences';
import type { Clip, Company } from '../schema/dossier';
import { plain } from './clean';
import { isRecent } from './dates';
import { companyNames, eventsInClip } from './events';

/**
 * A fact a coach underlines in a story about the company, read from the sentence's structure, not
 * from rules for one story: a deal it made ("He led key acquisitions, including … BamTech"), a
 * difference between its markets ("Europe gets camera mirrors, whereas the US car keeps glass
 * ones"), a figure about its business ("in every Fortune 500 company, and eight out of ten …").
 */
export interface StoryFact {
  kind: 'deal' | 'markets' | 'change' | 'figure';
  /** The sentence as the story says it, its attribution taken off ("…, Cook told Benioff."). */
  text: string;
  /** Who said it, when the story only reports their words ("Cook"). */
  speaker?: string;
  clipId: string;
  source: string;
  date?: string;
}

/** A guess is no fact; a setback belongs under "handle with care", never in a question. */
const HEDGED = /\b(?:expected|reportedly|rumou?r\w*|could|might|may|should|likely|would|reckons?|speculat\w*)\b|\?/i;
const SETBACK =
  /\b(?:struggl\w*|bail(?:ed)?[- ]?out|lifeline|turnaround|rescue\w*|bankrupt\w*|glitch\w*|problems?|issues?|outages?|crash\w*|fail\w*|lay-?offs?|laid off|job cuts|lawsuits?|sued|su(?:es|ing)|investigat\w*|fines?d?|scandal\w*|grounded|losses|loss)\b/i;
/** What a story says nobody would tell ("Strava wouldn't confirm how many …") is no fact. */
const UNSAID = /\b(?:wouldn['’]t|won['’]t|didn['’]t|did not|would not|declined|refused|not (?:clear|known|disclosed|confirmed|yet))\b/i;
/** A sentence that opens on a pronoun leans on the one before it: repeated alone, it says nothing. */
const LEANS = /^(?:It|It’s|It's|That|This|These|Those|They|There|Its|Their|But|And|So|Still|Also|Here)\b/;
const DEAL = /\b(?:acquisitions?|acquired|acquiring|bought|buying|merg(?:er|ed)\s+with|took over|takeover of)\b/i;
/** Markets a product is sold in: two of them and a word of contrast make a difference worth asking about. */
const MARKETS: Array<[string, RegExp]> = [
  ['europe', /\b(?:Europe|European|Euro|EU)\b/],
  ['us', /\b(?:US|U\.S\.|United States|North America\w*|American)\b/],
  ['china', /\b(?:China|Chinese)\b/],
  ['japan', /\b(?:Japan|Japanese)\b/],
  ['uk', /\b(?:UK|U\.K\.|Britain|British)\b/],
  ['india', /\bIndia\b/],
];
const CONTRAST = /\b(?:whereas|while|however|though|unlike|instead|but)\b/i;
/** A figure about the business: its customers, users, spending; not a car's range or a year. */
const FIGURE =
  /\b(?:every|all)\s+Fortune\s+\d+|\b\w+\s+(?:out\s+)?of\s+(?:ten|10|every)\b|[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b|\b\d[\d.,]*\s*(?:million|billion)\s+(?:customers|users|subscribers|clients|companies|businesses|people|members|accounts)\b|\b\d[\d.,]*\s*(?:%|percent)\s+of\s+(?:its\s+)?(?:customers|users|revenue|sales|companies|businesses)\b/i;
/** A number that moved ("down by 30 to 126", "up 12% to 4,000"): a plan changed, which reaches teams. */
const CHANGE = /\b(?:up|down|cut|raised|lowered|reduced|increased)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent)?\s+to\s+\d/i;
/** ", Cook told Benioff." / ", the company said.": who said it, not what. */
const ATTRIBUTION =
  /,\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}|the company|he|she)\s+(?:said|says|told\s+\p{Lu}[\p{L}'’-]*|added|explained)\s*\.?$/u;
/** "Mayer was named chairman …": a person the next sentence calls "he". */
const NAMED_SUBJECT = /^(\p{Lu}[\p{L}'’-]+)(?:\s+(\p{Lu}[\p{L}'’-]+))?\s+(?:was|is|has|had|became|joined|led|said|took)\b/u;

const wordCount = (t: string) => t.split(/\s+/).length;

/** The facts of one story, at most one of each kind, the first in the story first (news puts the point early). */
export function factsInStory(clip: Clip, company: Pick<Company, 'name'>): StoryFact[] {
  const names = companyNames(company).map(fold);
  const lines = (clip.text ?? '').split(/\n+/).flatMap((p) => sentences(plain(p)));
  const out: StoryFact[] = [];
  const source = clip.siteName ?? clip.extraction.article?.siteName ?? 'a story you clipped';
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!.trim();
    if (wordCount(text) < 8 || wordCount(text) > 40 || /[“”"]/.test(text) || HEDGED.test(text) || SETBACK.test(text) || UNSAID.test(text))
      continue;
    if (LEANS.test(text)) continue;
    // "He led …" names the person the sentence before named ("Mayer was named …"); otherwise nobody.
    const pronoun = /^(He|She)\s/.exec(text);
    if (pronoun) {
      const prev = NAMED_SUBJECT.exec(lines[i - 1] ?? '');
      const name = prev?.[2] ?? prev?.[1];
      if (!name || names.includes(fold(name)) || /^(The|A|An|In|On|At)$/.test(prev![1]!)) continue;
      text = `${name}${text.slice(pronoun[1]!.length)}`;
    }
    let speaker: string | undefined;
    const attributed = ATTRIBUTION.exec(text);
    if (attributed) {
      const who = attributed[1]!.trim();
      speaker = /^(?:the company|he|she)$/i.test(who) ? undefined : who;
      text = text.slice(0, attributed.index);
    }
    text = text.replace(/[.!]+$/, '');
    const markets = MARKETS.filter(([, re]) => re.test(text)).length;
    const kind: StoryFact['kind'] | undefined =
      DEAL.test(text) && /\s\p{Lu}/u.test(text.slice(text.search(DEAL)))
        ? 'deal'
        : markets >= 2 && CONTRAST.test(text)
          ? 'markets'
          : CHANGE.test(text)
            ? 'change'
            : FIGURE.test(text)
              ? 'figure'
              : undefined;
    if (!kind || out.some((f) => f.kind === kind)) continue;
    out.push({ kind, text, speaker, clipId: clip.id, source, date: clip.publishedAt });
  }
  return out;
}

/**
 * The facts worth a question in the recent stories about the company (their title names it): a
 * deal first, then a difference between markets, a number that moved, a figure; at most two.
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
  const names = companyNames(company).map(fold);
  const order: Array<StoryFact['kind']> = ['deal', 'markets', 'change', 'figure'];
  return clips
    .filter((c) => c.kind === 'article' && isRecent(c.publishedAt, meetingAt) && !troubled.has(c.id))
    .filter((c) => names.some((n) => fold(plain(c.extraction.article?.title ?? c.title)).includes(n)))
    .filter((c) => !HEDGED.test(plain(c.extraction.article?.title ?? c.title)))
    .flatMap((c) => factsInStory(c, company))
    .filter((f) => !(f.kind === 'figure' && priced.has(f.clipId) && /[$€£]|\b(?:million|billion)\b/.test(f.text)))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .slice(0, 2);
}
