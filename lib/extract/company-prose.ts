import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import { beforeContact, forThePage, legalNotice, withoutPageIntro } from './page-purpose';
import { describesCompany } from './about-text';
import { appointedPeople } from './appointments';
import { biographyOpeners } from './bio-openers';
import { definesCompany, namesCompany, opensWithCompany } from './company-definition';
import { labelledPeople } from './labelled-people';
import { mergePeople, samePerson } from './merge-people';
import { announcedOfferings } from './offer-list';
import { offeredList } from './offer-sentence';
import { withPostalAddress } from './page-postal';
import { isPitch, isSearchCopy, keywordList, ownParagraph, welcomesAs, withoutQuestion } from './pitch-description';
import { tidyOfferings } from './offering-names';
import { proseFacts } from './prose';
import { serviceCards } from './service-cards';
import { signedPeople } from './signed-people';
import { biographyPeople, prosePeople } from './prose-people';
import { acronymCompound } from './person-name';
import { profileForName } from './socials';
import { summaryOf } from './summary';
import { titlePerson } from './title-person';
import { withSummary, type SummaryHints } from './summary-hints';
import { sentences } from '../text/sentences';

/**
 * What a company's own page states in sentences ("Founded in 2012", "headquartered in Berlin",
 * "more than 400 people", "Our mission is to …"), added to the details the page's markup gave:
 * prose only fills what is missing, structured data is trusted over sentences. It reads text the
 * extraction already holds (the page's text and the description), no page: so it runs in the
 * background once the company-details script has returned (lib/background/tab-clipper.ts), which
 * keeps the sentence patterns out of the script injected into the page. The command line and the
 * tests run it right after the details (lib/extract/full.ts). `text`: the page's own lines when
 * `pageLines`: the page's own lines (lib/extract/company-details.ts pageLinesOf), read in place
 * of the page's text when the clipper's reading of it was only a teaser. The people its sentences
 * and labelled lines name (founders, biographies, appointments, "Geschäftsführer: Max Muster")
 * join the cards' people here too, each with the page's LinkedIn link that spells their name
 * (`profileLinks`, read by the script); the offerings a sentence lists ("Wir bieten X, Y sowie Z
 * an") those a line announces ("We specialize in the following services:") and the names of a
 * services section's cards join those the menus named. `hints`: the page's meta lines, with
 * which the summary is read first (lib/extract/summary-hints.ts).
 */
