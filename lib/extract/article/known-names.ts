/*
 * What a reader of the news knows without being told: the best-known companies (a story about
 * Apple or Gazprom rarely calls it "the company": every reader knows it is one) and the common
 * given names (a story about "Bob Fischer" need not say he is a person). Written from general
 * knowledge — the largest listed companies and best-known brands, the commonest first names of
 * the languages the corpus holds — not from the pages scored. Read in the background only
 * (lib/extract/article/story-facts.ts), so their size costs no injected script.
 */

// Entries separated by "|"; matched whole, case-insensitively.
const COMPANIES =
  // Technology and telecoms
  'Apple|Microsoft|Google|Alphabet|Amazon|Meta|Facebook|Instagram|WhatsApp|Netflix|Nvidia|Intel|AMD|Qualcomm|Broadcom|IBM|Oracle|SAP|Cisco|' +
  'Adobe|Salesforce|OpenAI|Anthropic|Tesla|SpaceX|Twitter|Uber|Lyft|Airbnb|Spotify|Samsung|Sony|Panasonic|LG|Huawei|Xiaomi|Lenovo|Alibaba|Tencent|' +
  'Baidu|ByteDance|TikTok|Foxconn|TSMC|ASML|Nokia|Ericsson|Siemens|Philips|Bosch|Dell|HP|Hewlett-Packard|Yahoo|eBay|PayPal|Pinterest|Reddit|' +
  'LinkedIn|Shopify|Dropbox|Atlassian|Palantir|Micron|Infineon|Vodafone|Verizon|AT&T|T-Mobile|Deutsche Telekom|Telekom|' +
  'Telefónica|Telefonica|BT|Comcast|Rakuten|SoftBank|Nintendo|Canon|Nikon|Toshiba|Hitachi|Fujitsu|Kyocera|Activision|Electronic Arts|' +
  'Ubisoft|Epic Games|Roblox|Garmin|GoPro|Fitbit|Logitech|Western Digital|Seagate|' +
  // Cars, transport, industry, energy
  'Volkswagen|VW|BMW|Mercedes-Benz|Daimler|Audi|Porsche|Skoda|Škoda|Opel|Ford|General Motors|GM|Chrysler|Stellantis|Fiat|Renault|Peugeot|' +
  'Citroën|Toyota|Honda|Nissan|Hyundai|Kia|Mazda|Subaru|Suzuki|Mitsubishi|Volvo|Scania|Ferrari|Lamborghini|Jaguar|Land Rover|Rivian|' +
  'Lucid|BYD|Geely|Polestar|Boeing|Airbus|Lockheed Martin|Raytheon|Northrop Grumman|Rheinmetall|Rolls-Royce|General Electric|GE|Honeywell|' +
  '3M|Caterpillar|Deere|ABB|Schneider Electric|Thyssenkrupp|ThyssenKrupp|BASF|Bayer|Henkel|Michelin|Bridgestone|Lufthansa|' +
  'Ryanair|easyJet|Air France|KLM|British Airways|Emirates|Qatar Airways|United Airlines|American Airlines|FedEx|UPS|DHL|' +
  'Deutsche Post|Deutsche Bahn|Maersk|Exxon|ExxonMobil|Chevron|BP|TotalEnergies|Eni|Equinor|Gazprom|Rosneft|Lukoil|Saudi Aramco|' +
  'Aramco|Petrobras|Orlen|PKN Orlen|RWE|E.ON|EnBW|Vattenfall|Uniper|Iberdrola|Enel|EDF|Engie|Glencore|Rio Tinto|BHP|ArcelorMittal|' +
  // Finance
  'JPMorgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup|Citi|Bank of America|Wells Fargo|BlackRock|Vanguard|Charles Schwab|' +
  'Mastercard|American Express|HSBC|Barclays|Lloyds|NatWest|Santander|BNP Paribas|Société Générale|Credit Suisse|UBS|Deutsche Bank|' +
  'Commerzbank|ING|Allianz|AXA|Munich Re|Generali|Berkshire Hathaway|Klarna|Revolut|Stripe|Coinbase|Binance|' +
  // Consumer goods, retail, food, media, health
  'Walmart|Costco|Home Depot|IKEA|Aldi|Lidl|Carrefour|Tesco|Sainsbury|Zalando|H&M|Zara|Inditex|Primark|Uniqlo|Nike|Adidas|Puma|' +
  'LVMH|Louis Vuitton|Christian Dior|Dior|Gucci|Kering|Hermès|Chanel|Prada|Burberry|Hugo Boss|Ralph Lauren|Tommy Hilfiger|Calvin Klein|' +
  "L'Oréal|Estée Lauder|Nestlé|Unilever|Procter & Gamble|P&G|Coca-Cola|PepsiCo|Pepsi|Danone|Kraft Heinz|Mondelez|Ferrero|Heineken|" +
  "AB InBev|Anheuser-Busch|Carlsberg|Diageo|Starbucks|McDonald's|Burger King|KFC|Domino's|Disney|Warner Bros.|Warner Bros|" +
  'Warner Bros. Discovery|Paramount|NBCUniversal|Fox News|CNN|Bertelsmann|Axel Springer|ProSiebenSat.1|Pfizer|Moderna|' +
  'BioNTech|Johnson & Johnson|Novartis|Roche|Sanofi|AstraZeneca|GSK|GlaxoSmithKline|Merck|Novo Nordisk|Eli Lilly|AbbVie|Gilead|Bayer';

