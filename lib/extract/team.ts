import type { PersonMention } from '../schema/page-extraction';
import { cleanLine, httpUrlOf } from './clean';
import { linkedinProfileUrl, prune } from './facts';

const TEAM_HEADING =
  /\b(team|leadership|leaders|management|founders|board|directors|executives|our people|who we are|meet (?:the|our)|führung|geschäftsführung|vorstand|aufsichtsrat|équipe|direction|dirigeants|conseil)\b/i;
const TEAM_PATH = /\/(team|leadership|management|about\/team|people|our-team|unser-team|equipe|l-equipe|board)(\/|$)/i;

/** "Dana Whitcombe", "Luis Ferreira-Koh", "Anne-Sophie de la Tour", "Dr. Jo Ng". */
const NAME =
  /^(?:(?:Dr|Prof|Sir|Dame)\.?\s)?\p{Lu}[\p{L}'’.-]+(?:\s(?:(?:van|von|de|del|della|der|den|da|di|du|la|le|bin|al|zu)\s)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const NOT_A_NAME =
  /\b(team|about|contact|careers|leadership|board|our|the|and|with|read more|learn more|view|profile|linkedin|twitter|chief|officer|director|president|founder|co-founder|partner|manager|head|lead|counsel|secretary|engineer|scientist|vp|vice|executive|independent|chair|chairman|chairwoman|member|advisor|investor|ceo|cto|cfo|coo|general|senior|principal|global|vorstand|geschäftsführer|directeur|directrice|président|fondateur)\b/i;

export function looksLikeName(text: string | undefined): boolean {
  return !!text && text.length <= 50 && NAME.test(text) && !NOT_A_NAME.test(text);
}

/**
 * People a team or leadership section lists as repeated cards: a name, then a short title, and
 * perhaps a LinkedIn link. A section must list at least two to count; testimonials and bylines
 * outside such sections are not the company's people.
 */
export function teamMembers(doc: Document, url: URL): PersonMention[] {
  const scopes = teamScopes(doc, url);
  const seen = new Set<string>();
  const out: PersonMention[] = [];
  for (const scope of scopes) {
    const found = cardsIn(scope, url);
    if (found.length < 2) continue;
    for (const m of found) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      out.push(m);
    }
  }
  return out.slice(0, 200);
}

/** The parts of the page that hold a team: after a team heading, or the whole main on a team page. */
function teamScopes(doc: Document, url: URL): Element[][] {
  const scopes: Element[][] = [];
  const main = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!main) return scopes;
  for (const h of Array.from(main.querySelectorAll('h1, h2, h3'))) {
    if (!TEAM_HEADING.test(h.textContent ?? '')) continue;
    const level = Number(h.tagName[1]);
    let anchor: Element | null = h;
    // A heading wrapped alone in a div: its section is what follows the wrapper.
    for (let i = 0; i < 2 && anchor && !anchor.nextElementSibling; i++) anchor = anchor.parentElement;
    const parts: Element[] = [];
    for (let el = anchor?.nextElementSibling; el; el = el.nextElementSibling) {
      if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
      parts.push(el);
    }
    if (parts.length) scopes.push(parts);
  }
  if (TEAM_PATH.test(url.pathname)) scopes.push([main]);
  return scopes;
}

const NAME_TAGS = 'h2, h3, h4, h5, h6, strong, b, p, span, div, a, dt, figcaption';

function cardsIn(parts: Element[], base: URL): PersonMention[] {
  const out: PersonMention[] = [];
  for (const part of parts) {
    const candidates = [part, ...Array.from(part.querySelectorAll(NAME_TAGS))];
    for (const el of candidates) {
      if (el.closest('blockquote, figure.testimonial, [class*="testimonial" i], [class*="quote" i], nav, footer')) continue;
      if (!isLeafText(el)) continue;
      const name = cleanLine(el.textContent);
      if (!name || !looksLikeName(name)) continue;
      const titleEl = nextTextElement(el);
      const title = cleanLine(titleEl?.textContent, 120);
      const card = cardOf(el);
      const link = card?.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href');
      out.push(
        prune({
          name,
          title: title && !looksLikeName(title) && title.length <= 100 ? title : undefined,
          profileUrl: linkedinProfileUrl(httpUrlOf(link, base)) ?? undefined,
        }),
      );
    }
  }
  return out;
}

/** An element whose text is its own: no element children with text of their own. */
function isLeafText(el: Element): boolean {
  for (const child of Array.from(el.children)) if ((child.textContent ?? '').trim()) return false;
  return !!(el.textContent ?? '').trim();
}

/** The next element in document order that carries text, within the same card. */
function nextTextElement(el: Element): Element | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if ((sib.textContent ?? '').trim()) {
        let leaf: Element = sib;
        while (leaf.firstElementChild && !isLeafText(leaf))
          leaf = Array.from(leaf.children).find((c) => (c.textContent ?? '').trim()) ?? leaf.firstElementChild;
        return leaf;
      }
    }
    node = node.parentElement;
    if (node && /^(LI|ARTICLE|SECTION|MAIN|UL|OL)$/.test(node.tagName)) break;
  }
  return undefined;
}

function cardOf(el: Element): Element | null {
  return (
    el.parentElement?.closest('li, article, [class*="card" i], [class*="member" i], [class*="person" i], [class*="profile" i]') ??
    el.parentElement
  );
}