export function withProseFacts(
  x: PageExtraction,
  pageLines?: string,
  profileLinks: readonly string[] = [],
  hints?: SummaryHints,
): PageExtraction {
  if (x.kind !== 'company-page' || !x.company) return x;
  const lines = (pageLines ?? x.text ?? '').split('\n');
  // The street address first: its addressee may name the company the summary is read for.
  x = withPostalAddress(x, lines);
  // The summary from the description, checked against the page's meta lines, next: what follows
  // reads it as the details script once left it.
  if (hints) x = withSummary(x, hints);
  const text = (x.text?.length ?? 0) >= SHORT_TEXT || pageLines === undefined ? x.text : pageLines;
  const company = { ...x.company };
  const sources = { ...x.sources };
  // The menus' names tidied: variants of one read once, audience tabs dropped.
  if (company.products && sources['company.products'] === 'dom') company.products = tidyOfferings(company.products);
  // Only where the menus named them, or nothing did (JSON-LD or a facts table is the company's own list).
  if (!company.products || sources['company.products'] === 'dom') {
    const menu = company.products ?? [];
    const said = [...offeredList(lines), ...announcedOfferings(lines), ...serviceCards(lines)].filter(
      (p, i, all) =>
        !menu.some((m) => m.toLowerCase() === p.toLowerCase()) && all.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i,
    );
    if (said.length) {
      company.products = [...menu, ...said];
      sources['company.products'] = 'dom';
    }
  }
  // The description may come from a block the page's text leaves out (a footer's "About Acme"
  // column): what its sentences state counts too, after the main text's.
  const prose = { ...proseFacts(company.description, company.name), ...proseFacts(text, company.name) };
  for (const [key, value] of Object.entries(prose) as Array<[keyof typeof prose, never]>) {
    if (key === 'size' || key === 'sizeMin' || key === 'sizeMax') {
      if (company.size === undefined && prose.size !== undefined) {
        Object.assign(company, { size: prose.size, sizeMin: prose.sizeMin, sizeMax: prose.sizeMax });
        sources['company.size'] = 'prose';
      }
      continue;
    }
    if (company[key] === undefined) {
      company[key] = value;
      sources[`company.${key}`] = 'prose';
    }
  }
  // "Mentions légales du site 8digriz.fr : éditeur, immatriculation, …" (fresh16-8digriz): a legal
  // notice's meta line says what the page holds, not what the company does.
  // "Informacje o produkcie ubezpieczeniowym Złoty środek" (fresh18-axa-polska): a line that
  // announces information on the page's own subject says what the page holds too.
  if (
    sources['company.description'] === 'dom' &&
    (LEGAL_PAGE.test(company.description ?? '') || PAGE_ABOUT.test(company.description ?? '') || legalNotice(company.description ?? ''))
  ) {
    delete company.description;
    delete company.summary;
    delete sources['company.description'];
  }
  const host = /^\w+:\/\/([^/]+)/.exec(x.url)?.[1] ?? '';
  // The description is a meta line that says what the page is for (lib/extract/page-purpose.ts;
  // fresh28-8com, fresh29-4sellers, fresh19-amenta, fld22-scdentalgroup, fresh22-blennd): the page's
  // own paragraph on the company, else none. A team page's line that opens by presenting the page
  // ("Meet the team behind Acme. …", fresh26-binc) is kept, its summary after that opening.
  if (
    sources['company.description'] === 'dom' &&
    company.description &&
    fromMeta(company.description, [x.description, hints?.description, hints?.og])
  ) {
    const rest = withoutPageIntro(company.description);
    if (rest !== company.description) company.summary = summaryOf(rest);
    else if (forThePage(company.description) && !(company.name && definesItself(company.description, company.name, host))) {
      // A customer's review that names the company is no paragraph of its own.
      const own = company.name ? ownParagraph(lines, company.name, host) : undefined;
      const ownText = own && !REVIEW.test(own.description) ? own : undefined;
      company.description = ownText?.description;
      company.summary = ownText?.summary;
      if (!ownText) delete sources['company.description'];
    }
  }
  // The meta line taken for the description is an advert or a keyword list (lib/extract/pitch-description.ts):
  // the page's own paragraph on the company says what it does; no paragraph beats a keyword list.
  if (
    sources['company.description'] === 'dom' &&
    company.description &&
    company.description === x.description &&
    isPitch(company.description) &&
    // "CJB Pest and Mosquito Control is your solution for … Contact us today!": a line that defines
    // the company first is its description, the call after it notwithstanding.
    !(company.name && definesCompany(sentences(company.description)[0] ?? '', company.name, host))
  ) {
    const own = company.name ? ownParagraph(lines, company.name, host) : undefined;
    if (own) {
      company.description = own.description;
      company.summary = own.summary;
    } else if (keywordList(company.description)) {
      delete company.description;
      delete company.summary;
      delete sources['company.description'];
    }
  }
  // The meta line taken for the description does not say what the company is: a slogan
  // ("Milwaukee's Coworking Space. Flexible And Collaborative Space …", fresh21-ward4mke), a line
  // to searchers ("Connect with Plunkett’s Pest Control in Detroit, MI if you’re looking for …",
  // fresh21-plunketts), the page's topic ("Who are mini musicians and …", fresh20-minimusicians).
  // A paragraph of the page that opens on the company's name and says what it does is the
  // company's own text, which the convention puts before the meta description.
  if (
    sources['company.description'] === 'dom' &&
    company.description &&
    company.name &&
    company.description === x.description &&
    isSearchCopy(company.description) &&
    !definesItself(company.description, company.name, host)
  ) {
    const own = ownParagraph(lines, company.name, host);
    if (own) {
      company.description = own.description;
      company.summary = own.summary;
    }
  }
  // A meta description that defines the company but closes on a call to act ("CJB Pest and
  // Mosquito Control is your solution for … 90+ years of experience. Contact us today!",
  // fresh16-cjbpest) is turned down in the page as a contact page's line: what comes before the
  // call says what the company does, when the page gave nothing better.
  const meta = x.description?.replace(CLOSING_CALL, '');
  // "Our web and mobile app development company specializes in … Contact us now for a quote!"
  // (fresh18-theappsolutions): the company speaking of itself, in the first person, defines it too.
  if (
    !company.description &&
    company.name &&
    meta &&
    meta !== x.description &&
    (definesCompany(meta, company.name, host) || FIRST_PERSON_DEFINITION.test(meta))
  ) {
    company.description = meta;
    company.summary = summaryOf(meta);
    sources['company.description'] = 'meta';
  }
  // A contact page's meta line that goes on to how to reach the company (fld22-championmotouk,
  // fresh7-hotstonebreda): what comes before that says what it does, when the page gave nothing
  // better (lib/extract/page-purpose.ts beforeContact).
  // (A line closed by a bare call to act is the case above, which asks for a definition.)
  const before = !company.description && company.name && x.description && meta === x.description ? beforeContact(x.description) : undefined;
  // ("The Acme Law Firm is located at 3900 East Mexico Ave" says where it is, not what it does.)
  if (
    before &&
    describesCompany(before, { name: company.name, host }) &&
    !forThePage(before) &&
    !isPitch(before) &&
    (definesCompany(before, company.name!, host) || !opensWithCompany(before, company.name!, host))
  ) {
    company.description = before;
    company.summary = summaryOf(before);
    sources['company.description'] = 'meta';
  }
  // A customer's review read as the company's own words (a reviews widget's text on a portfolio
  // page, fresh16-icebergwebdesign): the page's meta description says what the company does.
  if (sources['company.description'] === 'dom' && REVIEW.test(company.description ?? '') && x.description && !REVIEW.test(x.description)) {
    company.description = x.description;
    // "763-350-8762– We create …": the telephone number the description opens with is no summary.
    company.summary = summaryOf(x.description.replace(/^\+?[\d\s().-]{7,}[–—-]\s*/, ''));
  }
  const summary =
    afterQuestion(company.description, company.name, host) ?? afterPraise(company.summary, company.description, company.name, host);
  if (summary) company.summary = summary;
  if (company.summary) company.summary = withoutQuestion(company.summary);
  const people = prosePeopleOf(x, text, lines, company.name, profileLinks);
  if (people?.length) sources.people ??= 'prose';
  const out = { ...x, company: prune(company), sources, ...(people ? { people } : {}) };
  if (!out.people?.length) delete out.people;
  return out;
}

