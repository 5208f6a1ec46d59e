import type { PageExtraction, SourceKind } from '../../schema/page-extraction';
import { cleanLine } from '../clean';
import { isPublisher } from './site-credit';
import { storyPeople } from './story-people';
import { storySubject } from './subject';
import { makerSubject } from './subject-rank';
import { writtenFullName } from './subject-written';
import type { StoryClues } from './subject-clues';

/**
 * The company a story is about and the people of it the story names with their titles, read
 * from the story's text. It runs in the background on what the article script returns (the
 * ranking is more code than the script has room for), and after the reading on every other path
 * (lib/extract/full.ts), so both give the same extraction.
 */
export function withStoryFacts(x: PageExtraction, clues: StoryClues | undefined): PageExtraction {
  if (!clues || !x.article) return x;
  const sources: Record<string, SourceKind> = { ...x.sources };
  let subject = clues.known;
  if (clues.rank) {
    subject = storySubject({ ...clues.rank, title: clues.title, paragraphs: clues.paragraphs });
    // The publisher is never the subject of its own stories: only a company's own post or release is about itself.
    const named = subject;
    if (named && !clues.own && clues.siteNames.some((n) => !!n && isPublisher(n, named))) subject = undefined;
    // "IRCC" of "Immigration, Refugees and Citizenship Canada (IRCC)": the full name the page writes.
    const spellings = [...(clues.authors ?? []), ...clues.siteNames, ...clues.rank.exclude];
    if (subject) subject = writtenFullName(subject, clues.paragraphs, clues.title, spellings) ?? subject;
    // A post on a company's blog that puts no other company forward is the company's own.
    subject ??= clues.rank.fallback;
    // A product's test filed under its maker, when nothing else is put forward (lib/extract/article/subject-maker.ts).
    subject ??= makerSubject({ ...clues.rank, title: clues.title, paragraphs: clues.paragraphs });
    if (subject) sources['article.aboutCompany'] = 'prose';
  } else if (subject && sources['article.aboutCompany'] === 'prose' && x.article.aboutCompany === cleanLine(subject)) {
    // The site's own name or a release's issuer (not an editor's JSON-LD), as short as the site
    // calls itself ("Wikimedia"): the full name its text writes ("the Wikimedia Foundation").
    subject = writtenFullName(subject, clues.paragraphs, clues.title) ?? subject;
  }
  const article = { ...x.article };
  // None read: what the page's reading found after it stays (a company site's own story, named
  // in its JSON-LD: lib/extract/sites/company-site.ts), unless its text wrote it in full.
  const about = clues.rank || subject !== clues.known ? cleanLine(subject) : undefined;
  if (about) article.aboutCompany = about;
  // A news story names its company's people with their titles ("Crocs-CEO Andrew Rees"), and a release its
  // issuer's beside those it quotes ("… today announced that Tom Walker, Chief Financial Officer, will be presenting"),
  // and a company's own post its people as it names them ("Acme's CTO, Jane Roe"; no bare "owner Jane Roe", a customer's).
  // A release's list of speakers or contacts ("Ulrich Lilie, Präsident der Diakonie Deutschland") is read after its paragraphs.
  const told = subject ? storyPeople([...clues.paragraphs, ...(clues.listed ?? [])], subject, clues.title, clues.authors, clues.own) : [];
  const known = x.people ?? [];
  const people = [...known, ...told.filter((t) => !known.some((p) => p.name === t.name))];
  if (told.length) sources.people ??= 'prose';
  return { ...x, article, ...(people.length ? { people } : {}), sources };
}
