import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { dateInText, isRecent } from './dates';
import type { NamedCompany } from './events';
import { clippedEvidence, sourceOf } from './event-record';
import { arrivalClause } from './story-appoint';
import { isEnglish } from './story-clauses';
import { bodySentences, SETBACK, storyFrame, troubled, troubledHeadline, type StoryFrame } from './story-frame';
import {
  announceClause,
  announcedIn,
  companyClause,
  DONE_WITH,
  firstPart,
  partnerClause,
  partsNamed,
  rankClause,
  repeatedRelease,
  toolClause,
  WITH_OTHERS,
  words,
} from './story-saying';

/**
 * The points a coach underlines in the BODY of a clipped story about the company (an article, the
 * company's own blog post, a press release, a report), beyond its headline: what shipped and what
 * it does, the figures, the study and the rank, the partners named. Each sentence of the story is
 * weighed by how specific it is (a product with its version, figures with their units, named
 * organisations) and how much it is the company's (it names the company, or "we" on its own page),
 * with a word of shipping, measuring or ranking; the best two or three, on different anchors,
 * become points. From a story not in English only what survives translation is kept (a product and
 * its version, names written as names): the point is named by them and by the story's language,
 * never by a sentence the user cannot read.
 */
export interface StoryPoint {
  /**
   * What the point is about: "ship" (a release, a feature), "measure" (figures, a benchmark), "rank"
   * (a study, a ranking), "decide" (a price cut, a move), "expand" (new stores, offices, markets),
   * "appoint" (a new leader brought in), "tool" (the tools its people work with), "build" (a plant or
   * site being built, told in another language), "other".
   */
  kind: 'ship' | 'measure' | 'rank' | 'decide' | 'partner' | 'account' | 'expand' | 'appoint' | 'tool' | 'build' | 'other';
  /** For an English sentence: the company's deed as a short clause ("Nethermind developed a new benchmarking framework"). */
  clause?: string;
  /** The company's own sentence in the first person ("We are continuing to reduce … by up to 39%"), quoted as said on its own post. */
  quote?: string;
  /** What survives translation: products with versions, figures with units, named organisations. */
  anchors: string[];
  /** The product and version the story is about, when it names one ("Vivaldi 3.2 for Android"). */
  product?: string;
  /** The story's sentence, as evidence under the hook (never pasted into an English question when not English). */
  evidence: string;
  /** The story's language in English ("German"), when it is not English. */
  language?: string;
  /** The company's own post or release: asked as "your post" only when its byline is the person's, else as the company's. */
  own: boolean;
  /** The company's name as the story says it: whose post an own post is. */
  company?: string;
  /** The story's bylines, to tell the person's own post from their company's. */
  authors?: string[];
  headline: string;
  clipId: string;
  url: string;
  source: string;
  date?: string;
  recent: boolean;
}

