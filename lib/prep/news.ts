import type { Clip, Company } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { dateInText, isRecent } from './dates';
import { companyNames, eventsInClip, type NamedCompany } from './events';
import { clippedEvidence, sourceOf } from './event-record';
import { fold } from '../text/fold';
import { urlParts } from '../text/hosts';
import { badNews, cleanHeadline, headlineClause, SENSITIVE_NEWS, sentenceCase, type Clause } from './headline';
import { pendingDeal, storyLead } from './story-lead';
import { wordCount } from '../text/word-count';
import { foreignClause } from './foreign-news';
import { withoutDateline } from './dateline';

/**
 * The general news reader: a clipped story or press release about the company that no event
 * reader recognised (a clinical trial, a capital return, a licence change) still says what
 * happened, read from its headline as a short clause, with its source and date. Recent or
 * background by the meeting's date. A headline that is no plain statement of a deed gives nothing.
 */

export interface NewsItem extends Clause {
  /** The headline as the page gives it, cleaned of its site and kicker. */
  headline: string;
  /** The story's first sentence that tells it (naming the company, or "we" on its own page), else the headline: the evidence under the hook. */
  lead: string;
  /** The company's own post, cited by its title: asked as "your post" only when its byline is the person's, else as the company's. */
  post?: boolean;
  /** The company's name as its stories say it ("Microsoft"): whose post it is. */
  company?: string;
  /** The post's bylines, to tell the person's own post from their company's. */
  authors?: string[];
  /** Bad news (a lawsuit, a cancellation, shares plunging on a miss): handled with care, never a hook or a question. */
  careful?: boolean;
  date?: string;
  recent: boolean;
  clipId: string;
  url: string;
  source: string;
}

/** A press release on the company's own site ("/pr/library/…", "/newsroom/…", "/blog/…"). */
const RELEASE_PATH = /\/(?:pr|press|news|newsroom|media|blog|stories|presse|actualites|nieuws|aktuelles)(?:[-/]|$)/i;

