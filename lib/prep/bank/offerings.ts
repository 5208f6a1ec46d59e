import { listing } from '../clean';
import { foldWords } from '../../text/fold';
import type { Grounded, Signals } from '../signals';
import { the } from './helpers';
import { quoted } from '../statement-page';
import type { Template } from './types';
import { practiceKinds } from '../practice-areas';

/** A line of business too broad to name ("IT Solutions", "Managed Services", "Products"). */
const BROAD =
  /^(?:(?:it|managed|professional|client|consulting|cloud|support|software|hardware|digital|business|other|all|our|more)\s*)*(?:solutions|services|support|products|consulting|offers?|home|about|contact)?$/i;

/** A line in English title case of several words: "Residential Inspection". */
const titled = (item: string) => {
  const words = item.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^(?:[A-Z][a-z]+|[A-Z]{2,}|&)$/.test(w));
};

/**
 * The list as said in a sentence: a menu whose every line is in English title case ("Residential
 * Inspection, Mold Inspection") in small letters, acronyms kept; any other list as written (German
 * nouns keep their capitals: "Entrümpelung", "Textile Systeme"; "Détection de réseau" is already a phrase).
 */
function asSaid(items: string[]): string[] {
  if (!items.every(titled)) return items;
  return items.map((item) =>
    item
      .split(/\s+/)
      .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
      .join(' '),
  );
}

/** Not a line of work: a sentence ("we buy equipment", "Alles aus einer Hand") or a heading with a dash. */
const NOT_A_LINE = /\b(?:we|our|us|you|your|wir|unser\w*|alles|einer|nous|notre|vous|wij|onze)\b|\s[-–—]\s/i;

/**
 * The services or products the company names on its own pages, two to six of them, each said the
 * way a person would: none a broad line of business, none a sentence. Undefined otherwise.
 */
export function namedOfferings(value: string | undefined): string[] | undefined {
  // A list is joined by a comma and a space: "3,5 t Transporte" is one item, a decimal comma inside it.
  const items = [...new Set((value ?? '').split(/\s*,\s+/).map((x) => x.trim()))].filter(Boolean);
  if (items.length < 2 || items.length > 6) return undefined;
  // A full stop inside a name ("Phoenix.new") is no sentence's end.
  if (items.some((x) => x.length > 40 || x.split(/\s+/).length > 4 || /[.!?:;](?:\s|$)/.test(x) || BROAD.test(x) || NOT_A_LINE.test(x)))
    return undefined;
  return asSaid(items);
}

/**
 * The services or products to open on when nobody has told who the person is (no profile, no
 * title, no headline): "which of those is closest to your own work" places them, and says the user
 * read the site, where "what do you work on" says nothing.
 */
export function openerOfferings(s: Signals): Grounded<string[]> | undefined {
  if (s.move || s.studySwitch || s.career.current || s.headline || s.title || !s.companyName) return undefined;
  const f = s.fact('products');
  const items = namedOfferings(f?.value);
  // Five lines read out in one breath is a catalogue, not an opener.
  return f && items && items.length <= 4 ? { value: asOwnWords(s, f.basis, items), basis: f.basis } : undefined;
}

const COUNT = ['seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A long menu of services or products (seven to twelve lines, each a line of work as namedOfferings
 * reads one) said as its span: "ten things it offers, from ant control to exclusionary services".
 * A pest-control firm's ten services gave no opener, and "What do you work on at …" opened five of
 * eight sheets of blind-17: the span says the user read the site and asks where in it they sit.
 */
export function openerSpan(s: Signals): Grounded<{ count: string; first: string; last: string }> | undefined {
  if (s.move || s.studySwitch || s.career.current || s.headline || s.title || !s.companyName) return undefined;
  const f = s.fact('products');
  // Its flagship named as the firm is ("Notion" first in Notion's menu) is no line of the span: "from Notion to Projects".
  const items = [...new Set((f?.value ?? '').split(/\s*,\s+/).map((x) => x.trim()))].filter(
    (x) => x && foldWords(x) !== foldWords(s.companyName),
  );
  const count = COUNT[items.length - 7];
  if (!f || !count) return undefined;
  if (items.some((x) => x.length > 40 || x.split(/\s+/).length > 4 || /[.!?:;](?:\s|$)/.test(x) || BROAD.test(x) || NOT_A_LINE.test(x)))
    return undefined;
  const said = asOwnWords(s, f.basis, asSaid(items));
  return { value: { count, first: said[0]!, last: said[said.length - 1]! }, basis: f.basis };
}

/** Items read from a page in another language, quoted as its own words ("“3,5 t Transporte”"): never blended into an English sentence. */
function asOwnWords(s: Signals, basis: string[], items: string[]): string[] {
  const clipId = basis[0]?.split(':')[2];
  return clipId && !s.englishClip(clipId) ? items.map(quoted) : items;
}

/**
 * Whom a firm serves, listed among what it does ("Government Employees", "Employees of Congressional
 * Agencies"): people, not a line of work — "I'm most drawn to Government Employees" says nothing
 * (blind-10 kmb, where "employ" matched the user's "employment lawyer").
 */
const AUDIENCE =
  /^(?:[\p{L}-]+\s+){0,3}(?:employees|workers|employers|executives|individuals|families|patients|veterans|students|seniors|children|women|men|professionals|owners|consumers|customers|clients|investors|members|retirees|victims)(?:\s+(?:of|in|at|with)\s.*)?$/iu;

