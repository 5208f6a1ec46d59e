import { escapeRegExp } from '../text/regexp';
import { foldWords } from '../text/fold';
import { sentences } from '../text/sentences';
import type { Clip, Company, Person } from '../schema/dossier';
import { plain } from './clean';
import { companyNames } from './company-names';
import { sourceOf } from './event-record';
import { withoutDateline } from './dateline';

/**
 * The person met is the one leaving, as a story tells it: "Dee Dee Myers … is exiting her role as
 * communications head at studio Warner Bros. after five years … Her last day is April 1" (blind-16
 * myers-warner-changer). Their own exit is the newest step of their path, as their appointment is
 * (appointment.ts): the why line and a question rest on it, and it is handled with care (no "why",
 * no successor).
 */
export interface Departure {
  /** The role they leave, as the story names it ("communications head"), when it does. */
  office?: string;
  /** How long they were there, as the story says it ("five years"). */
  tenure?: string;
  /** Their last day, as the story writes it ("April 1"). */
  lastDay?: string;
  /** The last day is past at the meeting: they have left. */
  gone: boolean;
  /** The sentence it was read from. */
  evidence: string;
  source: string;
  date?: string;
  url: string;
  clipId: string;
}

/**
 * Leaving verbs in the present or future only: "left", "stepped down" tell a move already made (a
 * profile's job history says it better). English, German, French, Dutch, Polish news forms. Verb
 * forms only: "leave" and "exit" alone are nouns as often ("after parental leave", "its exit from").
 */
const LEAVING = String.raw`(?:(?:will|to)\s+(?:exit|leave|step\s+down|depart|retire)|(?:is\s+|are\s+)?(?:exit(?:s|ing)|leav(?:es|ing)|step(?:s|ping)\s+down|depart(?:s|ing)|retir(?:es|ing))|verlässt|verlassen\s+wird|quitte|vertrekt|odchodzi|odejdzie)`;
/**
 * Between their name and the verb, someone else's exit: a relative clause ("Smith will replace
 * John Doe, who is retiring"), a succession, or a possessive ("Smith oversaw Acme's exit").
 */
const NOT_THEIRS = /\b(?:who|whom|which|that|replac\w*|succeed\w*|success\w*|after|before|than)\b|['’]s\b/i;
/** A guess or a rumour is not their exit. */
const HEDGED = /\b(?:may|might|could|reportedly|rumou?r\w*|expected to|considering|weighing|would)\b/i;

export function ownDeparture(
  person: Pick<Person, 'name'> | undefined,
  company: Pick<Company, 'name' | 'domains'> | undefined,
  clips: Clip[],
  meetingAt: number,
): Departure | undefined {
  if (!person || !company) return undefined;
  const full = plain(person.name).trim();
  const surname = full.split(/\s+/).pop() ?? '';
  if (!surname || full === surname) return undefined;
  const names = companyNames(company).map(foldWords);
  // Their full name, or their surname alone once the story has named them in full ("Myers, who was EVP …").
  const who = new RegExp(String.raw`(?<![\p{L}])(?:${escapeRegExp(full)}|${escapeRegExp(surname)})(?![\p{L}])`, 'u');
  const verb = new RegExp(String.raw`(?<![\p{L}])${LEAVING}(?![\p{L}])`, 'iu');
  for (const clip of clips) {
    if (clip.kind !== 'article') continue;
    const text = plain(clip.text ?? '');
    if (!foldWords(`${clip.title} ${text}`).includes(foldWords(full))) continue;
    const lines = [clip.extraction.article?.title ?? clip.title, ...text.split(/\n+/).flatMap((p) => sentences(p.trim()))].slice(0, 60);
    const found: Departure[] = [];
    for (const line of lines) {
      const m = who.exec(line);
      if (!m) continue;
      // The verb follows their name closely (an apposition between: "Dee Dee Myers — a White House press secretary — is exiting").
      const rest = line.slice(m.index + m[0].length);
      const v = verb.exec(rest);
      if (!v || v.index > 90 || HEDGED.test(rest.slice(0, v.index + v[0].length)) || NOT_THEIRS.test(rest.slice(0, v.index))) continue;
      // They leave this company: the sentence names it, or their own role ("exits her role").
      const after = rest.slice(v.index);
      const folded = foldWords(line);
      if (!names.some((n) => n && folded.includes(n)) && !/^\S+\s+(?:her|his|their)\s+(?:role|post|position|job)\b/i.test(after)) continue;
      const office = /\b(?:role|post|position|job)\s+as\s+([\p{L}][\p{L} &-]{2,50}?)\s+(?:at|with|of|in|after|for)\b/iu.exec(after)?.[1];
      const tenure =
        /\bafter\s+((?:more than\s+|nearly\s+|almost\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+years?)\b/i.exec(
          after,
        )?.[1];
      const lastDay = lastDayIn(lines);
      const date = clip.publishedAt ?? clip.extraction.article?.publishedAt;
      const end = lastDay ? Date.parse(`${lastDay} ${(date ?? '').slice(0, 4)}`) : NaN;
      found.push({
        office,
        tenure,
        lastDay,
        gone: !Number.isNaN(end) && end <= meetingAt,
        evidence: withoutDateline(line).slice(0, 300),
        source: sourceOf(clip),
        date,
        url: clip.url,
        clipId: clip.id,
      });
    }
    // The headline says they leave; the body says as what and after how long: the fullest sentence tells it.
    const detail = (d: Departure) => (d.office ? 2 : 0) + (d.tenure ? 1 : 0);
    const best = found.sort((a, b) => detail(b) - detail(a))[0];
    if (best) return best;
  }
  return undefined;
}

/** "Her last day is April 1": the day as the story writes it. */
function lastDayIn(lines: string[]): string | undefined {
  for (const l of lines) {
    const m =
      /\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+last\s+day\s+(?:is|will be|at [^,.]{2,40} is)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/.exec(
        l,
      );
    if (m) return m[1];
  }
  return undefined;
}
