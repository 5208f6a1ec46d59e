import { isHeadlineCase } from '../text/title-case';
import { cleanLine } from './clean';
import type { PageRole } from './page-role';
import { aboutAPerson } from './about-a-person';
import { companyHeads, isCompanyWord, nameHeads, namesCompany, opensWithCompany, opensWithDefinition } from './company-definition';

/**
 * What a company's own page says the company does. A meta description often describes the page
 * instead ("Meet our staff", "Jim Scullion, CEO", a product's blurb, "Offene Stellen bei …"):
 * that is not the company's description. In its place: the sentence that defines the company
 * ("Acme is …", "Acme GmbH ist …"), the opening of an About page, or the blurb beside the logo
 * in the footer.
 */
export function companyDescription(
  doc: Document,
  opts: { name?: string; host: string; role: PageRole; meta?: string; productPage: boolean },
): string | undefined {
  // A product page's meta description describes the product, unless it names the company.
  // "… for faster, better results. Learn more.": the call to act at its end is no part of it.
  // So are a closing "Call 1-888-988-6009 for more information today." and the page's own name
  // ("… Experts in aviation simulation and analysis - Contact us").
  const given = opts.meta?.replace(TRAILING_CALL, '').replace(TRAILING_PHONE_CALL, '').replace(TRAILING_PAGE_NAME, '');
  // On a service or product page, a line that tells the reader what to do about the page's
  // offering ("Get custom packaging design for your brand …") is no description of the company;
  // the site's home page may sum the company up so ("Build what's next on the AI cloud …").
  const advert = !!given && opts.role !== 'home' && tellsReader(given);
  const meta =
    given && describesCompany(given, opts) && ((!opts.productPage && !advert) || namesCompany(given, opts.name, opts.host))
      ? given
      : undefined;
  const blocks = textBlocks(doc);
  // The meta description is often the opening of the About text: the paragraph says it whole.
  const metaText = meta ? (fullParagraph(blocks, meta) ?? meta) : undefined;
  // A block headed "About Acme" (a footer's column, a sidebar) is the company speaking of itself.
  const headed = aboutHeaded(blocks, opts.name);
  // Its paragraphs run to the end of the heading's own block, never into a column beside it.
  if (headed !== undefined) return withFollowing(blocks, headed, blocks[headed - 1]!.el.parentElement ?? undefined);
  // A home page's meta description is the site's own summary, and so is one that names the
  // company; an About page's own text says more.
  if (metaText && opts.role !== 'about' && (opts.role === 'home' || namesCompany(meta!, opts.name, opts.host))) return metaText;
  // On a team, contact or careers page the text speaks to candidates and callers: the line
  // beside the logo says what the company does.
  const side = opts.role === 'team' || opts.role === 'contact' || opts.role === 'careers';
  const blurb = side ? footerBlurb(blocks, true) : undefined;
  if (blurb) return blurb;
  const defining = definingParagraph(blocks, opts.name, opts.host);
  // An About page's own opening paragraph is the text a reader takes, before the meta line that
  // sums the page up for search engines — and before a later sentence that names the company
  // ("Imprint Enterprises, Inc. (www.imprint-e.com) was founded in 1975 …" before "Imprint is not
  // only a brick and mortar business …"), when it names the company itself.
  const opening = opts.role === 'about' ? aboutOpening(blocks, (w) => isCompanyWord(w, opts.name, opts.host)) : undefined;
  const first =
    defining !== undefined && opening !== undefined && opening < defining && namesCompany(blocks[opening]!.text, opts.name, opts.host)
      ? opening
      : (defining ?? opening);
  if (first !== undefined) return withFollowing(blocks, first);
  if (metaText) return metaText;
  return opts.productPage ? undefined : footerBlurb(blocks, false);
}

