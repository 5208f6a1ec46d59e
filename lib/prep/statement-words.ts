// The words a company's own page uses to state a fact about itself, in English, German, French
// and Dutch: the cues statements.ts recognises, and the few fixed words it may render in English
// (a country, a month, "co-organised by"). Anything else on a page in another language is quoted,
// never translated.

/** A name as pages write it: capitalised words, with "&", "/", "-" and dots inside ("Centerra/Constellis", "Frontwork AG"). */
// A dot stays inside a name only before a letter ("B.V."), so "door de Gemeente Rijswijk. De opdracht" ends at "Rijswijk".
const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{N}&'’\/-]*(?:\.(?=\p{L})[\p{L}\p{N}]*)*`;
export const NAME = String.raw`((?:${NAME_WORD}\s+){0,4}${NAME_WORD})`;

/** The legal form or group word that makes a name an organisation's ("Frontwork AG", "the Wellwork Group"). */
export const ORG_TAIL =
  /\s(?:AG|GmbH|SA|SAS|SARL|S\.A\.?|BV|B\.V\.?|NV|N\.V\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|Group|Gruppe|Groupe|Groep|Holding|Corporation|Corp\.?|KG|SE|AB|Oy|ASA)$/u;

/** "We", "the company": a sentence whose subject is the company itself, in the four languages. */
export const WE = /(?<![\p{L}\p{N}])(?:we|we['’]ve|we['’]re|our|us|wir|unser\p{L}*|uns|nous|notre|nos|wij|we|ons|onze)(?![\p{L}\p{N}])/iu;

