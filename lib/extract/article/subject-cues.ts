/** The words around a name that say what it is: a company, a person, a place, a common noun (read by lib/extract/article/subject.ts). */

export const SEVERAL_COMPANIES =
  /(?:^|[^\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+|several|multiple|zwei|drei|vier|fünf|sechs|mehrere|deux|trois|quatre|cinq|plusieurs)\s+(?:[\p{L}-]+\s+)?(?:companies|firms|startups|start-ups|brands|carriers|banks|automakers|carmakers|retailers|providers|vendors|makers|Unternehmen|Firmen|Konzerne|Start-ups|entreprises|sociétés|groupes)(?:$|[^\p{L}])/iu;

/** Words before a name that make it a company: "retailer Home Depot", "CEO of Apple". */
const FUNCTION_WORD = String.raw`(?!(?:im|in|an|am|auf|der|die|das|den|dem|des|und|oder|ihre?[nms]?|seine?[nms]?|a|the|and|or|of|on|at|for|to|with|de|du|la|le|les|et|ou|un|une)\s)`;
/** Words before a name that make it a company, in English and French: "retailer Home Depot", "CEO of Apple", "la start-up lyonnaise Vellaune", "grève à Radio France" (only an employer is struck). */
export const COMPANY_BEFORE = new RegExp(
  String.raw`(?:\b(?:company|firm|maker|giant|retailer|carrier|airline|startup|start-up|bank|lender|chipmaker|automaker|carmaker|group|brand(?![\s-]+new\b)|marque|operator|manufacturer|provider|insurer|conglomerate|developer|publisher|rival|subsidiary|parent|competitor|chains?|studio|broadcaster|streamer|entreprise|société|groupe|constructeur|jeune pousse)(?:\s+${FUNCTION_WORD}\p{Ll}[\p{L}-]+)?|(?:CEO|chief executive|founder|co-founder|president|chairman|chairwoman|executive director|managing director|general manager|head|spokesperson|spokesman|spokeswoman|shares|investors?|backers?|customers|employees|staff|président(?:e)?|PDG|directeur général|directrice générale|fondateur|fondatrice|salariés|maker|operator|supplier|owner|shareholders?|unit|division)\s+(?:of|at|for|de|du|d['’]|chez)|\b(?:strike|walkout|layoffs|job cuts|grève|licenciements|plan social)\s+(?:at|à|chez)|\b(?:vice president|president|director|manager|officer|head|chief)\s+(?:of|for)\s+(?!the\s|a\s)(?:[\p{L}-]+,?\s+){1,6}at|\p{L}-based)\s*$`,
  'iu',
);
/**
 * The same in German, whose every noun has a capital: "Konzern Samsung", "Chefin der Lindqvist GmbH". English words are not read there ("Brand" is a fire).
 * The name follows the word at once (or after "namens"): a lower-case word between them makes
 * the capital a noun ("ob der Konzern bei Wahlen …", "der Konzern solche Risiken", "Hersteller
 * hochwertiger Produkte"), since German capitalises every noun. A compound with such a head
 * says the same ("der Energiekonzern RWE", "beim Schlachtbetrieb "Thüringer Landstolz""), and
 * German sets a firm's name in quotes after it as often as not.
 */
export const COMPANY_BEFORE_DE = new RegExp(
  String.raw`(?:\b(?:Konzern|Unternehmen|Hersteller|Firma|Anbieter|Händler|Geldhaus|Autobauer|Chiphersteller|Start-up|Bank|Marke|Tochter|Tochterfirma|Discounter|Provider|Mobilfunker|Plattform|Betrieb)(?:\s+namens)?|\b\p{Lu}\p{Ll}+(?:konzern|betrieb|unternehmen|hersteller|anbieter|händler|versorger)|(?:CEO|Investor(?:en)?|Hauptkunden|Kunden|Chef(?:in)?|Gründer(?:in)?|Geschäftsführer(?:in)?|Vorstandschef(?:in)?|Aktien|Mitarbeiter|Sprecher(?:in)?|Präsident(?:in)?|Intendant(?:in)?|Direktor(?:in)?|Cheftrainer(?:in)?)\s+(?:von|bei|der|des)|\b(?:Streik|Warnstreik|Stellenabbau|Entlassungen)\s+(?:bei))\s*["„“»]?$`,
  'u',
);
/** Words after a name that make it a company: "Apple Inc.", "Home Depot (ticker: HD)", "Nvidia chief executive", "Samsung-Chef", "Page.ly - a premium WordPress hosting service" (an apposition after a comma or a dash). */
export const COMPANY_AFTER =
  /^(?:,?\s+(?:Inc\b|Corp\b|Co\b|Ltd\b|LLC\b|plc\b|AG\b|SE\b|GmbH\b)|\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|SIX|ETR|XETRA|Xetra|FWB|TSE|HKEX|HKG|OTC|ASX|Euronext|ticker|Ticker)\s*:|['’]s?\s+(?:shares|stock|CEO|chief|founder|co-founder|board|earnings|revenue|sales|profits?|products?|platform|app|service|subsidiary|parent|president|chairman|spokes\w+|executives?|employees|headquarters|market|stores|customers|investors)\b|\s+(?:CEO|chief executive|founder|co-founder|spokes\w+|shares|stock|executives?|employees|headquarters|officials|foundation|charity|suppliers|shoppers|stockholders|shareholders|chairman|chairwoman|executive director|managing director|general manager|chief (?:economist|negotiator|operating officer|financial officer|technology officer))\b|['’]s\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:ad|advertising|marketing)\s+campaigns?\b|['’]s\s+(?:(?:latest|newest|first|biggest|largest|new|recent|planned|proposed|mobile|\$[\d.]+\s+\w+)\s+){0,3}(?:acquisition|takeover|merger|IPO)\b|\s*\((?:[A-Z]{2,5}|\d{4}(?:\.[A-Z]{1,2})?)(?:\s*,\s*(?:[A-Z]{2,5}|\d{4})(?:\.[A-Z]{1,2})?)+\)|\s+and its\s+(?:(?:late|former|then|new|current)\s+)?(?:CEO|chief executive|founders?|co-founders?|chairman|subsidiary|subsidiaries|shareholders|employees|board)\b|(?:,|\s+[-–—])\s+(?:one of the|an?|the|einer? der|eines? der|eine|ein|l['’]un des|un|une)\s+(?:[\p{L}-]+\s+){0,4}?(?:company|firm|maker|developer|retailer|manufacturer|provider|operator|startup|start-up|chain|giant|platform|(?:hosting|streaming|payments?|delivery|subscription)\s+service|bank|lender|insurer|airline|carrier|publisher|\p{L}*(?:entwickler|hersteller|konzern|anbieter|händler|unternehmen|riese|versicherer|gruppe|firma))\b|-(?:CEO|CFO|CTO|COO|\p{Lu}\p{Ll}+(?:chef|chefin|vorsitzender|vorsitzende|sekretär|sekretärin)|Chef|Chefin|Präsident|Präsidentin|Intendant|Intendantin|Direktor|Direktorin|Cheftrainer|Konzern|Aktie|Aktien|Gründer|Sprecher|Manager|Mitarbeiter|Tochter|Vorstand|Kunden|Investor|Börsengang|Webseite|Website|Werk|Fabrik|Zentrale|Produkte?|Produktlinie|Smartphones?|Smartwatches|Tablets?|Chips?|Akkus?|Akkuzellen|Akkupacks?|Modelle?)\b|株式会社|社(?!会|長|員)|\s*（本社|\s*\((?:本社|Nasdaq|NYSE)|は[^。]{0,60}(?:発表|発売|開催|買収|提携))/u;
