import { cleanLine } from './clean';
import type { Metadata } from './metadata';

/**
 * The company's name on its own site when no Organization JSON-LD names it. Sources, most
 * trusted first: `og:site_name`, the logo's `alt`, the copyright line, the page title's parts.
 * A part that spells the domain ("Hayden Outdoors" on haydenoutdoors.com) beats one that merely
 * contains it ("Hayden Outdoors Land For Sale"), and a name several sources agree on beats a
 * lone one. Never the domain squashed into a word ("Deltadak" when the page writes "Delta Dak"),
 * never a page heading ("About ioSafe").
 */
export function companyName(doc: Document, url: URL, md: Metadata): string | undefined {
  const label = hostLabel(url.hostname);
  const core = label.replace(LEGAL_TAIL, '');
  const candidates: Candidate[] = [];
  const add = (text: string | undefined, source: number) => {
    for (const part of partsOf(text)) candidates.push({ text: part, source, fit: fitOf(part, label, core) });
  };
  // The site name is the name when it relates to the domain (and is not a sentence of SEO).
  const site = cleanLine(md.siteName);
  const siteName = site && site.length <= 60 ? partsOf(site)[0] : undefined;
  if (siteName && fitOf(siteName, label, core) > 0) return siteName;
  for (const alt of logoAlts(doc)) add(alt, 1);
  add(copyrightHolder(doc), 2);
  add(md.title, 3);
  if (doc.title && cleanLine(doc.title) !== md.title) add(doc.title, 3);

  const votes = new Map<string, number>();
  for (const c of candidates) votes.set(squash(c.text), (votes.get(squash(c.text)) ?? 0) + 1);
  const best = candidates
    .filter((c) => c.fit > 0)
    .sort((a, b) => b.fit - a.fit || votes.get(squash(b.text))! - votes.get(squash(a.text))! || a.source - b.source)[0];
  const chosen = best?.text ?? siteName ?? lastTitlePart(md.title);
  return chosen ? spelledOut(doc, chosen) : undefined;
}

interface Candidate {
  text: string;
  /** Lower is more trusted: logo, copyright, title. */
  source: number;
  /** 3: spells the domain; 2: spells its core (without "llc", "gmbh"); 1: contains it; 0: unrelated. */
  fit: number;
}

const LEGAL_TAIL = /(llc|inc|ltd|gmbh|ag|bv|sa|sas|sarl|corp|co|group|groep|gruppe)$/;
const PAGE_WORDS =
  /^(about( us)?|contact( us)?|welcome to|home|meet|über( uns)?|kontakt|willkommen bei|à propos( de)?|bienvenue (chez|sur|à)|contactez|over|welkom bij)\s+/i;
const LEGAL_WORDS = /,?\s+(inc\.?|llc\.?|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.)$/i;

const squash = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

function hostLabel(hostname: string): string {
  return squash(hostname.replace(/^www\d?\./, '').split('.')[0] ?? '');
}

/** "About us | Acme Robotics – Warehouse robots" → ["About us", "Acme Robotics", "Warehouse robots"]. */
function partsOf(text: string | undefined): string[] {
  const clean = cleanLine(text, 400)?.replace(/\uFFFD/g, '');
  if (!clean) return [];
  // Long SEO titles list keywords after commas and " l " bars ("Firm, lawyers in Town l Family law l …").
  const seps = clean.length > 60 ? /\s+[|–—·•:l]\s+|\s+-\s+|,\s+/ : /\s+[|–—·•:]\s+|\s+-\s+/;
  return clean
    .split(seps)
    .map((p) => cleanLine(p.replace(PAGE_WORDS, '').replace(/['’]s logo$|\s+logo$/i, '')))
    .filter((p): p is string => !!p && p.length <= 80);
}

function fitOf(part: string, label: string, core: string): number {
  // "&" is read as "and" or dropped, whichever spells the domain: "Peters & Van der Weele".
  return Math.max(fitOfSquashed(squash(part), label, core), fitOfSquashed(squash(part.replace(/&/g, ' ')), label, core));
}

function fitOfSquashed(q: string, label: string, core: string): number {
  if (q.length < 2 || !label) return 0;
  if (q === label) return 3;
  if (core.length >= 3 && (q === core || q.replace(LEGAL_TAIL, '') === core)) return 2;
  if (q.includes(label) || (label.includes(q) && q.length >= 4)) return 1;
  if (core.length >= 4 && q.startsWith(core)) return 1;
  return 0;
}

function logoAlts(doc: Document): string[] {
  const imgs = doc.querySelectorAll(
    'header img[alt], [class*="logo" i] img[alt], [id*="logo" i] img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt], img[src*="logo" i][alt], a[href="/"] img[alt]',
  );
  const out: string[] = [];
  for (const img of Array.from(imgs).slice(0, 12)) {
    const alt = cleanLine(img.getAttribute('alt'));
    if (alt && !out.includes(alt)) out.push(alt);
  }
  return out;
}

/** "© 2014 Acme Robotics, Inc. All rights reserved." → "Acme Robotics". */
export function copyrightHolder(doc: Document): string | undefined {
  // The copyright line sits at the end of the page: the last text nodes, not the whole text.
  const tail: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement?.tagName;
    if (p !== 'SCRIPT' && p !== 'STYLE' && p !== 'NOSCRIPT') nodes.push(n.nodeValue ?? '');
  }
  for (let i = nodes.length - 1; i >= 0 && length < 5_000; i--) {
    tail.unshift(nodes[i]!);
    length += nodes[i]!.length;
  }
  const m =
    /(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}\s*(?:[-–—]\s*\d{4})?\s*)?(?:by\s+)?(?:-\s+)?([\p{L}][\p{L}\p{N}&.,'’ -]{1,60}?)(?:\s*[.|·]?\s*(?:all rights reserved|alle rechte|tous droits|alle rechten|registered|\d{4}|\||·|$))/imu.exec(
      tail.join('\n'),
    );
  const holder = cleanLine(m?.[1]?.replace(LEGAL_WORDS, '').replace(/[.,\s]+$/, ''));
  return holder && !/^(copyright|all rights)/i.test(holder) ? holder : undefined;
}

function lastTitlePart(title: string): string | undefined {
  const parts = partsOf(title);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** "Deltadak" → "Delta Dak" when the page writes the name with spaces. */
function spelledOut(doc: Document, name: string): string {
  if (/\s/.test(name)) return name;
  const target = squash(name);
  const text = (doc.body?.textContent ?? '').slice(0, 50_000);
  const re = /[\p{Lu}][\p{L}\p{N}]*(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}]*){1,3}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(/[ -]/);
    // Any run of the capitalised words may be the name: "Dakdekker Delta Dak Zeeland".
    for (let i = 0; i < words.length; i++)
      for (let j = i + 2; j <= words.length; j++) {
        const span = words.slice(i, j).join(' ');
        if (squash(span) === target) return span;
      }
  }
  return name;
}
