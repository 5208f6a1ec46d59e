import type { EducationEntry, ExperienceEntry, PersonExtraction } from '../schema/page-extraction';
import { cleanBlock, cleanLine, cleanList } from './clean';
import { prune } from '../objects';
import { dateRange } from './linkedin-dates';

/**
 * LinkedIn's signed-in profile since 2025 ("SDUI"): every class name is a hash, so the page is
 * read by its structure. Cards are `section[componentkey="com.linkedin.sdui.profile.card.ref<URN><Card>"]`
 * (Topcard, About, Featured, Experience, Education, Skills…). The top card holds, in order: the
 * name (`h2` in the link to the profile), pronouns and connection degree ("· 1st"), the headline,
 * a line "Company · School" repeated as one button per organisation, and the location beside the
 * "Contact info" link. The About card ends with "Top skills" joined by "•". A Featured "Position"
 * shows the current role: title, company, dates, place.
 */
export interface SduiProfile extends PersonExtraction {
  currentTitle?: string;
  currentCompany?: string;
}

const CARD = (name: string) => `section[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="${name}"]`;

export function isSduiProfile(doc: Document): boolean {
  return !!doc.querySelector(CARD('Topcard'));
}

export function sduiProfile(doc: Document): SduiProfile | undefined {
  const top = doc.querySelector(CARD('Topcard'));
  if (!top) return undefined;
  const name = cleanLine(top.querySelector('h1, h2')?.textContent);
  const contact = top.querySelector('a[href*="/overlay/contact-info"]');
  // The location is the first line of the row that ends with "Contact info".
  const row = contact?.closest('p')?.parentElement;
  const location = row
    ? Array.from(row.querySelectorAll('p'))
        .map((p) => cleanLine(p.textContent))
        .find((t) => t && t !== '·' && !/contact info/i.test(t))
    : undefined;

  // Lines above the location row: pronouns, degree, headline, then "Company · School" when shown.
  const orgs = Array.from(top.querySelectorAll('[role="button"]'))
    .map((b) => cleanLine(b.textContent))
    .filter((t): t is string => !!t && !/^https?:|premium|^\+?\d/i.test(t));
  const above: string[] = [];
  for (const p of Array.from(top.querySelectorAll('p'))) {
    if (row?.contains(p) || (row && p.compareDocumentPosition(row) & 2)) break;
    const t = cleanLine(p.textContent, 2_000);
    if (t && !/^·\s*(1st|2nd|3rd|\d+th)$/i.test(t) && !/^(he|she|they)\/(him|her|them)$/i.test(t)) above.push(t);
  }
  let orgLine: string[] = [];
  const last = above[above.length - 1];
  if (last && above.length > 1) {
    const parts = last.split(/\s+·\s+/);
    if (parts.every((p) => orgs.includes(p))) {
      orgLine = parts;
      above.pop();
    }
  }
  const headline = above[above.length - 1];
  // One button per organisation, the current employer first, then the school.
  const shown = orgs.length ? orgs : orgLine;
  const [company, school] = shown.length === 1 && SCHOOL.test(shown[0]!) ? [undefined, shown[0]] : shown;

  const featured = featuredPosition(doc);
  const { about, skills } = aboutCard(doc);
  return prune({
    name,
    headline,
    location,
    about,
    skills,
    experience: featured ? [featured] : undefined,
    education: school ? [{ school } as EducationEntry] : undefined,
    currentTitle: featured?.title,
    currentCompany: featured?.company ?? company,
  });
}

const SCHOOL = /universit|college|school|institute|academy|hochschule|école|ecole|politec|polytechn|istituto|escuela|universidad/i;

/** Leaf lines of an element, in order, as the reader sees them. */
function lines(el: Element): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = cleanBlock(n.nodeValue ?? '');
      if (t) out.push(t);
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (
      /^(SCRIPT|STYLE|SVG|BUTTON)$/i.test(e.tagName) ||
      e.getAttribute('aria-hidden') === 'true' ||
      e.matches('.visually-hidden, .sr-only')
    )
      return;
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(el);
  return out;
}

function aboutCard(doc: Document): { about?: string; skills?: string[] } {
  const card = doc.querySelector(CARD('About'));
  if (!card) return {};
  const all = lines(card);
  const skillsAt = all.findIndex((l) => /^top skills$/i.test(l));
  const body = (skillsAt >= 0 ? all.slice(0, skillsAt) : all).filter(
    (l, i) =>
      !(i === 0 && /^(about|info|infos|à propos|über|informazioni)$/i.test(l)) &&
      !/^(…|\.\.\.)$|^(…\s*)?(more|see more|mehr|altro|plus)$/i.test(l),
  );
  const skills =
    skillsAt >= 0
      ? cleanList(
          all
            .slice(skillsAt + 1)
            .join(' • ')
            .split(/\s*[•·]\s*/),
        )
      : undefined;
  return { about: cleanLine(body.join('\n'), 10_000), skills };
}

/** The Featured card's "Position" item: [Position, title, company, "Jul 2025 – Present", place]. */
function featuredPosition(doc: Document): ExperienceEntry | undefined {
  const card = doc.querySelector(CARD('Featured'));
  if (!card) return undefined;
  const all = lines(card);
  const at = all.findIndex((l) => /^position$/i.test(l));
  if (at < 0) return undefined;
  const [title, company, dates, place] = all.slice(at + 1, at + 5);
  const d = dateRange(dates);
  if (!title || !d) return undefined;
  return prune({
    title: cleanLine(title),
    company: cleanLine(company),
    start: d.start,
    end: d.end,
    location: place && !/featured|premium/i.test(place) ? cleanLine(place) : undefined,
  });
}