/** A name that ends in what it is: "Silicon Valley Bank", "American Airlines", "Samsung Electronics". */
export const ORG_WORD =
  /\s(Bank|Banco|Banque|Airlines?|Airways|Motors?|Electric|Electronics|Technologies|Technology|Systems|Software|Labs|Pharma|Pharmaceuticals|Energy|Capital|Partners|Networks|Media|Holdings?|Corporation|Company|Foods|Entertainment|Studios|Games|Insurance|Versicherung|Telekom|Telecom|Financial|Healthcare|Robotics|Semiconductors?|Automotive|Aerospace|Industries|Werke|Brands|Biosciences|Therapeutics|Ventures|Logistics|Retail|Stores|Publishing|Publishers)$/;
/**
 * A name that says it is an institution: "San Diego State University", "Cambridge Judge Business
 * School", "Rotary Club Liechtenstein-Eschnerberg", "Deutscher Caritasverband". Universities,
 * schools, clubs and associations make news as companies do (a stadium operator sought, a study
 * published, a board elected), and the word in their name is the evidence a firm's cue would be.
 * (A word of the name, not its end only: "University of Queensland", "Rotary Club Nendeln".)
 */
export const INSTITUTION_WORD =
  /(?:^|\s)(?:University|College|School|Institute|Academy|Club|Association|Foundation|Society|Hospital|Hospitalier|Hôpital|Krankenhaus|Clubs|Universität|Hochschule|Institut|Instituts|Akademie|Verein|Vereins|Verband|Verbandes|Verbands|Stiftung|Klinikum|Université|Universidad|Università|Universiteit)(?:$|\s)/u;
