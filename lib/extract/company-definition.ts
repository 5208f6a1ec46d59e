import { squash } from './domain-fit';
/**
 * Does a line speak of the company as its subject? The forms of its name ("Acme Robotics GmbH",
 * "Acme Robotics", "Acme") and its site's address, and a sentence that opens on one of them and says
 * what the company does ("Acme Robotics is …", "Since 2003 Acme builds …") rather than where it sits
 * or whose it is. Read by the about text (lib/extract/about-text.ts) and the company details.
 */

/** Does the text name the company (by a form of its name, or by its domain's name)? */
export function namesCompany(text: string, name: string | undefined, host: string): boolean {
  const lower = text.toLowerCase();
  if (name && nameHeads(name).some((h) => lower.includes(h))) return true;
  const label = host
    .replace(/^www\d?\./, '')
    .split('.')[0]!
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
  return label.length >= 3 && lower.replace(/[^a-z0-9]/g, '').includes(label);
}

const VERBS =
  /^(is|are|has been|have been|has (?:delivered|provided|served|offered|helped|built|supplied|designed|manufactured|installed|developed)|makes|provides|offers|helps|builds|develops|designs|delivers|specializes|specialises|creates|enables|empowers|operates|serves|manufactures|produces|sells|manages|carries|supplies|installs|distributes|ist|sind|bietet|entwickelt|steht|hilft|unterstützt|vertreibt|liefert|produziert|fertigt|berät|betreibt|est|sont|propose|accompagne|offre|développe|conçoit|aide|fournit|fabrique|distribue|installe|levert|biedt|ontwikkelt|verzorgt|maakt|verkoopt|installeert|adviseert|helpt)\b/i;

/** The name's forms, longest first, and the site's address: "Bluedogink.com is a leading provider …". */
export function companyHeads(name: string, host: string): string[] {
  const site = host.replace(/^www\d?\./, '').toLowerCase();
  const label = site.split('.')[0]!;
  return [...nameHeads(name), ...(label.length >= 4 ? [site, label] : [])].sort((a, b) => b.length - a.length);
}

/** A line that defines the company, after an apposition or not ("Première agence française du tourisme médical, Esthetic Planet propose …"). */
export function definesCompany(line: string, name: string, host: string): boolean {
  const heads = companyHeads(name, host);
  const after = /^[^,.!?]{3,80},\s+/.exec(line)?.[0].length;
  return opensWithDefinition(line, heads) || (!!after && opensWithDefinition(line.slice(after), heads));
}

/** Does the text open with the company as its subject, after a clause or not ("Established in April 2000, Prepress Express has …")? */
export function opensWithCompany(text: string, name: string, host: string): boolean {
  const lower = text.toLowerCase();
  const after = /^[^,.!?]{3,80},\s+/.exec(text)?.[0].length ?? 0;
  return companyHeads(name, host).some((h) => lower.startsWith(h) || (after > 0 && lower.startsWith(h, after)));
}

