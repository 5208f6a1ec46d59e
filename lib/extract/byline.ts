import { cleanLine, cleanList } from './clean';
import { chromeTester, furnitureBelow } from './article/chrome';
import { namesSite } from './article/site-title';
import { looksLikeName } from './person-name';

const BYLINE_NAMES =
  '[itemprop="author"] [itemprop="name"], [rel="author"], [data-testid*="byline" i], [data-qa*="byline" i], .byline__name, [class*="author-name" i], [class*="author__name" i], [class*="authorname" i], [class*="byline" i] a[href*="/author"], [class*="byline" i] a[href*="/staff"], [class*="byline" i] a[href*="/autor"], [class*="byline" i] a[href*="/auteur"], [class*="byline" i], [class*="author" i], [class~="writer" i], [class*="writer-name" i], [class*="writer_name" i], a[href*="/author/"], a[href*="/authors/"], a[href*="/editors/"], a[href*="/autor/"], a[href*="/auteur/"], a[href*="/autoren/"], a[href*="/auteurs/"], a[href*="/journalist/"], a[href*="/journalists/"], a[href*="/reporter/"], a[href*="/reporters/"], a[href*="/contributors/"]';
/** Author cards, photo credits and comment threads carry names that are not this story's byline. */
const NOT_BYLINE_WORDS = /^(comment|comments|bio|image|images|photo|photos|avatar|card|cards|credit|credits|caption|more|list|widget)$/i;

/** News agencies and desks sign stories too; they are not the people who wrote them. */
const NOT_A_PERSON =
  /(?:^|\s)(staff|reports|desk|bureau|team|editorial staff|news|columnist|writer|editor|editor-at-large|correspondent|reporter|contributor|contributing|autor(?:in)?|rédacteur|rédactrice|journaliste|producer|photographer|intern)$|(?:redakteur|korrespondent|reporter|journalist|kolumnist|volontär)(?:in)?$|(?:^|\s)(?:corresponsal|corrispondente|correspondante?|redactor|redactora|redattore|redattrice|chroniqueur|chroniqueuse)$|^(reuters|ap|afp|dpa|apa|ansa|efe|kyodo|xinhua|sda|epd|kna|sid|associated press|agence france-presse|deutsche presse-agentur|austria presse agentur|kyodo news|jiji press|pti|ians|tnn|bloomberg|bloomberg news|staff|staff writer|editorial staff|redaktion|newsroom|the editors|guest author|admin)$/i;
/** A news agency that signs a story alone ("von APA", "By Reuters"): the byline a reader sees. */
const AGENCY =
  /^(Reuters|AP|AFP|dpa|APA|ANSA|EFE|Kyodo|Xinhua|SDA|Keystone-SDA|epd|KNA|SID|Belga|ANP|TT|NTB|Ritzau|PAP|CTK|TASR|MTI|Associated Press|Agence France-Presse|Deutsche Presse-Agentur|Austria Presse Agentur|Kyodo News|Jiji Press|PTI|IANS)$/i;

/** Japanese, Chinese and Korean names: two to twelve characters, no Latin capitals to look for. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・ー々 ]{2,12}$/u;

/** "JANIE HAR" (an agency's capitals) → "Janie Har"; names already in mixed case stay. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A person's name as a byline writes it (not a desk, an agency or the site itself). */
/** Buttons and links that sit in byline blocks: "Watch Live", "Follow Us", "Share This". */
const UI_TEXT =
  /^(watch|follow|listen|share|subscribe|sign|join|read|view|see|more|contact|email|print|download|click|tap|get|live|latest|home)\b/i;

/** The label a byline puts before its name ("Written By", "Author:"): never a name itself. */
const BYLINE_LABEL =
  /^(?:(?:written|posted|published|authored|reviewed|edited|fact[- ]checked|medically reviewed|researched|words|text|story)\s+by|by|author|authors|autor(?:in)?|auteur|von|par|door|投稿者|著者|筆者|執筆者?|作者|撰文|글쓴이)\s*[:：]?$/iu;

export function isAuthorName(text: string | undefined, siteNames: readonly (string | undefined)[] = [], hostname = ''): text is string {
  if (
    !text ||
    NOT_A_PERSON.test(text) ||
    CJK_ROLE_ALONE.test(text) ||
    UI_TEXT.test(text) ||
    BYLINE_LABEL.test(text) ||
    /[@/]|https?:/.test(text)
  )
    return false;
  if (siteNames.length && namesSite(text, siteNames, hostname)) return false;
  return looksLikeName(nameCase(text)) || (CJK_NAME.test(text) && !CJK_PUBLICATION.test(text));
}