// Built on first use: a set made at load time would be kept in every bundle that merely reaches
// this module (the article script does, through lib/extract/full.ts), used or not.
let known: Set<string> | undefined;
let given: Set<string> | undefined;

/** One of the best-known companies, by the name the news calls it. */
export const isKnownCompany = (name: string): boolean =>
  (known ??= new Set(COMPANIES.split('|').map((n) => n.toLowerCase()))).has(name.toLowerCase());

const GIVEN =
  // English
  'James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|Donald|Steven|Paul|Andrew|' +
  'Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|' +
  'Brandon|Benjamin|Samuel|Gregory|Frank|Alexander|Raymond|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|' +
  'Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|' +
  'Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Bob|Bill|' +
  'Jim|Tom|Mike|Steve|Dave|Tim|Ben|Sam|Dan|Matt|Chris|Nick|Tony|Greg|Jeff|Ken|Ron|Jon|Rob|Andy|Ted|Ed|Phil|Pete|Rick|Doug|Brad|Chad|Todd|' +
  'Craig|Neil|Ian|Colin|Graham|Simon|Martin|Stuart|Nigel|Barry|Trevor|Derek|Elon|Jensen|Satya|Sundar|Tim|Sheryl|Marissa|Reed|Evan|Drew|Gavin|Owen|Liam|Luke|Connor|Marcus|Shane|Glenn|Jimmy|Danny|Tommy|Eddie|' +
  'Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|' +
  'Michelle|Carol|Amanda|Dorothy|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|' +
  'Emma|Nicole|Helen|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Catherine|Maria|Heather|Diane|Ruth|Julie|Olivia|Joyce|' +
  'Virginia|Victoria|Kelly|Lauren|Christina|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|Hannah|Jacqueline|Martha|Gloria|Teresa|Ann|Sara|' +
  'Madison|Frances|Kathryn|Janice|Jean|Abigail|Alice|Judy|Sophia|Grace|Denise|Amber|Doris|Marilyn|Danielle|Beverly|Isabella|Theresa|' +
  'Diana|Natalie|Brittany|Charlotte|Marie|Kayla|Alexis|Lori|Jane|Kate|Sue|Liz|Meg|Jen|Jenny|Ellen|Claire|Lucy|Sophie|Chloe|Zoe|Erin|' +
  // German, Dutch, Scandinavian
  'Hans|Klaus|Jürgen|Wolfgang|Dieter|Uwe|Günter|Horst|Helmut|Manfred|Werner|Gerhard|Heinz|Karl|Rolf|Bernd|Frank|Ralf|Holger|Stefan|Jörg|' +
  'Andreas|Markus|Matthias|Tobias|Florian|Sebastian|Lukas|Jonas|Felix|Maximilian|Moritz|Fabian|Christoph|Torsten|Thorsten|Sven|Jens|Dirk|' +
  'Volker|Oliver|Olaf|Armin|Friedrich|Herbert|Bernhard|Norbert|Reinhard|Ulrich|Joachim|Heiko|Kai|Lars|Nils|Björn|Erik|Anders|Johan|Jan|' +
  'Pieter|Jeroen|Sander|Bram|Ruud|Ursula|Angela|Sabine|Petra|Monika|Andrea|Claudia|Susanne|Birgit|Heike|Katrin|Kerstin|Karin|Renate|' +
  'Gabriele|Brigitte|Ingrid|Julia|Franziska|Katharina|Lena|Leonie|Annika|Svenja|Daniela|Nadine|Simone|Stefanie|Anja|Silke|Ulrike|' +
  // French, Italian, Spanish, Portuguese
  'Jean|Pierre|Michel|Philippe|Alain|Nicolas|Christophe|Laurent|François|Jacques|Bernard|Olivier|Julien|Sébastien|Guillaume|Antoine|' +
  'Emmanuel|Thierry|Didier|Patrick|Marie|Sophie|Isabelle|Nathalie|Catherine|Céline|Camille|Hélène|Giuseppe|Giovanni|Antonio|Francesco|' +
  'Luca|Marco|Matteo|Alessandro|Andrea|Roberto|Stefano|Paolo|Lorenzo|Giulia|Francesca|Chiara|Sara|Alessandra|Carlos|Javier|Miguel|' +
  'Luis|Pedro|Pablo|Alejandro|Diego|Fernando|Sergio|Manuel|Rafael|Jorge|Ana|Carmen|Lucía|Sofía|Laura|João|Paulo|' +
  // Polish, Czech, Croatian and their neighbours
  'Piotr|Paweł|Krzysztof|Andrzej|Tomasz|Marcin|Michał|Grzegorz|Jakub|Wojciech|Mariusz|Rafał|Dariusz|Łukasz|Maciej|Adam|Marek|Janusz|' +
  'Anna|Katarzyna|Magdalena|Agnieszka|Joanna|Małgorzata|Ewa|Barbara|Monika|Petr|Pavel|Jiří|Tomáš|Ivan|Ivana|Marko|Ivo|Josip|Luka|Ana|' +
  'Dmitry|Sergei|Sergey|Alexei|Vladimir|Igor|Oleg|Olga|Natalia|Yuri|Mikhail';

/** A common given name alone ("Paul"). */
export const isGivenName = (word: string): boolean => (given ??= new Set(GIVEN.split('|'))).has(word);

/** "Bob Fischer", "Paul McGann": two or three words, the first a common given name (as written: "Mark" the name, not "mark"). */
export function isGivenNamed(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isGivenName(words[0]!) && words.slice(1).every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w));
}
