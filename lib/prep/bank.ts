import type { CompanyFactKey, QuestionCategory } from '../schema/dossier';
import type { Signals } from './signals';
import { inline } from './words';

export interface Filled {
  text: string;
  reason: string;
  basis: string[];
  /** Distinguishes two fillings of one template (two news items, two transitions). */
  slot?: string;
  /** Added to the template's weight: the most recent of several fillings ranks first. */
  bonus?: number;
}

export interface Template {
  id: string;
  category: QuestionCategory;
  /** Base importance, 1–10. Grounded questions get a bonus on top (engine.ts). */
  weight: number;
  fill(s: Signals): Filled[];
  /** A basic question the dossier can answer: dropped when this fact is known (shown under "Already known"). */
  answeredBy?: CompanyFactKey;
}

const at = (s: Signals) => (s.companyName ? ` at ${s.companyName}` : '');
const the = (s: Signals) => s.companyName ?? 'the company';
const one = (text: string, reason: string, basis: string[] = []): Filled[] => [{ text, reason, basis }];
const when = (cond: unknown, f: () => Filled[]): Filled[] => (cond ? f() : []);
const years = (n: number) => (n >= 2 ? `${Math.floor(n)} years` : n >= 1 ? 'over a year' : 'less than a year');
const short = (t: string, n = 90) => (t.length > n ? t.slice(0, n - 1).replace(/\s+\S*$/, '') + '…' : t);
const dateOf = (iso?: string) => (iso ? ` (${iso.slice(0, 7)})` : '');