/** "台北時報", "中日新聞", "조선일보": a paper's name (Times, News, Daily …), never a person's. */
const CJK_PUBLICATION = /(時報|时报|新聞|新闻|日報|日报|晚报|通信|通訊|電視|电视|放送|일보|신문|뉴스|타임스|방송)$/u;

/** "Der Postillon", "The Verge": a name that opens with an article is a title, not a person's. */
const ARTICLE_FIRST = /^(the|der|die|das|le|la|les|el|los|las|il|lo|de|het)\s/i;

/** "Josh": a lone given name, when the page's structured data says it is a person's. */
function isFirstName(text: string | undefined, siteNames: readonly (string | undefined)[], hostname: string): boolean {
  return !!text && /^\p{Lu}\p{Ll}{1,20}$/u.test(text) && !NOT_A_PERSON.test(text) && !namesSite(text, siteNames, hostname);
}

/**
 * Korean, Japanese and Chinese bylines put the role after the name: "송유민 기자" (reporter),
 * "김철수 특파원" (correspondent), "山田太郎記者", "张伟 记者". The name is the byline's author.
 */
const CJK_ROLE = /\s*(?:선임기자|수습기자|기자|특파원|객원기자|編集委員|特派員|記者|记者|特约记者)$/u;
const withoutRole = (name: string): string => {
  const bare = name.replace(CJK_ROLE, '');
  return bare.length >= 2 ? bare : name;
};

/**
 * Korean bylines set the desk's places before the name and the role after it: "순천, 광양 구현모
 * 기자", "[서울=뉴시스] 홍길동 기자", "박준석 기자 외 1명" ("and one other"). The name is the word
 * just before each role; the places before it and the role itself are no one's name.
 */
const KOREAN_BYLINE = /(?:^|[\s,=·/\]])(\p{Script=Hangul}{2,4})\s*(?:선임기자|수습기자|객원기자|기자|특파원)(?!\p{Script=Hangul})/gu;
export function koreanBylineNames(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(KOREAN_BYLINE), (m) => m[1]!))].filter((n) => !CJK_ROLE_ALONE.test(n));
}
/** "기자" on its own (its name in another element): a role, never a name. */
const CJK_ROLE_ALONE = /^(?:선임기자|수습기자|기자|특파원|객원기자|編集委員|特派員|記者|记者|特约记者)$/u;

const DATE_TAIL =
  /\s*(?:[,|•·–—-]\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}).*$/i;

/**
 * The word or label a byline opens with, in the languages news is written in: "By", "Von", "Par",
 * "Door", "Di", "Por", "Av"/"Af" (Scandinavian), "Text:", "Tekst:", "Teksti:", "Autor:", "Yazar:".
 */
const BY_WORD =
  /^\s*(?:(?:(?:written|posted|published)\s+by|by|von|par|door|di|por|av|af)\s*:?|(?:text|texte|tekst|teksti|autor|autorka|autore|yazar|skribent)\s*:|un texte de)\s+/i;
/** "A and B", "A, B & C", "A und B", "A et B", "A y B", "A e B", "A og B", "A och B", "A en B", "A ja B", "A ve B", "A és B". */
const AUTHOR_JOIN = /\s*,\s*|\s+(?:and|und|et|&|y|e|og|och|en|ja|ve|és)\s+/i;

const WRITERS_ROLE = /\b(engineer|editor|writer|reporter|scientist|researcher|developer)s?$/i;

