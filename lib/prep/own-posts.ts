import { postDate } from '../extract/linkedin-post-dates';
import { sameName } from '../extract/linkedin-posts';
import type { Clip, Person } from '../schema/dossier';
import type { PostEntry } from '../schema/page-extraction';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { isRecent } from './dates';
import { wordCount } from '../text/word-count';

/**
 * The person's own LinkedIn posts, as a coach reads them: what each is about (the sentence that
 * says the most: a round, a launch, a partnership, an event, a call), when it was written, and
 * whether it is recent (about six months before the meeting) or background. Only posts from the
 * person's own profile clips, which the extractor already checked were written by them
 * (lib/extract/linkedin-posts.ts).
 */
export interface OwnPost {
  /** The sentence of the post to raise, in their words, short enough to quote. */
  sentence: string;
  /** What kind of news it is, for the question to ask about it. */
  topic: PostTopic;
  /** The post's opening, for the hook's evidence line (never the whole post). */
  opening: string;
  /** ISO date: exact from the post's address, else approximate from its age on the page. */
  date?: string;
  approx: boolean;
  recent: boolean;
  featured: boolean;
  url?: string;
  clipId: string;
  /** How much the post says that is worth raising: higher first. */
  weight: number;
}

export type PostTopic = 'funding' | 'launch' | 'hiring' | 'learning' | 'event' | 'call' | 'other';

/** A quotable sentence is short: read aloud, a long quote is a speech. */
const MAX_WORDS = 22;
const MIN_WORDS = 5;

/** What the post reports, by the words of the sentence (English first, and Italian, German, French, Spanish). */
const TOPICS: Array<[PostTopic, RegExp]> = [
  [
    'funding',
    /\b(raised|raising|funding round|seed round|series [a-e]\b|pre-seed|seed funding|secured .{0,30}(?:funding|investment)|raccolt[oi]|finanziament|finanzierungsrunde|levée de fonds|ronda de financiación)/i,
  ],
  [
    'hiring',
    /\b(is hiring|are hiring|now hiring|we'?re hiring|join (?:our|the) team|open roles?|stiamo assumendo|cerchiamo (?:un|una|nuov)|wir stellen ein|nous recrutons|estamos contratando)\b/i,
  ],
  // What they learned: a certification, a course they thank its makers for ("Thanks to the DeepLearning.AI team
  // for this in-depth course on Finetuning LLMs"). Not "of course", not "the course of action".
  [
    'learning',
    /\b(?:certifications?|certificates?|certified|bootcamp|nanodegree|Zertifi\w*|Weiterbildung|certificat\w*|certificaci\w*|certificazion\w*)\b|\b(?:this|a|the|new|online|short|free|in-depth|amazing|wonderful|great)\s+(?:[\w-]+\s+){0,2}courses?\b(?!\s+of\b)|\bcourses?\s+(?:on|in|about)\b/i,
  ],
  [
    'launch',
    /\b(launch(?:ed|ing)?|introduc(?:ing|ed)|releas(?:ed|ing)|shipped|now (?:free|available|live)|free for everyone|partner(?:ed|ing|ship)|integrat(?:ed|ing|ion)|open(?:ed|ing) (?:our|a|the)|moved|migrat(?:ed|ing)|rewrote|rebuilt|lanciat|annunci|abbiamo (?:lanciato|aperto)|eingeführt|gestartet|lancé)\b/i,
  ],
  // Something they made themselves, said as LinkedIn says it ("Built a chatbot called …", "I've built …"): a side
  // project is theirs to tell, as a launch is; someone else's work they admire is not ("developed by my nephew").
  [
    'launch',
    /(?:^|[.!]\s+)(?:built|created|developed|made|wrote|coded)\s+(?:a|an|my|our|this)\b|\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:built|created|developed|made|coded)\s+(?:a|an|my|our|this)\b/i,
  ],
  [
    'event',
    // Taking part, or inviting: a conference they only met someone at is an anecdote, not an event of theirs.
    /\b(keynote|on a panel|panel(?:ist)?s? (?:on|at)|speak(?:ing)? at|see you at|join (?:me|us) at|meet (?:me|us) at|ci vediamo a|unisciti a me|vi aspetto|wir sehen uns|rendez-vous)\b/i,
  ],
  ['call', /\b(call for|looking for|we are searching|alla ricerca di|cerchiamo|wir suchen|nous cherchons|buscamos)\b/i],
];

