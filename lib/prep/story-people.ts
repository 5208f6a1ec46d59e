import { escapeRegExp } from '../text/regexp';
import { foldWords } from '../text/fold';
import type { Clip, Company } from '../schema/dossier';
import { plain } from './clean';
import { companyNames, type CompanyEvent } from './events';
import { roleLevel } from './roles';

/** Someone a clipped story names with a role at the company, or as a founder of a company it bought. */
export interface StoryPerson {
  name: string;
  /** "VP of Platform", "co-founder of Monoidics". */
  title: string;
  /** Why this name, in a few words, for the closing question's reason. */
  why: string;
  clipId: string;
}

/** A person's name as a story writes it: two or three capitalised words ("Chris Yeh", "Dino DiStefano"). */
const NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+(?:de|van|von|da|di|le|la)?\s*\p{Lu}[\p{L}’'-]+){1,2}`;
/** A title names a post: a word every post has ("VP of Platform", "head of design", "senior engineer"). */
const POST =
  /\b(?:VP|SVP|EVP|vice[- ]president|head|director|manager|lead|engineer|scientist|designer|architect|researcher|officer|chief|president|founder|co-founder|cofounder|partner|evangelist|strategist|product manager|developer)\b/i;

/**
 * People a clipped story names with a role at the company ("Chris Yeh, Box's VP of Platform,";
 * "Box's VP of Platform Chris Yeh"), and the founders of a company it bought in that story
 * ("co-founder Dino DiStefano", in the story of the acquisition of Monoidics): named people to ask
 * about at the end. Read from the story's own words only: a title tying them to another
 * organisation, a story's author, or a name with no post beside it gives nobody. The company's
 * chief executives and its own founders are left out (engine: a name to ask for is someone who
 * might say yes); the founders of a company it bought now work inside it, and are kept.
 */
export function storyPeople(clips: Clip[], company: Pick<Company, 'name' | 'domains'> | undefined, events: CompanyEvent[]): StoryPerson[] {
  if (!company) return [];
  const names = companyNames(company);
  const co = names.map(escapeRegExp).join('|');
  if (!co) return [];
  // "Dan Rose, the company’s vice president of partnerships,": in a story clipped for the company, "the company" is it.
  const after = new RegExp(
    `(${NAME}),\\s+(?:the\\s+(?:company|firm)|(?:the\\s+)?(?:${co}))(?:['’]s)?\\s+([^,.;:“"()]{2,60}?)\\s*[,.;(]`,
    'gu',
  );
  const before = new RegExp(
    `(?:${co})(?:['’]s)?\\s+([^,.;:“"()]{2,40}?)\\s+(${NAME})(?=\\s*[,.;(]|\\s+(?:said|says|told|explained|added|noted)\\b)`,
    'gu',
  );
  // "the company's chief medical officer, Dr. James Shannon, said": the title first, the name set off by commas, then what they said.
  const titled = new RegExp(
    `(?:[Tt]he\\s+(?:company|firm)|(?:${co}))['’]s\\s+([^,.;:“"()]{2,40}?),\\s+(?:(?:Dr|Prof)\\.?\\s+)?(${NAME}),\\s+(?:said|says|told|explained|added|noted)\\b`,
    'gu',
  );
  const out: StoryPerson[] = [];
  const add = (p: StoryPerson, authors: string[]) => {
    if (authors.some((a) => foldWords(a) === foldWords(p.name))) return;
    if (names.some((n) => foldWords(p.name).includes(foldWords(n)))) return;
    if (!out.some((x) => foldWords(x.name) === foldWords(p.name))) out.push(p);
  };
  for (const clip of clips) {
    if (clip.kind !== 'article') continue;
    const text = plain(clip.text ?? '');
    const authors = clip.extraction.article?.authors ?? [];
    const people = (name: string, title: string, spoke = false) => {
      const t = title.trim();
      // A post at the top (the chief executive, the company's own founder) is not someone to ask for an
      // introduction; a chief of one field who spoke for the company on it ("chief medical officer") is
      // the head of the work the user asks about, and is kept.
      const fieldChief = spoke && /^chief\s+(?!executive|financial|operating)\p{L}+\s+officer$/iu.test(t);
      if (!POST.test(t) || (roleLevel(t) === 'executive' && !fieldChief) || /\bCEO\b/.test(t)) return;
      add({ name, title: t, why: `is ${t} at ${company.name}, named in a story you clipped`, clipId: clip.id }, authors);
    };
    for (const m of text.matchAll(after)) people(m[1]!, m[2]!);
    for (const m of text.matchAll(before)) people(m[2]!, m[1]!);
    for (const m of text.matchAll(titled)) people(m[2]!, m[1]!, true);
    // The founders of a company it bought in this story: they came with it.
    for (const e of events.filter((x) => x.kind === 'acquisition' && x.clipId === clip.id)) {
      const founder = new RegExp(
        `\\b(?:co-?founders?|founders?)\\s+(${NAME})|(${NAME}),\\s+(?:a|the|one of the)?\\s*(?:co-?founders?|founders?)\\s+of\\s+${escapeRegExp(e.what)}`,
        'gu',
      );
      for (const m of text.matchAll(founder)) {
        const name = (m[1] ?? m[2])!;
        // "founder Jane Doe of Acme": a founder of some other company is not theirs.
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        if (m[1] && /^,?\s+(?:of|at|from)\s+\p{Lu}/u.test(rest) && !rest.includes(e.what)) continue;
        add(
          {
            name,
            title: `co-founder of ${e.what}`,
            why: `co-founded ${e.what}, which ${company.name} bought`,
            clipId: clip.id,
          },
          authors,
        );
      }
    }
  }
  return out;
}