/** Split "A and B", "A, B & C", "Von A und B", "Par A et B" into names. */
export function splitAuthors(text: string | undefined): string[] {
  if (!text) return [];
  const korean = koreanBylineNames(text);
  if (korean.length) return korean;
  return (
    text
      .replace(BY_WORD, '')
      // "著者：後藤大地", "文／山田太郎", "作者：张伟": the label Japanese and Chinese bylines put first.
      .replace(/^\s*(?:著者|筆者|執筆者?|文|作者|撰文|撰稿|글)\s*[：:／/]\s*/u, '')
      // "Written by Michael Larabel in Valve on 1 June 2019": the section and the date go.
      .replace(
        /\s+(?:in\s+\S.{0,40}?\s+)?on\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b).*$/i,
        '',
      )
      // "by: Ziyi Xu, Dec 17, 2025": the date after the names is no name.
      .replace(DATE_TAIL, '')
      // "(dpa)", "(AFP)" after the names: the agency the story came through, not a name.
      .replace(/\s*\([^()]{1,30}\)\s*$/, '')
      // "By A and B in London", "Av Kari Nordmann i Oslo", "Par A à Paris": the place they wrote from.
      .replace(/\s+(?:in|aus|from|i|à)\s+\p{Lu}[\p{L}.'’-]+(?:[\s-]\p{Lu}[\p{L}.'’-]+)?$/u, '')
      .split(AUTHOR_JOIN)
      // "A and B, Software Engineers, Google Research Europe": after the writers' role comes their team, no writer.
      .filter((_, i, all) => !all.slice(1, i + 1).some((p) => WRITERS_ROLE.test(p)))
      // "Dolores Chang For Dailymail.Com": the name, not the outlet it wrote for.
      .map((s) => cleanLine(withoutRole(s.replace(/\s+for\s+\S.*$/i, ''))))
      .filter((s): s is string => !!s && isAuthorName(s))
      .map(nameCase)
  );
}

/**
 * The names a story's byline shows, near its headline: in the headline's block, else up to four
 * levels around it, so an author card in a sidebar or a related story's byline further down
 * never counts. "By David Jeans", "Von A und B" and a linked name all read.
 */
export function visibleByline(
  doc: Document,
  headlineEl: Element | undefined,
  siteNames: readonly (string | undefined)[],
  hostname: string,
): string[] {
  const scopes: Element[] = [];
  for (let el = headlineEl?.parentElement ?? doc.querySelector('article'); el && scopes.length < 4; el = el.parentElement) {
    scopes.push(el);
    if (el.tagName === 'BODY' || el.tagName === 'ARTICLE') break;
  }
  if (!scopes.length) return [];
  const chrome = chromeTester(NOT_BYLINE_WORDS);
  const byLevel: string[][] = scopes.map(() => []);
  const agencies: string[] = [];
  const widest = scopes[scopes.length - 1]!;
  const marked = Array.from(widest.querySelectorAll(BYLINE_NAMES)).slice(0, 80);
  for (const el of [...marked, ...unmarkedBylines(widest, headlineEl)]) {
    if (
      (el.textContent ?? '').length > 300 ||
      ((headlineEl ? furnitureBelow(el, headlineEl, NOT_BYLINE_WORDS) : chrome(el)) &&
        !storyAside(el, headlineEl, chrome) &&
        !storyFooter(el, headlineEl, chrome)) ||
      el.closest('figure') ||
      (headlineEl && el.contains(headlineEl)) ||
      postedByAccount(el) ||
      teaserByline(el, headlineEl)
    )
      continue;
    const names = byLevel[scopes.findIndex((sc) => sc.contains(el))]!;
    // A Korean byline is read whole: its places and its role stand in texts of their own
    // ("순천, 광양 <strong>구현모</strong> 기자").
    const korean = koreanBylineNames(cleanLine(el.textContent ?? '', 300) ?? '');
    for (const n of korean) if (!names.includes(n) && isAuthorName(n, siteNames, hostname)) names.push(n);
    if (korean.length) continue;
    // Each text of its own: "By <a>David Jeans</a>", "Meg James<span>Staff Writer</span>".
    for (const piece of textPieces(el)) {
      const line = piece.split(/\s+[|•·—–-]\s+|(?=\b(?:Updated|Published|Aktualisiert)\b)/)[0]!.replace(/\s*[|•·]$/u, '');
      for (const n of splitAuthors(line)) if (!names.includes(n) && isAuthorName(n, siteNames, hostname)) names.push(n);
      const agency = agencyOf(line);
      if (agency && !agencies.includes(agency)) agencies.push(agency);
    }
  }
  // A story no person signed, signed by an agency: the agency is its author.
  return byLevel.find((names) => names.length)?.slice(0, 20) ?? agencies.slice(0, 3);
}

/**
 * A CMS's own account ("/author/admin/", "/author/administrator/"): the login that posted the
 * story, whatever display name it carries ("Ilanga D"), not the person who wrote it.
 */
