import { fold } from '../text/fold';
import { type Page, type Statement, onPage, quoted, words } from './statement-page';
import { PROCESS_HEADING } from './statement-method';
import { VALUES_HEADING } from './statement-stance';

// The features a product or home page sets out as a grid, read by lib/prep/statements.ts: three or
// more sibling blocks of one shape, each a short heading over a sentence or two telling it
// ("Real-time collaboration" / "Work together in the same file …"). Which of them users actually
// adopt, what one took to build, what the team would cut: what only someone inside can tell. The
// feature kept is the one that says most (a figure, a named tool, a concrete capability), never a
// slogan; testimonials, pricing tiers, menus, figures of a record and cookie text are no grid of features.

/** A menu word, a link's verb or the site's chrome opening a heading: not a feature. */
const CHROME =
  /^(?:faq|contact|about|home|blog|news|pricing|prices?|plans?|login|log in|sign (?:up|in)|register|careers?|jobs|team|legal|imprint|impressum|privacy|terms|cookies?|download|watch|learn|see|get|try|start|book|view|read|explore|request|join|discover|shop|buy|follow|subscribe|menu|search|support|help|resources|company|products?|solutions?|services?|customers?|partners?|kontakt|über uns|accueil|à propos|over ons|position|responsibilit\w*|requirements|qualifications|duties|about the (?:role|job))\b/i;
/** Cookie, consent and privacy text: every site says it. */
const COOKIE = /(?<![\p{L}])(?:cookies?|consent|privacy|datenschutz|données personnelles|persoonsgegevens|GDPR|DSGVO)(?![\p{L}])/iu;
/** A price or a plan's terms: a pricing tier, not a feature. */
const PRICE =
  /[$€£]\s?\d|\d\s?[$€£]|\/\s?(?:mo|month|yr|year|user|seat)\b|\bper (?:month|year|user|seat)\b|\bpro Monat\b|\bpar mois\b|\bper maand\b|\bbilled\b|\bfree trial\b/i;