/** The question bank: seven categories, generic templates and many that fill in dossier facts. */
export const BANK: Template[] = [
  // ---- Their path ------------------------------------------------------------------------------
  {
    id: 'path.transition',
    category: 'path',
    weight: 9,
    fill: (s) =>
      s.transitions.map((t, i) => {
        const { from, to, kind } = t.value;
        const text =
          kind === 'function'
            ? `You moved from ${from.title} to ${to.title}${to.company ? ` at ${to.company}` : ''}. What changed in your work when you took on that role?`
            : kind === 'industry'
              ? `You went from ${from.title ?? 'your earlier work'}${from.company ? ` at ${from.company}` : ''} to ${to.title ?? 'your current work'}. What prompted that switch, and what carried over?`
              : `What made you move from ${from.company} to ${to.company}${to.start ? ` in ${to.start.slice(0, 4)}` : ''}?`;
        return {
          text,
          reason: `Their profile shows a ${kind === 'company' ? 'move between companies' : kind === 'function' ? 'step into a new kind of role' : 'change of field'}: the story behind it is rarely online.`,
          basis: t.basis,
          slot: `${from.company}>${to.company}>${to.title}`,
          bonus: -i,
        };
      }),
  },
  {
    id: 'path.tenure-long',
    category: 'path',
    weight: 7,
    fill: (s) =>
      when(s.current && (s.tenureYears ?? 0) >= 5, () =>
        one(
          `You have been${at(s)} for ${years(s.tenureYears!)}. What has kept you there, and how has your role changed over that time?`,
          'A long tenure says something about the place; they can tell you what.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.tenure-new',
    category: 'path',
    weight: 7,
    fill: (s) =>
      when(s.current && s.tenureYears !== undefined && s.tenureYears < 1.5, () =>
        one(
          `You joined${at(s)} recently. What drew you to it, and what surprised you in the first months?`,
          'A recent joiner remembers both why they chose the company and how it felt from outside.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.current-role',
    category: 'path',
    weight: 6,
    fill: (s) =>
      when(s.current?.value.title, () =>
        one(
          `How did you come to be ${article(s.current!.value.title!)} ${s.current!.value.title}${at(s)}?`,
          'Opens with their story, grounded in the role they hold now.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'path.education',
    category: 'path',
    weight: 6,
    fill: (s) =>
      s.education
        .slice(0, 1)
        .flatMap((e) =>
          when(e.value.field || e.value.degree, () =>
            one(
              `How much of your ${e.value.field ?? e.value.degree} studies${e.value.school ? ` at ${e.value.school}` : ''} do you use in your work today?`,
              'Connects their education to the job: useful for judging which training matters.',
              e.basis,
            ),
          ),
        ),
  },
  {
    id: 'path.back-to-school',
    category: 'path',
    weight: 8,
    fill: (s) =>
      when(s.returnedToSchool, () =>
        one(
          `You went back to study${s.returnedToSchool!.value.school ? ` at ${s.returnedToSchool!.value.school}` : ''} after working. Was it worth it, and would you do it the same way again?`,
          'Returning to school mid-career is a big decision; their verdict is first-hand.',
          s.returnedToSchool!.basis,
        ),
      ),
  },
  {
    id: 'path.turning-point',
    category: 'path',
    weight: 5,
    fill: () =>
      one(
        'Looking back, what was the turning point that led you to this line of work?',
        'People enjoy telling this, and it sets a relaxed tone.',
      ),
  },
  {
    id: 'path.differently',
    category: 'path',
    weight: 4,
    fill: () => one('If you were starting your career again, what would you do differently?', 'Hindsight you cannot read anywhere.'),
  },
  {
    id: 'path.prepared',
    category: 'path',
    weight: 3,
    fill: () =>
      one('Which earlier job or experience prepared you best for what you do now?', 'Shows which experiences count in this field.'),
  },
  {
    id: 'path.common-ground',
    category: 'path',
    weight: 8,
    fill: (s) =>
      s.commonGround.slice(0, 2).map((c) => ({
        text:
          c.value.kind === 'school'
            ? `We both studied at ${c.value.value}. How did it shape the way into your field?`
            : c.value.kind === 'employer'
              ? `We both worked at ${c.value.value}. What did you take from your time there into this job?`
              : c.value.kind === 'city'
                ? `You are based in ${c.value.value} too. How is the scene for this kind of work there?`
                : `We share a background in ${c.value.value}. How did that background help or hold you back here?`,
        reason: `Common ground (${c.value.kind}): a natural opener that makes the conversation personal.`,
        basis: c.basis,
        slot: `${c.value.kind}:${c.value.value}`,
      })),
  },

  // ---- The role, day to day --------------------------------------------------------------------
  {
    id: 'role.typical-week',
    category: 'role',
    weight: 7,
    fill: (s) =>
      s.current?.value.title
        ? one(
            `What does a typical week look like for ${article(s.current.value.title)} ${s.current.value.title}${at(s)}?`,
            'The day-to-day is what job ads leave out.',
            s.current.basis,
          )
        : one('What does a typical week look like for you?', 'The day-to-day is what job ads leave out.'),
  },
  {
    id: 'role.time',
    category: 'role',
    weight: 5,
    fill: () =>
      one(
        'Where does most of your time actually go: meetings, deep work, people, travel?',
        'Tells you whether the rhythm of the job suits you.',
      ),
  },
  {
    id: 'role.skills',
    category: 'role',
    weight: 6,
    fill: (s) =>
      s.current?.value.title
        ? one(
            `Which skills matter most for doing well as ${article(s.current.value.title)} ${s.current.value.title}?`,
            'Tells you what to build before applying.',
            s.current.basis,
          )
        : one('Which skills matter most in your job?', 'Tells you what to build before applying.'),
  },
  {
    id: 'role.success',
    category: 'role',
    weight: 5,
    fill: (s) => one(`How is success judged in your role${at(s)}?`, 'What gets rewarded shapes the whole job.'),
  },
  {
    id: 'role.tools',
    category: 'role',
    weight: 3,
    fill: () => one('Which tools or methods do you rely on every day?', 'Concrete things to learn or mention.'),
  },
  {
    id: 'role.specialties',
    category: 'role',
    weight: 6,
    fill: (s) =>
      when(s.fact('specialties'), () =>
        one(
          `${the(s)} lists ${short(s.fact('specialties')!.value, 80)} among its specialties. Which of these does your work touch most?`,
          'Links their job to what the company says it is good at.',
          s.fact('specialties')!.basis,
        ),
      ),
  },
  {
    id: 'role.collaboration',
    category: 'role',
    weight: 3,
    fill: () => one('Which teams do you work with most closely, and how do you work together?', 'Shows how the organisation really runs.'),
  },
  {
    id: 'role.location',
    category: 'role',
    weight: 4,
    fill: (s) =>
      when(s.current?.value.location, () =>
        one(
          `You work from ${s.current!.value.location}. How does your team split work between the office and remote?`,
          'Practical, and a hint about culture.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'role.learned',
    category: 'role',
    weight: 3,
    fill: () => one('What did you have to learn fastest when you started this job?', 'Reveals the real learning curve.'),
  },

  // ---- The company and its culture -------------------------------------------------------------
  {
    id: 'company.what',
    category: 'company',
    weight: 9,
    answeredBy: 'description',
    fill: (s) => one(`What does ${the(s)} do, in your own words?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.size',
    category: 'company',
    weight: 5,
    answeredBy: 'size',
    fill: (s) => one(`How many people work at ${the(s)}?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.hq',
    category: 'company',
    weight: 4,
    answeredBy: 'headquarters',
    fill: (s) => one(`Where is ${the(s)} based?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.founded',
    category: 'company',
    weight: 3,
    answeredBy: 'founded',
    fill: (s) => one(`When was ${the(s)} founded?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.industry',
    category: 'company',
    weight: 3,
    answeredBy: 'industry',
    fill: (s) => one(`Which industry would you say ${the(s)} is really in?`, 'Basic: only worth asking when you could not find it.'),
  },
  {
    id: 'company.news',
    category: 'company',
    weight: 10,
    fill: (s) =>
      // Layoffs are asked once, tactfully, under upsides and downsides.
      s.news
        .filter((n) => n.kind !== 'layoffs')
        .slice(0, 3)
        .map((n) => ({
          text: newsQuestion(n.kind, n.title, s),
          reason: `Shows you follow the company: ${n.siteName ? `${n.siteName} reported it` : 'it was in the news'}${dateOf(n.date)}.`,
          basis: [`clip:${n.clipId}`],
          slot: n.clipId,
        })),
  },
  {
    id: 'company.mission',
    category: 'company',
    weight: 8,
    fill: (s) =>
      when(s.fact('mission'), () =>
        one(
          `${the(s)} says its mission is to "${inline(short(s.fact('mission')!.value.replace(/^(our|the company'?s|its) mission is( to)?\s*/i, ''), 110))}". Where do you see that in everyday decisions?`,
          'Tests the stated mission against daily reality, politely.',
          s.fact('mission')!.basis,
        ),
      ),
  },
  {
    id: 'company.products',
    category: 'company',
    weight: 7,
    fill: (s) =>
      when(s.fact('products'), () =>
        one(
          `How does your work connect to ${short(s.fact('products')!.value, 70)}?`,
          'Grounds the talk in what the company actually sells.',
          s.fact('products')!.basis,
        ),
      ),
  },
  {
    id: 'company.growth',
    category: 'company',
    weight: 7,
    fill: (s) => {
      const size = s.fact('size');
      return when(size, () =>
        one(
          `With ${the(s)} at ${size!.value.replace(/\s*employees?$/i, '')} people, what is changing as it grows?`,
          'You know the size already; ask what it means from inside.',
          size!.basis,
        ),
      );
    },
  },
  {
    id: 'company.age',
    category: 'company',
    weight: 5,
    fill: (s) => {
      const founded = s.fact('founded');
      return when(founded, () =>
        one(
          `${the(s)} has been around since ${founded!.value}. Which parts of its early culture are still visible today?`,
          'Turns a known fact into a culture question.',
          founded!.basis,
        ),
      );
    },
  },
  {
    id: 'company.decisions',
    category: 'company',
    weight: 6,
    fill: (s) => one(`How are decisions made at ${the(s)}: who gets a say, and how fast?`, 'Culture is how decisions happen.'),
  },
  {
    id: 'company.challenges',
    category: 'company',
    weight: 7,
    fill: (s) => one(`What is ${the(s)} wrestling with right now?`, 'The honest answer is never on the website.'),
  },
  {
    id: 'company.culture-word',
    category: 'company',
    weight: 4,
    fill: () =>
      one(
        'How would you describe the culture to a friend, not in the words of the careers page?',
        'An unguarded description of the culture.',
      ),
  },
  {
    id: 'company.hq-remote',
    category: 'company',
    weight: 4,
    fill: (s) => {
      const hq = s.fact('headquarters');
      return when(hq, () =>
        one(
          `How much does being headquartered in ${hq!.value} shape the way teams work?`,
          'Builds on a known fact instead of asking for it.',
          hq!.basis,
        ),
      );
    },
  },

  // ---- The industry ----------------------------------------------------------------------------
  {
    id: 'industry.direction',
    category: 'industry',
    weight: 7,
    fill: (s) => {
      const ind = s.fact('industry');
      return ind
        ? one(
            `Where do you see ${ind.value.toLowerCase()} heading over the next few years?`,
            'Their view of the field, from inside it.',
            ind.basis,
          )
        : one('Where do you see your field heading over the next few years?', 'Their view of the field, from inside it.');
    },
  },
  {
    id: 'industry.fastest',
    category: 'industry',
    weight: 5,
    fill: () => one('What is changing fastest in your field right now?', 'Tells you what to learn first.'),
  },
  {
    id: 'industry.follow',
    category: 'industry',
    weight: 6,
    fill: () =>
      one('Which publications, communities or associations should I follow to keep up?', 'Concrete next steps for your own research.'),
  },
  {
    id: 'industry.competitors',
    category: 'industry',
    weight: 5,
    fill: (s) => {
      const ind = s.fact('industry');
      return when(ind, () =>
        one(`How does ${the(s)} stand out from others in ${ind!.value.toLowerCase()}?`, 'Shows how insiders see the market.', ind!.basis),
      );
    },
  },
  {
    id: 'industry.news-trend',
    category: 'industry',
    weight: 6,
    fill: (s) => {
      const n = s.news.find((x) => x.kind === 'funding' || x.kind === 'acquisition' || x.kind === 'partnership');
      return when(n, () =>
        one(
          `Deals like "${short(n!.title, 80)}" seem common in this space. What do they tell you about where the field is going?`,
          'Uses the news you clipped to open an industry question.',
          [`clip:${n!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'industry.misconception',
    category: 'industry',
    weight: 4,
    fill: () => one('What do outsiders most often get wrong about this industry?', 'Corrects your own assumptions early.'),
  },
  {
    id: 'industry.specialty-trend',
    category: 'industry',
    weight: 4,
    fill: (s) => {
      const sp = s.fact('specialties');
      const first = sp?.value.split(/,\s*/)[0];
      return when(first, () =>
        one(
          `How is ${first!.toLowerCase()} changing as a discipline?`,
          'A specialty of the company, asked as a field question.',
          sp!.basis,
        ),
      );
    },
  },
  {
    id: 'industry.skills-future',
    category: 'industry',
    weight: 4,
    fill: () => one('Which skills will matter more in five years than they do today?', 'Helps you aim your preparation.'),
  },

  // ---- Getting in ------------------------------------------------------------------------------
  {
    id: 'getting-in.target',
    category: 'getting-in',
    weight: 8,
    fill: (s) =>
      when(s.targetRole, () =>
        one(
          `How do people usually get into ${inline(s.targetRole!.value)} roles${at(s)}, and what do you look for?`,
          'Your goal, asked directly of someone who sees hiring from inside.',
          s.targetRole!.basis,
        ),
      ),
  },
  {
    id: 'getting-in.background',
    category: 'getting-in',
    weight: 8,
    fill: (s) =>
      when(s.selfField && s.targetRole, () =>
        one(
          `With a background in ${inline(s.selfField!.value)}, how could I make the move into a ${inline(s.targetRole!.value)} role?`,
          'Your own situation, for a tailored answer.',
          [...s.selfField!.basis, ...s.targetRole!.basis],
        ),
      ),
  },
  {
    id: 'getting-in.jobs',
    category: 'getting-in',
    weight: 7,
    fill: (s) =>
      s.jobs.slice(0, 1).map((j) => ({
        text: `I saw ${the(s)} is hiring a ${j.value.title}${j.value.team ? ` in ${j.value.team}` : ''}. What does that team look for beyond the job description?`,
        reason: 'Shows you did your homework on open roles, without asking for a job.',
        basis: j.basis,
        slot: j.value.title,
      })),
  },
  {
    id: 'getting-in.entry',
    category: 'getting-in',
    weight: 6,
    fill: () =>
      one('What are the typical entry points into this field, and which job titles should I search for?', 'The map of the way in.'),
  },
  {
    id: 'getting-in.training',
    category: 'getting-in',
    weight: 5,
    fill: () =>
      one('Which training, certificates or degrees actually make a difference here?', 'Separates useful credentials from expensive ones.'),
  },
  {
    id: 'getting-in.stand-out',
    category: 'getting-in',
    weight: 5,
    fill: () => one('What makes a candidate stand out when you or your team hire?', 'Hiring from the other side of the table.'),
  },
  {
    id: 'getting-in.exploring',
    category: 'getting-in',
    weight: 6,
    fill: (s) =>
      when(s.exploring, () =>
        one(
          `I am exploring ${inline(short(s.exploring!.value.replace(/^i am exploring\s*/i, ''), 80))}. What would you do first in my place?`,
          'Your own question, put plainly.',
          s.exploring!.basis,
        ),
      ),
  },
  {
    id: 'getting-in.education-path',
    category: 'getting-in',
    weight: 4,
    fill: (s) =>
      s.education
        .slice(0, 1)
        .flatMap((e) =>
          when(e.value.degree, () =>
            one(
              `Is a ${e.value.degree} like yours still the usual route in, or are there other ways now?`,
              'Checks whether their route is still open.',
              e.basis,
            ),
          ),
        ),
  },
  {
    id: 'getting-in.experience',
    category: 'getting-in',
    weight: 4,
    fill: () =>
      one('How could I get relevant experience before landing a first role in this field?', 'Practical next steps you can act on.'),
  },

  // ---- Upsides and downsides -------------------------------------------------------------------
  {
    id: 'upsides.enjoy',
    category: 'upsides',
    weight: 6,
    fill: (s) => one(`What do you enjoy most about your work${at(s)}?`, 'Lets them talk about what they love.'),
  },
  {
    id: 'upsides.hardest',
    category: 'upsides',
    weight: 6,
    fill: () => one('What is the hardest part of the job that people do not see?', 'The candid side an informational interview allows.'),
  },
  {
    id: 'upsides.surprised',
    category: 'upsides',
    weight: 5,
    fill: () => one('What surprised you most when you started?', 'The gap between expectations and reality.'),
  },
  {
    id: 'upsides.layoffs',
    category: 'upsides',
    weight: 7,
    fill: (s) => {
      const n = s.news.find((x) => x.kind === 'layoffs');
      return when(n, () =>
        one(
          `I read about the changes at ${the(s)}${dateOf(n!.date)}. If you are comfortable sharing, how has the team come through them?`,
          'A difficult subject, asked tactfully; skip it if the mood is not right.',
          [`clip:${n!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'upsides.tenure',
    category: 'upsides',
    weight: 5,
    fill: (s) =>
      when(s.current && (s.tenureYears ?? 0) >= 2, () =>
        one(
          `After ${years(s.tenureYears!)}${at(s)}, what still gets you excited, and what has worn thin?`,
          'Both sides, from someone who has stayed a while.',
          s.current!.basis,
        ),
      ),
  },
  {
    id: 'upsides.balance',
    category: 'upsides',
    weight: 4,
    fill: () => one('How do you find the balance between work and the rest of life in this job?', 'Honest about the cost of the job.'),
  },
  {
    id: 'upsides.product-pride',
    category: 'upsides',
    weight: 4,
    fill: (s) => {
      const p = s.fact('products');
      const first = p?.value.split(/,\s*/)[0];
      return when(first, () =>
        one(`What are you proudest of in the work behind ${first}?`, 'Asks for a story, anchored in a product you know about.', p!.basis),
      );
    },
  },
  {
    id: 'upsides.advice',
    category: 'upsides',
    weight: 4,
    fill: () => one('What do you wish someone had told you before you took this job?', 'Advice distilled from experience.'),
  },

  // ---- Closing and network ---------------------------------------------------------------------
  {
    id: 'closing.who-else',
    category: 'closing',
    weight: 10,
    fill: (s) =>
      one(
        `Who else${s.companyName ? ` at ${s.companyName} or` : ''} in this field would you suggest I talk to, and may I mention your name?`,
        'The main payoff of an informational interview: the next conversation.',
      ),
  },
  {
    id: 'closing.wish-asked',
    category: 'closing',
    weight: 6,
    fill: () => one('What should I have asked you that I did not?', 'Lets them add what matters to them.'),
  },
  {
    id: 'closing.stay-in-touch',
    category: 'closing',
    weight: 5,
    fill: () => one('Would it be all right to stay in touch and let you know how things go?', 'Keeps the relationship going after today.'),
  },
  {
    id: 'closing.resources',
    category: 'closing',
    weight: 3,
    fill: () =>
      one('Is there a book, talk or article you would recommend to someone in my position?', 'Something concrete to follow up on.'),
  },
  {
    id: 'closing.team-people',
    category: 'closing',
    weight: 6,
    fill: (s) =>
      when(s.people.length > 0 && s.companyName, () =>
        one(
          `Would any of your colleagues, such as ${s.people
            .slice(0, 2)
            .map((p) => p.name)
            .join(' or ')}, be open to a short conversation too?`,
          'Names people you found in your research, for a concrete referral.',
          s.people.slice(0, 2).map((p) => `person:${p.id}:name`),
        ),
      ),
  },
  {
    id: 'closing.help',
    category: 'closing',
    weight: 3,
    fill: () => one('Is there anything I could help you with in return?', 'Makes the exchange two-way.'),
  },
  {
    id: 'closing.news-follow',
    category: 'closing',
    weight: 3,
    fill: (s) =>
      when(s.news.length > 1, () =>
        one(
          `What is the best way to keep up with what ${the(s)} is doing beyond the press coverage?`,
          'You already read the coverage; ask for the inside channel.',
          s.news.slice(0, 2).map((n) => `clip:${n.clipId}`),
        ),
      ),
  },
  {
    id: 'closing.next-step',
    category: 'closing',
    weight: 2,
    fill: () => one('Given what we talked about, what would be a good next step for me?', 'Ends on an action you can report back on.'),
  },
];

function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}

function newsQuestion(kind: string, title: string, s: Signals): string {
  const t = short(title, 100);
  switch (kind) {
    case 'launch':
      return `I read that "${t}". How has that launch changed the work of your team?`;
    case 'funding':
      return `I saw the news that "${t}". What will the new funding change for teams like yours?`;
    case 'acquisition':
      return `I read that "${t}". How is the integration going from where you sit?`;
    case 'hiring':
      return `I read that "${t}". Which teams are growing, and what does that growth feel like inside?`;
    case 'leadership':
      return `I saw "${t}". Has the change at the top been felt in your part of ${the(s)}?`;
    case 'partnership':
      return `I read that "${t}". What does that partnership mean for your day-to-day work?`;
    case 'award':
      return `Congratulations on "${t}". What do you think earned it?`;
    case 'layoffs':
      return `I read about "${t}". If you are comfortable sharing, how is the team adjusting?`;
    default:
      return `I read "${t}". How does that story look from inside ${the(s)}?`;
  }
}