export const ADMIN_ACCOUNT = /\/(?:author|authors|autor|auteur|user|users)\/(?:admin|administrator|webmaster)\/?(?:[?#].*)?$/i;
function postedByAccount(el: Element): boolean {
  const links = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
  const link = el.closest('a[href]');
  if (link) links.push(link);
  return links.length > 0 && links.every((a) => ADMIN_ACCOUNT.test(a.getAttribute('href') ?? ''));
}

/**
 * The byline of another story's teaser in the article ("Más información": a linked headline, then
 * "<a href="/autor/…">Íñigo Domínguez</a> | Roma"): a block around the name, short of the one
 * that holds the story's headline, has a heading of its own that links to another page.
 */
function teaserByline(el: Element, headlineEl: Element | undefined): boolean {
  if (!headlineEl) return false;
  for (let n: Element | null = el.parentElement, depth = 0; n && depth < 4 && !n.contains(headlineEl); n = n.parentElement, depth++) {
    for (const h of Array.from(n.querySelectorAll('h2, h3, h4, h5')).slice(0, 5)) {
      if (!(h.compareDocumentPosition(el) & 4)) continue;
      const link = h.querySelector('a[href]') ?? h.closest('a[href]');
      if (link && !(link.getAttribute('href') ?? '').startsWith('#')) return true;
    }
  }
  return false;
}

/** A line that opens with "By": "By Daniel Renfrow", "by: Ziyi Xu, Dec 17, 2025". */
const BY_LINE =
  /^(?:(?:(?:written|posted|published)\s+by|by|von|par|door|av|af|por)\s*:?|(?:tekst|teksti|autor|autorka|yazar)\s*:)\s+\p{Lu}/iu;
/** A line that starts with a date: "05.04.2025 - Updated …", "June 1, 2019". */
const DATE_START =
  /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})/iu;

/**
 * Bylines no class names: a short line after the headline that opens with "By", and the name
 * beside a label of its own ("<div>Written by</div><div>Edzel Tabing</div>", "<span>Author:</span>
 * <span>…</span>"). Returns the elements that hold the names.
 */
function unmarkedBylines(scope: Element, headlineEl: Element | undefined): Element[] {
  if (!headlineEl) return [];
  const out: Element[] = [];
  const lines = scope.querySelectorAll('p, span, div, li, small, strong, b, em, dt');
  // Only the lines just after the headline: further down, a teaser of another story has its own ("Von A, Washington").
  let after = 0;
  for (let i = 0; i < lines.length && i < 2_000 && out.length < 4 && after < 60; i++) {
    const el = lines[i]!;
    if (!(headlineEl.compareDocumentPosition(el) & 4)) continue;
    after++;
    if (el.childElementCount > 4 || el.closest('a')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 100) continue;
    if (BY_LINE.test(text) && el.childElementCount <= 4) out.push(el);
    // "Sehernur Karsu |" beside "05.04.2025": a lone name set before the story's date line.
    else if (
      el.childElementCount === 0 &&
      /^[^|•·]{4,40}\s*[|•·]?$/u.test(text) &&
      DATE_START.test((el.nextElementSibling?.textContent ?? '').trim())
    )
      out.push(el);
    else if (BYLINE_LABEL.test(text) && !/^(?:by|von|par|door)$/i.test(text)) {
      const next = el.nextElementSibling;
      if (next && (next.textContent ?? '').trim().length <= 60) out.push(next);
    }
  }
  return out;
}

/**
 * A short aside beside the headline that holds the story's byline and date ("von APA",
 * "Donnerstag, 05. Juni"): the story's own, not a sidebar, though an aside is page furniture
 * elsewhere.
 */
function storyAside(el: Element, headlineEl: Element | undefined, chrome: (el: Element) => boolean): boolean {
  const aside = el.closest('aside');
  const around = aside?.parentElement;
  if (!aside || !around || !headlineEl || (aside.textContent ?? '').length > 400 || chrome(around)) return false;
  return !!around.parentElement?.contains(headlineEl);
}

/**
 * The footer of the story's own `article` ("<footer class="post-meta"><a rel="author">…"): where
 * blogs sign their posts, under the text. A footer is the furniture of the page, but one inside
 * the article that holds the headline is the story's.
 */
function storyFooter(el: Element, headlineEl: Element | undefined, chrome: (el: Element) => boolean): boolean {
  const footer = el.closest('footer');
  const article = footer?.parentElement?.closest('article');
  if (!footer || !article || !headlineEl || !article.contains(headlineEl) || (footer.textContent ?? '').length > 600) return false;
  return !chrome(footer.parentElement!) && !Array.from(el.classList).some((c) => /comment|related|teaser/i.test(c));
}

