import type { PersonMention } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { looksLikeName, ROLE_WORD } from './person-name';

/**
 * People a page names after a label, one line each, as contact blocks and imprints write them:
 * "Ihr Ansprechpartner: Max Mustermann, Vertriebsleiter", "Contact: Jane Doe, Sales Manager",
 * "Geschäftsführer: Max Mustermann, Erika Muster", "Vertreten durch: Max Mustermann
 * (Geschäftsführer)", "Directeur de la publication : Jean Dupont", "Directie: Jan de Vries". A
 * contact label names a person whose title follows; a role label is every named person's title. A name
 * after an honorific ("mr. T.Peters", "Frau Dr. Erika Muster") over a telephone or e-mail line is a
 * contact person too, and so is a name over a title over a telephone or e-mail line ("Stavros
 * Theodoulou" / "MD zynk Design" / "Mob: 07866 556610"), the company's name after the title left out.
 */
const CONTACT =
  /^(?:(?:ihr|ihre|your|votre|uw)\s+)?(?:ansprechpartner(?:in|innen)?|kontaktpersone?n?|contacts?(?:\s+persons?)?|interlocuteurs?|contactperso(?:on|nen)|aanspreekpunt)$/i;
/** "John of Diana Valk", "John and Diana Valk", "Max und Erika Muster": two first names and the surname they share. */
const COUPLE = /^(\p{Lu}\p{Ll}+)\s+(?:and|&|of|en|und|et|or)\s+(\p{Lu}\p{Ll}+)\s+((?:(?:van|de|der|den|von|le|la)\s+)*\p{Lu}[\p{L}'’-]+)$/u;
const ROLE =
  /^(?:geschäftsführer(?:in)?|geschäftsführende[rn]?\s+gesellschafter(?:in)?|geschäftsführung|vorstand|vorstände|vorsitzende[rn]?\s+des\s+vorstands|inhaber(?:in)?|vertreten durch|vertretungsberechtigte[rn]?\s+geschäftsführer(?:in)?|ceo|managing directors?|directors?|founders?|co-?founders?|owners?|principal|directeur(?:\s+de\s+la\s+publication)?|directrice(?:\s+de\s+la\s+publication)?|responsable de la publication|gérant(?:e)?|président(?:e)?|directie|directeur|eigenaar|oprichter|bestuurder)$/i;
/** A label's words that say whom it stands for, not what they do. */
const NO_TITLE = /^(?:vertreten durch|responsable de la publication)$/i;
const CONTACT_DETAIL = /\s*(?:[|·]|\b(?:tel|phone|telefon|téléphone|fax|e-?mail|mail|mobil)\b\.?\s*[:.]?).*$/i;
const HONORIFIC_LINE = /^(?:mr\.|mw\.|dhr\.|herr|frau|mme|m\.|mrs\.|ms\.)\s+(?:(?:dr|prof)\.\s+)?(\p{Lu}[\p{L}.'’ -]{2,40})$/iu;
/** A telephone number or an e-mail address on a line of its own (with its label). */
const CONTACT_LINE =
  /^(?:(?:t|tel|phone|telefon|tél|m|mob|mobil|e|e-?mail)\.?\s*:?\s*)?(?:\+?\(?\d[\d\s()./–-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+)$/i;
const SPLIT = /\s*(?:,|;|\s&\s|\s(?:und|and|et|en)\s)\s*/;

export function labelledPeople(lines: readonly string[], company?: string): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (name: string, title: string | undefined) => {
    if (looksLikeName(name) && !out.some((p) => p.name === name)) out.push(title ? { name, title } : { name });
  };
  for (let i = 0; i < lines.length && i < 5_000; i++) {
    // "mr. T.Peters" over "06 - 51 51 27 30", "Frau Dr. Erika Muster" over an e-mail: a contact person.
    const h = HONORIFIC_LINE.exec(lines[i]!);
    if (h && CONTACT_LINE.test(lines[i + 1] ?? '')) add(h[1]!.replace(/\.(?=\p{Lu}[\p{Ll}])/gu, '. ').trim(), undefined);
    const over = CONTACT_LINE.test(lines[i + 2] ?? '') && looksLikeName(lines[i]) ? contactTitle(lines[i + 1]!, company) : undefined;
    if (over) add(lines[i]!, over);
    // A legal notice's table, label and value in cells of their own ("Président" / "Dimitri
    // Gritsajuk", fresh16-8digriz): the role over a name. Not in a team's cards, where a title
    // follows a name ("Ann Roe" / "Director" / "Jo Ng" / "Manager"): no name before the role, no
    // title after the name.
    if (
      ROLE.test(lines[i]!.trim()) &&
      // "Founders" over a card is a heading, not one person's title.
      !/s$/i.test(lines[i]!.trim()) &&
      !NO_TITLE.test(lines[i]!.trim()) &&
      looksLikeName(lines[i + 1]) &&
      !looksLikeName(lines[i - 1]) &&
      !ROLE_WORD.test(lines[i + 2] ?? '') &&
      !ROLE.test((lines[i + 2] ?? '').trim())
    )
      add(lines[i + 1]!.trim(), capitalised(lines[i]!.trim()));
    const m = /^([^:：]{2,60}?)\s*[:：]\s*(.*)$/u.exec(lines[i]!);
    if (!m) continue;
    // "_Contactpersonen: _John of Diana Valk": an old page's underscores draw its columns.
    const label = m[1]!.replace(/^[\s_]+/, '').trim();
    const contact = CONTACT.test(label);
    const role = !contact && ROLE.test(label);
    if (!contact && !role) continue;
    // "Geschäftsführer:" alone on its line: the names are on the next one.
    const rest = cleanLine((m[2] || lines[i + 1] || '').replace(CONTACT_DETAIL, '').replace(/^[\s_]+|[\s_]+$/g, ''), 200);
    if (!rest || rest.length > 160) continue;
    // "Contactpersonen: John of Diana Valk" (fresh11-eetwinkelvalk), "Contact persons: John and
    // Diana Valk": a couple who share the surname written once, each a contact.
    const couple = contact ? COUPLE.exec(rest) : null;
    if (couple) {
      add(`${couple[1]} ${couple[3]}`, undefined);
      add(`${couple[2]} ${couple[3]}`, undefined);
      continue;
    }
    if (contact) {
      // "Max Mustermann, Vertriebsleiter", "Jane Doe – Sales Manager".
      const [name, ...title] = rest.split(/\s*(?:,|\s[–—-]\s)\s*/);
      add(name!, title.length ? cleanLine(title.join(', ')) : undefined);
      continue;
    }
    const title = NO_TITLE.test(label) ? undefined : capitalised(label);
    for (const part of rest.split(SPLIT)) {
      // "Max Mustermann (Geschäftsführer)": the title in brackets is the person's own.
      const own = /^(.+?)\s*\(([^)]{2,60})\)$/.exec(part);
      if (own) add(own[1]!.trim(), own[2]!.trim());
      else add(part.replace(/^(?:Dr\.|Prof\.|Dipl\.-\S+)\s+/, '').trim(), title);
    }
  }
  return out.slice(0, 20);
}

/** "MD zynk Design", "Sales Manager": a title line in a contact block, without the company's name after it. */
function contactTitle(line: string, company: string | undefined): string | undefined {
  let t = cleanLine(line, 100);
  if (!t || t.length > 80 || /[\d@:]/.test(t) || !(ROLE_WORD.test(t) || /^(?:MD|GM)\b/.test(t))) return undefined;
  const at = company ? t.toLowerCase().lastIndexOf(company.toLowerCase()) : -1;
  if (at > 0 && at + company!.length === t.length) t = t.slice(0, at).replace(/[\s,–—-]+(?:at|bei|chez|bij)?\s*$/i, '');
  return cleanLine(t);
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
