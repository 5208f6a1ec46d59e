import { escapeRegExp } from '../text/regexp';
import { plain } from './clean';
import { type EventKind, PRODUCT } from './event-patterns';

/**
 * What a company's deed is about, as its sentence names it: a product, a company bought, an amount,
 * trimmed at a clause boundary, with the items a sentence lists after it. Read by the events of
 * lib/prep/events.ts.
 */

const WHEN =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const CAPITAL = /^[\p{Lu}\p{N}"“‘'«„「$€£¥]/u;

/**
 * A name as written: capitalised words and the small words between them ("Bank of America"),
 * cut at the first ordinary word — the case-blind pattern found where it starts, this finds where
 * it ends ("Junior Gaspard, long time ExpApper" → "Junior Gaspard").
 */
function properName(what: string): string | undefined {
  const tokens = what.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (CAPITAL.test(t)) {
      out.push(t);
      if (/[,.;:!?]$/.test(t)) break;
      continue;
    }
    if (out.length && /^(of|for|and|de|du|la|the|&)$/i.test(t) && CAPITAL.test(tokens[i + 1] ?? '')) {
      out.push(t);
      continue;
    }
    break;
  }
  const name = out.join(' ').replace(/[,.;:!?]+$/, '');
  // "launched Tuesday morning": a day is when, not what.
  return name && !WHEN.test(name) ? name : undefined;
}

/** The object of a deed, trimmed at a clause boundary: a name, a quoted or described product, an amount. */
/** The capitalised run a text ends with: "proudly next to the Surface Studio" → "Surface Studio". */
function lastName(what: string): string | undefined {
  const tokens = what.split(/\s+/);
  let i = tokens.length;
  // Product names may start small ("iPhone", "e-tron"): a capital or a digit anywhere, or a hyphen, keeps a word in the name.
  const named = (t: string) => CAPITAL.test(t) || /[\p{Lu}\p{N}]/u.test(t) || /\p{L}-\p{L}/u.test(t);
  while (i > 0 && (named(tokens[i - 1]!) || (/^(of|for|and|de|&)$/i.test(tokens[i - 1]!) && i < tokens.length && i > 1))) i--;
  while (i < tokens.length && !CAPITAL.test(tokens[i]!)) i++;
  return i < tokens.length
    ? tokens
        .slice(i)
        .join(' ')
        .replace(/[,.;:!?]+$/, '')
    : undefined;
}

