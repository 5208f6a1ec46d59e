import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { plain } from './clean';
import { dateInText } from './dates';
import type { NamedCompany } from './events';
import { clippedEvidence, sourceOf } from './event-record';
import { bodySentences, storyFrame, troubled } from './story-frame';
import { languageName } from './story-anchors';
import { careKindOfTopics, ifTheyRaiseIt } from './careful-ask';
import { troubleIn, troubleWords, type Trouble } from './story-trouble';

/**
 * What a story about the company gives the sheet's "handle with care", beyond headlines an English
 * reader recognises: a story told through its trouble in any language (the body's sentences of
 * police, charges, accusations), and a change the company took back after its users objected
 * (a charge postponed "to re-evaluate our approach" after feedback). Those inside may be tired of
 * it or not free to discuss it: the sheet says how to raise it, and never asks for its reasons.
 */
export interface StoryCare {
  /** Trouble told in the story; a change taken back after feedback; a product the reviews found wanting. */
  kind: 'trouble' | 'retreat' | 'criticism' | 'loss';
  /** The headline (trouble, criticism) or the company's sentence of the retreat. */
  text: string;
  /** What the trouble is, in English words, when the story says it (a strike, job cuts: story-trouble.ts). */
  trouble?: Trouble;
  language?: string;
  clipId: string;
  url: string;
  source: string;
  date?: string;
}

/** A step back: a change postponed, paused, reversed or re-evaluated. */
const RETREAT =
  /\b(?:postpon\w*|paus(?:e|ed|es|ing)|revers(?:e|ed|es|ing)|roll(?:s|ed|ing)? (?:it |this |that )?back|walk(?:s|ed|ing)? (?:it |this |that )?back|re-?evaluat\w*|reconsider\w*|withdr[ae]w\w*|u-turn)\b/i;
/** Why it stepped back: the people it serves objected. */
const REACTION =
  /\b(?:feedback|backlash|criticis\w*|critici[sz]ed|concerns?|outcry|complain\w*|missed the mark|heard (?:from )?you|push-?back|objections?)\b/i;

/**
 * A headline that finds the company's product wanting ("The Early Reviews … Are Here — And They're
 * Not Great", "Stadia Falls Short of 4K at Launch", "… doesn't run at a stable 60fps"): the people
 * who built it have read it too, so it is raised with care, never as the critics' verdict.
 */