/** A last sentence that asks the reader to call a number: "Call 1-888-988-6009 for more valve information today." */
const TRAILING_PHONE_CALL =
  /(?<=[.!?])\s+(?:call|phone|ring|contact us|bel|rufen sie|appelez|téléphonez)\b[^.!?]{0,40}?\+?\(?\d[\d\s().-]{6,}\d[^.!?]{0,60}[.!?]*$/i;
/** The page's name after the description: "… - Contact us", "| Über uns". */
const TRAILING_PAGE_NAME =
  /\s*[-–—|]\s*(?:contact(?: us)?|about(?: us)?|home|kontakt|über uns|impressum|contactez-nous|nous contacter|à propos|over ons)\s*$/i;

/** A last sentence that only asks the reader to click: "Learn more.", "Find out more today!", "En savoir plus". */
const TRAILING_CALL =
  /(?<=[.!?])\s+(?:learn more|read more|find out more|discover more|click here|en savoir plus|erfahren sie mehr|mehr erfahren|lees meer|meer weten)(?:\s+(?:here|today|now))?\s*[.!…]*$/i;

const PAGE_NOT_COMPANY =
  /\b(meet (the|our)|our (staff|team|people)|(management|leadership|executive) team|unser team|das team|notre équipe|ons team|karriere|stellenangebote|offene stellen|careers?|jobs?|werden sie teil|rejoignez|vacatures|learn (how|about|more)|find out more|read more|contact us|kontaktieren sie|nous contacter|neem contact|overview|presentation|erfahren sie mehr|en savoir plus|bewerben|contactez|contact ?mogelijkheden|contact options|ways to (?:contact|reach) us|kontaktmöglichkeiten|possibilités de contact|contact ?formulier|contact form|kontaktformular|formulaire de contact|openingstijden|opening (?:hours|times)|öffnungszeiten|horaires d['’]ouverture|find (?:more )?information|(?:inquiry|enquiry) (?:page|form)|the (?:story|stories|values|people|team)\b[^.]{0,40}\bbehind|the story of|this page (?:is about|describes|explains|shows)|what (?:people|(?:our )?(?:clients|customers|students|patients|guests)) (?:have )?(?:say|said)|die geschichte (?:von|der|des)|l['’]histoire (?:de|du|des)|het verhaal (?:van|achter))\b/i;
// (Also a trunk-prefixed number in two groups: "085-8770601", "030 12345678".)
const PHONE = /\+?\(?\d{2,4}\)?[\s./-]\d{2,4}[\s./-]\d{2,4}|\b0\d{2,4}[-\s/]\d{6,8}\b/;

/**
 * A line that tells the reader what to do ("Get custom packaging design for your brand …", "Hire
 * the #1 ranked SEO consultant …", "Discover powerful marketing tactics …"): an advertisement for
 * the page, not a sentence on what the company does. (A brand that opens with such a word still
 * defines itself: "Discover Financial Services is …".)
 */
const TELLS_READER =
  /^(?:get|hire|start|discover|take|capture|find|shop|buy|book|order|call|contact|explore|learn|try|join|request|schedule|visit|see|check|browse|download|sign up|let|boost|grow|save|enjoy|experience|choose|unlock|transform|make|bring|create|build|elevate|protect|keep|give|upgrade|holen sie|entdecken sie|kaufen sie|bestellen sie|finden sie|sichern sie|découvrez|trouvez|achetez|commandez|profitez|contactez|ontdek|bestel|koop|vind|bekijk)\b/i;
const DEFINING_VERB = /\s(?:is|are|ist|sind|est|sont|zijn)\s/i;
/** The line advertises the page (above); the caller checks it does not name the company. */
export function tellsReader(text: string): boolean {
  const t = text.trim();
  return TELLS_READER.test(t) && !DEFINING_VERB.test(` ${t.split(/\s+/).slice(0, 6).join(' ')} `);
}

/** Does this meta description say what the company does, rather than what the page holds? */
export function describesCompany(text: string, company?: { name?: string; host: string }): boolean {
  const t = text.trim();
  if (t.length < 40 || t.split(/\s+/).length < 6) return false;
  // A line that opens with the company's name speaks of it, in headline case too ("Redfish
  // Technology Recruits And Headhunts The Best Machine Learning Talent").
  const opensWithName = !!company?.name && opensWithCompany(t, company.name, company.host);
  // "Employment BOOST is a professional resume writing company that helps clients land better
  // jobs": a line that opens by defining the company may name what it helps with.
  return (
    (SELF_DEFINED.test(t) || !PAGE_NOT_COMPANY.test(t)) && !PHONE.test(t) && !keywordStuffed(t) && (opensWithName || !isHeadlineCase(t))
  );
}

/** A line that opens "Acme is a …" ("ist ein", "est une", "is een"): a name of up to five words, then its definition. */
const SELF_DEFINED =
  /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,5}(?:is|ist|est)\s+(?:a|an|the|ein|eine|der|die|das|un|une|le|la|l['’]|een|de|het)\s/u;

/**
 * "… custom home builder. luxury homes Milwaukee Wisconsin. … lake homes Wisconsin high-end homes
 * Wisconsin …": a line written for search engines, not for readers. Two cues together: one word
 * said three times and more, and a sentence that opens in lower case (a run of keywords). A list
 * of the things sold ("ball valves, butterfly valves, check valves") is not enough alone.
 */
export function keywordStuffed(text: string): boolean {
  // Words of six letters and more: the short ones ("with", "your", "nous") repeat in any prose.
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  // A legal form's full stop ("Acme Holdings Inc. provides …") ends no sentence.
  return Math.max(0, ...counts.values()) >= 3 && /(?<!\b(?:Inc|Ltd|Co|Corp|Bros|Ges|mbH|e\.V|S\.A|N\.V|B\.V|etc|e\.g|i\.e|vs|approx|incl))[.!?]\s+\p{Ll}/u.test(text);
}

interface Block {
  el: Element;
  text: string;
  heading: boolean;
  inFooter: boolean;
  inMain: boolean;
  /** Share of the text that is link text: a row of links is navigation, not a paragraph. */
  linkShare: number;
}

const BLOCK_TAGS = /^(P|H1|H2|H3|H4|TD|DD|LI|DIV|SPAN|SECTION)$/;
const BLOCK_CHILD = /^(P|DIV|SECTION|ARTICLE|UL|OL|LI|TABLE|TR|TD|H[1-6]|DL|DD|DT|BLOCKQUOTE|FORM|HEADER|FOOTER|NAV|ASIDE|FIGURE)$/;
const SKIP = /^(NAV|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|SELECT|BUTTON)$/;
// A client's testimonial ("Forthea has been a pivotal part of … our web analytics program",
// fresh15-forthea) names the company as a definition would, in a customer's words.
const SKIP_CLASS = /cookie|menu|testimonial/i;
const FOOTER = /footer/i;
const MAIN_ID = /^(content|main)$/i;

/**
 * Leaf blocks of text (no block children) and headings, in page order, without navigation or
 * menus. One walk over the page: whether a block is in the footer or the main text is inherited
 * from its ancestors, not looked up again for each block.
 */
function textBlocks(doc: Document): Block[] {
  const out: Block[] = [];
  const body = doc.body;
  if (!body) return out;
  // An entry with `text` is a run of bare text met in its element, read in its place among the children.
  const stack: Array<{ el: Element; footer: boolean; main: boolean; text?: string }> = [{ el: body, footer: false, main: false }];
  let visited = 0;
  while (stack.length && visited++ < 40_000 && out.length < 6_000) {
    const { el, footer, main, text: loose } = stack.pop()!;
    if (loose !== undefined) {
      out.push({ el, text: loose, heading: false, inFooter: footer, inMain: main, linkShare: 0 });
      continue;
    }
    const tag = el.tagName.toUpperCase();
    const cls = el.getAttribute('class') ?? '';
    // The body's classes are the theme's ("menustyle3", "cookie-consent-shown"), not a menu's.
    if (SKIP.test(tag) || el.getAttribute('aria-hidden') === 'true' || (el !== body && SKIP_CLASS.test(`${cls} ${el.id}`))) continue;
    const inFooter = footer || tag === 'FOOTER' || FOOTER.test(`${cls} ${el.id}`);
    const inMain =
      main ||
      tag === 'MAIN' ||
      tag === 'ARTICLE' ||
      el.getAttribute('role') === 'main' ||
      MAIN_ID.test(el.id) ||
      /(^|\s)(content|main)(\s|$)/.test(cls);
    const kids: Element[] = [];
    let blockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      kids.push(c);
      if (BLOCK_CHILD.test(c.tagName.toUpperCase())) blockChild = true;
    }
    if (!blockChild && BLOCK_TAGS.test(tag)) {
      const heading = /^H[1-6]$/.test(tag);
      const text = cleanLine(el.textContent?.replace(/\uFFFD/g, ''), 5_000);
      if (text && (text.length >= 40 || heading)) {
        let linked = 0;
        const links = el.getElementsByTagName('a');
        for (let i = 0; i < links.length; i++) linked += links[i]!.textContent?.trim().length ?? 0;
        out.push({ el, text, heading, inFooter, inMain, linkShare: linked / text.length });
      }
      continue;
    }
    // An old table layout's cell: the paragraph as bare text beside a <p> heading, a <p> of links
    // or a picture. Its runs of bare text are read after the children they follow.
    const runs = blockChild && BLOCK_TAGS.test(tag) ? looseText(el) : [];
    const runsAfter = (after: number) => {
      for (const r of runs.filter((x) => x.after === after).reverse()) stack.push({ el, footer: inFooter, main: inMain, text: r.text });
    };
    for (let i = kids.length - 1; i >= 0; i--) {
      runsAfter(i);
      stack.push({ el: kids[i]!, footer: inFooter, main: inMain });
    }
    runsAfter(-1);
  }
  return out;
}

/** The element before this node, past blank text: a second <br> in a row ends a paragraph. */
function lastElement(n: Node): Element | null {
  for (let p = n.previousSibling; p; p = p.previousSibling) {
    if (p.nodeType === 1) return p as Element;
    if (p.nodeType === 3 && p.nodeValue?.trim()) return null;
  }
  return null;
}

/**
 * The runs of bare text (text and inline elements, few of them links) between an element's block
 * children, each with the index of the child it follows (-1: before the first), as paragraphs
 * of 80 characters and a sentence at least.
 */
function looseText(el: Element): Array<{ after: number; text: string }> {
  const out: Array<{ after: number; text: string }> = [];
  let t = '';
  let after = -1;
  let k = -1;
  let linked = 0;
  const flush = () => {
    const text = cleanLine(t.replace(/\uFFFD/g, ''), 5_000);
    // A row of links with words between them is navigation, not a paragraph.
    if (text && linked < 0.3 * text.length && text.length >= 80 && /[.!?]/.test(text)) out.push({ after, text });
    t = '';
    linked = 0;
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) t += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      k++;
      const name = e.tagName.toUpperCase();
      if (BLOCK_CHILD.test(name)) {
        flush();
        after = k;
      } else if (name === 'BR' && lastElement(c)?.tagName === 'BR') flush();
      else if (SKIP.test(name) || name === 'BR') t += ' ';
      else {
        const text = e.textContent ?? '';
        if (name === 'A') linked += text.trim().length;
        else for (const a of Array.from(e.getElementsByTagName('a'))) linked += a.textContent?.trim().length ?? 0;
        t += text;
      }
    }
  }
  flush();
  return out;
}

