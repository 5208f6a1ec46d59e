import type { PageExtraction, PersonMention, SourceKind } from '../schema/page-extraction';
import { visibleByline } from './byline';
import { cleanLine, httpUrlOf } from './clean';
import { prune } from '../objects';
import { ARTICLE_TYPES, isType, type JsonLd, type LdNode, ORGANIZATION_TYPES, PERSON_TYPES, objectsOf, textOf, typesOf } from './json-ld';
import { readMicrodata } from './microdata';
import { brandFromTitle, nameFromHost, type Metadata, readMetadata } from './metadata';
import { isDiscussionPage } from './discussion';
import { isPlatformHost } from './platforms';
import { organizationFacts, personFacts } from './schema-org';
import { isArticlePage, readStory, type Story, storyAddress } from './article/story';
import { storyText } from './article/story-text';
import { readsAsPost } from './article/guide';
import { jobPostingExtraction } from './sites/job-posting';
import { pageText } from './text';
import type { ExtractOptions, Extractor } from './types';
import { bareHost } from '../text/hosts';
import { siteHome } from './site-label';

/** The last resort: schema.org JSON-LD, meta tags and the page's text, on any page. */
export const generic: Extractor = {
  id: 'generic',
  matches: () => true,
  extract: (doc, url, opts) => genericExtraction(doc, url, undefined, opts),
};

export function genericExtraction(
  doc: Document,
  url: URL,
  md: Metadata = readMetadata(doc, url),
  opts: ExtractOptions = {},
  /** A site extractor's own veto: this page, though it looks like a story, is not one (a company's home page). */
  notStory?: (story: Story, articleLd: boolean, byline: () => boolean) => boolean,
): PageExtraction {
  const { ld, meta } = md;
  // A page with one JobPosting in its JSON-LD is a job posting, whatever site it is on.
  if (ld.nodes.some((n) => typesOf(n).includes('JobPosting'))) {
    const job = jobPostingExtraction(doc, url, md);
    if (job) return job;
  }
  const sources: Record<string, SourceKind> = {};
  const note = (obj: object | undefined, prefix: string, kind: SourceKind) => {
    for (const key of Object.keys(obj ?? {})) sources[prefix + key] ??= kind;
  };

  const articleNode = ld.nodes.find((n) => isType(n, ARTICLE_TYPES));
  const personNode = mainPerson(ld);
  const orgNode = ownOrganization(ld, url, articleNode);
  // A saved story opened from disk still names its address (canonical link, og:url): the site's
  // name, the date in its path and its newsroom path are read from that.
  const home = storyAddress(url, md);
  const story = readStory(
    doc,
    home,
    md,
    textOf(ld, articleNode, 'headline'),
    textOf(ld, objectsOf(ld, articleNode, 'publisher')[0], 'name'),
  );
  // A forum thread or a question page reads like a story (title, date, author) but is neither a
  // story nor the company's own page.
  const discussion = isDiscussionPage(doc, home, md);
  const byline = () => visibleByline(doc, story.headline?.el, story.siteNames, home.hostname).length > 0;
  const isArticle =
    !discussion &&
    isArticlePage({
      story,
      md,
      url: home,
      articleLd: !!articleNode,
      byline,
      post: () => readsAsPost(doc, story, md, home),
    }) &&
    !notStory?.(story, !!articleNode, byline);
  const platform = isPlatformHost(url.hostname);
  const kind: PageExtraction['kind'] = isArticle
    ? 'article'
    : discussion
      ? 'other'
      : personNode
        ? 'person-profile'
        : platform
          ? 'other'
          : 'company-page';

  const out: PageExtraction = {
    kind,
    url: url.href,
    canonicalUrl: md.canonicalUrl,
    title: md.title,
    siteName: md.siteName,
    lang: md.lang,
    description: md.description,
    image: md.image,
    publishedAt: md.publishedAt,
    extractor: 'generic',
    sources,
  };
  note(prune({ title: md.title, siteName: md.siteName, description: md.description, publishedAt: md.publishedAt }), '', 'meta');

  if (kind === 'article') {
    out.text = storyText(doc, story.root, story.headline?.el) ?? pageText(doc);
    if (out.text) sources.text = 'dom';
    // The clipper leaves the article's reading to the script injected for articles only.
    if (!opts.article) return finish(out);
    const read = opts.article(doc, home, md, articleNode, story);
    Object.assign(sources, read.sources);
    note(read.article, 'article.', articleNode ? 'json-ld' : 'meta');
    out.article = read.article;
    out.title = read.article.title ?? out.title;
    out.siteName = read.article.siteName ?? out.siteName;
    out.publishedAt = read.article.publishedAt;
    if (read.company) out.company = read.company;
    if (read.people) out.people = read.people;
    // Readability's main text and byline fill what the page's metadata left open.
    if (opts.readable) return opts.readable(doc, finish(out));
  } else {
    out.text = pageText(doc);
    if (out.text) sources.text = 'dom';
  }

  if (kind === 'person-profile' && personNode) {
    out.person = personFacts(ld, personNode, url);
    note(out.person, 'person.', 'json-ld');
  }

  if (kind === 'company-page') {
    // JSON-LD first; microdata when the page has no Organization in JSON-LD.
    const microOrg = orgNode ? undefined : readMicrodata(doc).find((n) => isType(n, ORGANIZATION_TYPES));
    const fromLd = orgNode ? organizationFacts(ld, orgNode, url) : microOrg ? organizationFacts(ld, microOrg, url) : {};
    note(fromLd, 'company.', orgNode ? 'json-ld' : 'microdata');
    const name = fromLd.name ?? md.siteName ?? brandFromTitle(md.title, url.hostname) ?? nameFromHost(url.hostname, url.pathname);
    sources['company.name'] ??= md.siteName || brandFromTitle(md.title, url.hostname) ? 'meta' : 'url';
    out.company = prune({
      ...fromLd,
      name,
      // A page opened from disk has no site of its own to name ("null/" is a file's origin).
      website: fromLd.website ?? (/^https?:$/.test(url.protocol) ? siteHome(url) : undefined),
      // The meta description is the site's own summary; og:description is often a campaign line.
      description: fromLd.description ?? cleanLine(meta.get('description'), 5_000) ?? md.description,
    });
    if (out.company.website) sources['company.website'] ??= 'url';
    if (out.company.description) sources['company.description'] ??= 'meta';
    const people = teamFromLd(ld, url);
    if (people.length) {
      out.people = people;
      sources.people = 'json-ld';
    }
  }
  return finish(out);
}

