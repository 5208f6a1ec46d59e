import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany, words } from './statement-page';

// What a company says of its own work in prose, read by lib/prep/statements.ts: the one thing it
// specialises in ("mit Spezialisierung auf das nachträgliche Einfräsen von Fußbodenheizungen in
// Bestandsestrich"), and how it grew ("Iniciamos desarrollando equipos residenciales … hasta
// convertirnos en fabricantes de sistemas Semi Industriales e Industriales"). Read from the
// sentence's structure in English, German, French, Dutch and Spanish; the page's words are quoted
// when it is not in English, never translated.

/** "specialises in", "mit Spezialisierung auf", "spécialisée dans", "gespecialiseerd in", "especializados en": then what. */
const SPECIALISES =
  /(?<![\p{L}])(?:speciali[sz](?:e|es|ed|ing)\s+in|specialists?\s+in|Spezialisierung\s+auf|spezialisiert\s+auf|Spezialist(?:en)?\s+für|spécialisée?s?\s+(?:dans|en)|spécialistes?\s+(?:de|du|des)|gespecialiseerd\s+in|specialist\s+in|especializad[oa]s?\s+en|especialistas\s+en)\s+([^.;:!?,]{6,160})/iu;

/**
 * Where it puts its weight: "a particular focus is on", "Ein besonderer Schwerpunkt liegt auf",
 * "l'accent est mis sur", "de nadruk ligt op", "nos centramos en": then a list of work, commas
 * and all ("Wartung, Instandhaltung und Sanierung im Bestand"), to the sentence's end.
 */
