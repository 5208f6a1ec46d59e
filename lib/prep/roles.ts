/**
 * Role families and levels read from job titles (English, German, French): a move is a change of
 * employer or of family, and a question about skills only fits the family the user is aiming at.
 */
export type RoleFamily =
  | 'engineering'
  | 'data'
  | 'product'
  | 'design'
  | 'research'
  | 'sales'
  | 'marketing'
  | 'customer'
  | 'operations'
  | 'finance'
  | 'consulting'
  | 'teaching'
  | 'legal'
  | 'people'
  | 'writing'
  | 'science'
  | 'built'
  | 'executive';

export type RoleLevel = 'student' | 'intern' | 'junior' | 'individual' | 'senior' | 'manager' | 'director' | 'executive';

// Most specific first: "product designer" is design, "data engineer" is data, "engineering manager" is engineering.
const FAMILIES: Array<[RoleFamily, RegExp]> = [
  [
    'executive',
    /\b(ceo|cfo|coo|cto|cmo|chief \w+ officer|co-?founder|founder|founding partner|managing director|general manager|(?<!vice[ -])president|chair(man|woman|person)?|gründer(in)?|geschäftsführer(in)?|vorstand\w*|pdg|fondat(eur|rice))\b/i,
  ],
  ['marketing', /\bproduct marketing\b/i],
  // An industrial designer designs; "industrial" alone is an engineering discipline.
  ['design', /\bindustrial design\w*\b/i],
  [
    'product',
    /\b(product (manager|owner|lead|management|director|marketing)|head of product|vp,? product|chief product|\bpm\b|produktmanager\w*|chef de produit)\b/i,
  ],
  // A programmer who also analyses is still a programmer ("Programmer / Analyst").
  ['engineering', /\b(programmer|developer|software engineer|web development|software development)\b/i],
  ['design', /\b(design\w*|ux|ui|user experience|graphic|illustrat\w+|art director|gestalter\w*|concepteur)\b/i],
  ['data', /\b(data|analytics|analyst|business intelligence|bi developer|machine learning|ml engineer|statistic\w+|quant\w*)\b/i],
  [
    'built',
    /\b(civil|structural|mechanical|electrical|chemical|construction|manufacturing|process|industrial|bauingenieur\w*|maschinenbau\w*)\b/i,
  ],
  ['research', /\b(research\w*|scientist|forscher\w*|chercheu\w+|ph\.?d\.? (candidate|student)|postdoc\w*)\b/i],
  [
    'engineering',
    /\b(engineer\w*|developer|programmer|software|architect|sre|devops|full[- ]?stack|front[- ]?end|back[- ]?end|web developer|technical lead|tech lead|it manager|sysadmin|systems? administrator|ingénieu\w+|développeu\w+)\b|entwickler(in)?\b|ingenieur(in)?\b|informatiker(in)?\b/i,
  ],
  ['sales', /\b(sales|account executive|account manager|business development|bdr|sdr|vertrieb\w*|verkauf\w*)\b/i],
  ['marketing', /\b(marketing|brand|growth|communications?|pr manager|public relations|social media|seo|sem)\b/i],
  ['customer', /\b(customer|client services?|client success|support|account management|kundenbetreuung)\b/i],
  ['finance', /\b(finance|financial|accountant|accounting|controller|treasur\w+|audit\w*|tax|investment|banker|buchhalt\w+|comptable)\b/i],
  ['consulting', /\b(consultant|consulting|advisory|berater\w*|conseil\w*)\b/i],
  ['teaching', /\b(teacher|lecturer|professor|tutor|instructor|faculty|trainer|educator|education|pgce|lehrer\w*|enseignant\w*)\b/i],
  // Governance and compliance work sits with the lawyers, not with the analysts its titles share a word with.
  [
    'legal',
    /\b(lawyer|attorney|counsel|legal|paralegal|solicitor|governance|compliance|regulatory|company secretar\w*|jurist\w*|avocat\w*|rechtsanwalt\w*)\b/i,
  ],
  ['people', /\b(recruit\w*|talent|human resources|hr\b|people (partner|operations|team)|mobility manager)\b/i],
  ['writing', /\b(writer|editor|journalist|reporter|content|copywriter|translator|redakteur\w*|journaliste)\b/i],
  // A lab's head and a flavourist do the lab's work too (blind-10 basicfoodflavors: "Lab Manager; R&D" was no name for a would-be flavor technician).
  [
    'science',
    /\b(biolog\w+|chemist\w*|physicist|lab(oratory)? (technician|assistant|manager|director|lead)|clinical|flavou?r(ist)? (technician|chemist|scientist)|flavou?rist|food (scien\w+|technolog\w+))\b/i,
  ],
  [
    'operations',
    /\b(operations|ops|logistics|supply chain|project manager|programme manager|program manager|administrator|coordinator|office manager)\b/i,
  ],
];

/**
 * The family of a title, or undefined when nothing in it says. A title naming two ("Director,
 * Marketing & Business Development") belongs to the one it names first; the list's order breaks ties.
 */
export function roleFamily(title: string | undefined): RoleFamily | undefined {
  if (!title) return undefined;
  let best: [RoleFamily, number] | undefined;
  for (const [family, re] of FAMILIES) {
    const at = re.exec(title)?.index;
    if (at !== undefined && (!best || at < best[1])) best = [family, at];
  }
  return best?.[0];
}