export function objectOf(kind: EventKind, raw: string, nameEnds = false): string | undefined {
  const what = plain(raw).replace(/^「(.*)」$/u, '$1');
  if (nameEnds) return lastName(what.replace(/,$/, ''));
  // A report is named by what it is about ("first report on traffic drivers"), in small letters: no name to cut at.
  if (kind === 'report')
    return (
      what
        .replace(/^(?:a|an|its|their|our|the)\s+/i, '')
        .replace(/[,;:.!?].*$/, '')
        .trim() || undefined
    );
  const appointed = kind === 'leadership' ? /^(.*?),?\s+(as|to be|to|zum|zur|comme)\s+(.*)$/i.exec(what) : null;
  if (appointed) {
    const name = properName(appointed[1]!);
    return name ? `${name} ${appointed[2]!.toLowerCase()} ${appointed[3]!.replace(/[,;:.].*$/, '').trim()}` : undefined;
  }
  const amount =
    kind === 'deal' ||
    kind === 'funding' ||
    kind === 'layoffs' ||
    kind === 'hiring' ||
    kind === 'lawsuit' ||
    kind === 'ruling' ||
    kind === 'setback' ||
    kind === 'approval';
  const title =
    kind === 'leadership' && /^(new|neuer?|nouveau|nouvelle|first|CEO|CFO|CTO|Chef|Aufsichtsrat|Vorstand|社長|会長)/iu.test(what);
  if (amount || title)
    return (
      what
        .replace(/[,;:.]\s.*$/, '')
        .replace(/[,;:.]$/, '')
        .trim() || undefined
    );
  if (/^[‘“"«]/.test(what))
    return what
      .replace(/[,;:.].*$/, '')
      .replace(/\s+(?:for|in|on|at|to|with|by|and|of|from|the|a|an)(?:\s.*)?$/i, '')
      .trim();
  const described = new RegExp(`^(?:(?:a|an|its|their|our|the)\\s+)?${PRODUCT}\\b`, 'iu').exec(what);
  if (/^(a|an|its|their|our|the)\s/i.test(what) || (described && !CAPITAL.test(what)))
    return (described?.[0] ?? what)
      .replace(/\s+(?:in|on|at|for|to|from|with|by|after|as part of|which|that|who|and said|said|according)\b.*$/i, '')
      .replace(/[,;:.].*$/, '')
      .trim();
  return properName(what);
}

/**
 * The name a description of a launch is given right after it ("a new SDK, Box $rev."; "its new
 * app, Notes,"; "a new music service: Google Play Music All Access."): up to five words each
 * opening with a capital or "$", closing the clause. The company's name before it goes ("Box $rev"
 * is $rev). Nothing when the description is a name already.
 */
export function namedAfter(what: string, sentence: string, names: string[]): string | undefined {
  if (!/^(?:a|an|the|its|their|our|new)\s/i.test(what)) return undefined;
  const at = sentence.indexOf(what);
  if (at < 0) return undefined;
  // "a new SDK, Box $rev"; "a new subscription music service: Google Play Music All Access."
  const m = /^[,:]\s+((?:[\p{Lu}$][\p{L}\p{N}$.+-]*)(?:\s+[\p{Lu}$][\p{L}\p{N}$.+-]*){0,4}?)\s*(?:[,;]|\.?$|\.\s)/u.exec(
    sentence.slice(at + what.length),
  );
  if (!m) return undefined;
  const name = m[1]!.replace(/\.$/, '');
  const own = new RegExp(`^(?:${names.map(escapeRegExp).join('|') || '$^'})\\s+(?=\\S)`, 'i');
  return name.replace(own, '') || undefined;
}

/**
 * The name a later sentence gives a described launch: "an installment plan" … "The plan, dubbed
 * Edge, will be introduced Aug. 25" → "Edge". The sentence opens on the description's own noun.
 */
export function dubbedIn(what: string, lines: string[]): string | undefined {
  if (!/^(?:a|an|its|their|our|new)\s/i.test(what)) return undefined;
  const noun = what.split(/\s+/).pop()!;
  const re = new RegExp(
    `^The\\s+(?:new\\s+)?${escapeRegExp(noun)},\\s+(?:dubbed|called|named|known as|branded)\\s+([\\p{Lu}][\\p{L}\\p{N}+-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}+-]*){0,2}),`,
    'u',
  );
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** Words that describe a launch in a headline, never part of its name. */
const DESCRIBING = /^(?:new|latest|next|first|secret|top|big|own|official|upcoming)$/i;

/**
 * The name a clipped story's headline gives a described launch: "the top secret project that he has
 * been working on" under the headline "… unveils …: The Ceylon Project" is the Ceylon Project. The
 * description's own noun ends a run of one to three capitalised words in the title, the noun
 * capitalised too (a name, not "the new project"), after "the" — a headline in title case capitalises
 * its verbs ("Google Launches New Messaging App"), never as a name the article names; the company's
 * name and words of description ("New", "Secret") are not one.
 */
export function namedInTitle(what: string, title: string, names: string[]): string | undefined {
  if (!/^(?:a|an|the|its|their|our|new)\s/i.test(what)) return undefined;
  const noun = what
    .split(/\s+/)
    .pop()!
    .replace(/[^\p{L}]/gu, '');
  if (noun.length < 3) return undefined;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  const m = new RegExp(`\\b[Tt]he\\s+((?:[\\p{Lu}][\\p{L}\\p{N}+-]*\\s+){1,3})${escapeRegExp(Noun)}(?![\\p{L}\\p{N}])`, 'u').exec(title);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  const own = (w: string) =>
    names.some((n) =>
      n
        .toLowerCase()
        .split(/\s+/)
        .includes(w.toLowerCase().replace(/['’]s$/, '')),
    );
  if (words.some((w) => own(w) || DESCRIBING.test(w))) return undefined;
  return `the ${words.join(' ')} ${Noun}`;
}

/** Words that start a clause, not a product's name: ", and users …", ", which …". */
const NOT_AN_ITEM =
  /^(?:and|but|or|which|who|that|the company|it|its|they|their|saying|according|while|as|after|before|with|for|in|on|at)\b/i;
const ITEM = String.raw`[\p{L}\p{N}‘’'-]+(?:\s+[\p{L}\p{N}‘’'-]+){0,2}`;
const LISTED = new RegExp(String.raw`^,\s+(${ITEM})(?:,\s+(${ITEM}))?,?\s+and\s+(more|${ITEM})(?=\s*(?:[,.;:]|$))`, 'u');

/**
 * A launch named first in a list keeps the rest of the list: "‘family’ plan" in "unveils ‘family’
 * plan, dark mode and more" is "‘family’ plan and dark mode". Only short items, up to the end of
 * the clause; "and more" adds nothing.
 */
export function withListed(what: string, from: string): string {
  const at = from.indexOf(what);
  const m = at >= 0 ? LISTED.exec(from.slice(at + what.length)) : null;
  if (!m) return what;
  const items = [m[1], m[2], m[3]].filter((x): x is string => !!x && x !== 'more');
  if (items.some((x) => NOT_AN_ITEM.test(x))) return what;
  const all = [what, ...items];
  return all.length === 1 ? what : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}
