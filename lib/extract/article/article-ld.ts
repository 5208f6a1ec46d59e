import { escapeRegExp } from '../../text/regexp';
import { cleanLine, cleanList } from '../clean';
import { ARTICLE_TYPES, isType, type LdNode, objectsOf, ORGANIZATION_TYPES, scalar, textOf, typesOf, values } from '../json-ld';
import { firstMeta } from '../meta';
import type { Metadata } from '../metadata';
import { isNotACompany } from './gazetteer';

/**
 * The `datePublished` of the page's own WebPage node, as WordPress SEO plugins write it in their
 * graph beside the post: the publication date when the post's own Article markup is missing or
 * broken, and the page shows only its last update ("By … - 2019-04-10", modified a year later).
 */
export function pageDatePublished(md: Metadata): string | undefined {
  const pages = md.ld.nodes.filter((n) => typesOf(n).some((t) => t === 'WebPage' || t === 'ItemPage'));
  return pages.length === 1 ? textOf(md.ld, pages[0], 'datePublished') : undefined;
}

/**
 * JSON-LD `about`: an Organization, or a Thing the headline names ("Samsung Electronics" for a
 * story headlined "Samsung soll …"): sites tag their stories with topic pages typed as Things.
 */
export function aboutFromLd(md: Metadata, node: LdNode | undefined, title: string): string | undefined {
  const about = objectsOf(md.ld, node, 'about');
  const org = about.find((n) => isType(n, ORGANIZATION_TYPES));
  if (org) return cleanLine(textOf(md.ld, org, 'name'));
  for (const thing of about) {
    const name = cleanLine(textOf(md.ld, thing, 'name'));
    const head = name?.split(/\s+/)[0];
    if (
      name &&
      head &&
      /^\p{Lu}/u.test(name) &&
      // A name, not a topic: "Samsung Electronics", "AT&T", "QuantumScape" — a German topic page
      // is one capitalised noun ("Arbeitsmarkt").
      (/\s/.test(name) || /\p{Lu}.*\p{Lu}|\d|&/u.test(name.slice(1))) &&
      !isNotACompany(name) &&
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(head)}($|[^\\p{L}])`, 'u').test(title)
    )
      return name;
  }
  return undefined;
}

export function keywordsOf(md: Metadata, node: LdNode | undefined): string[] {
  const raw = [firstMeta(md.meta, 'news_keywords'), firstMeta(md.meta, 'keywords'), ...values(md.ld, node, 'keywords').map(scalar)];
  const tags = Array.from(md.meta.entries())
    .filter(([k]) => k === 'article:tag')
    .map(([, v]) => v);
  return (
    cleanList(
      [...raw, ...tags].flatMap((k) => (k ?? '').split(/\s*[,;]\s*/)),
      60,
    ) ?? []
  ).filter((k) => k.length <= 60);
}

/**
 * The Organization a page's JSON-LD gives as the site's own: its `url` is this site's home
 * ("OMR" at https://omr.com/de/ in a Yoast graph), the publisher a story's own markup leaves out.
 */
export function siteOrganization(md: Metadata, url: URL): string | undefined {
  const host = (u: string) => {
    try {
      return new URL(u, url).hostname.replace(/^www\./, '');
    } catch {
      return undefined;
    }
  };
  const own = url.hostname.replace(/^www\./, '');
  const orgs = md.ld.nodes.filter((n) => isType(n, ORGANIZATION_TYPES) && host(textOf(md.ld, n, 'url') ?? '') === own);
  const names = [...new Set(orgs.map((n) => cleanLine(textOf(md.ld, n, 'name'))).filter((n): n is string => !!n))];
  // Two organisations of this site (a shop's and its maker's): no one of them is the site.
  return names.length === 1 ? names[0] : undefined;
}

/** Text cut short by a machine: it ends in an ellipsis. */
const CUT = /(?:\.\.\.|…)\s*$/;
const sameStart = (a: string, b: string) => a.slice(0, 30).toLowerCase() === b.slice(0, 30).toLowerCase();

/** "{{ seomatic.helper.extractTextFromField(entry.teaser) }}": a template the CMS never filled in. */
const TEMPLATE = /\{\{.*\}\}|\{%.*%\}|\$\{[^}]*\}/;

/**
 * The story's JSON-LD description. A page may carry two Article nodes, one of them a template
 * left unrendered (industriemagazin.at: the description "{{ seomatic.helper… }}" beside the
 * real one): the filled one says what the story is.
 */
export function articleDescription(md: Metadata, node: LdNode | undefined): string | undefined {
  const own = textOf(md.ld, node, 'description');
  // "A chaque civilisation, ses démons. … aux yeux de..." (lopinion.fr): the CMS cut the story's
  // opening to fill it, while the page's own description is the editor's whole summary.
  if (own && CUT.test(own) && md.description && !CUT.test(md.description) && md.description.length >= 80 && !sameStart(own, md.description))
    return md.description;
  if (!own || !TEMPLATE.test(own)) return own;
  const other = md.ld.nodes
    .filter((n) => n !== node && isType(n, ARTICLE_TYPES))
    .map((n) => textOf(md.ld, n, 'description'))
    .find((d) => !!d && !TEMPLATE.test(d));
  return other;
}