const INSTITUTION_COMPOUND = /^\p{Lu}\p{Ll}+(?:verband|verbandes|verbands|verein|vereins|stiftung)$/u;
/** (The word alone, "Club", "School", is a common noun: only a name that has it is an institution's.) */
export const isInstitution = (name: string) => (name.includes(' ') && INSTITUTION_WORD.test(name)) || INSTITUTION_COMPOUND.test(name);
/** A sentence that refers back to a company: "The company said …", "The ridesharing firm has …", "Das Unternehmen …", "同社は". */
const ANAPHOR_WORDS = String.raw`company|firm|retailer|maker|start-?up|lender|carrier|airline|automaker|carmaker|chipmaker|insurer|conglomerate|manufacturer`;
export const ANAPHOR_START = new RegExp(
  String.raw`^(?:(?:(?:On|In|Last|Earlier|Later|This)\s+[\p{L}\p{N} ]{2,25},\s+)?(?:The|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ANAPHOR_WORDS})\b|(?:Das|Der|Die)\s+(?:\p{Ll}+\s+){0,2}(?:[\p{L}-]*(?:Unternehmen|Konzern|Firma|Hersteller|Geldhaus|Autobauer|Anbieter|Start-up|Gigant|Riese))\b|(?:La|Le|L['’])\s?(?:société|entreprise|groupe|constructeur|start-up)\b|同社)`,
  'u',
);
/** A sentence that closes on its teller being "the company": "…, the company announced on Wednesday", "…, teilte das Unternehmen mit". */
export const ANAPHOR_SAID = new RegExp(
  String.raw`,\s+(?:(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ANAPHOR_WORDS})\s+(?:said|says|announced|announces|reported|reports|added|confirmed|stated|told)\b)|(?:(?:sagte|teilte|erklärte|meldete|kündigte)\s+(?:das|der|die)\s+(?:[\p{L}-]*(?:Unternehmen|Konzern|Firma|Hersteller))\b)|(?:(?:a|ont?)\s+(?:annoncé|indiqué|déclaré|précisé)\s+(?:la|le)\s+(?:société|groupe|entreprise)))`,
  'u',
);
export const ANAPHOR = new RegExp(
  String.raw`\b(?:${ANAPHOR_WORDS}|Unternehmen|Konzern|Firma|Hersteller|société|entreprise|groupe)\b|Gigant|Riese|同社`,
  'iu',
);
/** Japanese: "米インテル", "株式会社バンダイ"; Korean: "㈜디지털이엠씨", "(주)한빛". */
export const COMPANY_BEFORE_JA = /(?:[米独英仏中韓台]|株式会社|㈜|\(주\)|주식회사\s?)$/;
/** Words around a name that make it a person's: "CEO Tim Cook", "Trump said", "said Jane Roe". */
export const PERSON_BEFORE =
  /\b(?:Mr|Ms|Mrs|Dr|Prof|Herr|Frau|President|Präsident|CEO|chief executive|executive|chairman|chairwoman|founder|co-founder|analyst|strategist|director|manager|spokesperson|spokesman|spokeswoman|minister|senator|governor|said|says|told|according to|by|Sheikh|Prince|King|Queen|Pope|Chef|Vorstandschef|Konzernchef|Gründer|Analyst|sagte|sagt|laut|Managerin|Fed-Vizechef|Vize(?:chef)?|-\p{L}*(?:chef|chefin|gründer|gründerin|sprecher|sprecherin|vorsitzender|vorsitzende|sekretär|sekretärin|präsident|präsidentin|geschäftsführer|geschäftsführerin))\.?\s+$/iu;
/** Titles that only people bear, before even a one-word name: "President Trump", "Gov. Newsom". */
export const HONORIFIC =
  /\b(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame|Herr|Frau|Mme|President|Präsident|Présidente?|Vice President|Gov|Governor|Sen|Senator|Rep|Representative|Rev|Gen|Lt|Col|Capt|Sgt|Coach|Mayor|Judge|Justice|Secretary|Ambassador|Prime Minister|Chancellor|Kanzler(?:in)?|Premier|Speaker|Sheikh|Prince|Princess|King|Queen|Pope|Minister(?:in)?|actress|actor|singer|rapper|quarterback|striker|forward|goalkeeper|candidate)\.?\s+$/;
export const PERSON_AFTER =
  /^(?:\s+(?:said|says|told|tweeted|wrote|added|explained|sagte|sagt|erklärte|schrieb|betonte|a déclaré|déclare)\b|,\s+(?:who|the|a|an|der|die|ein|eine)\s+(?:\w+\s+){0,3}(?:CEO|chief|founder|president|head|director|executive|analyst|Chef|Gründer))/i;

/** An age in apposition, which only a person has: "Braun, 38, who …", "Swift, 29, however". */
export const AGE_AFTER = /^,\s+\d{1,2}(?:\s*[,–—-]|\s+(?:who|has|had|is|was|said)\b)/u;

