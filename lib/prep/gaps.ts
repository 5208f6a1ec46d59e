import { shownFact } from '../facts';
import { factLabel } from '../schema/company-facts';
import type { Clip, Company } from '../schema/dossier';
import { founding } from './bank/helpers';
import { plain, possessive } from './clean';
import { escapeRegExp } from '../text/regexp';
import { companyNames } from './events';
import { sentences } from '../text/sentences';
import { companyOnSheet } from './spoken-company';
import type { Signals } from './signals';
import type { Gap, PrepInput } from './types';
import { isRecent } from './dates';

/** A careers page, by its address or title ("/careers", "Join us", "Karriere"). */
const CAREERS = /\bcareers?\b|\bjobs\b|\bjoin (?:us|our team)\b|\bkarriere\b|\bcarri[èe]res?\b|\bwork with us\b/i;

/** A listed company's signs, in a sentence that names it: its shares, its exchange, its quarterly results. */
const LISTED =
  /\b(?:stock exchange|stock market|investor relations|(?:its|their) (?:shares|stock)|(?:shares|stock)(?: price)? (?:fell|rose|jumped|dropped|climbed|slipped|tumbled|gained|surged|sank)|shares (?:of|in)|market (?:cap|value)|quarter(?:ly)? (?:results|earnings|revenue|profit)|fiscal (?:year|quarter))\b/i;
/** A local trade's signs on its own pages: a licence, family ownership, a contractor serving a place. */
const LOCAL =
  /\blicen[cs]ed\b|\bfamily[- ](?:owned|run)\b|\blocally owned\b|\bcontractors?\b|\bfree (?:estimates?|quotes?)\b|\bserving (?:the )?\p{Lu}\p{L}+/u;
/** Stock exchanges, by their capitals only: "tsx" is a file's extension too. */
const EXCHANGE = /\b(?:NASDAQ|Nasdaq|NYSE|TSX|LSE|FTSE)\b/;
/**
 * A start-up's signs, in a sentence that names it: investors, rounds, a valuation. Money raised, a
 * valuation with a figure and backers who invest: "backed by clear guarantees" (Alonso Landscaping),
 * "Fox was raised in Humboldt Park" (the Chicago Reader) and "Forensic & Valuation Services" (Warren
 * Averett) sent a landscaper, a distiller and an accounting firm to Crunchbase.
 */
const VENTURE =
  /\b(?:venture capital|venture-backed|VC-backed|seed (?:round|funding)|Series [A-F]|funding round|round of funding|accelerator|Y Combinator|investors?)\b|\braised\s+(?:(?:about|over|more than|nearly|almost|a total of|an additional|a further)\s+)?(?:[$€£¥]|US\$|USD\b|EUR\b|CHF\b|\d)|\bvaluation\s+(?:of|at)\s+(?:[$€£]|\d)|[$€£]\s?\d[\d.,]*\s*(?:[mb]n?|million|billion)?\s+valuation\b|\bbacked by\s+(?:\S+\s+){0,4}?(?:investors|venture|capital|ventures|VCs?)\b/i;
/**
 * A body whose money is no investor's: a state or city's own company, a public utility or
 * broadcaster, a non-profit, a cooperative, in a sentence that names it or on its own pages ("a
 * listed company" is said by LISTED). Funding rounds are no gap for it (a state power utility,
 * dossiers-blind-17 EPRS; a breast-cancer charity whose walks "raised $4.5 million", blind-3 Komen).
 */
const PUBLIC_BODY =
  /(?<![\p{L}])(?:state-owned|state owned|publicly[- ]owned|government-owned|city-owned|municipally owned|owned by the (?:state|city|government|municipality|town|county)|public (?:utility|broadcaster|authority|body|institution|agency|service broadcaster)|service public|(?<!(?:for|to|with)\s)(?:non-?profit|not-for-profit|charity)(?!\s+(?:organi[sz]ations|groups|partners|clients|customers))|intergovernmental|(?:a|the) cooperative|staatlich\p{L}*|öffentlich-rechtlich\p{L}*|gemeinnützig\p{L}*|Genossenschaft|kommunal\p{L}*)(?![\p{L}])/iu;
/**
 * The same, by the body's own name: a republic, a city or a ministry in it, a tourism board, a
 * public utility's words ("Elektroprivreda Republike Srpske", "Spessart Tourismus", "Stadtwerke
 * München").
 */
const PUBLIC_NAME =
  /(?<![\p{L}])(?:Republi(?:c|ka|ke|que|k)|State of|City of|Ministry|Ministerium|Department of|Authority|Council|Commission|University|Universität|Hochschule|Hospital|Klinikum|Foundation|Stiftung|Association|Verband|Verein|Tourism(?:us)?|Stadtwerke|Elektroprivreda)(?![\p{L}])|(?<![\p{L}])e\.\s?V\./iu;