/** A sentence about the story's own documentation or the site, not about the company's work. */
const ABOUT_THE_PAGE =
  /\b(?:release notes|more (?:information|details)|further details|details (?:on|about|zu)|learn more|read more|click|sign up|subscribe|newsletter|cookies?|download(?:s|ed)? (?:it )?(?:here|from|below)|informationen|weitere details|plus d['’]informations|photo credit|getty images)\b|\b(?:image|bild|photo|foto|source|quelle):/i;
/**
 * A sentence that points at the post itself or at another page ("Here, I’ll share some of the ways
 * …", "We recommend this post from …", "In this post we …"): the writer's signpost, no deed of the
 * company (blind-11 microsoft-remote-peer asked both as if they were its work).
 */
const SIGNPOST =
  /\b(?:here,?\s+(?:I|we)(?:['’]ll|\s+will|\s+want to|['’]d like to|\s+would like to)?\s+(?:share|show|look|walk|explain|outline|describe|cover|take a look)|in (?:this|today['’]s|the following) (?:post|article|blog|piece|series|update)|(?:I|we)\s+(?:highly\s+)?(?:recommend|suggest)\s+(?:this|these|the following|reading|checking|you (?:read|check))|(?:read|see|check out)\s+(?:this|these|the|our)\s+(?:post|article|blog|guide)s?\b)/i;
/** The company's boilerplate ("is headquartered in …, employs around 1,300 people"): known facts, never a point. */
const BOILERPLATE =
  /\b(?:is headquartered|headquarters? (?:is|are) in|employs (?:around|about|over|more than|some)?|was founded|founded in|is a (?:leading|global)|has (?:subsidiaries|offices) in|for more information|about (?:the company|us)\b)/i;
const HEDGED =
  /\b(?:people (?:with knowledge of|familiar with)|sources? (?:said|say|close to)|expected|poised|reportedly|rumou?r\w*|could|might|may|would|likely|plans? to|will|tomorrow|tonight|next (?:week|month|year)|upcoming)\b|\?/i;

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Vivaldi 3.2 für Android" → "Vivaldi 3.2 for Android": a product with its version (a platform after it keeps its English preposition). */
const VERSIONED =
  /(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,2})\s+v?(\d+(?:\.\d+){1,2})(?![\p{N}.]\d)(?:\s+(?:for|für|pour|voor|para|per|za)\s+(Android|iOS|iPhone|iPad|Windows|macOS|Mac|Linux|Chrome(?:OS)?|Web))?/gu;
/** A figure with what it counts: "697 MGas/s", "2–10x", "734 out of a possible 1,000 points", "80%", "$2.2 billion", "8,200 business and leisure travelers". */
const FIGURE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?\d[\d.,]*(?:\s?[–-]\s?\d[\d.,]*)?(?:\s?(?:%|x\b|percent\b|per cent\b|(?:[KMGT](?:B|Gas|Hz)|GGas|MGas)(?:\/s)?(?![\p{L}\p{N}]))|\s+(?:out of (?:a possible )?[\d.,]+\s+)?(?:million|billion|thousand|points?|minutes?|hours?|seconds?|days?|times|customers|users|clients|travell?ers|people|employees|countries|cities|companies|teams|blocks|transactions|requests|downloads|branches|stores|offices|locations|sites|products|features|games|partners|markets|languages|engineers|[\p{Lu}][\p{L}]*\/s|[KMGT](?:B|Gas|Hz)\b|GGas|MGas)(?:\s+(?:per|a)\s+\p{L}+)?)/gu;
/**
 * A figure with a unit that reads the same across languages ("rund 700 Megawattstunden", "1,2 milliards
 * d'euros", "40 procent"): what survives translation of a story not in English, beside products and names
 * (blind-12 rwe-gundremmingen-student: a 700 MWh battery plant on an old nuclear site was left unasked).
 */
const FOREIGN_FIGURE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?\d[\d.,]*\s?(?:%|Prozent\b|pour ?cent\b|por ciento\b|procent\b|per cento\b|[kMGT]Wh?\b|(?:Kilo|Mega|Giga|Tera)watt(?:stunden)?\b|(?:kilo|méga|mega|giga|téra)watts?(?:[- ]heures?)?\b|(?:Millionen|Milliarden|Mio\.|Mrd\.|millions?|milliards?|millones|mil millones|miljoen|miljard)(?:\s+(?:d['’]\s?)?(?:Euro|euros?|Franken|francs|Dollar|dollars?|dólares))?)/gu;
/** A story not in English builds something ("Spatenstich für einen Batteriespeicher", "construira une usine", "bouwt een fabriek"). */
const BUILDS_FOREIGN =
  /(?:Spatenstich|\bbau(?:t|en)\b|gebaut|errichte\w*|in Planung|\bconstrui\w*|\bconstrucción|\bconstruye\w*|\bbouw(?:t|en)\b|\baanleg\w*|\binaugur\w*|\beröffne\w*|\bouvr(?:e|ira|ir)\b)/iu;

/** A name as written mid-sentence: capitalised words ("J.D. Power", "EasyList Germany", "Grafana", "K6"). */
const NAME = /(?<=\s)(?:\p{Lu}[\p{L}\p{N}.&+'’-]*)(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&+'’-]*){0,3}/gu;

const VERB = {
  ship: /\b(?:launch\w*|releas\w*|introduc\w*|ship\w*|rolled out|rolls out|unveil\w*|add(?:s|ed)|support\w*|brings?|built|buil(?:d|ds)|develop\w*|open[- ]sourc\w*|now (?:available|offers?|lets?|supports?)|new)\b/i,
  measure:
    /\b(?:benchmark\w*|measur\w*|test(?:s|ed|ing)?|throughput|performance|faster|slower|higher|lower|sustain\w*|averag\w*|grew|growth|increase\w*|reduc\w*|saved?|sold|sales|revenues?|earn(?:s|ed|ings)|profits?|net income)\b/i,
  decide:
    /\b(?:reduc\w*|cut(?:s|ting)?|pric\w*|decid\w*|decision|trade-?offs?|chose|chosen|switch\w*|mov(?:e|ed|ing) (?:to|from|away)|deprecat\w*|retir\w*|free of charge|at no cost|no longer)\b/i,
  rank: /\b(?:rank\w*|top spot|first place|second place|study|survey|award\w*|score[sd]?|rating|leads?|led|satisfaction|named (?:the|a|an))\b/i,
};

/** "Version 3.2", "Build 1967.41", "Figure 2": a word that counts versions or pages is no product's name. */
const GENERIC_PRODUCT = /^(?:Version|Versión|Release|Build|Update|Patch|Figure|Abbildung|Table|Step|Chapter|Section|Kapitel|Seite|Page)$/i;

/** The language of a page, named in English ("de" → "German"); nothing for English or an unknown tag. */
export function languageName(lang: string | undefined): string | undefined {
  const tag = lang?.toLowerCase().split(/[-_]/)[0];
  if (!tag || tag === 'en') return undefined;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The anchors of one sentence: products with versions, figures with units, names that are not the company's. */
export function anchorsOf(sentence: string, names: string[], english: boolean): { products: string[]; figures: string[]; named: string[] } {
  const products = [...sentence.matchAll(VERSIONED)]
    .filter((m) => !MONTH.test(m[1]!.split(/\s+/).pop()!) && !GENERIC_PRODUCT.test(m[1]!.split(/\s+/).pop()!))
    .map((m) => {
      // "Mit Vivaldi 3.2": the product's name starts at the company's name when it holds it.
      const at = names
        .map((n) => m[1]!.indexOf(n))
        .filter((i) => i > 0)
        .sort((x, y) => x - y)[0];
      return `${at ? m[1]!.slice(at) : m[1]} ${m[2]}${m[3] ? ` for ${m[3]}` : ''}`;
    });
  const inProduct = (t: string) => products.some((p) => p.includes(t));
  const figures = !english
    ? [...sentence.matchAll(FOREIGN_FIGURE)].map((m) => m[0].trim().replace(/[.,]$/, '')).filter((f) => !inProduct(f))
    : [...sentence.matchAll(FIGURE)]
        .map((m) => m[0].trim().replace(/[.,]$/, ''))
        .filter(
          (f) =>
            !/^(?:19|20)\d{2}$/.test(f) &&
            !inProduct(f) &&
            /\D/.test(f.replace(/[\d.,\s]/g, '') || 'x') &&
            f.replace(/[^\d]/g, '').length > 0,
        );
  const company = names.map(fold);
  const named = [...sentence.matchAll(NAME)]
    .map((m) => m[0].replace(/[.,;:’']+$/, '').replace(/[’']s$/, ''))
    .filter((n) => {
      if (
        MONTH.test(n) ||
        inProduct(n) ||
        figures.some((f) => f.includes(n)) ||
        company.some((c) => fold(n).includes(c) || c.includes(fold(n)))
      )
        return false;
      // In a language that capitalises its nouns, only what is written as a name: an inner capital or a digit ("EasyList", "K6").
      if (!english) return /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(n);
      return (
        n.length >= 2 &&
        !/^(?:I|We|Our|It|Its|They|This|That|These|Those|The|A|An|But|And|Or|If|When|While|With|For|In|On|At|As|By|To|From|After|Before|Since|Both|Each|Every|All|Some|Many|Most|Such|However|Instead)$/.test(
          n,
        )
      );
    });
  return { products, figures, named: [...new Set(named)] };
}

/**
 * Growth in places: stores, offices or plants opened, markets entered. Its question is what each new
 * one asks of the team, not who scoped "that work" (blind-11 rtr-logistics-student: stores opened
 * in four cities were asked "who decided the scope").
 */
const EXPANDS =
  /\b(?:open(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:stores?|shops?|showrooms?|offices?|locations?|plants?|factor(?:y|ies)|warehouses?|hubs?|cent(?:er|re)s?|branches|restaurants?|campus(?:es)?)|expand\w*\s+(?:into|to|in|across)|enter(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}markets?|(?:new|more)\s+(?:markets|countries|regions|cities))\b/i;
/** A leader brought in ("hired Chris Halkyard from Gilt as its first chief logistics officer"): asked what changed since, never why. */
const APPOINTS =
  /\b(?:appoint\w*|join(?:s|ed)\s+(?:\w+\s+){0,2}as\s+(?:its\s+|the\s+)?(?:new\s+|first\s+)?(?:chief|head|president|vice|director|CEO|CTO|CFO|COO|CMO|general manager)|(?:its|the) (?:new|first)\s+(?:chief\s+[\w-]+\s+officer|president|head of|CEO|CTO|CFO|COO|CMO))\b/i;
/** "hired Chris Halkyard", "named Maureen Sullivan", "brought in Jane Doe": a deed whose object is a person's name (case kept: a name is capitalised). */
const APPOINTS_NAMED = /\b(?:hir(?:ed|es|ing)|named|brought (?:in|on))\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

/** The kind of point a sentence makes, by its words and anchors. */
function kindOf(sentence: string, figures: number, names: readonly string[]): StoryPoint['kind'] {
  if (APPOINTS.test(sentence) || APPOINTS_NAMED.test(sentence) || arrivalClause(sentence, names)) return 'appoint';
  if (EXPANDS.test(sentence)) return 'expand';
  if (VERB.rank.test(sentence) && (figures > 0 || /\b(?:study|survey|rank\w*|top spot)\b/i.test(sentence))) return 'rank';
  if (VERB.decide.test(sentence) && !/\b(?:benchmark\w*|measur\w*|throughput)\b/i.test(sentence)) return 'decide';
  if (figures >= 1 && VERB.measure.test(sentence)) return 'measure';
  // "… which handles 71 million jobs per day (over 3x …)": two figures are what the sentence says.
  if (figures >= 2) return 'measure';
  if (VERB.ship.test(sentence)) return 'ship';
  return figures >= 2 ? 'measure' : 'other';
}

/** The sentence names the company: a short name (an initialism) only as a word of its own ("RTR", never "portrait"). */
function namesIn(sentence: string, name: string): boolean {
  if (name.length > 4) return fold(sentence).includes(fold(name));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'u').test(sentence);
}

/**
 * "The company …", "The firm …": the sentence goes on about the company the one before it named.
 * Never "It …": after "Google's controller …" it is the controller that "feels like a blend".
 */
const GOES_ON = /^The (?:company|firm|startup|start-up)\s+(?!is\b|was\b|says\b|said\b)/;

/**
 * People leaving and staff let go are care, never a point: told without a word of trouble ("At least
 * two top executives left RTR", "letting some of her staffers go") they would read as the company's deeds.
 */
const DEPARTURE =
  /\b(?:(?:executives?|officers?|founders?|CTO|CFO|CEO|COO|president|staff(?:ers)?|employees|people|members?)\s+(?:\w+\s+){0,2}(?:left|quit|departed|resigned)|resign\w*|stepped down|steps down|departures?|let(?:ting)?\s+(?:\w+\s+){1,4}go\b|exits? of)\b/i;

const FUNDING = /\b(?:funding round|Series [A-H]\b|seed round|capital raised|valuation|venture capital)/i;

/** "7.4 million Lumia smartphones" and "7.4 million smart devices" are one figure: anchors compare by their number. */
const anchorKey = (x: string) => fold(/^[$€£]?\s?\d[\d.,]*(?:\s?(?:million|billion|thousand|%|percent))?/i.exec(x)?.[0] ?? x);

/** The points of one story, best first: at most `max`, each on anchors the others do not use. */
export function pointsInStory(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>, meetingAt: number, max = 2): StoryPoint[] {
  const frame = storyFrame(clip, company);
  if (!frame) return [];
  // A story of trouble (a charge, a suit) goes under "handle with care", never into a question; what
  // the company said of its own practice in answer is still its own account, asked as such.
  if (troubledHeadline(frame)) return accountIn(frame, clip, meetingAt);
  // Trouble told only in the body (layoffs beside a merger, fines beside a results quarter): the
  // headline's news is still a deal, a quarter or a move, and its own sentences without a word of
  // trouble are still points; the trouble's sentences stay out (SETBACK below) and go under care
  // (blind-13 gannett-merger-inrole, jpmorgan-results-student gave no point at all).
  const account = troubled(frame) ? accountIn(frame, clip, meetingAt) : [];
  const { names, own, headline, english, lines } = frame;
  const spoken = names[1] ?? names[0]!;
  const parts = english ? partsNamed(plain(lines.join(' ')), names) : [];
  const headProduct = anchorsOf(headline, names, english).products[0] ?? announcedIn(headline, names) ?? repeatedRelease(lines, names);
  const scored: Array<{ s: string; score: number; point: Omit<StoryPoint, 'headline' | 'clipId' | 'url' | 'source' | 'date' | 'recent'> }> =
    [];
  let index = 0;
  let previousMine: boolean = false;
  let last = '';
  for (const line of lines)
    // "by between 2x and 10x. While …": a figure's unit letter is no initial, whatever the splitter thinks.
    for (const raw of sentences(plain(line)).flatMap((x) => x.split(/(?<=\d(?:x|%))\.\s+(?=\p{Lu})/u))) {
      const read = raw.trim();
      const before = last;
      last = read;
      index++;
      const named = [...names, ...parts].some((name) => namesIn(read, name));
      // "RTR managed to introduce … . The company continued opening stores …":
      // in a story about the company, a sentence that goes on from one naming it is about it too, said with its name.
      const goesOn: boolean = english && !named && previousMine && GOES_ON.test(read);
      const s = goesOn ? read.replace(GOES_ON, `${spoken} `) : read;
      previousMine = named || goesOn;
      const n = words(s);
      if (
        n < 7 ||
        // A round, its investors and valuation are what the dossier already says (the event reads them): never a point to ask.
        FUNDING.test(s) ||
        n > 50 ||
        /^[“"‘'«„]/.test(s) ||
        /[“”"„«»]/.test(s) ||
        ABOUT_THE_PAGE.test(s) ||
        SIGNPOST.test(s) ||
        SETBACK.test(s) ||
        DEPARTURE.test(s) ||
        BOILERPLATE.test(s)
      )
        continue;
      if (english && (HEDGED.test(s) || !isEnglish(s))) continue;
      // On its own post, a sentence whose subject is a part of its work ("The benchmark supports …") is its own too.
      const mine =
        named ||
        goesOn ||
        (own && (/\b(?:we|our)\b/i.test(s) || (english && (!!companyClause(s, names, own, names[1] ?? names[0]!) || DONE_WITH.test(s)))));
      if (!mine) continue;
      const a = anchorsOf(s, names, english);
      // What survives translation is a product and its version, or a name written as one: without them, nothing to say.
      if (!english && !a.products.length && !a.named.length && !a.figures.length) continue;
      // A sentence of the story without the product's name is still about the product its headline names.
      if (!a.products.length && headProduct) a.products.push(headProduct);
      const figures = Math.min(a.figures.length, 3);
      // "Schon am Mittwoch soll dort der Spatenstich … gesetzt werden. Laut RWE wird der Speicher … 700 Megawattstunden …": the build is told a sentence before its figure.
      let kind = english ? kindOf(s, figures, names) : BUILDS_FOREIGN.test(`${before} ${s}`) ? 'build' : kindOf(s, figures, names);
      // A clause that keeps none of the sentence's anchors ("Nethermind used modest hardware") names nothing specific.
      const said = english ? companyClause(s, names, own, spoken) : undefined;
      // "The company continued opening brick-and-mortar stores, now located in New York, Chicago …":
      // where the story goes on about the company, its deed with the places after the comma is specific enough.
      const anchored = [...a.products, ...a.figures, ...a.named];
      let clause =
        said && (anchored.some((x) => said.includes(x)) || (goesOn && anchored.length >= 2 && words(said) >= 5))
          ? said
          : kind === 'rank' && english
            ? rankClause(s, a.named, spoken)
            : english
              ? partnerClause(
                  s,
                  a.named.filter((x) => !parts.some((p) => x.includes(p))),
                  spoken,
                )
              : undefined;
      if (clause && !said && WITH_OTHERS.test(s)) kind = 'partner';
      // The newcomer named first, the company only as the role's owner: who came in, and as what.
      if (!clause && english) {
        const arrived = arrivalClause(s, names);
        if (arrived) [clause, kind] = [arrived, 'appoint'];
      }
      // "That's why we're excited to announce Guetzli, a new open source algorithm …" on its own post.
      if (!clause && own && english) {
        const announced = announceClause(s, a.products, spoken);
        if (announced) [clause, kind] = [announced, 'ship'];
      }
      // On its own post, the tools its work is done with are its choice: "Load tests are run with K6" → "Acme uses K6 for load tests".
      if (!clause && own && english) {
        const tool = toolClause(s, a.named, spoken);
        if (tool) [clause, kind] = [tool, 'tool'];
      }
      // Their own words in the first person read as a quote of their post; a reporter's sentence never does.
      const firstPerson =
        !clause &&
        english &&
        own &&
        /\b(?:we|our)\b/i.test(s) &&
        n <= 32 &&
        // "If that’s not feasible, then we recommend …": a sentence that leans on the one before it is no quote of its own.
        !/^(?:But|And|Or|So|This|That|It|These|Those|If (?:that|this|not|so)|Otherwise|Alternatively|Instead)\b/.test(s);
      // Said shorter when its first part carries the point ("Every image includes an SBOM and VEX data, and our …").
      const short = firstPerson ? firstPart(s, [...a.products, ...a.figures, ...a.named], spoken) : undefined;
      const quote = firstPerson && !short ? s : undefined;
      if (short) clause = short;
      const score =
        4 * Math.min(a.products.length, 1) +
        1.5 * figures +
        Math.min(a.named.length, 3) +
        (kind === 'other' ? 0 : 1.5) +
        (clause ? 1.5 : quote ? 1 : 0) +
        // A story not in English is asked by its own sentence: a figure it gives of the company's work is the point.
        (!english && figures > 0 && named ? 1 : 0) -
        // News puts its point early.
        Math.min(index, 30) * 0.03;
      if (score < 3) continue;
      scored.push({
        s,
        score,
        point: {
          kind,
          clause,
          quote,
          anchors: [...a.products, ...a.figures.slice(0, 3), ...a.named.slice(0, 3)],
          product: a.products[0],
          evidence: clippedEvidence(s),
          language: english ? undefined : (languageName(clip.extraction.lang) ?? 'another language'),
          own,
          company: spoken,
          authors: clip.extraction.article?.authors,
        },
      });
    }
  scored.sort((a, b) => b.score - a.score);
  const out: StoryPoint[] = [...account];
  const used = new Set<string>();
  // A news page read as another kind keeps its date in its byline ("Faith Katunga•Oct 20, 2025").
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt ?? dateInText(plain((clip.text ?? '').slice(0, 600)));
  for (const c of scored) {
    if (out.length >= max) break;
    // Each point on anchors of its own: two sentences about the same figure are one point.
    const fresh = c.point.anchors.filter((x) => !used.has(anchorKey(x)) && !(c.point.product && x === c.point.product && out.length));
    // Their own words with no anchor of their own still count when they state a choice or a measure ("a worthy tradeoff").
    if (!fresh.length && !c.point.clause && !(c.point.quote && c.point.kind !== 'other')) continue;
    // A point is said by the company's clause or named by its product: a bare list of names says nothing.
    // A story not in English is said by its own sentence when it gives a figure of the company's work.
    const figured = !!c.point.language && c.point.anchors.some((x) => /^[$€£]?\s?\d/.test(x));
    if (!c.point.clause && !c.point.product && !c.point.quote && !figured) continue;
    // Their own post is never "a story that covered" its product: it is said in their words or not at all.
    if (c.point.own && !c.point.language && !c.point.clause && !c.point.quote) continue;
    if (out.some((o) => o.kind === c.point.kind && !c.point.clause)) continue;
    // Two tools of one post are asked with the same words ("how did the team settle on working that way"): one is enough.
    if (c.point.kind === 'tool' && out.some((o) => o.kind === 'tool')) continue;
    // Named only by its product, a second point on the same product asks the same thing again.
    if (!c.point.clause && !c.point.quote && out.some((o) => !o.clause && !o.quote && o.product === c.point.product)) continue;
    // A second sentence on the same figure ("sold 7.4 million smart devices") tells the first point again.
    if (c.point.anchors.some((x) => /^[$€£]?\s?\d/.test(x) && used.has(anchorKey(x)))) continue;
    for (const x of c.point.anchors) used.add(anchorKey(x));
    out.push({
      ...c.point,
      headline,
      clipId: clip.id,
      url: clip.url,
      source: sourceOf(clip),
      date,
      recent: isRecent(date, meetingAt),
    });
  }
  return out;
}

/** "A spokesman for Disneyland Paris said that …", "Acme's spokeswoman said …": the company's reported answer. */
function accountOpening(names: string[]): RegExp {
  const co = names.map(escapeRegExp).join('|');
  return new RegExp(
    String.raw`^(?:An?|The)\s+(?:(?:${co})\s+spokes(?:man|woman|person)|spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:${co}))\s+(?:said|says|told \S+(?: \S+)?)\s+(?:that\s+)?(?<said>.+)$`,
    'u',
  );
}
/** "He said that the firm runs …": the same spokesperson goes on. */
const GOES_ON_SAYING = /^(?:He|She|They)\s+(?:said|says|added|explained)\s+(?:that\s+)?(?<said>.+)$/u;

/**
 * In a story of trouble (a regulator's probe, complaints), the company's own account of how it works,
 * as its spokesperson gave it ("the firm runs different promotions at specific times of year …"): the
 * one point such a story offers a question, never the charge itself. The longest account that is
 * itself no trouble, no hedge and no quote.
 */
function accountIn(frame: StoryFrame, clip: Clip, meetingAt: number): StoryPoint[] {
  if (!frame.english) return [];
  // Said in full: "Disneyland Paris’s spokesperson", never a short name that is another place.
  const spoken = frame.names[0]!;
  const opening = accountOpening(frame.names);
  let speaking = false;
  const found: Array<{ said: string; sentence: string }> = [];
  for (const x of bodySentences(frame)) {
    const s = x.trim().replace(/[.!]+$/, '');
    const m: RegExpExecArray | null = opening.exec(s) ?? (speaking ? GOES_ON_SAYING.exec(s) : null);
    speaking = !!m;
    // Said short enough to say aloud and in the asker’s own frame: up to where the sentence turns
    // ("…, for example, seasonal events"), at most eleven words (a longer clause is the story pasted).
    const said = m?.groups?.said?.split(/\s*(?:[,;:(]|\s[–—-]\s|\s(?:which|who|whose|based|while|because|unless|although)\b)/u)[0];
    if (!said || words(said) < 5 || words(said) > 11 || SETBACK.test(said) || HEDGED.test(said) || /[“”"„«»]/.test(said)) continue;
    found.push({ said: said.replace(/^(?:the|this)\s+(?:firm|company|group|park|resort)\b/i, 'it'), sentence: x.trim() });
  }
  const best = found.sort((a, b) => words(b.said) - words(a.said))[0];
  if (!best) return [];
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt;
  return [
    {
      kind: 'account',
      clause: `${spoken}’s spokesperson said ${best.said}`,
      anchors: [],
      evidence: clippedEvidence(best.sentence),
      own: false,
      headline: frame.headline,
      clipId: clip.id,
      url: clip.url,
      source: sourceOf(clip),
      date,
      recent: isRecent(date, meetingAt),
    },
  ];
}

/** The points of every story about the company, newest story first, at most three. */
export function storyPoints(
  clips: Clip[],
  company: (NamedCompany & Pick<Company, 'domains'> & { id?: string }) | undefined,
  meetingAt: number,
): StoryPoint[] {
  if (!company) return [];
  const newestFirst = clips
    .filter((c) => !(company.id && c.companyId && c.companyId !== company.id))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  // The older stories of a company with hundreds of clips are not weighed once three points are found.
  const out: StoryPoint[] = [];
  for (const c of newestFirst) {
    if (out.length >= 3) break;
    out.push(...pointsInStory(c, company, meetingAt));
  }
  return out.slice(0, 3);
}

/** A point as a hook's line: the company's clause, or the product and its names with the story's language. */
export function storyPointHook(p: StoryPoint): string {
  if (p.clause) return p.clause.charAt(0).toUpperCase() + p.clause.slice(1);
  if (p.quote) return `The company’s post: “${p.quote}”`;
  // Named by a figure alone, in another language: the company and its figure, the story's own sentence shown beneath it.
  if (p.language && !p.product) return `${p.company ? `${p.company}: ` : ''}${p.anchors.slice(0, 3).join(', ')} (a story in ${p.language})`;
  const named = p.anchors.filter((a) => a !== p.product).slice(0, 3);
  return `${p.product ?? p.headline}${named.length ? `: ${named.join(', ')}` : ''}${p.language ? ` (a story in ${p.language})` : ''}`;
}