export function opensWithDefinition(text: string, heads: string[]): boolean {
  // "For over a quarter of a century, Barenz Builders has been …": a clause of time or place before the name.
  const start = OPENING_CLAUSE.exec(text)?.[0].length ?? 0;
  const lower = text.toLowerCase();
  // A head ends where a word does: "Ward" of "Ward 4" is not the start of "Ward4 provides …".
  const at0 = (h: string, i: number) => lower.startsWith(h, i) && !/[\p{L}\p{N}]/u.test(lower[i + h.length] ?? '');
  const head =
    heads.find((h) => at0(h, 0)) ??
    (start ? heads.find((h) => at0(h, start)) : undefined) ??
    spelledHead(text, heads, 0) ??
    (start ? spelledHead(text, heads, start) : undefined);
  if (!head) return false;
  const at = lower.startsWith(head) ? 0 : start;
  // After the name: more of it ("Geomark SIG Solutions"), an apposition ("…, formerly X,"), then the verb.
  const rest = text
    .slice(at + head.length)
    .replace(/^['’]s\b/, '')
    .replace(/^(\s+[\p{Lu}][\p{L}.&-]*){0,3}/u, '')
    .replace(/^\s*\([^)]{0,60}\)/, '')
    .replace(/^\s*,[^,.]{0,60},/, '')
    .trim();
  return VERBS.test(rest) && !WHERE_OR_WHOSE.test(rest) && !ATTITUDE.test(rest);
}

/**
 * The name as the sentence spells it, when it differs from the head only in spaces or marks:
 * "Plunkett’s" for "Plunkett's Pest Control"'s "plunkett's" (fresh21-plunketts), "Ward4" for
 * "Ward 4" (fresh21-ward4mke), "Official Translations" for officialtranslations.com
 * (fresh21-officialtranslations). The first one to four words of the text, squashed, equal a head
 * squashed; the words as the text writes them are returned (lower case), so the rest is read after them.
 */
function spelledHead(text: string, heads: readonly string[], at: number): string | undefined {
  const words = text.slice(at).split(' ', 4);
  const squashed = new Set(heads.map(squash).filter((h) => h.length >= 4));
  for (let k = words.length; k >= 1; k--) {
    const span = words
      .slice(0, k)
      .join(' ')
      .replace(/[,.:;!?]+$/, '');
    // "The Floor Barn flooring store is …" on floorbarn.com (fld22-floorbarn).
    if (squashed.has(squash(span)) || squashed.has(squash(span.replace(/^the\s+/i, '')))) return span.toLowerCase();
  }
  return undefined;
}

/**
 * "For over a quarter of a century, …", "Since 2003 …" (a year needs no comma after it), "That's
 * why All Seasons Pest Control offers …" (fresh19-aspest: the sentence after the reader's need).
 */
const OPENING_CLAUSE =
  /^(?:(?:for|since|over|in|after|from|today|seit|heute|depuis|pendant|sinds)\b[^,.!?]{0,60},\s+|(?:since|seit|depuis|sinds)\s+(?:1[89]\d\d|20\d\d)\s+(?=\p{Lu})|(?:that['’]s|that is|this is|which is) why\s+)/iu;

/**
 * "FinCar is based in Chatswood …", "Sunreflex ist in Brüttisellen ansässig und gehört zur Frontwork
 * AG", "Wellwork Germany GmbH is part of the Wellwork Group", "Geomark … est fondée par Robin Maume":
 * where the company sits, whose it is or who founded it, not what it does.
 */
const WHERE_OR_WHOSE =
  /^(?:is|are|ist|est|is)\s+(?:(?:now\s+|currently\s+)?(?:based|located|headquartered|situated|part of|a subsidiary|a division|owned|founded|gevestigd|gelegen|onderdeel van|basée?|située?|installée?|fondée?|créée?|implantée?)\b|in\s+\p{Lu}[^.!?]{0,60}\b(?:ansässig|beheimatet|zu hause|gevestigd)\b)/iu;

/**
 * "Plunkett’s is ready to help with …" (fresh21-plunketts), "Rose & Kiernan, Inc. is committed to
 * compensation transparency" (fresh19-rkinsurance): how the company stands, not what it does.
 */
const ATTITUDE =
  /^(?:is|are)\s+(?:(?:always|here|now)\s+)?(?:ready|committed|proud|happy|pleased|excited|delighted|honou?red|here to|available|open|closed|licensed|insured|covered|bonded)\b/i;

/** The name and its shorter forms: "Acme Robotics GmbH", "Acme Robotics", and a single word when distinctive. */
export function nameHeads(name: string): string[] {
  const n = name.toLowerCase().trim();
  const bare = n.replace(/,?\s+(inc\.?|llc|ltd\.?|limited|gmbh|ag|sa|sas|sarl|bv|b\.v\.|nv|lda|corp\.?|co\.)$/i, '').trim();
  const heads = [n, bare];
  const first = bare.split(/\s+/)[0] ?? '';
  if (first.length >= 4 && first !== bare) heads.push(first);
  return [...new Set(heads)].filter(Boolean);
}

/** Is this word a part of the company's name or its domain ("Acme" for "Acme Robotics" on acme.example)? */
export function isCompanyWord(word: string, name: string | undefined, host: string): boolean {
  const w = word.toLowerCase();
  return (
    !!name
      ?.toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .includes(w) || host.toLowerCase().includes(w)
  );
}