/** Results already clipped: a story giving its revenue or profit. */
const RESULTS = /\b(?:revenues?|profits?|net income|earnings|turnover)\b[^.]{0,80}\d/i;
/** A company this many years old is no start-up: no funding rounds to look up. */
const ESTABLISHED_YEARS = 20;

/**
 * The year the company was founded, by its fact: an established firm ("seit 1987") is sent to no
 * funding rounds (Spessart's tourism GmbH, a family shop). The fact is what the extraction read from
 * the company's own pages (lib/extract/prose.ts, "since 1993", "gegründet 1921"); reading their text
 * again here was the same signal computed twice, with looser words ("a member since 1985").
 */
export function foundedYear(company: Company): number | undefined {
  const fact = shownFact(company, 'founded')?.value;
  const year = Number(String(fact ?? '').match(/\b(1[89]\d\d|20[0-2]\d)\b/)?.[1]);
  return year || undefined;
}

/** The company's About page, by its address or title. */
const ABOUT = /\babout(?:[-_ ]?us)?\b|\bwho we are\b|\bour (?:story|company)\b|\bunternehmen\b|\b[àa] propos\b/i;

/** What the clipped pages say about how the company is owned: listed, a start-up, or neither said (a local firm). */
export function ownership(
  clips: Clip[],
  company: { id: string; name: string; domains: string[] },
): 'listed' | 'public' | 'venture' | 'local' | undefined {
  // Only sentences that name the company (or, on its own pages, any): a story about a start-up it
  // bought is no sign that it is one.
  const names = companyNames(company).map((n) => n.toLowerCase());
  // "Google's shares", "BlackBerry stock": its own; "Neumann’s shares", "his WeWork shares" are a person's.
  const itsShares = new RegExp(
    `(?<!\\b(?:his|her|their|my|your|our)\\s)(?:${names.map(escapeRegExp).join('|')})(?:['’]s)?\\s+(?:shares|stock)\\b`,
    'i',
  );
  // A page that says nothing of shares, listings or investors anywhere has no sentence that does:
  // it is not split (most of a company's hundreds of pages).
  const telling = (t: string) => LISTED.test(t) || EXCHANGE.test(t) || itsShares.test(t) || PUBLIC_BODY.test(t) || VENTURE.test(t);
  const said = clips
    .filter((c) => c.companyId === company.id || c.kind === 'article')
    .flatMap((c) => {
      const text = plain(`${c.title}. ${c.text ?? ''}`);
      if (!telling(text)) return [];
      return sentences(text).filter(
        (x) =>
          c.kind === 'company-page' || names.some((n) => x.toLowerCase().includes(n)) || /\b(?:its|their)\s+(?:shares|stock)\b/i.test(x),
      );
    });
  if (said.some((x) => LISTED.test(x) || EXCHANGE.test(x) || itsShares.test(x))) return 'listed';
  const venture = said.some((x) => VENTURE.test(x));
  // A name alone ("Foundation Medicine", "Authority Partners") yields to a funding round the pages tell.
  if ((!venture && PUBLIC_NAME.test(company.name)) || said.some((x) => PUBLIC_BODY.test(x))) return 'public';
  if (venture) return 'venture';
  const own = clips.filter((c) => c.companyId === company.id && c.kind === 'company-page').map((c) => c.text ?? '');
  return own.some((t) => LOCAL.test(t)) ? 'local' : undefined;
}

/**
 * What to look up before the meeting — what a web page would answer but nobody clipped — with
 * where to look. The sheet asks none of it (issue 11: research first, don't ask).
 */