function onDomain(url: string, domains: readonly string[]): boolean {
  const host = urlParts(url)
    ?.hostname.toLowerCase()
    .replace(/^www\./, '');
  return host !== undefined && domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** What a company calls its own publication when it joins it to its name ("googleblog", "metanewsroom"). */
const OWN_PUBLICATION = /^(?:blog|blogs|news|newsroom|press|research|engineering|labs|developers?)$/;

/**
 * The page is on the company's own site: one of its domains, or — when the dossier knows none (a
 * company met first through its own blog post) — a host whose name is the company's name
 * ("docker.com" for Docker, "blog.nethermind.io" for Nethermind). Two independent cues agree: the
 * name the page was saved under and the site it came from.
 */
export function onOwnSite(url: string, domains: readonly string[], names: readonly string[]): boolean {
  if (onDomain(url, domains)) return true;
  const host = urlParts(url)?.hostname;
  if (host === undefined) return false;
  const labels = host.toLowerCase().split('.').slice(0, -1);
  const key = (n: string) => fold(n).replace(/[^\p{L}\p{N}]/gu, '');
  // "research.googleblog.com": the company's name joined to a word for its own publication.
  return names.some((n) => {
    const k = key(n);
    return k.length >= 4 && labels.some((l) => l === k || (l.startsWith(k) && OWN_PUBLICATION.test(l.slice(k.length))));
  });
}

/** The page speaks as the company: its own site, or a lead in the first person ("Today, we are releasing …"). */
function ownVoice(clip: Clip, domains: readonly string[], names: readonly string[]): boolean {
  if (onOwnSite(clip.url, domains, names)) return true;
  const lead = sentences(plain(clip.extraction.article?.excerpt ?? (clip.text ?? '').slice(0, 400)))
    .slice(0, 2)
    .join(' ');
  return /\b(?:we|our)\b/i.test(lead) && !/\b(?:we|our)\s+(?:readers|reporters|newsroom|editors)\b/i.test(lead);
}

/** A sentence as the sheet quotes it: no dateline, no trademark signs, no aside that lists the company's particulars ("(Headquarters: Tokyo, CEO: …)"). */
export function tidyLead(sentence: string): string {
  return withoutDateline(sentence)
    .replace(/[®™]/g, '')
    .replace(/\s*\([^()]*:[^()]*\)/g, '')
    .trim();
}

/** The first sentence of the story, beyond its headline, that tells what happened (sharing two of its words when one does): 8 to 90 words, naming the company (or "we" on its own page). */
export function leadOf(clip: Clip, names: string[], own: boolean, headline: string): string | undefined {
  const head = fold(headline);
  const candidates = [clip.extraction.article?.excerpt ?? '', ...(clip.text ?? '').slice(0, 4000).split(/\n+/)]
    .flatMap((p) => sentences(plain(p)))
    .filter((x) => !fold(x).startsWith(head) && !/^[“"‘'«„]/.test(x) && !/(?:…|\.\.\.)$/.test(x));
  const told = candidates.filter(
    (x) => wordCount(x) >= 8 && wordCount(x) <= 90 && (names.some((n) => fold(x).includes(fold(n))) || (own && /\b(?:we|our)\b/i.test(x))),
  );
  // The sentence that tells the headline's news shares its words ("approval", "Fycompa"); a later one about the product does not.
  const key = new Set(head.split(/\s+/).filter((w) => w.length >= 4));
  const shared = (x: string) =>
    fold(x)
      .split(/\s+/)
      .filter((w) => key.has(w)).length;
  const lead = told.find((x) => shared(x) >= 2) ?? told[0];
  return lead ? tidyLead(lead) : undefined;
}

/** A listicle, a question or a customer's guide is marketing or a teaser, not work to ask about. */
const NOT_A_POST =
  /\?|\b\d+\s+(?:things|ways|reasons|tips|lessons|takeaways|mistakes)\b|\b(?:guide|how to|tips|everything you need to know|tout ce qu'il faut savoir|conseils|astuces|ratgeber|tipps)\b/i;

/**
 * The company's own story: read as an article (a byline, a date: an engineering or research post),
 * on its own site, under its news or blog path. A company page under /blog/ is mostly a customer's
 * guide, and is left to the page readers.
 */
function ownPost(clip: Clip, ownSite: boolean): boolean {
  return clip.kind === 'article' && ownSite && RELEASE_PATH.test(urlParts(clip.url)?.pathname ?? '');
}

/** The company's own post cited by its title: "Nethermind published “Getting Ethereum Ready for GigaGas”". Bad news never. */
export function ownPostClause(headline: string, name: string): (Clause & { post: true }) | undefined {
  if (NOT_A_POST.test(headline) || SENSITIVE_NEWS.test(headline) || headline.split(/\s+/).length > 16) return undefined;
  return { text: `${name} published “${headline}”`, byCompany: true, verb: 'publish', post: true };
}

/** A story the page says is not in English: the headline reader knows English headlines only. */
const foreignStory = (clip: Clip) => !(clip.extraction.lang ?? 'en').toLowerCase().startsWith('en');

/** The headline, the standfirst and the story's opening sentences, where a story says what happened. */
function storySentences(clip: Clip, headline: string): string[] {
  const text = [headline, clip.extraction.article?.excerpt ?? '', ...(clip.text ?? '').slice(0, 4000).split(/\n+/)];
  return text.flatMap((p) => sentences(plain(p)));
}

/** The news one clip gives about the company, or undefined. */
export function newsInClip(
  clip: Clip,
  company: NamedCompany & Pick<Company, 'domains'> & { id?: string },
  meetingAt: number,
): NewsItem | undefined {
  const domains = company.domains;
  const names = companyNames(company);
  const ownSite = onOwnSite(clip.url, domains, names);
  // On its own site the address was read: a URL.
  const release = ownSite && RELEASE_PATH.test(urlParts(clip.url)?.pathname ?? '');
  if (clip.kind !== 'article' && !release) return undefined;
  // A story an event reader already tells, or a deal still pending (handled with care), is not read twice.
  if (eventsInClip(clip, company, meetingAt).length || pendingDeal(clip)) return undefined;
  const title = clip.extraction.article?.title ?? clip.title;
  const headline = cleanHeadline(title, clip.siteName ?? clip.extraction.article?.siteName);
  if (!headline) return undefined;
  const body = plain((clip.text ?? '').slice(0, 20_000));
  const spoken = names[1] ?? names[0]!;
  const own = ownVoice(clip, domains, names);
  const cased = sentenceCase(headline, body, names);
  const foreign = foreignStory(clip);
  // A press release is dated by its dateline ("CUPERTINO, California—April 27, 2015—"); a story by its page.
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt ?? (release ? dateInText(body.slice(0, 600)) : undefined);
  // A story (byline, date) on its own news or blog pages whose title is no clause ("Getting Ethereum Ready for GigaGas") is still the company's word: cited by its title.
  // A story not in English says its deed in a clause of its own language (foreign-news.ts).
  const clause =
    headlineClause(cased, names, own ? { name: spoken } : undefined) ??
    (ownPost(clip, ownSite) ? ownPostClause(headline, spoken) : undefined) ??
    (foreign
      ? foreignClause(storySentences(clip, headline), names, isRecent(date, meetingAt), [headline, clip.extraction.article?.excerpt ?? ''])
      : undefined);
  const careful = !clause && clip.kind === 'article' && badNews(headline, names);
  if (!clause && !careful) return undefined;
  return {
    ...(clause ?? { text: headline, byCompany: false, verb: '', careful: true }),
    headline,
    // A story not in English keeps its own opening under the hook, as when no reader read it: the
    // deed's one sentence says less than the paragraph that tells the story (blind-17 cae-bremen: the
    // contract and Montpellier are in the opening, the training centre in a later sentence).
    lead: clippedEvidence((foreign ? storyLead(clip) : undefined) ?? leadOf(clip, names, own, headline) ?? headline),
    company: spoken,
    authors: clip.extraction.article?.authors,
    date,
    recent: isRecent(date, meetingAt),
    clipId: clip.id,
    url: clip.url,
    source: sourceOf(clip),
  };
}

/**
 * Every piece of news of the dossier about the company: stories and releases saved to it, or whose
 * headline names it. Newest first; one per clip.
 */
export function companyNews(
  clips: Clip[],
  company: (NamedCompany & Pick<Company, 'domains'> & { id?: string }) | undefined,
  meetingAt: number,
): NewsItem[] {
  if (!company) return [];
  const out: NewsItem[] = [];
  for (const clip of clips) {
    if (clip.kind === 'person-profile') continue;
    if (company.id && clip.companyId && clip.companyId !== company.id) continue;
    const item = newsInClip(clip, company, meetingAt);
    if (item) out.push(item);
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