/** A testimonial: a quotation, someone speaking of themselves, or a person's title under a name. */
const TESTIMONIAL =
  /^[“"„«‘']|(?<![\p{L}])(?:I|I['’]ve|I['’]m|my|ich|mein\p{L}*|mon|ik|mijn)(?![\p{L}])|\b(?:CEO|CTO|COO|CFO|founder|co-founder|director|manager|head of)\b/u;
/** A figure of a record as a heading ("500+", "98%", "24 years"): a tally, not a feature. */
const TALLY = /^[\d.,\s]+\s*(?:[+%kKM×x]|\p{L}{1,10}$)|^[+~≈<>]\s*\d/u;
/** Words of praise any page says of itself: a slogan tells no capability. */
const SLOGAN =
  /(?<![\p{L}])(?:best|world-class|leading|passion\p{L}*|seamless\p{L}*|effortless\p{L}*|beautiful\p{L}*|amazing|awesome|love|trusted|peace of mind|stress-free|hassle-free|next level|game-?changer|innovative|cutting-edge|state-of-the-art|unique|excellence|dream|magic\p{L}*|einzigartig|beste[nrs]?|leidenschaft\p{L}*|meilleur\p{L}*|passionn\p{L}*|beste|uniek|new standard|species|purpose-built|modern|redefin\p{L}*|reimagin\p{L}*|revolution\p{L}*|intuitive|easy|easy-to-use|powerful|flexib\p{L}*|home of)(?![\p{L}])/iu;
/** What a concrete capability is said with: a verb of what the product does, a format, a link to other tools. */
const CAPABILITY =
  /(?<![\p{L}])(?:automat\p{L}*|real[- ]?time|live|sync\p{L}*|integrat\p{L}*|import\p{L}*|export\p{L}*|track\p{L}*|schedul\p{L}*|encrypt\p{L}*|offline|API|SSO|search\p{L}*|filter\p{L}*|collaborat\p{L}*|share|sharing|version\p{L}*|backups?|dashboards?|reports?|reporting|alerts?|notif\p{L}*|templates?|workflows?|plugins?|extension|app|apps|keyboard|shortcuts?|mobile|desktop|browser|calendar|e-?mails?|forms?|storage|network\p{L}*|databases?|funnels?|upload\p{L}*|GPS|AI|agents?|temps réel|Echtzeit|automatisch\p{L}*|automatique\p{L}*|clavier|Tastatur|toetsenbord|synchron\p{L}*)(?![\p{L}])/iu;
/** The last word of a line of services ("Data Warehouse Consulting", "Web software development"): a grid of those is what it sells, asked by the offerings question. */
const SERVICE_LINE =
  /(?<![\p{L}])(?:consulting|services?|development|design|analytics|management|strategy|engineering|governance|science|production|training|coaching|marketing|media|support|solutions?|reinigung|beratung|dienstleistung\p{L}*|conseil|formation|advies|diensten)$/iu;
/** A job's benefits (a careers page's grid): what working there pays, not what the product does. */
const BENEFITS =
  /(?<![\p{L}])(?:salary|retirement|401\(k\)|vacation|time off|paid leave|parental leave|health (?:care|insurance)|dental|pension|remote-friendly|well-being|wellbeing|Urlaub|Gehalt|Verträge|Arbeitsplätze|Weiterbildung|mutuelle|congés|salaire|vakantie|pensioen|salaris)(?![\p{L}])/iu;
/** A quality the company claims of its work ("Rigueur technique", "Reliability", "Transparence"): a grid of those is why to hire it, not what a product does. */
const QUALITY =
  /(?<![\p{L}])(?:rigu\p{L}*|réactivit\p{L}*|reactiv\p{L}*|responsive\p{L}*|confidential\p{L}*|confidentialit\p{L}*|transparen\p{L}*|reliab\p{L}*|fiabilit\p{L}*|quality|qualité|qualität|security|sécurité|sicherheit|trust|confiance|vertrauen|respect|precision|précision|integrity|intégrité|expertise|experience|expérience|erfahrung|commitment|engagement|proximit\p{L}*|autonom\p{L}*|pünktlich\p{L}*|zuverlässig\p{L}*|conformit\p{L}*|compliance|professional\p{L}*|professionnel\p{L}*|kwaliteit|betrouwba\p{L}*|calidad|transparencia)(?![\p{L}])/iu;

/** A heading that opens a section rather than naming a block of it ("Our services", "Why SEM Automotive", "Ce qui change concrètement"). */
const SECTION_TITLE =
  /^(?:our|why|what|how|unsere?|warum|was|wie|nos|notre|pourquoi|ce qui|comment|onze|waarom|wat|hoe|nuestr\p{L}*|por qué)(?![\p{L}])/iu;

/** A technical token: an acronym ("API", "UTM"), a name in camel case ("AltGr", "NVMe"), a key or a symbol ("É", "@", "{ }"). */
const TECH = /(?<![\p{L}])(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}(?=[\s,]))|[@{}[\]«»|\\]/u;
/** A figure that counts something a product does ("every 30 seconds", "1:1"), not a boast of a record ("100%", "45+ years"). */
const COUNT = /\d(?![\d.,]*\s*(?:%|\+|years?|Jahre|ans|jaar))/u;
/** The company speaking of what it does for you ("we use", "Luxoft designs"): a service told, not a feature. */
const WE_DO = /(?<![\p{L}])(?:we|we['’]\p{L}+|our|wir|unser\p{L}*|nous|notre|nos|wij|onze)(?![\p{L}])/iu;
/** A problem named (a threat, an obstacle): a page listing what goes wrong, not what the product does. */
const PROBLEM =
  /(?<![\p{L}])(?:attacks?|threats?|risks?|obstacles?|vulnerabilit\p{L}*|breach\p{L}*|hinder\p{L}*|pain points?|challenges?)(?![\p{L}])/iu;

/** A block that says something concrete: a capability, a technical token, a count. */
const concrete = (f: Feature) => CAPABILITY.test(`${f.heading} ${f.text}`) || TECH.test(f.text) || COUNT.test(f.text);

/** A heading of one to six words that could name a feature: no sentence, no tally, no menu word. */
function featureHeading(line: string): boolean {
  const t = line.trim();
  const n = words(t);
  return (
    n >= 1 &&
    n <= 6 &&
    t.length <= 50 &&
    /\p{L}{3}/u.test(t) &&
    // A heading starts as one does: "that our solutions empower" is a line cut from a sentence.
    !/^\p{Ll}(?!\p{Lu})/u.test(t) &&
    !/[.!?:;,]$/.test(t) &&
    !CHROME.test(t) &&
    !COOKIE.test(t) &&
    !PRICE.test(t) &&
    !TALLY.test(t) &&
    !TESTIMONIAL.test(t)
  );
}

/** A line telling a feature: a sentence or two of six to forty-five words, no price, no cookie, nobody speaking of themselves. */
function featureText(line: string): boolean {
  const t = line.trim();
  const n = words(t);
  const ends = (t.match(/[.!?](?:\s|$)/g) ?? []).length;
  return (
    n >= 6 &&
    n <= 45 &&
    ends <= 3 &&
    // A block ends its sentence; a line of links or a footer does not.
    /[.!?…)]$/.test(t) &&
    // A case study ("How Adobe gamified Photoshop …") and a contact line ("Call 715-369-5700") are no features.
    !/^how\s/i.test(t) &&
    !/\d{3}[-.\s]\d{3,4}|\bcall us\b|\bemail us\b/i.test(t) &&
    !/:$/.test(t) &&
    !COOKIE.test(t) &&
    !PRICE.test(t) &&
    !TESTIMONIAL.test(t)
  );
}

export interface Feature {
  heading: string;
  text: string;
}

/** How much a feature says: a figure, a named tool, a concrete capability count; praise counts against it. */
export function says(f: Feature): number {
  const t = `${f.heading} ${f.text}`;
  const named = [...f.text.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*)?/gu)].length;
  return (
    (COUNT.test(t) ? 2 : 0) +
    Math.min(2, named) +
    (TECH.test(f.text) ? 1 : 0) +
    (CAPABILITY.test(t) ? 2 : 0) -
    (SLOGAN.test(t) ? 2 : 0) -
    // A heading of praise ("The Home of Machine Learning") or one quality ("Reliable", "Intuitive") names no feature.
    (SLOGAN.test(f.heading) || /^\p{L}+(?:able|ible|ive|al|ful|ous|ent|ic)$/iu.test(f.heading) ? 2 : 0) -
    // A line telling the reader what they will feel ("You'll love …") sells, it does not tell.
    ((t.match(/(?<![\p{L}])(?:you|your|Sie|Ihr\p{L}*|vous|votre|vos|u|uw|je|jouw)(?![\p{L}])/giu) ?? []).length >= 2 ? 1 : 0)
  );
}