/** The texts of an element's text nodes, each trimmed: the pieces a byline is built from. */
/**
 * The author's position under their name ("<span data-qa="Author.Position">Leitender
 * Wirtschaftsredakteur</span>", "<div class="author__role">Staff Writer</div>"): a line the site
 * marks as the role is never a name.
 */
const ROLE_MARK = /(^|[\s_.-])(position|role|job-?title|jobtitle|designation|author-?title|author__title|author-?bio)($|[\s_.-])/i;
const isRoleLine = (el: Element) => ROLE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('data-qa') ?? ''}`);

function textPieces(el: Element): string[] {
  const out: string[] = [];
  // The raw text last seen ended inside a word: "Louise Matsaki<span class="last-letter">s</span>"
  // continues it, so the name is not cut in two.
  let midWord = false;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const raw = child.nodeValue ?? '';
        const t = cleanLine(raw);
        if (t && midWord && out.length && /^\p{Ll}/u.test(raw)) out[out.length - 1] += t;
        else if (t) out.push(t);
        if (raw.trim()) midWord = /\p{L}$/u.test(raw);
      } else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TIME'].includes((child as Element).tagName) && !isRoleLine(child as Element))
        walk(child);
      else midWord = false;
    }
  };
  walk(el);
  return out.slice(0, 20);
}

/**
 * The story's authors: the byline the reader sees beats the metadata when they differ (a CMS's
 * `author` is often the editor who filed it); then JSON-LD people, the `author` meta tag, and
 * Readability's byline. Organisations, agencies and the site itself are never authors.
 */
export function articleAuthors(opts: {
  visible: string[];
  /** JSON-LD authors; `person` when the node is typed Person (then a lone first name counts). */
  structured: Array<{ name: string | undefined; person: boolean; typed?: boolean }>;
  metaAuthor: string | undefined;
  siteNames: readonly (string | undefined)[];
  hostname: string;
}): string[] | undefined {
  if (opts.visible.length) return cleanList(opts.visible, 20);
  const fromLd = opts.structured
    .map(({ name, person, typed }) => ({ name: cleanLine(name && withoutRole(name)), person, typed }))
    // One Person node naming two ("Jane Roe and John Doe", "A und B, Berlin"): the names it holds,
    // when each is a person's name.
    .flatMap((a) => {
      if (!a.name || isAuthorName(a.name, opts.siteNames, opts.hostname) || !AUTHOR_JOIN.test(a.name)) return [a];
      const parts = splitAuthors(a.name);
      return parts.length >= 1 && parts.every((n) => isAuthorName(n, opts.siteNames, opts.hostname))
        ? parts.map((name) => ({ ...a, name }))
        : [a];
    })
    .filter(
      ({ name, person, typed }) =>
        isAuthorName(name, opts.siteNames, opts.hostname) ||
        (person && isFirstName(name, opts.siteNames, opts.hostname)) ||
        // A Person typed as such is the author even when the site bears their name (a newsletter named after its writer).
        (typed && !ARTICLE_FIRST.test(name ?? '') && isAuthorName(name, [], opts.hostname)),
    )
    .map(({ name }) => nameCase(name!));
  if (fromLd.length) return cleanList(fromLd, 20);
  const meta = opts.metaAuthor && !/^https?:|@/.test(opts.metaAuthor) ? opts.metaAuthor : undefined;
  const fromMeta = splitAuthors(meta).filter((n) => isAuthorName(n, opts.siteNames, opts.hostname));
  return fromMeta.length ? cleanList(fromMeta, 20) : undefined;
}

/**
 * The news agency a story credits as its author when no person signs it (JSON-LD or the author
 * meta tag: "dpa", "Reuters"), as a reader sees the byline. A publication crediting itself
 * ("DER SPIEGEL", "Les Echos") signs nothing a reader would call a byline.
 */
export function agencyByline(values: ReadonlyArray<string | undefined>): string | undefined {
  for (const v of values) {
    const agency = agencyOf(cleanLine(v, 200) ?? '');
    if (agency) return agency;
  }
  return undefined;
}

/** "von APA", "By Reuters": the agency a line names, without its "by". */
function agencyOf(line: string): string | undefined {
  const name = line.replace(/^\s*(?:by|von|par|door|di|por)\s+/i, '').trim();
  return AGENCY.test(name) ? name : undefined;
}