/** The page's people with those its sentences name added; undefined when the sentences add none. */
function prosePeopleOf(
  x: PageExtraction,
  text: string | undefined,
  lines: readonly string[],
  name: string | undefined,
  links: readonly string[],
) {
  // The cards' people, without a CV line the script read as a name ("KMU IT-Betreuung").
  const known = (x.people ?? []).filter((p) => !acronymCompound(p.name));
  const named = [
    ...labelledPeople(lines, name),
    ...prosePeople(text, name),
    // A biography may call a card's "Daniel C. Goldie" "Dan Goldie": one person.
    ...biographyPeople(text).filter((b) => !known.some((p) => samePerson(p.name, b.name))),
    ...appointedPeople(text?.split('\n') ?? []),
    // "John F. Murray, Jr." / "Chairman and CEO" under a letter, an owner's name over the title in the site's header.
    ...signedPeople(lines, /^\w+:\/\/([^/]+)/.exec(x.url)?.[1] ?? ''),
    ...biographyOpeners(lines, nameWords(name)).filter((b) => !known.some((p) => samePerson(p.name, b.name))),
    // "Acme Roofing, Owner Operated | Roofers" is the firm in its title, not a person.
    ...[titlePerson(x.title)].filter((p): p is NonNullable<typeof p> => !!p && !firmWords(p.name, name)),
  ];
  if (!named.length) return known.length < (x.people?.length ?? 0) ? known : undefined;
  const people = mergePeople(known, named);
  for (const p of people) {
    const profile = p.profileUrl ? undefined : profileForName(links, p.name);
    if (profile) p.profileUrl = profile;
  }
  return people;
}

/**
 * A "person" whose first name is a word of the company's name: the firm itself ("Acme Roofing" on
 * Acme Roofing's page). A surname may be the firm's ("Ted Amenta" of Amenta Realty), as
 * biographyOpeners also allows.
 */
function firmWords(person: string, company: string | undefined): boolean {
  const first = person.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0] ?? '';
  return nameWords(company).includes(first);
}

/** The company's name in lower-case words of three letters or more: "Land Pro, LLC" → ["land", "pro"]. */
function nameWords(name: string | undefined): string[] {
  return (name ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^(inc|llc|ltd|gmbh|the|and|company|group)$/.test(w));
}

/**
 * "Looking for a commercial interior design … company in London UK? Contact Zynk … Zynk
 * specialise in …" (fresh15-zynkdesign): a question to the reader, and the calls to act after it,
 * do not say what the company does; the sentence after them that speaks of the company does. Undefined when the text does
 * not open with a question.
 */
