import { fold } from '../text/fold';
import { type Page, type Statement, onPage, quoted, words } from './statement-page';

// The sides of its business a company sets out as sibling sections of its own page, read by
// lib/prep/statements.ts: two or three headings that share their last word and differ in the one
// before ("Corporate Gifting" and "Personal Gifting", "Residential Roofing" and "Commercial
// Roofing", "Privatkunden" is one word and gives nothing), each over a sentence telling it. How
// the work splits between them, and which is growing, is what only someone inside can tell.

/** Last words shared by headings that are no sides of a business ("About Us", "Contact Us", "Learn More"). */
const NOT_A_SIDE = /^(?:us|more|now|here|started|touch|today|free|online|all|you|team|story|page|news|blog|work)$/i;

/**
 * The last word of a side of a business names a kind of work: an English "-ing" of work ("Gifting",
 * "Roofing", "Banking") or a noun of a service ("Inspection", "Design", "Analysis"). Names of people,
 * jobs, places and products share last words too ("Kerry Cromer", "IT Administrator", "Goal Tracker").
 */
const LINE_OF_WORK =
  /^(?:\p{L}{3,}ing|inspections?|installations?|repairs?|design|analysis|analytics|inference|insurance|care|law|tax|accounting|audits?|maintenance|services|solutions|training|coaching|transport|logistics|finance|lending|loans|removals?)$/iu;
/** A link's verb ("Explore pricing", "Watch webinar"): a button, not a side of the business. */
const CALL_TO_ACTION = /^(?:explore|watch|learn|see|get|try|start|book|view|read|download|request|join|discover|contact|shop|buy)$/i;
/** Lines of "-ing" that are the site's own sections, not sides of a business. */
const SITE_ING = /^(?:pricing|marketing|reporting|billing|onboarding|listing|setting|meeting|training)$/i;

interface Heading {
  text: string;
  first: string;
  last: string;
}

/** A heading of two or three words in letters (no figure: "3,5 t Transporte" is an offering), over a sentence of eight words or more. */
function heading(line: string, next: string | undefined): Heading | undefined {
  const t = line.trim();
  const w = t.split(/\s+/);
  if (w.length < 2 || w.length > 3 || /[.!?:,;]$/.test(t) || !w.every((x) => /^[\p{L}&-]+$/u.test(x))) return undefined;
  if (!next || words(next) < 8) return undefined;
  const last = w[w.length - 1]!;
  if (last.length < 4 || NOT_A_SIDE.test(last) || !LINE_OF_WORK.test(last) || SITE_ING.test(last) || CALL_TO_ACTION.test(w[0]!))
    return undefined;
  return { text: t, first: fold(w[0]!), last: fold(last) };
}

/** A heading in English title case as a sentence says it ("corporate gifting"); any other as written, quoted. */
const said = (h: string, english: boolean) =>
  english && h.split(/\s+/).every((w) => /^(?:\p{Lu}\p{Ll}+|&)$/u.test(w)) ? h.toLowerCase() : english ? h : quoted(h);

export function segments(page: Page, names: string[]): Statement[] {
  const found: Heading[] = [];
  const own = names.map(fold).filter(Boolean);
  page.lines.forEach((line, i) => {
    const h = heading(line, page.lines[i + 1]);
    // A heading with the company's own name ("About Imprint Enterprises") is the page's, not a side of the business.
    if (h && !own.some((n) => fold(h.text).includes(n)) && !found.some((x) => fold(x.text) === fold(h.text))) found.push(h);
  });
  for (const h of found) {
    // Sides are said alike: as many words each ("Corporate Gifting", "Personal Gifting").
    const sides = found.filter((x) => x.last === h.last && words(x.text) === words(h.text));
    if (sides.length < 2 || sides.length > 3 || new Set(sides.map((x) => x.first)).size !== sides.length) continue;
    const names = sides.map((x) => said(x.text, page.english));
    const list = names.length === 2 ? `${names[0]} beside ${names[1]}` : `${names[0]}, ${names[1]} and ${names[2]}`;
    return [
      {
        kind: 'segments',
        text: `The sides of its business, in its own words: ${sides.map((x) => x.text).join(', ')}`,
        phrase: `sets out ${list}`,
        names: sides.map((x) => x.text),
        evidence: sides.map((x) => x.text).join(' / '),
        ...onPage(page),
        strength: 6,
      },
    ];
  }
  return [];
}
