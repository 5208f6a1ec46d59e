import { article, listing, sizeText } from '../clean';
import { saidWords } from '../quote-text';
import { FAMILY_PEOPLE, FAMILY_WORDS, type RoleFamily } from '../roles';
import { eventPhrase, eventQuestion, cite } from './events-text';
import { eventHook } from './opener-story';
import { aRole, one, the, when } from './helpers';
import type { Template } from './types';
import type { CompanyEvent } from '../events';
import type { Signals } from '../signals';
import { foldWords } from '../../text/fold';
import { readableDate } from '../dates';
import { practiceAreas } from '../practice-areas';

const KIND_WORD = {
  funding: 'Funding',
  launch: 'A launch',
  acquisition: 'An acquisition',
  acquired: 'The sale of the company',
  merger: 'A merger',
  partnership: 'A partnership',
  deal: 'An order won',
  leadership: 'A leadership change',
  hiring: 'Hiring plans',
  approval: 'A regulator’s approval',
  report: 'A report it published',
  fix: 'A flaw it fixed',
} as const;

/** Lines of business too broad to ask about as a product ("IT Solutions", "Managed Services"). */
const GENERIC_LINE =
  /^(?:(?:it|managed|professional|client|consulting|cloud|support|software|hardware|digital)\s*)*(?:solutions|services|support|products|consulting)?$/i;

/**
 * A catalogue of product lines ("Hardwood Flooring, Tongue & Groove Paneling, …, Custom Millwork";
 * "Managed Services, Professional Services, Support"), not brands ("Nitro", "iPhone"): three or more
 * names in title case, none a brand's own name. An umbrella line ("IT Solutions") beside the others goes.
 */
export function productLines(value: string | undefined): string[] | undefined {
  const items = (value ?? '').split(/,\s*/).filter(Boolean);
  const titled = (x: string) => x.split(/\s+/).every((w) => /^(?:[A-Z][a-z]+|[A-Z]{2,}|&)$/.test(w));
  const line = (x: string) => titled(x) && (x.split(/\s+/).length >= 2 || GENERIC_LINE.test(x));
  const lines = items.filter(line);
  if (lines.length < 3 || lines.length < 0.75 * items.length) return undefined;
  const specific = lines.filter((x) => !/^(?:it|digital|business)\s+solutions$/i.test(x));
  return specific.length >= 3 ? specific : lines;
}

/** A posting's title without its place or team: "Data Engineer, Europe" is a Data Engineer. */
export const baseTitle = (title: string) =>
  title
    .split(/,\s*/)[0]!
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();

/** A line as written in a sentence: small letters, acronyms kept ("IT solutions"). */
const asWritten = (line: string) =>
  line
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');

/**
 * Of the releases a company's changelog lists, the one to ask about: the one whose title shares a
 * word with the user's target or field ("Linear MCP for product management" for a product
 * manager), else the latest.
 */
export function nearestRelease(s: Signals): CompanyEvent | undefined {
  const releases = s.events.filter((e) => e.release && e.recent);
  const stem = (w: string) => w.replace(/(?:ement|ers|er|ing|s)$/, '');
  const mine = new Set(
    foldWords(`${s.self.target ?? ''} ${s.self.field ?? ''}`)
      .split(' ')
      .filter((w) => w.length > 3)
      .map(stem),
  );
  const near = (e: CompanyEvent) =>
    foldWords(e.what)
      .split(' ')
      .filter((w) => mine.has(stem(w))).length;
  return [...releases].sort((a, b) => near(b) - near(a))[0];
}

/** The user builds or secures products: a flaw found and fixed is their kind of story. */
const buildsThings = (s: Signals) =>
  ['engineering', 'built', 'product', 'data', 'design'].includes(s.self.targetFamily ?? '') || /secur/i.test(s.self.target ?? '');

