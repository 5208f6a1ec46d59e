import { foldWords } from '../../text/fold';

/**
 * Whose words a company's own post holds. A post on the company's blog or newsroom is the
 * company's, written by whoever its byline names: it is "your post" only when the person met wrote
 * it (blind-11 microsoft-remote-peer: an engineering manager was told "Your post says: “We
 * recommend …”" of a blog post by a vice-president they may never have met).
 */
export interface PostVoice {
  /** The person met wrote it: their byline is on it. */
  yours: boolean;
  /** "Microsoft’s", or "the company’s" when the dossier has no name. */
  whose: string;
  /** The post's writer, when its byline names a person ("Aleš Holeček"). */
  author?: string;
}

/** A byline that names a person: two to four capitalised words, no publication or team ("Microsoft 365 Team"). */
const PERSON_BYLINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|van|von|der|da|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const NOT_A_PERSON = /\b(?:team|staff|editors?|editorial|desk|news|blog|press|office|group|inc|ltd|corp)\b/i;

export function postVoice(authors: string[] | undefined, company: string | undefined, personName: string | undefined): PostVoice {
  const bylines = (authors ?? []).map((a) => a.trim()).filter(Boolean);
  const me = personName ? foldWords(personName) : '';
  const yours = !!me && bylines.some((a) => foldWords(a) === me);
  const author = bylines.find(
    (a) => PERSON_BYLINE.test(a) && !NOT_A_PERSON.test(a) && !(company && foldWords(a).includes(foldWords(company))),
  );
  return { yours, whose: company ? `${company}’s` : 'the company’s', author };
}