/** Words of the user's and the person's work too common to tell one line of a catalogue from another. */
const COMMON =
  /^(?:consult\w*|services?|solutions?|management|managers?|team\w*|work\w*|roles?|move|moving|someone|coming|whether|their|from|into|with|what|which|about|house|senior|junior|lead\w*|head|vice|president|director|officer|chief|analysts?|specialists?|associates?|learn\w*|asks?|hear|understand\w*|people|clients?|customers?|company|business)$/i;

/** The words of a line of work a user or a person names, folded, without the common ones. */
const workWords = (text: string) =>
  foldWords(text)
    .split(' ')
    .filter((w) => w.length >= 4 && !COMMON.test(w))
    .map((w) => w.slice(0, 6));

/** An acronym of the user's ("GRC") spelled by a line's capitals ("Governance Risk & Compliance"). */
const initials = (item: string) =>
  item
    .split(/[\s&]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * Of a long catalogue (a consultancy's menu of forty services), the two or three lines nearest the
 * work the user wants or does, by a word they share ("security" in
 * "Cybersecurity Consulting Services") or an acronym the user wrote ("GRC" for "Governance Risk &
 * Compliance"). Undefined when fewer than two are near: a catalogue read out is no question (blind-13
 * centric: thirty-six services, none asked, though three are the user's own work).
 */
export function nearestOfferings(s: Signals, value: string | undefined): string[] | undefined {
  const items = [...new Set((value ?? '').split(/\s*,\s+/).map((x) => x.trim()))].filter(
    (x) =>
      x.length <= 50 &&
      x.split(/\s+/).length <= 6 &&
      !/[.!?;](?:\s|$)/.test(x) &&
      !BROAD.test(x) &&
      !NOT_A_LINE.test(x) &&
      !AUDIENCE.test(x),
  );
  if (items.length <= 6) return undefined;
  const mine = `${s.self.target ?? ''} ${s.self.field ?? ''} ${s.self.exploring ?? ''}`;
  const stems = new Set(workWords(mine));
  const acronyms = new Set((mine.match(/\b[A-Z]{2,5}\b/g) ?? []).filter((a) => !/^(?:IT|AI|HR|UK|US|EU)$/.test(a)));
  if (!stems.size && !acronyms.size) return undefined;
  const near = (item: string) =>
    (acronyms.has(initials(item)) ? 2 : 0) +
    foldWords(item)
      .split(' ')
      .filter((w) => w.length >= 4 && !COMMON.test(w) && [...stems].some((st) => w.includes(st))).length;
  const picked = items
    .map((item, i) => ({ item: item.replace(/:\s.*$/, ''), i, score: near(item) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.item);
  return picked.length >= 2 ? picked : undefined;
}

/**
 * What the company names as its own services or products, asked from inside: which of them takes
 * the work and which is growing — never what they are (the page says).
 */
export const OFFERINGS: Template[] = [
  {
    id: 'company.offerings',
    category: 'company',
    // One question on what the company sells: it and the product questions ask one thing.
    intent: 'product',
    // Below what the company says of itself (a statement, 6) and above a product asked alone (5).
    weight: 5.5,
    fill: (s: Signals) => {
      const f = s.fact('products');
      const named = namedOfferings(f?.value);
      const items = f && named ? asOwnWords(s, f.basis, named) : undefined;
      // The opener asks which of them is theirs (bank/path.ts): a second question on the same list repeats it.
      if (!f || !items || openerOfferings(s)) return [];
      const co = the(s);
      return [
        {
          // "I saw", not "its own page": the list may come from a directory or an encyclopedia.
          text: `I saw that ${co} offers ${listing(items)}. Which of them takes most of the work, and which is growing?`,
          reason: 'What the company names as its work, in its own words: where the work really goes is what no page says.',
          basis: f.basis,
        },
      ];
    },
  },
  {
    id: 'company.practice',
    category: 'company',
    intent: 'product',
    weight: 5.5,
    // A law firm's long list of practice areas, read as the kinds of matters it mostly takes on: which of
    // them the week is made of is what no list says (blind-10 kmb: forty areas, fourteen of them whistleblower work).
    fill: (s: Signals) => {
      const f = s.fact('products');
      const kinds = f && s.englishClip(f.basis[0]?.split(':')[2] ?? '') ? practiceKinds(f.value) : undefined;
      if (!f || !kinds) return [];
      return [
        {
          text: `Most of the practice areas ${the(s)} lists are ${listing(kinds)} cases. Which of them takes most of your week, and how does the work on them differ?`,
          reason: 'What the firm’s own list of practice areas leans towards: where the work really goes is what no page says.',
          basis: f.basis,
        },
      ];
    },
  },
  {
    id: 'company.offerings-near',
    category: 'company',
    intent: 'product',
    weight: 5.5,
    fill: (s: Signals) => {
      const f = s.fact('products');
      const near = f ? nearestOfferings(s, f.value) : undefined;
      if (!f || !near) return [];
      const items = asOwnWords(s, f.basis, near);
      return [
        {
          text: `Of all that ${the(s)} offers, I'm most drawn to ${listing(items)}. How does that work run from your side, and which of them is growing?`,
          reason:
            'Of the long list of what the company offers, the lines nearest your work: how it runs and where it grows is what no page says.',
          basis: f.basis,
        },
      ];
    },
  },
];
