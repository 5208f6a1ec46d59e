import { escapeRegExp } from '../../text/regexp';
import { cleanLine, cleanList } from '../clean';
import { isType, type LdNode, objectsOf, ORGANIZATION_TYPES, scalar, textOf, typesOf, values } from '../json-ld';
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
