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
import { SETBACK, storyFrame, troubled, troubledHeadline } from './story-frame';
import { accountIn } from './story-account';
import { anchorKey, anchorsOf, languageName } from './story-anchors';
import { BUILDS_FOREIGN, kindOf } from './story-kind';
import { ABOUT_THE_PAGE, BOILERPLATE, DEPARTURE, FUNDING, HEDGED, SIGNPOST } from './story-noise';
import { understood, type StoryPoint } from './story-point';
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
  withOthers,
  words,
} from './story-saying';

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
      if (clause && !said && withOthers(s)) kind = 'partner';
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
    out.push(...pointsInStory(c, company, meetingAt).flatMap((p) => understood(p) ?? []));
  }
  return out.slice(0, 3);
}