/** The grids of a page: runs of three or more heading-and-sentence blocks, side by side (a line of three words or fewer, a button, may sit between). */
export function grids(lines: string[], names: string[] = []): Feature[][] {
  const out: Feature[][] = [];
  let run: Feature[] = [];
  let i = 0;
  const close = () => {
    // A section's own title over its blocks is no block of it.
    if (run.length && SECTION_TITLE.test(run[0]!.heading)) run.shift();
    if (run.length >= 3) out.push(run);
    run = [];
  };
  while (i < lines.length - 1) {
    const h = lines[i]!.trim();
    const t = lines[i + 1]!.trim();
    // A heading of values or of a process starts another section, read by those readers.
    if (VALUES_HEADING.test(h) || PROCESS_HEADING.test(h)) {
      close();
      i += 1;
      continue;
    }
    if (featureHeading(h) && featureText(t) && !featureHeading(t)) {
      run.push({ heading: h, text: t });
      i += 2;
      // A button between blocks ("Learn more") belongs to the block.
      // An icon or a button between blocks ("🔤", "Learn more") belongs to the block; a year alone starts a timeline.
      if (
        i < lines.length - 1 &&
        words(lines[i]!) <= 3 &&
        !/\d/.test(lines[i]!) &&
        !featureHeading(lines[i]!) &&
        featureHeading(lines[i + 1] ?? '')
      )
        i += 1;
      continue;
    }
    close();
    i += 1;
  }
  close();
  return out.filter((g) => sameShape(g) && ofProduct(g, names));
}