/** The families that work side by side every day (a PM and the engineers they build with). */
const NEIGHBOURS: Partial<Record<RoleFamily, RoleFamily[]>> = {
  product: ['engineering', 'design', 'data', 'marketing', 'customer'],
  engineering: ['product', 'design', 'data'],
  design: ['product', 'engineering', 'research', 'marketing'],
  data: ['product', 'engineering', 'marketing', 'finance'],
  research: ['design', 'data', 'product', 'science'],
  sales: ['marketing', 'customer'],
  marketing: ['sales', 'product', 'design', 'writing'],
  customer: ['sales', 'product', 'marketing'],
  writing: ['marketing'],
  science: ['research', 'data'],
};

export function worksWith(a: RoleFamily | undefined, b: RoleFamily | undefined): boolean {
  if (!a || !b) return false;
  // Someone who runs a company works with every kind of role (and hires them).
  if (a === 'executive' || b === 'executive') return true;
  return a === b || (NEIGHBOURS[a]?.includes(b) ?? false) || (NEIGHBOURS[b]?.includes(a) ?? false);
}

/** The level a title says: "Senior Software Engineer" → senior; "Head of Design" → director. */
export function roleLevel(title: string | undefined): RoleLevel | undefined {
  if (!title) return undefined;
  if (/\b(student|studying|undergrad\w*|werkstudent\w*|studentische|étudiant\w*|graduate student)\b/i.test(title)) return 'student';
  if (/\b(intern|internship|praktikant\w*|stagiaire|trainee|apprentice|azubi)\b/i.test(title)) return 'intern';
  if (
    /\b(ceo|cfo|coo|cto|cmo|chief|founder|co-?founder|(?<!vice[ -])president|chair\w*|managing director|general manager|partner|gründer\w*|geschäftsführer\w*)\b/i.test(
      title,
    )
  )
    return 'executive';
  // German news names a chief executive by a compound: "VW-Chef", "Konzernchef", "Vorstandschef" (blind-15 vw-meb-student offered Herbert Diess, "VW-Chef", as a name to ask for).
  if (
    /(?<![\p{L}])(?!(?:Sous|Küchen|Koch|Junior|Chef)-)\p{Lu}[\p{L}\p{N}&.]*-Chef(?:in)?(?![\p{L}])/u.test(title) ||
    /(?:konzern|vorstands|firmen|unternehmens)chef(?:in)?\b|\bvorstandsvorsitzende[rn]?\b/i.test(title)
  )
    return 'executive';
  if (/\b(vp|vice president|director|head of|directeur|directrice|leiter\w*|leitung)\b/i.test(title)) return 'director';
  if (/\b(manager|managerin|team lead|lead\b)/i.test(title)) return 'manager';
  if (/\b(senior|sr\.?|staff|principal|lead)\b/i.test(title)) return 'senior';
  if (/\b(junior|jr\.?|graduate|associate|assistant|entry)\b/i.test(title)) return 'junior';
  return 'individual';
}

const MANAGING = new Set<RoleLevel>(['manager', 'director', 'executive']);
export const manages = (level: RoleLevel | undefined) => !!level && MANAGING.has(level);

/** A family as it reads in a sentence: "product", "data and analytics". */
export const FAMILY_WORDS: Record<RoleFamily, string> = {
  engineering: 'software engineering',
  data: 'data and analytics',
  product: 'product management',
  design: 'design',
  research: 'research',
  sales: 'sales',
  marketing: 'marketing',
  customer: 'customer success',
  operations: 'operations',
  finance: 'finance',
  consulting: 'consulting',
  teaching: 'teaching',
  legal: 'law and governance',
  people: 'people and recruiting',
  writing: 'writing',
  science: 'science',
  built: 'civil and mechanical engineering',
  executive: 'running a company',
};

/**
 * A family as a coach says it of one job: a civil engineer's work is "civil engineering", not
 * "civil and mechanical engineering"; otherwise the family's words.
 */
export function familyPhrase(family: RoleFamily, title?: string): string {
  if (family === 'built') {
    const discipline = /\b(civil|structural|mechanical|electrical|chemical|construction|manufacturing|process|industrial)\b/i.exec(
      title ?? '',
    )?.[1];
    if (discipline) return `${discipline.toLowerCase()} engineering`;
  }
  return FAMILY_WORDS[family];
}

/** The people of a family, as a coach names them in a question: "designers", "the engineers". */
export const FAMILY_PEOPLE: Record<RoleFamily, string> = {
  engineering: 'engineers',
  data: 'the data team',
  product: 'product managers',
  design: 'designers',
  research: 'researchers',
  sales: 'the sales team',
  marketing: 'marketing',
  customer: 'customer success',
  operations: 'operations',
  finance: 'finance',
  consulting: 'consultants',
  teaching: 'teachers',
  legal: 'the legal team',
  people: 'the people team',
  writing: 'writers',
  science: 'scientists',
  built: 'engineers',
  executive: 'leadership',
};

/**
 * A department's name read as a person's title: "Markt & Strategie", "Systeme & Engineering"
 * (fresh5-amplifyr-team-de, a team page that heads each card with the person's area). Areas joined
 * by "&", "und", "and" or "+", none of them a word for a person (an -er, -or, -ist noun, a lead or
 * a head): the sheet does not say "works as Markt & Strategie".
 */
export function isDepartmentName(title: string | undefined): boolean {
  if (!title) return false;
  const t = title.trim();
  if (!/^[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*(?:&|\+|\bund\b|\band\b|\bet\b|\be\b|\by\b)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)+$/u.test(t))
    return false;
  const person = (w: string) =>
    /(?:[^m]er|or|ist|ant|[^m]ent|eur|euse|ore|rice|ente|in)$/i.test(w) ||
    /^(?:lead|head|chief|ceo|cto|cfo|coo|owner|partner|chef|inhaber\w*|leitung)$/i.test(w);
  return !t.split(/[\s&+]+/).some((w) => w.length > 2 && !/^(?:und|and|et)$/i.test(w) && person(w));
}