function afterQuestion(description: string | undefined, name: string | undefined, host: string): string | undefined {
  const said = sentences(description ?? '');
  if (!name || !said[0]?.endsWith('?')) return undefined;
  // Only a sentence with the company as its subject: "Vous avez déjà essayé de taper É ? Sur
  // l'AZERTY de Windows, c'est impossible …" goes on telling a story (fresh12-azertyglobal).
  const k = said.findIndex((s, i) => i > 0 && opensWithCompany(s, name, host));
  return k > 0 ? summaryOf(said.slice(k).join(' ')) : undefined;
}

/**
 * A summary that opens on proof or praise ("Trusted by 30 million people and teams.") before the
 * sentence that defines the company ("Todoist is the world's favorite …"): the definition says what
 * it does. Only a definition by class ("is the/a …"): "X is cutting-edge, top-notch" is praise
 * again. Read here rather than in the company-details script, which has no room (the summary and
 * description are the script's; the rule needs nothing else). Undefined when it does not apply.
 */
function afterPraise(summary: string | undefined, description: string | undefined, name: string | undefined, host: string) {
  const [lead, next] = summary && name ? sentences(summary) : [];
  if (!lead || !next || namesCompany(lead, name!, host) || !COPULA.test(next) || !definesCompany(next, name!, host)) return undefined;
  const from = description?.indexOf(next) ?? -1;
  return summaryOf(from >= 0 ? description!.slice(from) : next);
}

/** Is the description one of the page's meta lines (as read, or cut after its opening)? */
function fromMeta(description: string, metas: ReadonlyArray<string | undefined>): boolean {
  const head = description.slice(0, 60);
  return metas.some((m) => !!m && m.replace(/\s+/g, ' ').trim().startsWith(head));
}

/** A legal page's name at the start of its meta line: "Mentions légales du site …", "Impressum der …", "Privacy policy of …". */
const LEGAL_PAGE =
  /^(?:mentions légales|impressum|legal notice|legal information|privacy policy|privacy statement|datenschutzerklärung|datenschutz|politique de confidentialité|conditions générales|terms (?:of use|of service|and conditions)|disclaimer|colofon|algemene voorwaarden)\b/i;

/** "Information about …", "Informacje o …", "Informationen zu …": what the page holds. */
const PAGE_ABOUT = /^(?:informacje o|information (?:about|on)|informationen (?:zu|über|zum|zur)|informations sur|informatie over)\s/i;

/** A last sentence that asks the reader to get in touch: "Contact us today!", "Call now.", "Neem contact op!". */
const CLOSING_CALL =
  /(?<=[.!?])\s+(?:contact us|call us|call|get in touch|kontaktieren sie uns|contactez-nous|neem contact op)(?:\s+(?:today|now|heute|dès aujourd['’]hui|vandaag))?(?:\s+(?:for|to|für|pour|voor)\s[^.!?]{1,40})?\s*[.!]*$/i;

/** Does the line's first sentence define the company, by its name, in the first person or in a greeting? */
function definesItself(line: string, name: string, host: string): boolean {
  const first = sentences(line)[0] ?? '';
  return definesCompany(first, name, host) || FIRST_PERSON_DEFINITION.test(first) || welcomesAs(first, name, host);
}

/** "Our web and mobile app development company specializes in …", "We are a design studio that …": the company defining itself. */
const FIRST_PERSON_DEFINITION =
  /^(?:our\s+(?:[\p{L}&-]+\s+){0,6}(?:company|firm|agency|studio|team|business)\s+(?:is|specializes|specialises|builds|provides|offers|helps|creates|develops|designs|makes|delivers)|we\s+(?:are\s+(?:a|an|the)|specialize|specialise|build|provide|offer|help|create|develop|design|make|deliver))\s/iu;

/** A customer speaking: "I would highly recommend them", "X are a great company to work with". */
const REVIEW =
  /\bI (?:would |will |can |'d |’d )?(?:highly |definitely |strongly )?recommend\b|\b(?:is|are) (?:a |such a )?(?:great|wonderful|fantastic|amazing) (?:company|team|people|firm) to work with\b/i;

const COPULA = /\s(is|are|ist|sind|est|sont)\s+(a|an|the|one|your|ein|eine|der|die|das|un|une|le|la|l['’]|een|de|het)\s/i;

/** Fewer characters than a paragraph: the reading missed the page's text. */
const SHORT_TEXT = 500;
