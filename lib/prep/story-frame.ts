import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { urlParts } from '../text/hosts';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { companyNames, type NamedCompany } from './events';
import { badNews, cleanHeadline, SENSITIVE_NEWS } from './headline';
import { onOwnSite } from './news';
import { troubleIn } from './story-trouble';

/**
 * A clipped story about the company, framed once for every reader of it (its points, its care):
 * the names the company goes by in it (a short name, the initials it uses), whether it is on the
 * company's own site, its headline, its language and the lines of its body up to the site's
 * furniture. An encyclopedia entry or the company's own page is no story.
 */

/** Where a story's body ends and the site's furniture begins (related posts, newsletters, comments, downloads). */
const CHROME_LINE =
  /^(?:subscribe\b|popular (?:posts|stories)|trending|related (?:posts|stories|articles)|read (?:more|next)|more from|recommended|share this|comments?\b|kommentare|downloads?$|newsletter|tags?:|about the author|weitere artikel|à lire aussi|lees ook)/i;

/** A site named only by what it is ("Research Blog", "Newsroom"): it names no other owner than its address does. */
const GENERIC_SITE =
  /^(?:the\s+)?(?:official\s+)?(?:(?:research|engineering|developers?|open source|company|corporate|tech(?:nology)?|product|AI)\s+)?(?:blog|news|newsroom|press(?:\s+(?:room|releases))?)$/i;

/** An encyclopedia's entry is no story: its dates are the company's history. */
const ENCYCLOPEDIA = /(?:^|\.)(?:wikipedia\.org|britannica\.com|wikiwand\.com)$/i;

export const SETBACK =
  /\b(?:struggl\w*|bankrupt\w*|glitch\w*|outages?|crash\w*|fail\w*|lay-?offs?|laid off|job cuts|lawsuits?|sued|su(?:es|ing)|investigat\w*|fined|fines|scandal\w*|losses|police|polici\w*|criminal|charged with|pressed charges|fraud\w*|complaints?|allegation\w*|accus\w*|shelter\w*|evasion|evad\w*|loopholes?|avoid(?:ing)? (?:the )?(?:IRS|tax\w*)|ordered\s+\S+\s+to\s+pay|back taxes|tax avoidance|Klage|Anklage|Ermittlung\w*|plainte|enquête)\b/iu;

/** "Enterprise Rent-A-Car" is "Enterprise" in its stories: the first word of a long name, when it is a word of its own. */
function withShortName(names: string[]): string[] {
  const first = names[0]?.split(/\s+/);
  return first && first.length > 1 && first[0]!.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(first[0]!) && !names.includes(first[0]!)
    ? [...names, first[0]!]
    : names;
}

/**
 * "Rent the Runway" is "RTR" in its stories: the initials of a name of three words or more, when the
 * story itself writes them as a word at least twice (an initialism the story never uses names nothing).
 */
export function initialsUsed(names: string[], text: string): string | undefined {
  const words = names[0]?.split(/\s+/) ?? [];
  if (words.length < 3) return undefined;
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  if (!/^\p{Lu}+$/u.test(initials) || names.includes(initials)) return undefined;
  const uses = text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;
  return uses >= 2 ? initials : undefined;
}

function hostOf(url: string): string {
  return urlParts(url)?.hostname ?? '';
}

/** A story about the company: an article, or a page elsewhere than its own site that names it again and again (a news page read as a company page). */
function aboutCompany(clip: Clip, names: string[], own: boolean): boolean {
  if (clip.kind === 'person-profile') return false;
  if (clip.kind === 'article') return true;
  if (own) return false;
  const text = fold(plain((clip.text ?? '').slice(0, 6000)));
  const count = names.reduce((n, name) => n + (fold(name).length >= 3 ? text.split(fold(name)).length - 1 : 0), 0);
  return count >= 4;
}

