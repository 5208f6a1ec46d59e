import type { Clip, Person } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { clippedEvidence, sourceOf } from './event-record';

/**
 * Someone a story about the person met names as their friend or mentor ("In 2015, he distilled his
 * first rye with his friend Bill Welter at Journeyman Distillery": blind-17 drewfox-distillery-peer).
 * They often work elsewhere, which is the point: the person met can introduce them in one message,
 * and they did the very thing with them the user came to learn about.
 */
export interface StoryFriend {
  name: string;
  /** "friend", "mentor", "business partner". */
  relation: string;
  /** Where the story places them ("Journeyman Distillery"), when it does. */
  org?: string;
  /** The story's sentence, clipped. */
  evidence: string;
  source: string;
  clipId: string;
}

/** Two or three capitalised words, as a story writes a person's name. */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:de|van|von|da|di|le|la)?\s*\p{Lu}[\p{L}’'-]+){1,2}`;
/** An organisation after "at" or "of": capitalised words, "&" and "of" inside ("Journeyman Distillery", "Sauce and Bread Kitchen"). */
const ORG = String.raw`\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\p{L}’'&.-]*)*`;
/** Their friend, old friend, longtime mentor, business partner: said with the person met's own pronoun. */
const FRIEND = new RegExp(
  String.raw`\b(?:his|her|their)\s+(?:(?:old|longtime|long-time|close|good|best|former)\s+)?(friend|mentor|business partner)\s*,?\s+(${NAME})(?:\s*,?\s+(?:at|of|from|who (?:runs|owns|founded))\s+(${ORG}))?`,
  'gu',
);

const lower = (s: string) => s.toLowerCase();

/**
 * The friends and mentors a story about the person met names, in the sentences that are about them:
 * the sentence names them, or follows one that does and names nobody else before the friend (the
 * pronoun is theirs, not another person's: "Bancroft macerated … from his partner Anne Kostroski's
 * pastry" is Bancroft's).
 */
export function storyFriends(person: Pick<Person, 'name'> | undefined, clips: Clip[]): StoryFriend[] {
  if (!person) return [];
  const parts = person.name.split(/\s+/).filter((w) => w.length > 1);
  if (parts.length < 2) return [];
  const surname = lower(parts[parts.length - 1]!);
  const full = lower(parts.join(' '));
  const out: StoryFriend[] = [];
  for (const c of clips) {
    if (c.kind !== 'article') continue;
    const text = plain(c.text ?? '');
    if (!lower(text).includes(full)) continue;
    const all = sentences(text);
    all.forEach((s, i) => {
      for (const m of s.matchAll(FRIEND)) {
        const before = s.slice(0, m.index);
        // Whose pronoun: the person met's, when the words before the friend name nobody but them.
        const others = [...before.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)]
          .map((x) => x[0])
          .filter((w, k) => !(k === 0 && before.trimStart().startsWith(w)) && !parts.includes(w));
        const theirs = others.length === 0 && (lower(before).includes(surname) || (i > 0 && lower(all[i - 1]!).includes(surname)));
        if (!theirs) continue;
        const name = m[2]!.trim();
        if (parts.every((p) => name.includes(p)) || out.some((f) => f.name === name)) continue;
        out.push({
          name,
          relation: m[1]!.toLowerCase(),
          // Without the sentence's full stop, which ORG's "." (for "St. Louis Brewing") takes at the end:
          // "at Sauce and Bread Kitchen. be open to a short conversation".
          ...(m[3] ? { org: m[3].trim().replace(/\.+$/, '') } : {}),
          evidence: clippedEvidence(s.trim()),
          source: sourceOf(c),
          clipId: c.id,
        });
      }
    });
  }
  return out;
}