/** A number worth saying ("$6 million", "50 ettari", "15–16 aprile"), not a lone digit of a list. */
const FIGURE =
  /(?:[$€£]\s?\d|\b\d[\d.,]*\s?(?:%|k\b|m\b|million|billion|milioni|mln|mio|ettari|hectares?|ha\b|mw\b|gw\b|people|users|customers|roles))/i;

/** The post's lines as plain sentences: no links, no "#" before a tag, no leading emoji or arrows. */
function cleanSentences(text: string): string[] {
  return (
    text
      .split(/\n+/)
      .flatMap((line) => sentences(plain(line)))
      .map((s) =>
        s
          .replace(/\bhttps?:\/\/\S+/g, '')
          .replace(/#(?=[\p{L}\p{N}])/gu, '')
          .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F1E6}-\u{1F1FF}]/gu, '')
          .replace(/^[^\p{L}\p{N}"“$€£]+/u, '')
          .replace(/[\s:–-]+$/u, '')
          .replace(/\s{2,}/g, ' ')
          .replace(/\s+([.,;:!?])/g, '$1')
          .trim(),
      )
      // A title in capitals is no sentence; LinkedIn's own words for a shared job ("Check out this job at …") are not theirs.
      .filter((s) => s && !/^[\p{Lu}\s]+$/u.test(s) && !SHARE_TEMPLATE.test(s))
  );
}

const SHARE_TEMPLATE =
  /^(check out this job|dai uno sguardo a questa offerta|guarda questa offerta|schau dir diese[ns]? (stelle|job)|sehen sie sich diese stelle|découvrez cette offre|consulta esta oferta|echa un vistazo a esta oferta)/i;