/** A story about the company as its points and its care read it: the names it goes by, its headline and the lines of its body. */
export interface StoryFrame {
  names: string[];
  own: boolean;
  headline: string;
  english: boolean;
  lines: string[];
}

/** The frame of a clip that is a story about the company (not its encyclopedia entry, not its own page); nothing otherwise. */
export function storyFrame(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>): StoryFrame | undefined {
  // Its points and its care both read the story: framed once per clip and company (a sheet of a
  // company with hundreds of clips framed each twice: a fifth of building its sheet). A clip is never changed in place.
  const short = withShortName(companyNames(company));
  const initials = initialsUsed(short, (clip.text ?? '').slice(0, 12_000));
  const names = initials ? [...short, initials] : short;
  const key = `${names.join('|')}#${company.domains.join(',')}`;
  const byKey = FRAMES.get(clip) ?? new Map<string, StoryFrame | null>();
  FRAMES.set(clip, byKey);
  let frame = byKey.get(key);
  if (frame === undefined) byKey.set(key, (frame = frameOf(clip, company, names) ?? null));
  return frame ?? undefined;
}

const FRAMES = new WeakMap<Clip, Map<string, StoryFrame | null>>();

function frameOf(clip: Clip, company: Pick<Company, 'domains'>, names: string[]): StoryFrame | undefined {
  // The site is the company's when its address and its name agree: a news site saved as the
  // company's page ("travelnoire.com" for Enterprise) is still somebody else's story.
  const site = clip.siteName ?? clip.extraction.article?.siteName;
  const own =
    onOwnSite(clip.url, company.domains, names) &&
    (!site || GENERIC_SITE.test(site.trim()) || names.some((n) => fold(site).includes(fold(n)) || fold(n).includes(fold(site))));
  if (!aboutCompany(clip, names, own) || ENCYCLOPEDIA.test(hostOf(clip.url))) return undefined;
  const headline =
    cleanHeadline(clip.extraction.article?.title ?? clip.title, clip.siteName ?? clip.extraction.article?.siteName) ?? clip.title;
  const english = !clip.extraction.lang || clip.extraction.lang.toLowerCase().startsWith('en');
  const lines: string[] = [];
  for (const line of (clip.text ?? '').slice(0, 12_000).split(/\n+/)) {
    if (CHROME_LINE.test(line.trim())) break;
    lines.push(line);
  }
  return { names, own, headline, english, lines };
}

/**
 * A story whose headline itself is trouble (a charge, a strike told in its own language): its
 * body's deeds are the trouble's context, never points to ask.
 */
export function troubledHeadline(frame: StoryFrame): boolean {
  return (
    badNews(frame.headline, frame.names) ||
    SENSITIVE_NEWS.test(frame.headline) ||
    (!frame.english && !!troubleIn(frame.headline, frame.lines))
  );
}

/** A story whose news is trouble: its headline says so, or it is told through two sentences of charges, accusations, losses. */
export function troubled(frame: StoryFrame): boolean {
  let known = TROUBLED.get(frame);
  if (known === undefined)
    TROUBLED.set(
      frame,
      (known =
        badNews(frame.headline, frame.names) ||
        SENSITIVE_NEWS.test(frame.headline) ||
        // A strike or job cuts told in the story's own language (SETBACK knows English words only).
        (!frame.english && !!troubleIn(frame.headline, frame.lines)) ||
        bodySentences(frame).filter((x) => SETBACK.test(x)).length >= 2),
    );
  return known;
}
const TROUBLED = new WeakMap<StoryFrame, boolean>();

/** The sentences of a story's body, split once for every reader of its frame. */
export function bodySentences(frame: StoryFrame): readonly string[] {
  let out = SENTENCES.get(frame);
  if (!out) SENTENCES.set(frame, (out = sentences(plain(frame.lines.join(' ')))));
  return out;
}
const SENTENCES = new WeakMap<StoryFrame, readonly string[]>();
