import { cleanLine } from './clean';
import { isCountry } from './places';

/*
 * Is this text a person's name, and where does their title start? Team cards, contact blocks,
 * bylines and prose all ask it: "Dana Whitcombe", "Jim Scullion, CEO", "Jani Daly, Cathy Hooper"
 * are people; "Our Team", "Learn more", "BSc Betriebsökonomie" are not.
 */

/** Words a job title holds, in English, German, French and Dutch. */
export const ROLE_WORD =
  /\b(ceo|cto|cfo|coo|cmo|cio|cso|chro|vp|svp|evp|chief|officer|president|vice[- ]president|director|head|lead|leader|manager|founder|co-?founder|partner|principal|associate|counsel|attorney|lawyer|solicitor|chair(?:man|woman|person)?|owner|secretary|treasurer|controller|administrator|coordinator|specialist|assistant|bookkeeper|accountant|engineer|developer|designer|architect|scientist|analyst|consultant|advisor|adviser|broker|agent|realtor|representative|executive|supervisor|superintendent|foreman|technician|estimator|marketing|sales|operations|customer service|paralegal|clerk|receptionist|editor|producer|mgr|asst|tutor|trainer|instructor|teacher|faculty|registrar|lecturer|professor|electrician|lehrer(?:in)?|dozent(?:in)?|enseignant(?:e)?|format(?:eur|rice)|docent|leraar|lerares|tekenaar|rechtsanw[aä]lt[a-zäöüß]*|[a-zäöüß]*fachwirt(?:in)?|steuerberater(?:in)?|therapist|hygienist|dentist|surgeon|physician|geschäftsführer(?:in)?|gründer(?:in)?|mitgründer(?:in)?|inhaber(?:in)?|vorstand|leiter(?:in)?|prokurist(?:in)?|berater(?:in)?|ingenieur(?:in)?|vertrieb|assistenz|fondat(?:eur|rice)|cofondat(?:eur|rice)|co-fondat(?:eur|rice)|directeur|directrice|président(?:e)?|gérant(?:e)?|responsable|chargée?|associée?|avocat(?:e)?|eigenaar|directeur|oprichter|medeoprichter|advocaat|adviseur|bedrijfsleider)\b/i;

/** "Dana Whitcombe", "Luis Ferreira-Koh", "Anne-Sophie de la Tour", "Dr. Jo Ng", "Debra S. Katz", "A.J. Mangum", "William E. Berry Jr.". */
const NAME =
  /^(?:(?:Dr|Prof|Sir|Dame|Mr|Mrs|Ms|Mme|Herr|Frau)\.?\s)?(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]*\.?)(?:\s(?:(?:van|von|de|del|della|der|den|da|di|du|la|le|bin|al|zu|ten|ter)\s)*\p{Lu}[\p{L}'’.-]*){1,3}(?:,?\s(?:Jr|Sr)\.?|,?\s(?:II|III|IV))?$/u;
export const NOT_A_NAME =
  /\b(alle|alles|unsere|ihre|tous|toutes|notre|nos|votre|onze|floor|suite|building|geschäftsführung|leitung|verwaltung|us|we|are|to|buy|where|order|status|e-?mail|image|bank|portfolio|patent|application|reseller|external|technologies|lda|home|team|about|contact|careers|leadership|board|our|the|and|with|for|read|more|learn|view|profile|linkedin|twitter|facebook|chief|officer|director|president|founder|co-founder|partner|manager|head|lead|counsel|secretary|engineer|scientist|vp|vice|executive|independent|chair|chairman|chairwoman|member|advisor|investor|ceo|cto|cfo|coo|general|senior|principal|global|vorstand|geschäftsführer|directeur|directrice|président|fondateur|county|city|street|road|avenue|center|centre|services?|solutions?|products?|customers?|stories|papers|blog|events|news|press|jobs|search|policy|privacy|terms|home|menu|login|cart|shop|sales|support|group|company|inc|llc|ltd|gmbh|corporation|university|school|college|hospital|medicine|surgery|systems?|software|management|marketing|development|information|compliance|responsibility|governance|resources|calendar|education|experience|training|location|locations|office|offices|region|north|south|east|west|new|all|address|mailing|networking|quote|request|social|hours|directions|map|phone|fax|opening|newsletter|subscribe|download|welcome|gallery|testimonials?|reviews?|caption|placeholder|slide|photo|meet|lorem|ipsum|name|designation)\b/i;

/**
 * A degree on a CV line ("BSc Betriebsökonomie", "MSc Data Science"), a widget's call to the reader
 * ("Wählen Sie Ihren Kanal", "Choose your channel"), a vacancy's section heading ("Ihr Profil",
 * "Your Profile", under a role whose "(m/w/d)" looked like a title) or an account link ("My
 * Account", "Mein Konto").
 */
const NOT_A_NAME_TOO =
  /^(?:B\.?Sc|M\.?Sc|BA|MA|MBA|EMBA|MAS|CAS|DAS|Ph\.?D|Dipl\.(?:-\p{L}+\.?)?|Diplom|Bachelor|Master)\.?\s|\s(?:EFZ|EBA)$|\b(?:[Ss]ie|[Ii]hre?n?|[Ii]hrem|[Ii]hrer|[Yy]our|[Uu]nser|[Ww]ählen|[Kk]anal|[Aa]ccount|[Kk]onto|[Cc]ompte|[Cc]hoose|[Ss]elect)\b/u;

export function looksLikeName(text: string | undefined): boolean {
  // "Walter (Bill) Babb": the name a person goes by, in brackets between the names.
  const plain = text?.replace(/^(\p{Lu}[\p{L}'’-]+)\s\(\p{Lu}[\p{Ll}'’-]+\)(?=\s\p{Lu})/u, '$1');
  return (
    !!plain && plain.length <= 50 && NAME.test(plain) && !NOT_A_NAME.test(plain) && !ROLE_WORD.test(plain) && !NOT_A_NAME_TOO.test(plain)
  );
}

/**
 * "KMU IT-Betreuung" (a line of a founder's CV list, fresh5-amplifyr), "EU-Kommission": a compound
 * on an acronym, never a name, whose hyphen joins names ("Jean-Luc"). Checked in the background
 * (lib/extract/company-prose.ts) on the people a page's cards gave: the injected scripts that share
 * looksLikeName have no room for it.
 */
export const acronymCompound = (text: string) => /(?:^|\s)\p{Lu}{2,}-\p{Lu}\p{Ll}/u.test(text);

/** "GRI", "CPA", "PhD", "Esq.": letters after a name, not a title. */
const DESIGNATION = /^(?:[A-Z]{2,5}|Ph\.?D\.?|Esq\.?|M\.?D\.?|MBA|CFA|CPA)(?:,\s*(?:[A-Z]{2,5}|Ph\.?D\.?|Esq\.?))*$/;
const SEPARATORS = /\s*(?:,|\s[–—-]\s|\s\|\s|\s·\s|:)\s*/;

/** "Jani Daly, Cathy Hooper", "Jan Roe & Jo Ng": two to four names in one line, each a name. */
export function severalNames(text: string): string[] | undefined {
  const parts = text.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\ben\b)\s*/).filter(Boolean);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => looksLikeName(p) && /\s/.test(p)) ? parts : undefined;
}