/** First person singular: a customer's testimonial ("haben Sie in mir einen zufriedenen Kunden gewonnen"), no statement of the company. */
export const SINGULAR =
  /(?:^|[^\p{L}])(?:I|[Mm]e|[Mm]y|[Ii]ch|[Mm]ir|[Mm]ich|[Mm]ein(?:e|en|em|er)?|[Jj]e|[Jj]['’]|[Mm]oi|[Ii]k|[Mm]ij|[Mm]ijn)(?=$|[^\p{L}])/u;

/** An exclusive right to a brand or a territory. */
export const EXCLUSIVE =
  /(?<![\p{L}\p{N}])(?:exclusive(?:ly)?|exklusiv\p{L}*|exclusi(?:f|fs|ve|ves|vement|viteit)|exclusie(?:f|ve)|Alleinvertrieb\p{L}*|Generalvertret\p{L}*|Generalimporteur\p{L}*)(?![\p{L}\p{N}])/iu;

/** What the exclusive right is a right to, and how it reads in English. */
export const RIGHT_WORDS: Array<[RegExp, string]> = [
  [
    /(?<![\p{L}\p{N}])(?:distribution rights?|Vertriebsrecht\p{L}*|droits? de distribution|distributierecht\p{L}*|Alleinvertrieb\p{L}*)/iu,
    'distribution right',
  ],
  [/(?<![\p{L}\p{N}])(?:distribut\p{L}*|Vertrieb\p{L}*|distributeur\p{L}*|distributie\p{L}*)/iu, 'distribution'],
  [/(?<![\p{L}\p{N}])(?:import\p{L}*|Importeur\p{L}*|importateur\p{L}*|Generalimporteur\p{L}*)/iu, 'import'],
  [/(?<![\p{L}\p{N}])(?:licen[cs]e\p{L}*|Lizenz\p{L}*|licentie\p{L}*)/iu, 'licence'],
  [
    /(?<![\p{L}\p{N}])(?:dealer\p{L}*|Händler\p{L}*|revendeur\p{L}*|Vertretung|Generalvertret\p{L}*|représentant\p{L}*|vertegenwoordig\p{L}*|agent)/iu,
    'dealership',
  ],
  [/(?<![\p{L}\p{N}])(?:rights?|Recht\p{L}*|droits?|rechten)(?![\p{L}\p{N}])/iu, 'rights'],
];

/** A word of letters in any script, alone: JavaScript's \\b knows only ASCII ("Österreich", "België"). */
const place = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');

/** Countries and regions, as pages in the four languages name them, in English. */
export const PLACES: Array<[RegExp, string]> = [
  [place('Schweiz|Suisse|Switzerland|Zwitserland|Svizzera'), 'Switzerland'],
  [place('Liechtenstein'), 'Liechtenstein'],
  [place('Deutschland|Allemagne|Germany|Duitsland'), 'Germany'],
  [place('Österreich|Autriche|Austria|Oostenrijk'), 'Austria'],
  [place('Frankreich|France|Frankrijk'), 'France'],
  [place('Belgien|Belgique|Belgium|België'), 'Belgium'],
  [place('Niederlande|Pays-Bas|Netherlands|Nederland'), 'the Netherlands'],
  [place('Luxemburg|Luxembourg'), 'Luxembourg'],
  [place('Italien|Italie|Italy|Italië'), 'Italy'],
  [place('Spanien|Espagne|Spain|Spanje'), 'Spain'],
  [place('Polen|Pologne|Poland'), 'Poland'],
  [place('Slowakei|Slovaquie|Slovakia|Slowakije'), 'Slovakia'],
  [place('Ungarn|Hongrie|Hungary|Hongarije'), 'Hungary'],
  [place('Tschechien|Tchéquie|Czech Republic|Czechia|Tsjechië'), 'the Czech Republic'],
  [place('Dänemark|Danemark|Denmark|Denemarken'), 'Denmark'],
  [place('Schweden|Suède|Sweden|Zweden'), 'Sweden'],
  [place('Norwegen|Norvège|Norway|Noorwegen'), 'Norway'],
  [place('Großbritannien|Grossbritannien|Royaume-Uni|United Kingdom|Verenigd Koninkrijk|UK'), 'the UK'],
  [place('Irland|Irlande|Ireland|Ierland'), 'Ireland'],
  [place('Benelux'), 'the Benelux'],
  [place('DACH'), 'the DACH region'],
  [place('Europa|Europe'), 'Europe'],
];

/** The places a text names, in English, in the order it names them. */
export function placesIn(text: string): string[] {
  const found = PLACES.map(([re, en]) => ({ en, at: re.exec(text)?.index ?? -1 })).filter((p) => p.at >= 0);
  return found.sort((a, b) => a.at - b.at).map((p) => p.en);
}

/** A win, in the four languages ("won", "gewonnen", "remporté", "wonnen"). */
export const WIN =
  /(?<![\p{L}\p{N}])(?:won|wins|winning|winners?|gewonnen|gewann\p{L}*|gewinnt|Gewinner\p{L}*|Sieger\p{L}*|remport[ée]\p{L}*|gagn[ée]\p{L}*|lauréat\p{L}*|wonnen|winnaar\p{L}*)(?![\p{L}\p{N}])/iu;

/** What is won: a prize, a competition, a hackathon. Not a customer ("Kunden gewonnen") nor a market share. */
export const PRIZES: Array<[RegExp, string, string]> = [
  [/\bhackathons?\b/iu, 'a hackathon', 'hackathons'],
  [/(?<![\p{L}\p{N}])(?:awards?|Auszeichnung\p{L}*|Award|prijs|prijzen|Preis(?:e)?|prix)(?![\p{L}\p{N}])/iu, 'an award', 'awards'],
  [
    /(?<![\p{L}\p{N}])(?:competitions?|contests?|Wettbewerb\p{L}*|concours|wedstrijd\p{L}*|competitie\p{L}*|compétitions?)(?![\p{L}\p{N}])/iu,
    'a competition',
    'competitions',
  ],
  [/(?<![\p{L}\p{N}])(?:challenges?)(?![\p{L}\p{N}])/iu, 'a challenge', 'challenges'],
  [/(?<![\p{L}\p{N}])(?:troph(?:y|ies)|trophée\p{L}*|trofee\p{L}*)(?![\p{L}\p{N}])/iu, 'a trophy', 'trophies'],
  [/(?<![\p{L}\p{N}])(?:tenders?|Ausschreibung\p{L}*|appels? d['’]offres|aanbesteding\p{L}*)(?![\p{L}\p{N}])/iu, 'a tender', 'tenders'],
];

/** Who organised what was won: "co-organised by the Gemeente Rijswijk" ("mede-georganiseerd door", "mitorganisiert von", "coorganisé par"). */
export const ORGANISED = new RegExp(
  String.raw`\b(co-?|mede-?|mit|co)?(?:organi[sz]ed|georganiseerd|organisiert|organis[ée]e?s?|hosted|ausgerichtet|veranstaltet|run)\s+(?:by|door|von|vom|par)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|la\s+|le\s+|l['’])?` +
    NAME,
  'iu',
);

const MONTHS: Array<[RegExp, string]> = [
  [/^(?:jan(?:uary|uar|vier|uari)?|jänner)$/i, 'January'],
  [/^(?:feb(?:ruary|ruar|ruari)?|février|fevrier)$/i, 'February'],
  [/^(?:mar(?:ch)?|märz|maerz|mars|maart)$/i, 'March'],
  [/^(?:apr(?:il)?|avril)$/i, 'April'],
  [/^(?:may|mai|mei)$/i, 'May'],
  [/^(?:june?|juni|juin)$/i, 'June'],
  [/^(?:july?|juli|juillet)$/i, 'July'],
  [/^(?:aug(?:ust|ustus)?|août|aout)$/i, 'August'],
  [/^(?:sep(?:t|tember|tembre)?)$/i, 'September'],
  [/^(?:oct(?:ober|obre)?|okt(?:ober)?)$/i, 'October'],
  [/^(?:nov(?:ember|embre)?)$/i, 'November'],
  [/^(?:dec(?:ember)?|dez(?:ember)?|décembre|decembre)$/i, 'December'],
];

/** "in november 2025" / "im November 2025" / "en novembre 2025" → "November 2025"; else a year alone, else nothing. */
export function whenSaid(text: string): string | undefined {
  for (const m of text.matchAll(/\b(\p{L}{3,9})\.?\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/gu)) {
    const month = MONTHS.find(([re]) => re.test(m[1]!))?.[1];
    if (month) return `${month} ${m[2]}`;
  }
  return /(?<![\p{L}\p{N}])(?:in|im|en|au|since|seit|depuis|sinds)\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/iu.exec(text)?.[1];
}

/** Founding, in the four languages: what the dossier knows already (the founded fact), never a hook of its own. */
export const FOUNDING =
  /(?<![\p{L}\p{N}])(?:found(?:ed|ing)?|established|set up|gegründet|Gründung|gründete|création|créée?|fond[ée]e?|fondation|opgericht|oprichting|Lancement de l['’]entreprise)(?![\p{L}\p{N}])/iu;

/** Expanding into a market or a region: the words before the place. */
export const EXPANDING =
  /(?<![\p{L}\p{N}])(?:expand(?:ing|ed|s)?|growing|grow)\s+(?:steadily\s+|rapidly\s+|further\s+|now\s+)?(?:into|to|across)\s+((?:the\s+)?[^,.;:!?]{3,60})|(?<![\p{L}\p{N}])(?:expandier\p{L}*|wachsen)\s+(?:\p{L}+\s+){0,2}(?:nach|in|auf)\s+([^,.;:!?]{3,60})|(?<![\p{L}])(?:nous\s+nous\s+)?(?:étend\p{L}*|développ\p{L}*)\s+(?:désormais\s+)?(?:vers|à|en|dans)\s+([^,.;:!?]{3,60})|\bbrei\p{L}*\s+(?:\p{L}+\s+){0,2}uit\s+naar\s+([^,.;:!?]{3,60})|\buitbrei\p{L}*\s+naar\s+([^,.;:!?]{3,60})/iu;

/** A licence or an accreditation held by the company. */
export const LICENCE =
  /(?<![\p{L}\p{N}])(?:licen[cs]e[ds]?|Lizenz\p{L}*|Zulassung\p{L}*|Erlaubnis|agrément\p{L}*|vergunning\p{L}*|accredit\p{L}*|akkreditiert\p{L}*|accrédit\p{L}*|geaccrediteerd)(?![\p{L}\p{N}])/iu;

/** A heading over a list of qualifications ("Certifications & Qualifications", "Zertifikate", "Keurmerken"). */
export const QUALIFICATIONS_HEADING =
  /^(?:(?:our|nos|unsere|onze)\s+)?(?:certifi\p{L}*|zertifi\p{L}*|qualifi\p{L}*|accredit\p{L}*|accrédit\p{L}*|keurmerk\p{L}*|Gütesiegel|habilitations?)(?![\p{L}\p{N}])/iu;

/** A qualification a person holds (a diploma, a licence to work near power lines), not the company's insurance or a norm it meets. */
export const PERSONAL_QUALIFICATION =
  /(?<![\p{L}\p{N}])(?:certifica\p{L}*|certificat\p{L}*|certified|certifié\p{L}*|Zertifikat\p{L}*|zertifiziert|habilitation\p{L}*|qualifi\p{L}*|diplom\p{L}*|CAP|BTS|licen[cs]e|Schein|Ausbildung|formation|training|opleiding|spécialit\p{L}*|specialisation|specialization|Certiphyto)(?![\p{L}\p{N}])/iu;
export const COMPANY_COVER =
  /(?<![\p{L}\p{N}])(?:garantie|guarantee|warranty|assurance|insurance|Versicherung|verzekering|RC\b|ISO\b|\bNF\b|responsabilité)/iu;
