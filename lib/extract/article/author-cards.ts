import type { PersonMention } from '../../schema/page-extraction';
import { linkedinProfileUrl } from '../facts';
import { ROLE_WORD } from '../person-name';

/**
 * The authors of a company's own report or post, as the page presents them in cards: the name,
 * then the lines of their title, and often their LinkedIn link (fresh16-kroll: eight experts'
 * cards under the report, "Nicholas Collins" / "Managing Director" / "Mergers and Acquisitions
 * (M&A) Advisory"). They are the company's people. Only an author whose card gives a title (a role
 * word in its first line) counts, and only two such cards or more.
 */
export function authorCards(doc: Document, authors: readonly string[]): PersonMention[] {
  const out: PersonMention[] = [];
  const names = authors.filter((a) => a.includes(' '));
  if (!names.length || !doc.body) return out;
  const byText = new Map<string, Element>();
  for (const el of Array.from(doc.body.querySelectorAll('p, h2, h3, h4, h5, h6, strong, b, span, a, div')).slice(0, 20_000)) {
    if (el.childElementCount) continue;
    const text = squash(el.textContent);
    if (names.includes(text) && !byText.has(text) && titleLines(el).length) byText.set(text, el);
  }
  for (const name of names) {
    const el = byText.get(name);
    if (!el) continue;
    // Role over practice, two lines on the card, written as one title: "Director, Technology Investment Banking".
    const title = titleLines(el).join(', ');
    out.push({ name, title, ...profileNear(el, name, names) });
  }
  // One author over a title is a post's byline ("Jared Spataro, Chief Marketing Officer" on
  // Microsoft's blog), which the format leaves out of people; several experts' cards are the
  // report's contacts.
  return out.length >= 2 ? out : [];
}

/**
 * The lines after the name in its card, before its contact lines: the role and the practice (a
 * third line is the office's city: "Munich"), the first a role.
 */
function titleLines(el: Element): string[] {
  const lines: string[] = [];
  for (let s = el.nextElementSibling; s && lines.length < 2; s = s.nextElementSibling) {
    const text = squash(s.textContent);
    if (!text) break;
    if (text.length > 120 || /@|\+?\d[\d\s().-]{6,}/.test(text)) break;
    lines.push(text);
  }
  return lines.length && ROLE_WORD.test(lines[0]!) ? lines : [];
}

/** The LinkedIn profile in the card: the nearest ancestor with one that holds no other author's name. */
function profileNear(el: Element, name: string, names: readonly string[]): { profileUrl?: string } {
  let card: Element | null = el.parentElement;
  for (let depth = 0; card && depth < 6; depth++, card = card.parentElement) {
    const text = card.textContent ?? '';
    if (names.some((n) => n !== name && text.includes(n))) break;
    const link = card.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href');
    const profileUrl = linkedinProfileUrl(link ?? undefined);
    if (profileUrl) return { profileUrl };
  }
  return {};
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