const FOCUS =
  /(?<![\p{L}])(?:(?:(?:particular|special|main|key|primary|our)\s+)?focus(?:\s+(?:is|lies))?\s+on|(?:besonderer\s+|unser\s+)?Schwerpunkt(?:\s+(?:liegt|legen\s+wir))?\s+auf|(?:Schwerpunkte?\s+)?(?:konzentrieren|fokussieren)\s+(?:wir\s+)?uns\s+auf|l[’']accent\s+(?:est\s+mis\s+)?sur|nadruk\s+(?:ligt\s+)?op|focus\s+ligt\s+op|nos\s+(?:centramos|enfocamos)\s+en)\s+([^.;:!?]{6,120})/iu;

/** Words that name no particular work: "comprehensive financial solutions", "calidad, innovación". */
const VAGUE =
  /^(?:providing|provide|offering|comprehensive|solutions?|services?|quality|needs|personal|business|businesses|innovative|innovation|customers?|clients?|various|range|products?|everything|things|requirements|Lösungen|Dienstleistungen|Leistungen|Qualität|Bereich|Kunden|qualité|prestations|besoins|diensten|oplossingen|kwaliteit|klanten|soluciones|servicios|calidad|innovación|clientes|necesidades)$/iu;

/** Words of five letters or more that say what the work is. */
const telling = (t: string) =>
  t
    .split(/[\s,/]+/)
    .map((w) => w.replace(/[^\p{L}-]+/gu, ''))
    // A long word, or a name ("BMW", "Mini"): something in particular.
    .filter((w) => (w.length >= 5 || (w.length >= 2 && /^\p{Lu}/u.test(w))) && !VAGUE.test(w));

/** The rest of a list after the first item: ", spas, fitness, office and retail sectors" up to the sentence's end. */
const LIST_TAIL = /^((?:,\s*[^.;:!?,]{2,40}){1,10})\s*(?=[.;:!?]|$)/u;
/** "… for the gyms": what follows names whom the work is for. */
const FOR_WHOM = /\s(?:for|für|pour|voor|para)\s/iu;
/** The list's last item joins on "and" ("office and retail sectors"), in the languages the phrase is read in. */
const CONJOINED = /\s(?:and|or|und|oder|et|ou|en|of|y|o)\s/iu;

/** The one thing the company says it specialises in, when it names a particular work. */
export function specialism(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    const sm = SPECIALISES.exec(s.text);
    // A focus is said with a list: it runs to the sentence's end, or to a dash that opens an aside.
    const fm0 = sm ? undefined : FOCUS.exec(s.text);
    // The noun ("our main focus is on", "the focus lies on"), never the verb: "so you can focus on what
    // matters" is the customer's, and "we focus on crafting a seamless experience" a way of working, not a line of work.
    const fm =
      fm0 &&
      (!/focus/i.test(fm0[0]) ||
        /\b(?:our|its|the|a|particular|special|main|key|primary|core)\s+focus\b|\bfocus\s+(?:is|lies)\b/i.test(fm0[0])) &&
      !/^\p{L}+ing\b/u.test(fm0[1]!)
        ? fm0
        : undefined;
    const m =
      sm ?? (fm ? ([fm[0], fm[1]!.split(/\s+[—–-]\s+|\s+(?:where|wo|où|waar|donde)\s+/iu)[0]!] as unknown as RegExpExecArray) : null);
    // An impersonal focus ("Ein besonderer Schwerpunkt liegt auf …") is the company's when its paragraph speaks for it.
    const near = fm ? [s.all[s.index - 1], s.all[s.index + 1]] : [];
    if (!m || !(speaksForCompany(s.text, names) || near.some((t) => !!t && speaksForCompany(t, names)))) continue;
    // "gehört zur Frontwork AG, dem erfahrenen Spezialisten für …": the specialist is the group, not the company.
    if (/(?<![\p{L}])(?:AG|GmbH|SA|SAS|BV|NV|Ltd|Inc|LLC|plc|Group|Gruppe|Groupe|Holding)(?![\p{L}])/u.test(s.text.slice(0, m.index)))
      continue;
    // A list of whom the work is for, running on past the comma where the phrase is cut ("interior
    // design for the gyms, spas, fitness, … and retail sectors": blind-14 zynk-stavros-thin read
    // "for the gyms" alone), is a statement of whom it serves, not a specialism: what is left
    // ("interior design", from an interior design studio) says nothing.
    const list = sm ? LIST_TAIL.exec(s.text.slice(m.index + m[0].length)) : null;
    if (list && CONJOINED.test(list[1]!.split(',').pop()!) && FOR_WHOM.test(m[1]!)) continue;
    // "BMW & Mini maar natuurlijk kunt u ook …": what follows a "but" is another thought.
    const what = m[1]!
      .split(/\s+(?:but|maar|aber|mais|pero|ma)\s+/iu)[0]!
      .trim()
      .replace(/\s+(?:and|und|et|en|y)$/iu, '');
    // "comprehensive financial solutions for both personal and business needs" names no work in particular.
    if (telling(what).length < 2 || words(what) > 16) continue;
    // Said in English only when the page says it in English ("gespecialiseerd in" on a page marked English is still Dutch).
    const english = page.english && /^speciali[sz]|focus/i.test(m[0]);
    const said = english ? what.replace(/^(?:the|our)\s+/i, '') : quoted(what);
    return [
      {
        kind: 'specialism',
        text: fm ? `Puts its focus on ${said}` : `Specialises in ${said}`,
        phrase: fm ? `puts its focus on ${said}` : `specialises in ${said}`,
        names: telling(what).slice(0, 3),
        evidence: s.text,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}

/** How it began: the verb a company tells its start with ("we started", "iniciamos", "wir begannen"). */
const BEGAN =
  /(?<![\p{L}])(?:began|started|started out|iniciamos|comenzamos|empezamos|nacimos|begannen|begann|starteten|angefangen|avons commencé|a commencé|avons débuté|a débuté|zijn begonnen|begonnen|startten)(?![\p{L}])/iu;
/** What it grew into. */
const BECAME =
  /(?<![\p{L}])(?:grew into|grown into|evolved into|evolving into|became|has become|have become|turned into|convertirnos en|nos convertimos en|convertido en|entwickelten uns zu|entwickelte sich zu|wurden zu|wurde zu|sommes devenus|est devenue?|uitgegroeid tot|groeiden uit tot)(?![\p{L}])/iu;

/** A first-person plural verb is the company speaking, in a language that drops its pronoun ("Iniciamos"). */
const WE_VERB = /(?<![\p{L}])(?:iniciamos|comenzamos|empezamos|nacimos|avons)(?![\p{L}])/iu;

/** The clause a cue opens, to the next comma or the end of its sentence, at most `max` words. */
function clause(text: string, at: number, max = 14): string | undefined {
  const c = text
    .slice(at)
    .split(/[,;:.!?]/)[0]!
    .trim();
  return words(c) >= 3 && words(c) <= max ? c : undefined;
}

/** How the company grew, told by itself: what it began with, in one sentence, and what it became, in that one or the next. */
export function growth(page: Page, names: string[]): Statement[] {
  const sentences = companySentences(page, names);
  for (const [k, s] of sentences.entries()) {
    const began = BEGAN.exec(s.text);
    if (!began || !(speaksForCompany(s.text, names) || WE_VERB.test(s.text))) continue;
    const next = sentences[k + 1];
    const later = [s, ...(next && next.line === s.line && next.index === s.index + 1 ? [next] : [])];
    for (const t of later) {
      const became = BECAME.exec(t === s ? s.text.slice(began.index) : t.text);
      if (!became) continue;
      const start = clause(s.text, began.index);
      const end = clause(t === s ? s.text.slice(began.index) : t.text, became.index);
      if (!start || !end || start === end || end.startsWith(start)) continue;
      const said = `from ${quoted(start)} to ${quoted(end)}`;
      return [
        {
          kind: 'growth',
          text: `How it grew, in its own words: ${said}`,
          phrase: said,
          names: [...telling(start).slice(0, 2), ...telling(end).slice(0, 2)],
          evidence: t === s ? s.text : `${s.text} ${t.text}`,
          ...onPage(page),
          strength: 7,
        },
      ];
    }
  }
  return [];
}

/**
 * A promise the company makes in so many words, a condition and what "we" then do ("When the
 * regulator asks questions, we are in the room.", "Wenn es brennt, sind wir in zwei Stunden da."):
 * the stance a coach asks about, since keeping it is what the work inside is made of. A wish ("we
 * want to help") or an offer to the reader ("If that's the case for you, …") is no promise.
 */
const PROMISE =
  /^(?:When|Whenever|If|Wenn|Sobald|Quand|Lorsque|Si|Als|Wanneer|Cuando)\s+([^,;:]{3,70}),\s+(?:(?:then|dann|alors|dan)\s+)?(?:we|wir|nous|wij|we|nosotros)?\s*([^.!?]{3,80})[.!]$/iu;
const WE_THEN =
  /^(?:(?:then|dann|alors|dan)\s+)?(?:we|wir|nous|wij)\b|^(?:sind|stehen|kommen|bleiben|sommes|restons|zijn|blijven|staan)\s+wir\b/iu;
const WISH = /(?<![\p{L}])(?:want|wants|would|hope|may|might|could|wollen|möchten|voulons|souhaitons|willen|queremos)(?![\p{L}])/iu;
const YOU = /(?<![\p{L}])(?:you|your|Sie|Ihr\p{L}*|vous|votre|vos|u|uw|je|usted)(?![\p{L}])/u;
/**
 * What "we" then do, when it is going back to the work: a guarantee, not an offer. (A price alone
 * does not make one: "If you book this week, we offer a free of charge inspection" is an offer.)
 */
const GUARANTEE =
  /^(?:we['’]ll|we will|we)\s+(?:come back|return|re-?treat|re-?do|redo|fix|repair|replace|refund)\b(?!.*\b(?:happy|glad|help|contact|call you)\b)/iu;

export function promise(page: Page, names: string[]): Statement[] {
  const found: Array<{ text: string; line: number }> = [];
  for (const s of companySentences(page, names)) {
    const m = PROMISE.exec(s.text);
    // The reader in the condition is an offer to them ("If that's the case for you, …"), unless what
    // "we" then do is a guarantee kept by going back to the work ("If pests show up between your
    // scheduled quarterly visits, we’ll return to treat the problem at no extra cost": blind-17 allseasons).
    // (What follows the comma, "we" included: the match's group starts after it.)
    const then = s.text.slice(s.text.indexOf(',') + 1).trim();
    if (!m || WISH.test(s.text) || (YOU.test(m[1]!) && !GUARANTEE.test(then))) continue;
    // "we" says what then happens: the company is the one promising.
    if (!WE_THEN.test(then)) continue;
    found.push({ text: s.text.trim(), line: s.line });
  }
  const first = found[0];
  if (!first) return [];
  // Two promises in one paragraph are said together ("When we implement, we stay. When the regulator asks questions, we are in the room.").
  const said = found.filter((f) => f.line === first.line).slice(0, 2);
  const quotedAll = said.length > 1 && words(said.map((f) => f.text).join(' ')) <= 25 ? said : [said[said.length - 1]!];
  const text = `“${quotedAll.map((f) => f.text).join(' ')}”`;
  return [
    {
      kind: 'promise',
      text: `Its promise, in its own words: ${text}`,
      phrase: text,
      names: quotedAll.map((f) => f.text),
      evidence: quotedAll.map((f) => f.text).join(' '),
      ...onPage(page),
      strength: 7,
    },
  ];
}