/** The company and its culture: the hooks from the research, asked from where they sit. */
export const COMPANY: Template[] = [
  {
    id: 'company.event',
    category: 'company',
    intent: 'event',
    weight: 8,
    fill: (s) =>
      s.events
        // A change that is about the person met is their story, asked under their path.
        .filter((e) => !e.sensitive && e.kind in KIND_WORD && !(e.kind === 'leadership' && s.aboutPerson(e)))
        // A flaw fixed is asked of the people who build (how reports reach them); for anyone else it stays a hook.
        .filter((e) => e.kind !== 'fix' || buildsThings(s))
        // Of a changelog's releases, one is asked on its own: the one nearest the user's work, else the latest.
        .filter((e) => !e.release || e === nearestRelease(s))
        .slice(0, 4)
        .map((e, i) => ({
          // They were quoted on it: ask what came of it from where they sit.
          text: s.quotedIn(e)
            ? `You spoke for ${the(s)} about ${eventPhrase(e)} ${cite(e)}. What has come of it since, from where you sit?`
            : eventQuestion(e, s),
          reason: `${KIND_WORD[e.kind as keyof typeof KIND_WORD]} ${cite(e)}${e.recent ? '' : ', background rather than news'}: asks what only someone inside knows about ${eventPhrase(e)}.`,
          basis: [`clip:${e.clipId}`],
          slot: `${e.kind}:${e.what}`,
          intent: `event:${e.kind}:${e.what.toLowerCase()}`,
          hook: eventHook(e),
          bonus: (e.recent ? 3 : -1) - i * 0.1,
        })),
  },
  {
    id: 'company.launch-partners',
    category: 'company',
    intent: 'launch-partners',
    weight: 7,
    // The partners a launch went out with: how the first ones were picked is what no story says.
    fill: (s) =>
      s.events
        .filter((e) => e.kind === 'launch' && e.partners && !e.sensitive)
        .slice(0, 1)
        .map((e) => ({
          text: `${the(s)} launched ${e.described ? e.what : eventPhrase(e)} with ${e.partners}. How were those first ones chosen, and how has the list grown since?`,
          reason: `A launch and the partners it went out with ${cite(e)}: how they were picked is what only someone inside knows.`,
          basis: [`clip:${e.clipId}`],
          slot: e.what,
          // Its fact is the partners the story counts, not the launch the event question asks about: no shared hook.
          bonus: e.recent ? 1 : -1,
        })),
  },
  {
    id: 'company.release-pace',
    category: 'company',
    intent: 'release-pace',
    weight: 7,
    // Three or more releases in the company's own changelog: how it decides what ships at that pace.
    fill: (s) => {
      const recent = s.events.filter((e) => e.release && e.recent);
      const others = recent.filter((e) => e !== nearestRelease(s)).slice(0, 2);
      return when(recent.length >= 3 && others.length === 2, () =>
        one(
          `${s.companyName ? `${s.companyName}’s` : 'The'} changelog lists ${recent.length} releases since ${readableDate(recent[recent.length - 1]!.date, true)}, ${listing(others.map((e) => e.what))} among them. How is it decided what ships next, and who says no?`,
          `Their own changelog ${cite(recent[0]!)}: the pace and the choices behind it are what only someone inside knows.`,
          [`clip:${recent[0]!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'company.growth',
    category: 'company',
    intent: 'growth',
    weight: 6,
    fill: (s) => {
      // A list of open roles says where a company is growing only when it is long and leans one way:
      // three roles say nothing; twenty of fifty in engineering do.
      const n = s.openRoles.length;
      const count = new Map<RoleFamily, number>();
      for (const r of s.openRoles) if (r.family) count.set(r.family, (count.get(r.family) ?? 0) + 1);
      const [family, k] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
      return when(n >= 10 && family && k! >= 0.3 * n && family !== s.self.targetFamily, () =>
        one(
          `${the(s)} lists ${n} open roles, ${k} of them in ${FAMILY_WORDS[family!]}. What is driving that, and what does it change for the teams around it?`,
          `The open roles (${s.openRoles[0]!.source}) lean one way: ask what the company is betting on.`,
          [`clip:${s.openRoles[0]!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'company.target-team',
    category: 'company',
    intent: 'target-team',
    weight: 6,
    // The team the user wants to join is hiring beside the role they want: how the work will split is what no posting says.
    fits: (s) => !!s.self.target && !!s.self.targetFamily && s.self.targetFamily !== 'executive',
    fill: (s) => {
      const family = s.self.targetFamily!;
      const team = s.openRoles.filter((r) => r.family === family);
      const mine = team.find((r) => r.matchesTarget);
      const others = [...new Set(team.filter((r) => !r.matchesTarget).map((r) => baseTitle(r.title)))].filter(
        (t) => !mine || t !== baseTitle(mine.title),
      );
      const t = s.self.target!;
      return when(team.length >= 3 && others.length >= 2, () =>
        one(
          `${the(s)} is hiring for ${listing(others.slice(0, 3))} roles${mine ? ` as well as the ${baseTitle(mine.title)}` : ''}. How will ${FAMILY_PEOPLE[family]} split the work as it grows, and where would ${article(t)} ${t} sit?`,
          `Several open roles in the work you want (${team[0]!.source}): how the team is being built says where you would fit.`,
          [...new Set(team.map((r) => `clip:${r.clipId}`))].slice(0, 3),
        ),
      );
    },
  },
  {
    id: 'company.stage',
    category: 'company',
    intent: 'stage',
    weight: 6,
    fill: (s) => {
      // A small company's size changes the job: one person does what a big one splits.
      const f = s.fact('size');
      const max = f ? Math.max(...(f.value.match(/\d[\d,.]*/g) ?? ['0']).map((x) => Number(x.replace(/[,.]/g, '')))) : 0;
      const t = s.self.target;
      return when(f && max > 0 && max <= 250, () =>
        one(
          `At ${sizeText(f!.value)}, what does ${t ? `${article(t)} ${t}` : 'one person'} do here that a bigger company would split across several people?`,
          'The size changes the job: what the role covers here is what no posting says.',
          f!.basis,
        ),
      );
    },
  },
  {
    id: 'company.product',
    category: 'company',
    intent: 'product',
    weight: 5,
    // Asked from where they sit: what customers ask of it, or what they would change in it.
    fits: (s) => !!s.personId && !!s.career.family,
    fill: (s) => {
      const p = s.fact('products');
      // A named product, not a line of business ("IT Solutions", "Managed Services").
      const first = p?.value
        .split(/,\s*/)
        .find(
          (x) =>
            !/^(?:(?:it|managed|professional|client|consulting|cloud|support|software|hardware|digital)\s*)*(?:solutions|services|support|products|consulting)?$/i.test(
              x,
            ) && namedProduct(x),
        );
      const facing = ['customer', 'sales', 'marketing'].includes(s.career.family ?? '');
      return when(first && first.length <= 40 && !practiceAreas(p!.value), () =>
        one(
          facing
            ? `What do clients ask of ${first} most often that it doesn't do yet?`
            : `If you could change one thing about ${first}, what would it be?`,
          'Their view of the product the company sells, from where they sit.',
          p!.basis,
        ),
      );
    },
  },
  {
    id: 'company.lines',
    category: 'company',
    intent: 'product',
    weight: 6,
    // Someone who sells, markets or serves what a company makes: which of its lines are hard to sell.
    fits: (s) => ['sales', 'marketing', 'customer'].includes(s.self.targetFamily ?? ''),
    fill: (s) => {
      const lines = productLines(s.fact('products')?.value);
      if (!lines) return [];
      const said = lines.map(asWritten);
      const what = said.length <= 4 ? listing(said) : `everything from ${said[0]} to ${said[said.length - 1]}`;
      const ask =
        s.self.targetFamily === 'marketing'
          ? 'Which is hardest to market, and why?'
          : s.self.targetFamily === 'customer'
            ? 'Which brings the most questions from customers?'
            : 'Which takes the most selling, and which sells itself?';
      return one(
        `${the(s)} sells ${what}. ${ask}`,
        'What the company sells, in its own words: where the work is hard is what no catalogue says.',
        s.fact('products')!.basis,
      );
    },
  },
  {
    id: 'company.customers',
    category: 'company',
    intent: 'customers',
    weight: 6,
    // Who the company sells to, in its own words, asked by someone who would market, sell or serve it.
    fits: (s) => ['sales', 'marketing', 'customer'].includes(s.self.targetFamily ?? ''),
    fill: (s) => {
      const f = s.fact('summary') ?? s.fact('description');
      const m =
        /\bfrom\s+((?:new\s+|small\s+|early[- ]stage\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+to\s+((?:large\s+|public\s+|global\s+)?[^,.;]{3,60})/u.exec(
          f?.value ?? '',
        );
      const customers =
        m && /startups?|businesses|compan|enterprises?|brands|teams|developers|retailers|publishers|hospitals|banks|schools/i.test(m[0]);
      return when(customers && s.self.targetFamily, () =>
        one(
          `${the(s)} says its customers run from ${m![1]} to ${m![2]!.trim()}. How does ${FAMILY_PEOPLE[s.self.targetFamily!]} reach both, and which comes first?`,
          'Who the company sells to, in its own words: how the work splits across them is what no page says.',
          f!.basis,
        ),
      );
    },
  },
  {
    id: 'company.in-house',
    category: 'company',
    intent: 'customers',
    weight: 6,
    // Someone who would win customers over (an advocate, a seller, a marketer) meets a company that sells
    // against "building it in-house": the customers to win are the ones who would rather build it themselves.
    fits: (s) =>
      /advocate|evangelist|developer relations|devrel|sales|account|solutions|customer|success|marketing/i.test(s.self.target ?? ''),
    fill: (s) => {
      const f = s.fact('summary') ?? s.fact('description');
      const text = f?.value ?? '';
      const what = /\b(?:builds|makes|provides|offers|develops|sells)\s+(.{3,50}?)\s+(?:for|at|in|to|that|so|which)\b/i.exec(text)?.[1];
      const t = s.self.target!;
      return when(
        what && /\b(?:building|developing|doing|running)\s+(?:it\s+|them\s+)?in-house\b|\bdeveloping in-house\b/i.test(text),
        () =>
          one(
            `${the(s)} sells ${what} against building them in-house. How does ${aRole(t)} win over the teams that would rather build their own?`,
            'What the company sells against, in its own words: the customers who would rather build it are the ones the work is about.',
            f!.basis,
          ),
      );
    },
  },
  {
    id: 'company.mission',
    category: 'company',
    intent: 'mission',
    weight: 4,
    fill: (s) => {
      const m = s.fact('mission');
      // Quoted whole when short, else a sentence of it that stands alone; never cut with an ellipsis.
      const w = m && saidWords(m.value.replace(/^(our|the company'?s|its) mission is( to)?\s*/i, ''), undefined, false);
      return when(m && w, () =>
        one(
          `${the(s)} puts its mission as “${w!.quoted.replace(/[.!]$/, '')}”. Where did you last see it decide something?`,
          'The mission in its own words, tested against a real decision.',
          m!.basis,
        ),
      );
    },
  },
  {
    id: 'company.challenges',
    category: 'company',
    intent: 'challenges',
    weight: 6,
    fill: (s) => one(`What is ${the(s)} wrestling with right now that outsiders don't see?`, 'The honest answer is never on the website.'),
  },
  {
    id: 'company.decisions',
    category: 'company',
    intent: 'decisions',
    weight: 5,
    fill: () => one('How are decisions made on your team: who gets a say, and how fast?', 'Culture is how decisions happen.'),
  },
  {
    id: 'company.culture',
    category: 'company',
    intent: 'culture',
    weight: 4,
    fill: () =>
      one(
        'How would you describe the culture to a friend, not in the words of the careers page?',
        'An unguarded description of the culture.',
      ),
  },
];

/**
 * A product with a name ("Figma", "Rapport Cloud", "S4"), not an industry category ("Software
 * development", "Web design": a capital only at the start, common words after it) nor a single
 * common noun of work ("Consulting", "Maintenance"): "If you could change one thing about Software
 * development" asks nobody anything (the lead's UI review).
 */
export function namedProduct(x: string): boolean {
  const words = x.trim().split(/\s+/);
  // Two lines of work joined ("Support & Beratung"): a menu heading, in German too where every noun has a capital.
  if (/\s(?:&|\+|und|and|et)\s/.test(x)) return false;
  if (words.length > 1) return words.slice(1).some((w) => /^[\p{Lu}\p{N}]/u.test(w)) || /\p{Lu}.*\p{Lu}|\d/u.test(words[0]!);
  return !/(?:ing|ment|ion|ance|ence|ics|ware|ity)$/i.test(x);
}
