/**
 * Names that are never the company a story is about, though they are written like one: places,
 * nationalities, public bodies and the calendar. Short lists of the common ones in English,
 * German and French news; the subject finder also weighs how a name is used, so a place missing
 * here is rarely chosen anyway.
 */
// Entries are separated by "|" so that "New York" is one place and "York" is not.
const PLACES =
  'Africa|Asia|Europe|America|Americas|Australia|Antarctica|Oceania|Arctic|Middle East|Latin America|North America|South America|' +
  'EU|U.S.|US|USA|U.K.|UK|United States|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Ireland|Northern Ireland|' +
  'Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Paraguay|Uruguay|Venezuela|Cuba|China|Japan|India|Korea|South Korea|North Korea|Taiwan|Hong Kong|Singapore|' +
  'Indonesia|Malaysia|Thailand|Vietnam|Philippines|Pakistan|Bangladesh|Iran|Iraq|Israel|Turkey|Saudi Arabia|United Arab Emirates|UAE|Qatar|Dubai|Egypt|' +
  'Nigeria|Kenya|South Africa|Ethiopia|Russia|Ukraine|Poland|Germany|France|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|' +
  'Finland|Greece|Czech Republic|Hungary|Romania|New Zealand|' +
  'Deutschland|Frankreich|Italien|Spanien|Österreich|Schweiz|Niederlande|Belgien|Polen|Russland|Großbritannien|Vereinigte Staaten|Indien|Brasilien|' +
  'Europa|Asien|Afrika|Amerika|Nordamerika|Südamerika|Australien|Chinas|Kanada|Mexiko|Türkei|Ägypten|' +
  'Allemagne|Angleterre|Espagne|Italie|Suisse|Belgique|États-Unis|Etats-Unis|Chine|Japon|Inde|Russie|Royaume-Uni|Québec|' +
  'New York|New York City|Los Angeles|San Francisco|Silicon Valley|Seattle|Boston|Chicago|Washington|Texas|California|Florida|Atlanta|Miami|Dallas|Houston|' +
  'Denver|Austin|Toronto|Vancouver|Montreal|Montréal|London|Paris|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Vienna|Wien|Zurich|Zürich|Geneva|Genf|' +
  'Amsterdam|Brussels|Brüssel|Madrid|Barcelona|Rome|Rom|Milan|Mailand|Stockholm|Oslo|Copenhagen|Dublin|Moscow|Moskau|Kyiv|Kiew|Beijing|Peking|Shanghai|Shenzhen|' +
  'Tokyo|Tokio|Osaka|Seoul|Mumbai|Delhi|New Delhi|Bangalore|Bengaluru|Sydney|Melbourne|Abu Dhabi|Riyadh|Tel Aviv|Cairo|Lagos|Nairobi|Johannesburg|Cupertino|' +
  'Mountain View|Palo Alto|Menlo Park|Redmond|Brooklyn|Manhattan|Wall Street|Asunción|Santa Clara|' +
  // Places that stand for a trade ("Hollywood actors strike ends …": the film industry, no firm).
  'Hollywood|Bollywood|Nollywood';
const PEOPLES =
  'American|Americans|British|Chinese|Japanese|German|Germans|French|Indian|Canadian|Canadians|European|Europeans|Asian|Russian|Russians|Australian|' +
  'Korean|Israeli|Swiss|Dutch|Italian|Spanish|Brazilian|Mexican|Irish|Scottish|Taiwanese|Emirati|Saudi|Ukrainian|Swedish|' +
  'Syrian|Iranian|Iraqi|Afghan|Turkish|Egyptian|Nigerian|Polish|Greek|Austrian|Danish|Norwegian|Finnish|Belgian|Portuguese|Vietnamese|Thai|Filipino|Pakistani|' +
  'Republican|Republicans|Democrat|Democrats|Democratic|Conservative|Conservatives|Labour|Tory|Tories|Muslim|Muslims|Christian|Christians|Jewish|Catholic|' +
  'Amerikaner|Deutsche|Deutschen|Chinesen|Europäer|Franzosen|Briten|Russen|' +
  // Peoples in the other languages of the corpus ("Rosjanie sugerują …": the Russians, on energetyka24.com).
  'Américains|Allemands|Russes|Chinois|Européens|Amerikanen|Duitsers|Europeanen|Estadounidenses|Alemanes|Rusos|Europeos|' +
  'Rosjanie|Rosjan|Amerykanie|Amerykanów|Niemcy|Polacy|Francuzi|Brytyjczycy|Chińczycy|Ukraińcy|Europejczycy';
const CALENDAR =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember|' +
  'Christmas|Easter|Thanksgiving|Black Friday|Cyber Monday|Halloween|Q1|Q2|Q3|Q4';

const NOT_COMPANIES = new Set([PLACES, PEOPLES, CALENDAR].flatMap((l) => l.split('|')).map((w) => w.toLowerCase()));

/** Public bodies and offices: a story about a regulator's inquiry is still about the company. */
const PUBLIC_BODY =
  /\b(attorney general|court|government|ministry|minister|department|commission|congress|senate|parliament|police|council|agency|administration|authority|federal reserve|white house|treasury|army|navy|bundestag|bundesregierung|regierung|gericht|landgericht|notenbank|bundesbank|ministerium|behörde|polizei|staatsanwaltschaft|gouvernement|tribunal|ministère)\b|^(the )?(fed|sec|fcc|ftc|fda|faa|irs|nasa|nato|un|who|imf|ecb|ezb|bafin|eu|fbi|cia|doj|nyag)$/i;

/** A county, a township, a district: a place and its government ("Napa County"), though a company may bear its name ("Orange County Choppers"). */
const LOCAL_GOVERNMENT = /\s(?:County|Parish|Township|Borough|Municipality|Prefecture|Landkreis)$/u;

/** "Black Friday Deal", "Christmas Sale", "Cyber Monday Angebote": a day's offers, whoever makes them. */
const SALE = /\s(?:Deals?|Sales?|Specials?|Offers?|Angebote?|Rabatte?|Week|Woche)$/u;
const saleEvent = (name: string) => SALE.test(name) && NOT_COMPANIES.has(name.replace(SALE, '').toLowerCase());

/**
 * A text that binds people rather than an actor: a licence, a law, a treaty ("the new Open
 * Community License (OCL)", "Inflation Reduction Act", "Paris Agreement"). A story about one is
 * about whoever wrote or signs it, never about the document as a company.
 */
const INSTRUMENT =
  /\s(?:License|Licence|Act|Agreement|Treaty|Protocol|Directive|Regulation|Accord|Amendment|Lizenz|Gesetz|Abkommen|Verordnung|Richtlinie|Loi|Traité|Règlement)$/u;

/**
 * A public body and nothing else ("IMF", "Federal Communications Commission"): never a story's
 * company beside a firm, yet the subject of a story about the body itself (lib/extract/article/subject.ts).
 */
export const isPublicBody = (name: string): boolean => PUBLIC_BODY.test(name) && !NOT_COMPANIES.has(name.toLowerCase());

/** A place, a people, a day or month, a public body, or a licence or a law. */
export function isNotACompany(name: string): boolean {
  const n = name.toLowerCase();
  return NOT_COMPANIES.has(n) || PUBLIC_BODY.test(name) || INSTRUMENT.test(name) || LOCAL_GOVERNMENT.test(name) || saleEvent(name);
}