const finish = (x: PageExtraction) => prune(x);

/** The Person a page is about: a ProfilePage's main entity, or a lone Person beside no Organization. */
function mainPerson(ld: JsonLd): LdNode | undefined {
  for (const page of ld.nodes.filter((n) => typesOf(n).includes('ProfilePage'))) {
    const main = objectsOf(ld, page, 'mainEntity').find((n) => isType(n, PERSON_TYPES));
    if (main) return main;
  }
  const people = ld.nodes.filter((n) => isType(n, PERSON_TYPES));
  const orgs = ld.nodes.filter((n) => isType(n, ORGANIZATION_TYPES));
  return people.length === 1 && orgs.length === 0 ? people[0] : undefined;
}

/** The Organization that owns this site: not an article's publisher, preferably on this site's host. */
function ownOrganization(ld: JsonLd, url: URL, article: LdNode | undefined): LdNode | undefined {
  const publisher = article ? objectsOf(ld, article, 'publisher')[0] : undefined;
  const orgs = ld.nodes.filter(
    (n) => isType(n, ORGANIZATION_TYPES) && n !== publisher && (textOf(ld, n, 'name') ?? textOf(ld, n, 'legalName')),
  );
  const host = bareHost(url)!;
  return (
    orgs.find((o) => {
      const site = httpUrlOf(textOf(ld, o, 'url'));
      return site && bareHost(site)!.endsWith(host.split('.').slice(-2).join('.'));
    }) ?? orgs[0]
  );
}

/** People a company page lists in its JSON-LD (`employee`, `founder`, or Person nodes beside it). */
function teamFromLd(ld: JsonLd, url: URL): PersonMention[] {
  const nodes = [
    // A node typed ["Organization", "Person"] (a plugin's guess at a one-person business) is the company itself.
    ...ld.nodes.filter((n) => isType(n, PERSON_TYPES) && !isType(n, ORGANIZATION_TYPES)),
    ...ld.nodes
      .filter((n) => isType(n, ORGANIZATION_TYPES))
      .flatMap((o) => [...objectsOf(ld, o, 'employee'), ...objectsOf(ld, o, 'founder')]),
  ];
  const seen = new Set<string>();
  const out: PersonMention[] = [];
  for (const n of nodes) {
    const name = cleanLine(textOf(ld, n, 'name'));
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push(prune({ name, title: cleanLine(textOf(ld, n, 'jobTitle')), profileUrl: httpUrlOf(textOf(ld, n, 'url'), url) }));
  }
  return out.slice(0, 200);
}