const CRITICISM =
  /\b(?:falls? short|fell short|(?:are|is|they['’]re|it['’]s) not great|disappoint\w*|underwhelm\w*|(?:does|do|did)(?:n['’]t| not) (?:run|work|deliver|live up)|fails? to (?:deliver|impress|live up)|flop(?:s|ped)?|panned|mixed reviews|poor reviews|bad reviews)\b/i;

/** A death told in a sentence, in the languages of the corpus's stories. */
const DEATH = /(?<![\p{L}])(?:died|passed away|gestorben|verstorben|verstarb|starb|décédée?|est mort|overleden|stierf)(?![\p{L}])/iu;
/** A person's role, said in the sentence before the name of who died ("its founder X died"). */
const ROLE_BEFORE =
  /\b(?:founder|co-?founder|chief|ceo|chair(?:man|woman)?|president|director|gründer(?:in)?|vorstand\w*|geschäftsführer(?:in)?|vorsitzende[rn]?|fondat(?:eur|rice)|président(?:e)?|oprichter|directeur)\b/iu;

/**
 * Whom the sentence says died: a name set off by a comma before the verb, as a person is ("Athar
 * Husain Khan, der im März 2023 … gestorben ist", "Jane Roe, who died in May"), or a name just
 * before it after a role ("its founder Jane Roe died"). Capitalised words alone do not make a
 * person: "Interest in Google Glass died quickly", "two workers in New Jersey died".
 */
function deceased(sentence: string): string | undefined {
  const at = DEATH.exec(sentence)!.index;
  const before = sentence.slice(0, at);
  const names = [...before.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}(?![\p{L}])/gu)];
  const last = names.pop();
  if (!last) return undefined;
  const after = before.slice(last.index + last[0].length);
  // A verb's particle may stand between the name and its clause ("die Nachfolge von X an, der …").
  if (/^(?:\s+\p{Ll}+){0,2},\s/u.test(after) && after.length <= 90) return last[0];
  if (/^\s*$/.test(after) && ROLE_BEFORE.test(before.slice(0, last.index))) return last[0];
  return undefined;
}

/** The care one story asks for: its trouble, a critical verdict on its product, or the company's step back after feedback. */
export function careInStory(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>): StoryCare | undefined {
  const frame = storyFrame(clip, company);
  if (!frame) return undefined;
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt ?? dateInText(plain((clip.text ?? '').slice(0, 600)));
  const at = { clipId: clip.id, url: clip.url, source: sourceOf(clip), date };
  // An English headline of bad news is told by the news reader already (news.ts): this is for the rest.
  if (troubled(frame) && !frame.english) {
    const trouble = troubleIn(frame.headline, frame.lines);
    return { kind: 'trouble', text: frame.headline, language: languageName(clip.extraction.lang), ...(trouble ? { trouble } : {}), ...at };
  }
  // A death the story tells (a predecessor, a founder): never raised, whatever language it is told in.
  const loss = bodySentences(frame).find((x) => DEATH.test(x));
  if (loss) {
    const who = deceased(loss);
    // A person, not the company named in the sentence ("patients of Acme Health died"): no loss of its own.
    if (who && !frame.names.some((n) => fold(who).includes(fold(n)))) return { kind: 'loss', text: who, ...at };
  }
  if (!frame.english) return undefined;
  if (CRITICISM.test(frame.headline) && !troubled(frame)) return { kind: 'criticism', text: frame.headline, ...at };
  const all = bodySentences(frame);
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!.trim();
    const mine = frame.names.some((n) => fold(s).includes(fold(n))) || (frame.own && /\b(?:we|we['’]re|our)\b/i.test(s));
    if (!mine || !RETREAT.test(s)) continue;
    // The reaction is said in the sentence or beside it ("We missed the mark … so we're postponing …").
    const near = [all[i - 1], s, all[i + 1]].filter(Boolean).join(' ');
    if (REACTION.test(near)) return { kind: 'retreat', text: clippedEvidence(s), ...at };
  }
  return undefined;
}

/** The care of every story about the company, one per story; critical reviews of a launch once (three reviews are one topic). */
export function storyCare(clips: Clip[], company: (NamedCompany & Pick<Company, 'domains'> & { id?: string }) | undefined): StoryCare[] {
  if (!company) return [];
  const all = clips.filter((c) => !(company.id && c.companyId && c.companyId !== company.id)).flatMap((c) => careInStory(c, company) ?? []);
  // The verdict with a figure ("Falls Short of 4K") says what fell short; a bare "not great" does not.
  const critics = all.filter((c) => c.kind === 'criticism');
  const critic = critics.find((c) => /\d/.test(c.text)) ?? critics[0];
  return all.filter((c) => c.kind !== 'criticism' || c === critic);
}

/** A care item as the sheet says it: what happened, and how to raise it. */
export function storyCareText(c: StoryCare): string {
  if (c.kind === 'retreat')
    return `A change taken back after feedback: “${c.text}” — ask how the feedback is being used, not why the change was made.`;
  if (c.kind === 'loss')
    return `The story tells of the death of ${c.text} — never raise it; if they mention it, a brief word of sympathy is enough.`;
  if (c.kind === 'criticism')
    return `Critical reviews: “${c.text}” — they have read them too; ask what they learned from users since, never whether the critics are right.`;
  const what = c.trouble ? `${troubleWords(c.trouble)}; ` : '';
  return `In the news${c.language ? ` (a ${c.language} story)` : ''}: “${c.text}” — ${what}${ifTheyRaiseIt(careKindOfTopics(c.trouble?.topics ?? []))}`;
}
