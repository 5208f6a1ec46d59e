import { isRecent, readableDate } from '../dates';
import type { NewsItem } from '../news';
import type { Signals } from '../signals';
import { postVoice } from './story-voice';
import type { Template } from './types';

/** Deeds of making something and putting it out: what it took is the question. */
const MAKING = new Set([
  'launch',
  'unveil',
  'introduce',
  'release',
  'open',
  'reopen',
  'open-source',
  'roll',
  'debut',
  'ship',
  'publish',
  'create',
  'build',
  'develop',
  'design',
  'redesign',
  'rebuild',
  'start',
  'begin',
  'pilot',
  'test',
  'trial',
  'deploy',
  'implement',
  'unlock',
  'premiere',
  'showcase',
]);

/** What a coach asks of work the company has under way, by its kind. */
const UNDER_WAY: Record<string, string> = {
  test: 'What will decide whether it rolls out, and how do you hear from the people trying it?',
  build: 'What does getting it going ask of your team, and what has to be right from the first day?',
  open: 'What does getting it going ask of your team, and what has to be right from the first day?',
  expand: 'What does getting it going ask of your team, and what has to be right from the first day?',
  partner: 'How is a partnership like that run day to day, and who on your side looks after it?',
  '': 'What is it asking of your team now, and what will decide how it turns out?',
};

/** A post that gives a view, not work done: lessons, reflections, principles, an opinion. */
const ESSAY = /\b(?:lessons?|learnings|principles|rules|reflections?|thoughts|musings|opinion)\b/i;

/** Where and when it was read: "(The Island Now, March 2020)". */
const cite = (n: NewsItem) => `(${[n.source, readableDate(n.date)].filter(Boolean).join(', ')})`;

/**
 * The question a coach would write about a piece of news no event reader knows: what happened, in
 * the clause read from its headline, then what the page cannot say — what it asked of their team,
 * what it changed. Older news is asked for what came of it.
 */
export function newsQuestion(n: NewsItem, personName?: string): string {
  const when = readableDate(n.date);
  if (n.post) {
    // Their company's post is not theirs: it is cited as the company's, by its writer when the byline names one.
    const v = postVoice(n.authors, n.company, personName);
    const post = v.yours ? 'your post' : `${v.whose} post`;
    const by = !v.yours && v.author ? ` by ${v.author}` : '';
    // An essay of lessons or views is no piece of work: "what came of that work" has nothing to point
    // at (blind-14 fermyon, "Startup Lessons from 25 Years and 5 Startups"): ask what held up, and what changed in the view.
    const essay = ESSAY.exec(n.headline);
    if (essay) {
      const said = when
        ? `In ${when} ${v.yours ? 'you' : (n.company ?? 'the company')} published “${n.headline}”${by}.`
        : `I read ${post} “${n.headline}”${by}.`;
      return /^lesson|^learning|^principle|^rule/i.test(essay[0])
        ? `${said} Which of those ${essay[0].toLowerCase().replace(/s?$/, 's')} has held up best since, and which would you now put differently?`
        : `${said} What prompted it, and has the thinking changed since?`;
    }
    if (n.recent || !when)
      return `I read ${post} “${n.headline}”${by} ${cite(n)}. What did that work take on your side, and what turned out harder than it looked from outside?`;
    return v.yours
      ? `In ${when} you published “${n.headline}”. Looking back from the inside, what came of that work, and what has changed since?`
      : `In ${when} ${n.company ?? 'the company'} published “${n.headline}”${by}. Looking back from the inside, what came of that work, and what has changed since?`;
  }
  if (!n.recent && when)
    return `In ${when}, ${n.text}. Looking back from the inside, what came of it, and what has changed in how the work is done since?`;
  const read = `I read that ${n.text} ${cite(n)}.`;
  // Work under way (a story not in English tells it in the present, "Instagram testet …"): what it is
  // asking of them and what will decide it, not what it took — it is not done (blind-18 instagram, blind-17 cae-bremen).
  // Said without its source: the user read it in a foreign paper the person may not know, and the reason cites it.
  if (n.underWay && n.byCompany) return `I read that ${n.text}. ${UNDER_WAY[n.verb] ?? UNDER_WAY['']!}`;
  if (!n.byCompany) return `${read} What part of that fell to your team, and what did it teach you?`;
  return MAKING.has(n.verb)
    ? `${read} What did that take on your side, and what turned out harder than it looked from outside?`
    : `${read} What has it changed for your team so far, and what is still settling?`;
}

/**
 * A deal not yet closed that buys the company (a take-private, an acquisition): the biggest news of
 * the dossier, but those inside may not be free to discuss it. Asked only as far as they can say,
 * and about the customers, never about their own job (issue 11: what it means for staff is not the
 * user's to probe).
 */
export function pendingQuestion(s: Signals): { text: string; basis: string[]; clipId: string } | undefined {
  // The company plans to buy: asked as a plan, never as done ("since you acquired" three weeks after a
  // letter of intent is wrong: blind-15 creditshelf-thabe-peer), about what draws it to what it would buy.
  const buying = s.pending.find((x) => isRecent(x.value.date, s.meetingAt) && x.value.acquires);
  if (buying && s.companyName && !s.pending.some((x) => x.value.acquiredBy || x.value.goesPrivate)) {
    const month = readableDate(buying.value.date);
    return {
      text: `${buying.value.source} reported${month ? ` in ${month}` : ''} that ${s.companyName} plans to acquire ${buying.value.acquires}. As far as you can say while it is open: what draws ${s.companyName} to it, and what would it add to what you offer today?`,
      basis: buying.basis,
      clipId: buying.basis[0]!.replace(/^clip:/, ''),
    };
  }
  const p = s.pending.find((x) => isRecent(x.value.date, s.meetingAt) && (x.value.acquiredBy || x.value.goesPrivate));
  if (!p || !s.companyName) return undefined;
  const v = p.value;
  const what = `${s.companyName} is set to ${v.acquiredBy ? `be acquired by ${v.acquiredBy}${v.goesPrivate ? ' and go private' : ''}` : 'go private'}`;
  // Not the story's name: a roundup of the month's deals is where the user read it, not a subject.
  return {
    text: `I saw that ${what}. Only as far as you can say: how have customers taken the news, and what do they ask you about it?`,
    basis: p.basis,
    clipId: p.basis[0]!.replace(/^clip:/, ''),
  };
}

/** News of the company no event reader knows, asked from where the person sits. */
export const NEWS: Template[] = [
  {
    id: 'company.pending',
    category: 'company',
    intent: 'pending-deal',
    weight: 7,
    fill: (s: Signals) => {
      const q = pendingQuestion(s);
      return q
        ? [
            {
              text: q.text,
              reason: 'A deal not yet closed: what the customers make of it is what no story says, and it asks nothing they may not tell.',
              basis: q.basis,
              slot: q.clipId,
              bonus: 2,
            },
          ]
        : [];
    },
  },
  {
    id: 'company.news',
    category: 'company',
    intent: 'news',
    // Below a recognised event (8): a headline read plainly says less than an event read with its details.
    weight: 7,
    fill: (s: Signals) =>
      s.news
        .filter((n) => !n.careful)
        .slice(0, 2)
        .map((n, i) => ({
          text: newsQuestion(n, s.personName),
          reason: `News ${cite(n)}${n.recent ? '' : ', background rather than news'}: what it asked of the people inside is what no story says.`,
          basis: [`clip:${n.clipId}`],
          slot: n.clipId,
          intent: `news:${n.clipId}`,
          bonus: (n.recent ? 2 : 0) - i * 0.1,
        })),
  },
];