/** Words around a name that make it a place: "South Dakota Gov.", "Ohio residents", "in Oman", "nach Asunción". */
export const PLACE_AFTER =
  /^\s+(?:Gov\.|Governor|governor|residents|voters|lawmakers|legislators|legislature|state|county|city|police|mayor|senators?|Einwohner|Bürger|Regierung)\b|^,\s+(?:[A-Z]{2}|\p{Lu}\p{Ll}+),/u;
export const PLACE_BEFORE = /(?:^|\s)(?:in|from|near|across|throughout|visit|visited|im|nach|aus|à|au|en|dans)\s+$/u;

/** What a company does in a sentence, said of a name: "Apple plans to", "Alibaba is set to raise". */
export const COMPANY_VERB =
  /^(?:\s+(?:(?:has|have|had|is|was|will|would|also|now|on \w+day|today|yesterday|(?:earlier |late )?this (?:morning|afternoon|evening|week)|last week)\s+)?(?:announced|announces|unveiled|unveils|revealed|reveals|confirmed|confirms|denied|denies|launched|launches|introduced|introduces|released|releases|reported|reports|acquired|acquires|is acquiring|purchased|bought|agreed to|has no plans to|plans to|is planning|is set to|posted|(?:may be |is )(?:planning|developing|working on|testing|preparing) (?:to |a |an |its |new )|is expected to (?:launch|release|unveil|introduce|announce)|raised \$|raises \$|filed for|laid off|lays off|sells|sold|shipped|ships|is valued|was valued|said in a statement|declined to comment|did not respond|did not immediately respond|äußerte sich nicht|wollte sich nicht|n['’]a pas répondu|shares|stock|kündigt|kündigte|übernimmt|übernahm|investiert|annonce|a annoncé|lance|a lancé|rachète|a racheté)\b)/i;
export const SPEAKS =
  /^\s+(?:(?:also|has|had|later|previously)\s+)?(?:said|says|claims|claimed|stated|noted|told|argued|argues|contended|contends|sagte|sagt|erklärte|teilte|a déclaré|affirme)\b/;
/** A determiner before a word: it is a noun or a product ("die Aufsicht", "the new Surface Studio", "100 Seiten"). */
export const NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|this|that|these|those|its|their|his|her|our|your|new|latest|upcoming|all-new|next|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|seine|seiner|seinen|ihre|ihrer|ihren|unsere|diese|dieser|diesen|jede|jeder|le|la|les|un|une|du|\d[\d.,]*|\d+-inch|\d+-Zoll|[\p{Ll}-]*generation)\s+$/u;
/**
 * German and Dutch: an inflected adjective before a capitalised word makes it a noun ("neue Foldables", "strengere Regeln").
 * Not the prepositions, conjunctions and verbs that end the same way ("wie Tiktok", "gegen
 * Tiktok", "hatte Tiktok", "über Siemens"): a company's name follows those as often as a noun does.
 */
export const ADJECTIVE_BEFORE =
  /(?:^|\s)(?!(?:wie|gegen|über|unter|hinter|oder|aber|wieder|immer|ohne|sowie|sowohl|neben|zwischen|hatte|hatten|habe|haben|werden|wurde|wurden|sollte|sollten|könnte|müsse|werde|wolle|solle|die|sie|over|onder|tegen|hebben|worden)\s)\p{Ll}{2,}(?:e|en|er|es|em)\s+$/u;

/** Words before a name that cite it as the story's source, not its subject: "according to InfoNation", "data from Edmunds", "laut Statista", "a report from analytics firm Chitika". */
export const CITED_BEFORE =
  /(?:\baccording to|\b(?:data|figures|numbers|estimates?|reports?|research|a report|a survey|a study|analysts?)\s+(?:from|by|at)|\breported by|\blaut|\bzufolge|\bselon|\bd['’]après)\s+(?:the\s+|a\s+|an\s+|der\s+|des\s+|la\s+|le\s+)?(?:(?:[\p{L}-]+\s+){0,4}?(?:firm|company|group|agency|consultancy|institute|researcher|Marktforscher|Analysehaus|Institut|cabinet|institut)\s+)?$/iu;
/** The same after a name: "Chitika's report", what "Chitika called "a significant edge"", in Japanese "Xによると" (according to X), "Xは…と伝えた" (X reported …). */
export const CITED_AFTER =
  /^(?:['’]s?\s+(?:(?:latest|new|recent|own)\s+)?(?:data|report|study|survey|figures|numbers|estimates|findings|analysis|research)\b|\s+(?:called|calls|dubbed)\s+["“]|によると|によれば|の調べでは|の調査によると|は[^。]{0,160}伝え(?:た|ている))/u;