/** A sentence that leans on the one before ("That's why …", "So …") reads oddly alone. */
const LEANS = /^(that'?s why|this is why|that is why|so|but|and|then|which|quindi|perciò|ma|e|deshalb|donc)\b/i;

function topicOf(s: string): PostTopic {
  return TOPICS.find(([, re]) => re.test(s))?.[0] ?? 'other';
}

/**
 * The sentence as it can be quoted: whole when short enough, else its opening clauses (cut at a
 * comma, a semicolon or an "and") up to MAX_WORDS, marked with "…"; undefined when too short.
 */
export function quotable(s: string): string | undefined {
  const n = wordCount(s);
  if (n < MIN_WORDS) return undefined;
  if (n <= MAX_WORDS) return s;
  const parts = s.split(/(?=[,;:]\s)|(?=\s(?:and|e|und|et|y)\s)/);
  let out = '';
  for (const part of parts) {
    if (wordCount(out + part) > MAX_WORDS) break;
    out += part;
  }
  // An opening clause that depends on the rest ("As Brazil prepares to host …") says nothing alone.
  if (SUBORDINATE.test(out)) return undefined;
  return wordCount(out) >= MIN_WORDS + 3 ? `${out.replace(/[,;:]$/, '').trim()} …` : undefined;
}

const SUBORDINATE =
  /^(as|when|while|if|since|after|before|although|though|because|once|until|per chi|quando|mentre|se|dopo|prima|poiché|perché|wenn|als|während|nachdem|weil|quand|lorsque|si|après|avant|cuando|si|mientras)\b/i;

/** How much a sentence says: news a coach would raise, a figure, the company by name. */
function sentenceWeight(s: string, company: string | undefined, i: number): number {
  return (
    (topicOf(s) !== 'other' ? 3 : 0) +
    (FIGURE.test(s) ? 2 : 0) +
    (company && s.toLowerCase().includes(company.toLowerCase()) ? 1 : 0) +
    // Earlier sentences say what the post is about; a question in the post is rhetoric.
    (i === 0 ? 0.5 : 0) -
    (/\?$/.test(s) ? 1 : 0) -
    (LEANS.test(s) ? 1 : 0)
  );
}

/** Posts of the person's own profile clips, newest first, each with the sentence to raise. */
export function ownPosts(person: Person | undefined, clips: Clip[], company: string | undefined, meetingAt: number): OwnPost[] {
  if (!person) return [];
  const out: OwnPost[] = [];
  const seen = new Set<string>();
  for (const c of clips) {
    const p = c.extraction.person;
    if (c.kind !== 'person-profile' || !p?.posts?.length) continue;
    // The profile is theirs: linked to them when saved, or naming them.
    if (c.personId ? c.personId !== person.id : !sameName(p.name, person.name)) continue;
    for (const post of p.posts) {
      const key = post.url ?? post.text.slice(0, 80);
      if (seen.has(key)) continue;
      seen.add(key);
      const read = readPost(post, c, company, meetingAt);
      if (read) out.push(read);
    }
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function readPost(post: PostEntry, clip: Clip, company: string | undefined, meetingAt: number): OwnPost | undefined {
  const all = cleanSentences(post.text.replace(/\s*…$/, ''));
  const scored = all.flatMap((s, i) => {
    const q = quotable(s);
    return q ? [{ s, q, w: sentenceWeight(s, company, i) }] : [];
  });
  const best = scored.sort((a, b) => b.w - a.w)[0];
  if (!best) return undefined;
  // Worth raising only when it says something of their work: news (a round, a launch, an event,
  // a call), their company by name, or a post they chose to feature. A quip is not a hook.
  const said = all.join(' ');
  const substantive =
    all.some((x) => topicOf(x) !== 'other') || (!!company && said.toLowerCase().includes(company.toLowerCase())) || !!post.featured;
  if (!substantive) return undefined;
  const when = postDate(post, clip.capturedAt);
  // A post dated after the page was saved is a date misread (or a clock wrong): not to be trusted.
  if (when && !when.approx && Date.parse(when.date) > clip.capturedAt + 86_400_000) return undefined;
  // An approximate date claims no day it does not know: the month, or the year.
  const date = when?.approx && when.date.length > 7 ? when.date.slice(0, 7) : when?.date;
  const opening = said;
  return {
    sentence: best.q.replace(/[.!]+$/, ''),
    topic: topicOf(best.s),
    opening: opening.length > 240 ? `${opening.slice(0, 239).replace(/\s+\S*$/, '')} …` : opening,
    date,
    approx: !!when?.approx,
    recent: isRecent(when?.date, meetingAt),
    featured: !!post.featured,
    url: post.url,
    clipId: clip.id,
    weight: best.w + (post.featured ? 1 : 0),
  };
}

/**
 * What their learning posts name, written as names are in any language: the tools and the schools
 * of a certification or a course ("LangGraph", "LangChain", "DeepLearning.AI", "crewAI"). A
 * CamelCase or dotted name is a product's or an organisation's, never a word of the sentence.
 */
export function learningNames(posts: OwnPost[]): string[] {
  const names = posts.flatMap((p) =>
    [...p.opening.matchAll(/(?<![\p{L}\p{N}])\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*(?:\.\p{Lu}+)?/gu)].map((m) => m[0]),
  );
  return [...new Set(names)];
}

/** What their learning posts were, said plainly: "a certification and courses". */
export function learningKinds(posts: OwnPost[]): string {
  const certified = posts.some((p) => /certif|zertifi/i.test(p.opening));
  const courses = posts.filter((p) => /course|kurs|curso|corso|bootcamp/i.test(p.opening)).length;
  return (
    [certified ? 'a certification' : '', courses ? (courses > 1 ? 'courses' : 'a course') : ''].filter(Boolean).join(' and ') ||
    'what they learned'
  );
}