const prose = (b: Block) => !b.heading && b.linkShare < 0.5;

/** The paragraph that opens with the meta description, when the page prints it. */
function fullParagraph(blocks: Block[], meta: string): string | undefined {
  const head = meta.slice(0, 80).toLowerCase();
  const b = blocks.find((x) => prose(x) && x.text.length > meta.length && x.text.toLowerCase().startsWith(head));
  return b && b.text.length <= 3 * meta.length + 200 ? b.text : undefined;
}

/** The chosen paragraph and the paragraphs right after it in the same section (or `scope`), up to a heading. */
function withFollowing(blocks: Block[], i: number, scope?: Element): string {
  const first = blocks[i]!;
  // A footer's blocks are separate notes (a blurb, a licence number), not one text.
  if (first.inFooter) return first.text;
  const section = scope?.contains(first.el) ? scope : (first.el.parentElement?.parentElement ?? first.el.parentElement);
  let text = first.text;
  for (let j = i + 1; j < blocks.length && text.length < 800; j++) {
    const b = blocks[j]!;
    if (!prose(b) || b.el.tagName !== 'P' || !/^(P|H[1-6])$/.test(first.el.tagName) || !section?.contains(b.el)) break;
    if (text.length + b.text.length > 1_200) break;
    text += ' ' + b.text;
  }
  return text;
}