/**
 * A grid of what a product does: at least two of its blocks say a capability, and it is no
 * timeline (years in its blocks), no list of services, no job's benefits, no list of places.
 */
function ofProduct(run: Feature[], names: string[]): boolean {
  const own = names.map(fold).filter((n) => n.length >= 3);
  const all = (re: RegExp) => run.filter((f) => re.test(`${f.heading} ${f.text}`)).length;
  return (
    run.filter(concrete).length * 2 >= run.length &&
    run.filter(concrete).length >= 2 &&
    all(/(?<!\d)(?:19|20)\d\d(?!\d)/) < 2 &&
    run.filter((f) => SERVICE_LINE.test(f.heading)).length * 2 < run.length &&
    run.filter(
      (f) =>
        WE_DO.test(f.text) ||
        own.some((n) =>
          new RegExp(`${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:offers|provides|designs|delivers|helps|brings|develops)\\b`).test(
            fold(f.text),
          ),
        ),
    ).length *
      2 <
      run.length &&
    all(PROBLEM) < 2 &&
    run.filter((f) => QUALITY.test(f.heading)).length * 2 < run.length &&
    all(BENEFITS) === 0 &&
    run.every((f) => (f.text.match(/,/g) ?? []).length < 6)
  );
}

/** Blocks of one shape: headings of like length, texts of like length (a hero line beside captions is no grid). */
function sameShape(run: Feature[]): boolean {
  const hs = run.map((f) => words(f.heading));
  const ts = run.map((f) => words(f.text));
  const distinct = new Set(run.map((f) => fold(f.heading))).size === run.length;
  return distinct && Math.max(...hs) - Math.min(...hs) <= 4 && Math.max(...ts) <= 4 * Math.min(...ts);
}

/**
 * The feature of the page's grid that says most: the grid under a heading of values or of a
 * process is read by those readers; a grid whose every block is praise gives nothing.
 */
export function features(page: Page, names: string[]): Statement[] {
  const own = names.map(fold).filter((n) => n.length >= 3);
  const people = page.people.map(fold);
  let best: { f: Feature; score: number; count: number } | undefined;
  for (const grid of grids(page.lines, names)) {
    // Team cards (a person's name over a bio) and the company's own name are no features.
    if (grid.some((f) => people.some((p) => fold(f.heading).includes(p)) || own.some((n) => fold(f.heading) === n))) continue;
    for (const f of grid) {
      const score = says(f);
      // The one kept says a capability: a figure alone ("100% satisfaction") is a boast.
      if (score >= 2 && concrete(f) && (!best || score > best.score)) best = { f, score, count: grid.length };
    }
  }
  if (!best) return [];
  const name = best.f.heading.replace(/[.!]+$/, '');
  // In English a heading is said in small letters, acronyms and names kept; in any other language it is the company's own words, quoted.
  const said = page.english ? quoted(name) : `${quoted(name)} (its own words)`;
  return [
    {
      kind: 'features',
      text: `A feature it sets out: ${name} — ${best.f.text}`,
      phrase: said,
      names: [name],
      evidence: `${best.f.heading}: ${best.f.text}`,
      ...onPage(page),
      strength: 5 + Math.min(2, best.score - 2),
    },
  ];
}
