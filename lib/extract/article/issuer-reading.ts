import type { CompanyExtraction, PersonMention, SourceKind } from '../../schema/page-extraction';
import { prune } from '../../objects';
import { bareHost } from '../../text/hosts';
import { httpUrlOf } from '../clean';
import { isPlatformHost } from '../platforms';
import { type Boilerplate, issuerFacts, leaderInBoilerplate, quotedPeople } from './press-release';
import { issuerSiteFacts } from './issuer-site';
import type { Story } from './story';

/**
 * The company facts of an announcement: a press release (on a wire, reprinted by a news site, or
 * on the issuer's own site) or a company's own post announcing an appointment. Kept apart from
 * readArticle because it reads the issuer, not the article: its boilerplate, its website, its
 * own site's chrome, and the people the release quotes beside those it appoints.
 */
export function issuerReading(
  issuer: string,
  doc: Document,
  url: URL,
  title: string,
  story: Story,
  /** The release's "About X" section, when it has one. */
  about: Boilerplate | undefined,
  /** A Japanese release's opening (name, address). */
  ja: { address?: string; city?: string; head?: PersonMention } | undefined,
  /** The page is on a company's own site. */
  own: boolean,
  /** …and that company is the issuer. */
  onIssuerSite: boolean,
  /** The people the post or release appoints. */
  appointed: readonly PersonMention[],
  /** Where each field came from: the company and its people are read from the prose. */
  sources: Record<string, SourceKind>,
): { company: CompanyExtraction; people?: PersonMention[] } {
  // (Positional parameters, not an options object: the minifier renames them, and the article
  // script's size is budgeted.)
  const website = aboutWebsite(doc, about?.text) ?? (own || onIssuerSite ? `${url.origin}/` : undefined);
  const facts = issuerFacts({ name: issuer, about, dateline: story.dateline, website, ja });
  // On the issuer's own site, the site around the release is the issuer's too.
  const chrome = onIssuerSite ? issuerSiteFacts(doc, url) : {};
  const company = prune({
    ...chrome,
    ...facts,
    domain: website ? bareHost(website) : undefined,
  });
  const quoted = [
    ...quotedPeople(story.paragraphs, [issuer, ...namesInTitle(title), ...repeatedNames(story.paragraphs)]),
    ...(about ? leaderInBoilerplate(about.text) : []),
    ...(ja?.head ? [ja.head] : []),
  ].filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
  const people = [...quoted, ...appointed.filter((a) => !quoted.some((q) => q.name === a.name))];
  sources.company = 'prose';
  if (people.length) sources.people = 'prose';
  return { company, people: people.length ? people : undefined };
}

/** The website an "About X" paragraph links to (on a newswire, the issuer's own site). */
function aboutWebsite(doc: Document, aboutText: string | undefined): string | undefined {
  if (!aboutText) return undefined;
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => {
    const p = a.closest('p');
    return p && aboutText.startsWith((p.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40));
  });
  const href = httpUrlOf(link?.getAttribute('href'));
  return href && !isPlatformHost(new URL(href).hostname) ? `${new URL(href).origin}/` : undefined;
}

/** Names a release uses more than once ("Nordhavn Energie"): the employers its quoted people name. */
function repeatedNames(paragraphs: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs)
    for (const m of p.matchAll(/\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name);
}

/** Capitalised names in a headline, for telling a quoted person's employer from their title. */
function namesInTitle(title: string): string[] {
  return Array.from(title.matchAll(/\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*/gu), (m) => m[0]).filter((n) => n.length > 1);
}
