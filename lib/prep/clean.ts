/**
 * Text the sheet prints, written the way a person writes it: no HTML entities or invisible
 * characters from a page, no "12,400 (2024)" as a size, no street address where a place is meant.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  copy: '©',
  reg: '®',
  trade: '™',
};

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * What plain() cleaned while one prep sheet is built: a dozen readers (events, news, quotes, quoted
 * paragraphs, own posts, statements, story facts, mission, …) clean the same clip texts and lines
 * again, each its own way of splitting them. Remembered only for one build (`cleaningOnce`), so
 * nothing outlives it and nobody else's text is kept.
 */
let cleaned: Map<string, string> | undefined;

/** Runs `build` with plain() remembering what it cleaned; the memory goes when `build` returns. */
export function cleaningOnce<T>(build: () => T): T {
  if (cleaned) return build();
  cleaned = new Map();
  try {
    return build();
  } finally {
    cleaned = undefined;
  }
}

/** One line of plain text: entities decoded (twice-escaped ones too), invisible characters gone, spaces collapsed. */
export function plain(text: string | undefined): string {
  const known = cleaned?.get(text ?? '');
  if (known !== undefined) return known;
  const out = cleanLine(text ?? '');
  cleaned?.set(text ?? '', out);
  return out;
}

function cleanLine(text: string): string {
  let t = text;
  for (let i = 0; i < 2 && /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(t); i++)
    t = t.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return t.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * Every run of white space that is not already one plain space, as /\s+/g would find the runs: a
 * run of two or more, or one tab, newline or other space. A text of single spaces between words
 * then costs no replacement at all (one per word, before).
 */
const SPACES = /\s{2,}|[^\S ]/g;

/** A text cut at a word, with an ellipsis, for a line of the sheet. */
export function short(text: string, max = 90): string {
  const t = plain(text);
  return t.length > max ? `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : t;
}

/**
 * A company size as people say it: "12,400 (2024)" → "about 12,400 people"; "51-200" → "51–200
 * people"; "10,001+ employees" → "over 10,000 people".
 */
export function sizeText(value: string): string {
  const t = plain(value).replace(/\s*\((?:as of\s+)?\d{4}\)\s*$/i, '');
  const range = /^(\d[\d,.]*)\s*[-–]\s*(\d[\d,.]*)\b/.exec(t);
  if (range) return `${range[1]}–${range[2]} people`;
  const plus = /^(\d[\d,.]*)\s*\+/.exec(t);
  if (plus) return `over ${plus[1]!.replace(/[,.]?001$/, ',000').replace(/^(\d+),000$/, '$1,000')} people`;
  const n = /^(?:about|approx\.?|around|~)?\s*(\d[\d,.]*)\b/i.exec(t);
  if (n) return `about ${n[1]} people`;
  return t.replace(/\s*employees?$/i, ' people');
}

/** The place part of a headquarters value: a street address keeps only its town. */
export function placeText(value: string): string {
  const t = plain(value);
  const parts = t.split(/\s*,\s*/);
  // "1 Infinite Loop, Cupertino, CA 95014" → "Cupertino": drop parts with house numbers or postcodes.
  const places = parts.filter((p) => !/\d/.test(p));
  return (places.slice(0, 2).join(', ') || parts[parts.length - 1] || t).trim();
}

/** "a" or "an" before a word, as it sounds. */
export function article(word: string): string {
  const w = word.trim();
  // Acronyms are read letter by letter: "an SEO lead", "a UX designer".
  if (/^[A-Z]{2,}(?![a-z])/.test(w)) return /^[AEFHILMNORSX]/.test(w) ? 'an' : 'a';
  if (/^(hour|honou?r|heir)/i.test(w)) return 'an';
  return /^[aeiou]/i.test(w) && !/^(uni|use|usu|one|once|eu|ur)/i.test(w) ? 'an' : 'a';
}

/**
 * One full stop where a sentence ends on an abbreviation: "I work at Sunridge Produce Co." plus
 * our own stop is not "Co..". An ellipsis ("...") is left as typed.
 */
export function oneStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** "A, B and C". */
export function listing(items: string[], word = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "Stripe's", "Abacus Solutions'": a name ending in s takes the apostrophe alone. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}