export function researchFirst(input: PrepInput, s: Signals): Gap[] {
  const { person, company, clips } = input;
  const gaps: Gap[] = [];
  const has = (pred: (c: Clip) => boolean) => clips.some(pred);
  const co = company ? companyOnSheet(company.name, s.companyName) : 'the company';
  const cos = possessive(co);
  if (person && !has((c) => c.kind === 'person-profile' && (c.personId === person.id || person.sourceClipIds.includes(c.id))))
    gaps.push({
      what: `${possessive(person.name)} own profile: their path is half the conversation`,
      where: 'their LinkedIn profile, or a bio on the company site',
    });
  else if (person && !s.career.jobs.length && !s.career.current)
    gaps.push({
      what: `${possessive(person.name)} past roles: the profile came through without them`,
      where: 'open their profile and read the Experience section',
    });
  // Until their role is known, whether to ask them about the user's own move is not (engine.ts).
  if (!person)
    gaps.push({
      // Someone already doing the target work, or that work a level up, is making no move into it (self-signals.ts).
      what: `Who you are meeting: their role and path${s.self.target && !s.self.within && !s.self.stepUp ? `, before you ask them what a move into ${s.self.target} work takes` : ''}`,
      where: 'their LinkedIn profile, or the team page',
    });
  if (!company) {
    gaps.push({ what: 'Which company they work at now, and what it does', where: 'their profile, then the company’s own site' });
    return gaps;
  }
  const ownPage = has((c) => c.companyId === company.id && (c.kind === 'company-page' || c.kind === 'company-profile'));
  const missing = (['summary', 'size', 'headquarters'] as const).filter((k) => !shownFact(company, k));
  // Never send the user to a page they already clipped ("or About page" when the About page is in the dossier).
  const aboutClipped = has((c) => c.companyId === company.id && c.kind === 'company-page' && ABOUT.test(`${c.url} ${c.title}`));
  const linkedinClipped = has((c) => c.companyId === company.id && /linkedin\.com\/company/i.test(c.url));
  const owned = ownership(clips, company);
  const places = (what: string) =>
    [linkedinClipped ? undefined : `${cos} LinkedIn page${what}`, aboutClipped ? undefined : `${cos} About page`]
      .filter(Boolean)
      .join(' or ');
  if (!ownPage)
    gaps.push({
      what: `${cos} own page: what it does, how big it is, where it is based`,
      // No page of its own clipped: the About page first, as a person would look.
      where: aboutClipped ? `${cos} LinkedIn page` : `${cos} About page or its LinkedIn page`,
    });
  else if (missing.length && places(' (size and headquarters)'))
    gaps.push({ what: missing.map((k) => factLabel(k)).join(', '), where: places(' (size and headquarters)') });
  // Recent stories with no event in them (an interview, an analysis) are recent news too, and so is
  // any story about the company clipped within six months, however the sheet tells it (read as
  // news, a quote, a story point): "search for recent news" under a story 19 days old (Drew Fox,
  // dossiers-blind-17) sends the user for what they hold.
  const recentStory = clips.some(
    (c) => c.kind === 'article' && c.companyId === company.id && isRecent(c.publishedAt ?? c.extraction.article?.publishedAt, s.meetingAt),
  );
  if (!s.events.some((e) => e.recent) && !s.stories.length && !recentStory)
    gaps.push({
      what: `Recent news about ${co} (the last six months): ${owned === 'local' || owned === 'public' ? '' : 'funding, '}launches, leadership`,
      where: `a news search for “${co}”, or its press page`,
    });
  // How it is funded fits the company: a listed one's results (unless a story already gives them), a
  // start-up's rounds; a local firm (a licensed contractor) and a public body (a state utility, a
  // tourism board, a charity) are sent to neither Crunchbase nor investor relations, nor is a firm
  // twenty years old that nothing says is listed (its own pages say what it is: no start-up).
  const resultsClipped = clips.some((c) => c.kind === 'article' && RESULTS.test(c.text ?? ''));
  const founded = owned ? undefined : foundedYear(company);
  const established = founded !== undefined && new Date(s.meetingAt).getUTCFullYear() - founded >= ESTABLISHED_YEARS;
  if (!s.events.some((e) => e.kind === 'funding') && !shownFact(company, 'size')) {
    if (owned === 'listed' && !resultsClipped)
      gaps.push({ what: 'Its latest results: how the business is doing', where: `${cos} investor-relations page` });
    else if (owned === 'venture') gaps.push({ what: 'How it is funded: investors and rounds', where: `Crunchbase, or ${cos} press page` });
    // Nothing says which (Boeing, a design studio): the gap names both, not a funding round alone.
    else if (!owned && !established)
      gaps.push({
        what: 'How it is funded: investors and rounds, or for a listed company its latest results',
        where: 'Crunchbase, or the company’s press or investor-relations page',
      });
  }
  // Someone who wants to start a company is not looking for an opening ("Open roles, especially Founder").
  const careers = clips.find((c) => c.companyId === company.id && c.kind === 'company-page' && CAREERS.test(`${c.url} ${c.title}`));
  if (!s.openRoles.length && !founding(s))
    gaps.push({
      what: `Open roles${s.self.target ? `, especially ${s.self.target}` : ''}`,
      where: careers
        ? `none on the careers page you clipped: look again the week of the meeting, or the Jobs tab of ${cos} LinkedIn page`
        : `${cos} careers page`,
    });
  // A local firm (a licensed contractor): its people are on its own site, or the person met can say,
  // not on a LinkedIn People tab.
  if (!s.referrals.length)
    gaps.push({
      what: 'Other people at the company to ask about at the end',
      where:
        owned === 'local' && !shownFact(company, 'size')
          ? `${cos} own site (a team or staff page), or ask who else there would talk to you`
          : `the team page, or the People tab of ${cos} LinkedIn page`,
    });
  return gaps;
}