/** "Acme Robotics is …", "V1, formerly ProjectMinder, is …": the paragraph that defines the company. */
function definingParagraph(blocks: Block[], name: string | undefined, host: string): number | undefined {
  if (!name) return undefined;
  const heads = companyHeads(name, host);
  const order = [...blocks.keys()].sort((a, b) => Number(blocks[b]!.inMain) - Number(blocks[a]!.inMain));
  let tagline: number | undefined;
  for (const i of order) {
    const b = blocks[i]!;
    // A long heading can be the defining sentence ("V1, formerly ProjectMinder, is the ideal …").
    if (b.text.length < 60 || !(prose(b) || (b.heading && b.text.length >= 80)) || !/[.!?]$/.test(b.text)) continue;
    if (!opensWithDefinition(b.text, heads)) continue;
    // A hero's one-line tagline defines the company too; the paragraph that tells more is the text.
    if (b.heading || b.text.length >= 150 || /[.!?]\s+\p{Lu}/u.test(b.text)) return i;
    tagline ??= i;
  }
  return tagline;
}

const ABOUT_HEADING = /^(?:about|über|ueber|à propos de|a propos de|over)\s+(.{2,60})$/i;
const US = /^(?:us|uns|nous|ons|the company|das unternehmen|l['’]entreprise|het bedrijf)$/i;

/** The paragraph under a heading "About Acme" or "About us" outside the main text: the company's own blurb (its index). */
function aboutHeaded(blocks: Block[], name: string | undefined): number | undefined {
  for (let i = 0; i < blocks.length - 1; i++) {
    const h = blocks[i]!;
    const m = h.heading ? ABOUT_HEADING.exec(h.text) : null;
    if (!m || h.inMain) continue;
    const who = m[1]!.trim();
    if (!US.test(who) && !(name && nameHeads(name).some((n) => who.toLowerCase().startsWith(n)))) continue;
    const next = blocks[i + 1]!;
    if (prose(next) && next.text.length >= 80 && next.text.length <= 1_000 && describesCompany(next.text)) return i + 1;
  }
  return undefined;
}

/** A cookie banner's notice, which can sit anywhere on a page. */
const COOKIE_NOTICE = /\bcookies?\b|\bthis (?:web)?site uses\b/i;

/** The first real paragraph of an About page's main text. */
function aboutOpening(blocks: Block[], ownWord: (word: string) => boolean): number | undefined {
  // A page built without <main> or a content wrapper (tables, bare divs): its text is everywhere but the footer.
  const anyMain = blocks.some((b) => b.inMain);
  // There the text starts after the page's <h1> (with none, a sidebar's news can come first), and a
  // block with a telephone or an e-mail is a contact box.
  const h1 = anyMain ? -1 : blocks.findIndex((b) => b.el.tagName === 'H1');
  const start = h1 >= 0 ? blocks[h1]!.el : undefined;
  const inText = (b: Block) =>
    b.inMain ||
    (!anyMain &&
      !PHONE.test(b.text) &&
      !b.text.includes('@') &&
      !!start &&
      !!(start.compareDocumentPosition(b.el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */));
  const candidate = (b: Block) =>
    prose(b) &&
    inText(b) &&
    !b.inFooter &&
    !COOKIE_NOTICE.test(b.text) &&
    b.text.length >= 80 &&
    /[.!?]/.test(b.text) &&
    !aboutAPerson(b.text, ownWord);
  // A hero's tagline ("Seit 2008 Ihr Fachbetrieb für …", one sentence) opens many About pages:
  // the first paragraph that tells more (two sentences, or 150 characters) is the text.
  const i = blocks.findIndex((b) => candidate(b) && (b.text.length >= 150 || /[.!?]\s+\p{Lu}/u.test(b.text)));
  const j = i >= 0 ? i : blocks.findIndex(candidate);
  if (j < 0) return undefined;
  // Two biographies before it: the page is its people's (a founder's story, a team page under
  // "Über uns"), and what follows them is another one or a call to write in.
  const bios = blocks.slice(0, j).filter((b) => prose(b) && inText(b) && b.text.length >= 80 && aboutAPerson(b.text, ownWord)).length;
  return bios >= 2 ? undefined : j;
}

/** A blurb in the footer, beside the logo if there is one ("Deutschlands führender Ultraschall-Fachhändler. …"). */
function footerBlurb(blocks: Block[], brandOnly: boolean): string | undefined {
  const candidates = blocks.filter(
    (b) =>
      prose(b) &&
      b.inFooter &&
      b.text.length >= 50 &&
      b.text.length <= 600 &&
      b.text.split(/\s+/).length >= 6 &&
      !/©|copyright|cookies?|newsletter|@|\d{4,5}\s+\p{Lu}/iu.test(b.text) &&
      !PHONE.test(b.text),
  );
  const brandish = (b: Block) => {
    for (let el: Element | null = b.el, i = 0; el && i < 3; el = el.parentElement, i++) {
      if (/brand|logo|about|tagline|intro|company|description/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
      if (i > 0 && el.querySelector(':scope > img, :scope > a > img, :scope > p > img, :scope > svg')) return true;
    }
    return false;
  };
  return (candidates.find(brandish) ?? (brandOnly ? undefined : candidates.find((b) => !/\d/.test(b.text))))?.text;
}
