import { escapeRegExp } from '../text/regexp';

/**
 * What a story adds to an event once the event is found: who was appointed, which product was
 * approved, whom a launch went out with, what a bought company is for. Each reads the story's own
 * sentences and says nothing when no sentence says it (lib/prep/events.ts finds the events).
 */

/** "Ascom’s Unite Connect for clinical systems recently" → "Unite Connect for clinical systems": what the company got approved. */
export function approvedProduct(before: string, names: string[]): string | undefined {
  const m = new RegExp(`(?:${names.map(escapeRegExp).join('|') || '$^'})['’]s\\s+(.{3,60}?)\\s*$`, 'iu').exec(before.trim());
  return m?.[1]?.replace(/\s+(?:recently|has|have|also|now)$/i, '').trim() || undefined;
}

/** The person a story names as appointed or nominated ("nominiert Alexander Wynaendts als …", "names Jane Doe as …"). */
export function appointee(lines: string[]): string | undefined {
  // No case-blind flag: with it, \p{Lu} would match small letters and the name would run on.
  const re =
    /\b(?:[Nn]ominiert|[Ee]rnennt|[Bb]eruft|[Nn]omme|[Aa]ppoint(?:s|ed)?|[Nn]ame[sd]?|[Pp]romote[sd]?)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+)\s+(?:als|zum|zur|comme|as)\b/u;
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** Words of a title before a name ("CEO Matt Salazar"), never part of it. */
const TITLE_BEFORE = /^(?:CEO|CFO|CTO|COO|CMO|CPO|VP|SVP|EVP|Chief|Co-?founder|Founder|President|Director|Head|Executive|Former)$/i;

/** The full name a story gives a surname ("chief product officer Matt Salazar said" for "Salazar"), else undefined. */
export function fullName(surname: string, lines: string[]): string | undefined {
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,2})${escapeRegExp(surname)}\\b`, 'u');
  for (const l of lines) {
    const m = re.exec(l);
    if (!m) continue;
    const given = m[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => !TITLE_BEFORE.test(w));
    if (given.length) return `${given.join(' ')} ${surname}`;
  }
  return undefined;
}

/** A launch's first partners, counted: "launching Box $rev with 10 third-party developers". */
const WITH_PARTNERS =
  /\b(?:launch(?:es|ed|ing)?|debut(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out|open(?:s|ed|ing)?|start(?:s|ed|ing)?)\s+(?:[^,.;]{1,40}?\s+)?with\s+((?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|more than \d{1,4})\s+(?:[\p{L}-]+\s+)?(?:developers|partners|launch partners|retailers|brands|publishers|customers|carriers|banks|apps|games|studios|merchants|restaurants|hospitals|schools))\b/iu;

/** The partners a launch went out with, when a sentence naming the product or the company counts them. */
export function launchPartners(lines: string[], names: string[], product: string): string | undefined {
  const named = [...names, product].filter((n) => n.length >= 2);
  for (const l of lines) {
    const m = WITH_PARTNERS.exec(l);
    if (m && named.some((n) => l.includes(n))) return m[1];
  }
  return undefined;
}

/** Verbs of putting what was bought to use, in the form "it would …" takes. */
const USE: Record<string, string> = {
  us: 'use',
  appl: 'apply',
  integrat: 'integrate',
  build: 'build',
  fold: 'fold',
  incorporat: 'incorporate',
  bring: 'bring',
};

/**
 * What the company says it will do with what it bought: "Facebook … said it will be applying the
 * software to its mobile development process" → "apply the software to its mobile development
 * process" ("it said it would apply …"), or said of the deal ("its technology was to be applied to
 * mobile apps"). The company (its name, "it", "the company") says it, about the bought company's
 * technology, software, tools or team, or the bought company by name.
 */
export function purposeOf(lines: string[], names: string[], bought: string): string | undefined {
  const co = [...names, 'it', 'the company'].map(escapeRegExp).join('|');
  const re = new RegExp(
    `(?:^|[^\\p{L}])(?:${co}),?\\s+(?:[^.;]{0,80}?,\\s+)?(?:said\\s+(?:it|that it)\\s+)?(?:will|would|plans to|intends to)\\s+(?:be\\s+)?(us|appl|integrat|build|fold|incorporat|bring)(?:e|es|y|ies|ying|ing)?\\s+((?:the|its|their|${escapeRegExp(bought)}['’]s?)\\s+[^,.;]{3,80})`,
    'iu',
  );
  for (const l of lines) {
    const m = re.exec(l);
    if (!m) continue;
    const object = m[2]!.trim();
    // What is put to use is what was bought: its name, or its technology, software, tools or people.
    if (!new RegExp(`${escapeRegExp(bought)}|\\b(?:software|technology|tools?|platform|engineers|team|product)\\b`, 'iu').test(object))
      continue;
    return `it said it would ${USE[m[1]!.toLowerCase()]} ${object}`;
  }
  // Said of the deal rather than by the company: "will see its technology applied to mobile apps and site".
  const passive = new RegExp(
    `\\b(?:its|the|${escapeRegExp(bought)}['’]s?)\\s+(technology|software|tools?|platform)\\s+(?:being\\s+)?(applied|used|integrated|deployed)\\s+((?:to|in|into|across|on)\\s+[^,.;]{3,60})`,
    'iu',
  );
  for (const l of lines) {
    if (!l.includes(bought) && !/\bacquisition\b/i.test(l)) continue;
    const m = passive.exec(l);
    if (m) return `its ${m[1]!.toLowerCase()} was to be ${m[2]!.toLowerCase()} ${m[3]!.trim()}`;
  }
  return undefined;
}
