import type { PageExtraction, PersonMention } from '../../schema/page-extraction';
import { cleanLine, httpUrlOf } from '../clean';
import { cellLines, cellText, stripFootnotes } from '../cells';
import { yearOf } from '../dates';
import { parseSize } from '../facts';
import { prune } from '../../objects';
import { readMetadata } from '../metadata';
import { pageText } from '../text';
import type { Extractor } from '../types';
import { summaryOf } from '../summary';
import { bareHost } from '../../text/hosts';

/** Infobox labels by what they mean, in English, German and French. */
const LABELS: Record<string, RegExp> = {
  industry: /^(industry|industries|branche|secteur(?: d['’]activité)?|activité|industria)$/i,
  founded: /^(founded|foundation|established|formation|gründung|gegründet|création|fondation|date de création|fundación)$/i,
  founders: /^(founders?|gründer(?:in)?|fondateurs?|fondatrices?|fundadore?s?)$/i,
  headquarters: /^(headquarters|head ?office|sitz|hauptsitz|siège(?: social)?|sede)$/i,
  address: /^(address|location|anschrift|adresse|standort)$/i,
  leader:
    /^(rector|president|chancellor|vice-chancellor|director|principal|chair(?:man|person)?|ceo|rektor|präsident|recteur|président|directeur)$/i,
  keyPeople: /^(key people|leitung|vorstand|geschäftsführung|direction|dirigeants?|personas clave)$/i,
  products: /^(products?|produkte|produits?|productos)$/i,
  services: /^(services|dienstleistungen|prestations)$/i,
  employees: /^(number of employees|employees|mitarbeiterzahl|mitarbeiter|beschäftigte|effectif|salariés|empleados)$/i,
  website: /^(website|web ?site|webpräsenz|site web|site internet|sitio web)$/i,
  type: /^(type|company type|rechtsform|unternehmensform|forme juridique)$/i,
};
/** Rows that only an organisation's infobox has (a university's too: type, founding, its rector). */
const ORG_SIGNALS = ['industry', 'headquarters', 'employees', 'keyPeople', 'type', 'products', 'founders', 'leader', 'address', 'founded'];
/** Rows that say the infobox is about a person or a place, not an organisation. */
const NOT_ORG =
  /^(born|died|spouse|population|area|total area|elevation|time zone|mayor|geboren|gestorben|einwohner|fläche|né|née|décès|superficie|maire)$/i;

/** Wikipedia: the infobox of an article about an organisation, and its lead paragraph. */
export const wikipedia: Extractor = {
  id: 'wikipedia',
  matches: (url) => /(^|\.)wikipedia\.org$/i.test(url.hostname) && url.pathname.startsWith('/wiki/'),
  // A Wikipedia article saved to disk: MediaWiki's content block says what it is. Live on the web,
  // another wiki runs on MediaWiki too (ArchWiki): there only an address on Wikipedia claims it.
  claims: (doc) =>
    !!doc.querySelector('#mw-content-text .mw-parser-output, meta[name="generator"][content^="MediaWiki"]') &&
    (!/^https?:/i.test(doc.URL) ||
      /^https?:\/\/[^/]*wikipedia\.org\//i.test(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '')),
  extract(doc, url) {
    const md = readMetadata(doc, url);
    const content = doc.querySelector('#mw-content-text .mw-parser-output') ?? doc.querySelector('.mw-parser-output') ?? doc.body;
    // English/German: table.infobox; French: div.infobox_v3 holding several tables.
    const box = content?.querySelector('.infobox_v3, .infobox_v2, table.infobox, table[class*="infobox"]');
    const rows = box ? infoboxRows(box) : new Map<string, Element>();
    const isOrg = ORG_SIGNALS.filter((k) => rows.has(k)).length >= 2 && !(box && notAnOrganisation(box));
    const title = cleanLine(doc.querySelector('#firstHeading')?.textContent) ?? md.title;
    const description = leadParagraph(content);
    const x: PageExtraction = {
      kind: isOrg ? 'company-profile' : 'other',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title,
      siteName: 'Wikipedia',
      lang: md.lang,
      description: description ?? md.description,
      extractor: 'wikipedia',
      sources: { title: 'dom' },
      text: pageText(doc, 200_000, {
        root: content,
        skip: '.navbox, .mw-editsection, .reference, .metadata, .noprint, .toc, #toc, .mw-empty-elt',
      }),
    };
    if (!isOrg) return prune(x);

    const cell = (k: string) => rows.get(k);
    const employees = cell('employees') && cellText(cell('employees')!, ' ');
    const websiteCell = cell('website');
    const website = websiteCell
      ? Array.from(websiteCell.querySelectorAll('a[href]'))
          .map((a) => httpUrlOf(a.getAttribute('href'), url))
          .find((h) => h && !/wikipedia\.org|wikidata\.org/.test(h))
      : undefined;
    const products = [...(cell('products') ? listOf(cell('products')!) : []), ...(cell('services') ? listOf(cell('services')!) : [])];
    const place = placeOf(cell('headquarters') ?? cell('address'));
    x.company = prune({
      name: infoboxName(box!) ?? title?.replace(/\s*\([^)]*\)$/, ''),
      website,
      domain: bareHost(website),
      description,
      summary: summaryOf(description),
      industry: cell('industry') && cellText(cell('industry')!),
      ...(employees ? parseSize(employees) : {}),
      headquarters: place.headquarters,
      address: place.address,
      founded: cell('founded') ? yearOf(cellText(cell('founded')!)) : undefined,
      products: products.length ? [...new Set(products)].slice(0, 100) : undefined,
    });
    for (const key of Object.keys(x.company)) x.sources[`company.${key}`] = 'dom';
    const people = [
      ...(cell('keyPeople') ? keyPeople(cell('keyPeople')!) : []),
      ...(cell('leader') ? leaderOf(cell('leader')!, labelOf(cell('leader')!)) : []),
      ...(cell('founders') ? listOf(cell('founders')!).map((name) => ({ name, title: 'Founder' })) : []),
    ];
    // A founder who is also among the key people keeps the role the key people give.
    const seen = new Set<string>();
    const unique = people.filter((p) => !seen.has(p.name.toLowerCase()) && !!seen.add(p.name.toLowerCase()));
    if (unique.length) {
      x.people = unique.slice(0, 50);
      x.sources.people = 'dom';
    }
    return prune(x);
  },
};

function infoboxRows(box: Element): Map<string, Element> {
  const rows = new Map<string, Element>();
  for (const tr of Array.from(box.querySelectorAll('tr'))) {
    // Label and value: th + td (en, fr), or td + td (de).
    const cells = Array.from(tr.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    if (cells.length !== 2 || cells.some((c) => c.hasAttribute('colspan'))) continue;
    const [th, td] = cells as [Element, Element];
    const label = cleanLine(stripFootnotes(th.textContent ?? ''))?.replace(/[:\s]+$/, '');
    if (!label) continue;
    for (const [key, re] of Object.entries(LABELS)) if (re.test(label) && !rows.has(key)) rows.set(key, td);
  }
  return rows;
}

function notAnOrganisation(box: Element): boolean {
  for (const th of Array.from(box.querySelectorAll('th')))
    if (NOT_ORG.test(cleanLine(stripFootnotes(th.textContent ?? '')) ?? '')) return true;
  return false;
}

/** The row's own label: "Rector", "President". */
function labelOf(td: Element): string | undefined {
  const th = td.previousElementSibling;
  return th ? cleanLine(stripFootnotes(th.textContent ?? ''))?.replace(/[:\s]+$/, '') : undefined;
}

/** "PhD, Prof. Teofil Jesionowski" under "Rector": the person, without academic titles. */
function leaderOf(cell: Element, label: string | undefined): PersonMention[] {
  const name = cleanLine(
    cellLines(cell)[0]
      ?.replace(/\s*\([^)]*\)/g, '')
      .replace(/^((?:ph\.?\s?d\.?|prof\.?|dr\.?(?:\s?hab\.?)?|professor|eng\.?|dipl\.?-ing\.?|mr\.?|ms\.?|mrs\.?)[\s,]+)+/i, ''),
  );
  return name && label && name.split(' ').length <= 5 ? [{ name, title: label }] : [];
}

/**
 * The place of a headquarters or address row, without its street: "One Microsoft Way, Redmond,
 * Washington, U.S." is at "Redmond, Washington, U.S.", the street kept as the address. Rows
 * marked up as an address (street-address, locality, region, country-name) are read by their parts.
 */
function placeOf(cell: Element | undefined): { headquarters?: string; address?: string } {
  if (!cell) return {};
  const part = (sel: string) => {
    const el = cell.querySelector(sel);
    return el ? cleanLine(cellLines(el).join(', ')) : undefined;
  };
  // A place's notes ("(Inter IKEA Systems B.V.)") are not the place; commas left alone are markup.
  const rows = cellLines(cell)
    .join('\n')
    .replace(/\s*\([^)]*\)/g, '')
    .split('\n')
    .map((l) => cleanLine(l.replace(/^[\s,]+|[\s,]+$/g, '').replace(/,(?=\S)/g, ', ')))
    .filter((l): l is string => !!l);
  if (!rows.length) return {};
  if (cell.querySelector('.locality')) {
    const headquarters = cleanLine([part('.locality'), part('.region, .state'), part('.country-name')].filter(Boolean).join(', '));
    const first = rows[0]!.split(',')[0]!;
    const address = part('.street-address') ?? (STREET.test(first) ? cleanLine(rows.join(', ').replace(/\s*,(\s*,)+/g, ',')) : undefined);
    return { headquarters, address };
  }
  // Several full places (two head offices): the first is the headquarters.
  if (rows.filter((l) => l.includes(',')).length > 1 && !STREET.test(rows[0]!)) return { headquarters: rows[0] };
  if (rows.length > 1 && STREET.test(rows[0]!))
    return { headquarters: cleanLine(rows.slice(1).join(', ')), address: cleanLine(rows.join(', ')) };
  return { headquarters: cleanLine(rows.join(', ')) };
}

const STREET = /\d|\b(way|street|avenue|road|plaza|center|centre|park|tower|building|boulevard|square|straße|strasse|platz|rue|place)\b/i;

function infoboxName(box: Element): string | undefined {
  const el =
    box.querySelector('caption, .infobox-title, th.infobox-above, .fn.org, .fn, .org, .entete') ??
    box.querySelector('tr:first-child th[colspan], tr:first-child td[colspan]');
  return el ? cellLines(el)[0] : undefined;
}

/** The lead: the first paragraph of the article body that carries real text. */
function leadParagraph(content: Element | null | undefined): string | undefined {
  if (!content) return undefined;
  for (const p of Array.from(content.querySelectorAll(':scope > p, :scope > div > p'))) {
    if (
      p.classList.contains('mw-empty-elt') ||
      p.closest('table, .hatnote, [class*="infobox"], .navbox, .navbar, [class*="bandeau"], .ambox, .metadata, .noprint')
    )
      continue;
    const text = cleanLine(cellLines(p).join(' '), 5_000);
    if (text && text.length > 40) return text;
  }
  return undefined;
}

function listOf(cell: Element): string[] {
  const lines = cellLines(cell);
  const items = lines.length > 1 ? lines : (lines[0] ?? '').split(/\s*[,;·•]\s*/);
  return items.map((s) => cleanLine(s)).filter((s): s is string => !!s && s.length < 120);
}

/** "Jane Roe (CEO)", "Jane Roe, CEO", "Jane Roe – CEO". */
function keyPeople(cell: Element): PersonMention[] {
  const out: PersonMention[] = [];
  const lines = cellLines(cell);
  // A name on one line and its role in parentheses on the next.
  const merged: string[] = [];
  for (const line of lines) {
    if (/^\(.*\)$/.test(line) && merged.length) merged[merged.length - 1] += ` ${line}`;
    else merged.push(line);
  }
  for (const line of merged) {
    const m = /^(.+?)\s*\((.+)\)$/.exec(line) ?? /^(.+?)\s*[,–—-]\s+(.+)$/.exec(line);
    const name = cleanLine(m ? m[1] : line);
    if (!name || name.length > 80) continue;
    out.push(prune({ name, title: cleanLine(m?.[2]) }));
  }
  return out;
}