/** "Jim Scullion, CEO", "Theresa Ream – President", "Rick Peden, GRI", "Michael A. Filoromo, III". */
export function splitNameTitle(text: string): { name: string; title?: string } | undefined {
  const m = SEPARATORS.exec(text);
  if (!m || m.index === 0) return undefined;
  const name = cleanLine(text.slice(0, m.index));
  const rest = cleanLine(text.slice(m.index + m[0].length));
  if (!name || !rest || !looksLikeName(name)) return undefined;
  if (/^(Jr|Sr)\.?$|^(II|III|IV)$/.test(rest)) return looksLikeName(text) ? { name: text } : { name: `${name}, ${rest}` };
  if (DESIGNATION.test(rest) && !ROLE_WORD.test(rest)) return { name };
  if (!ROLE_WORD.test(rest) || rest.length > 120 || /\s(at|bei|chez|bij)\s|@/i.test(rest)) return undefined;
  return { name, title: rest };
}

/**
 * A title as a card writes it, without what is not the role: the office's place after a dash
 * ("Senior Investment Officer - Lima, Peru", "Analyst - Singapore": the last part a country),
 * the letters of a profession before it ("CFA, CFP, President"), a separator left at its start.
 */
export function cleanTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  let t = title.replace(/^[\s,;:|·–—-]+/, '');
  const dash = /\s[–—|-]\s([^–—|]{2,60})$/.exec(t);
  if (dash) {
    const parts = dash[1]!.split(',').map((p) => p.trim());
    const last = parts[parts.length - 1]!;
    if (parts.length <= 3 && isCountry(last) && !ROLE_WORD.test(dash[1]!)) t = t.slice(0, dash.index);
  }
  // Leading designations: each must be letters only and no role ("CEO, Founder" keeps its CEO).
  for (let m = LEADING_DESIGNATION.exec(t); m && !ROLE_WORD.test(m[1]!); m = LEADING_DESIGNATION.exec(t)) t = t.slice(m[0].length);
  return cleanLine(t);
}

/** "CFA, …", "CKD - …": a profession's letters before the title. */
const LEADING_DESIGNATION = /^([A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|MBA|Esq\.?)(?:,\s*|\s+[–—-]\s+)/;
