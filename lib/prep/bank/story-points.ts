import { fold } from '../../text/fold';
import { isRecent, readableDate } from '../dates';
import type { StoryCare } from '../story-care';
import { STAFF_TROUBLE, troubleWords } from '../story-trouble';
import type { Signals } from '../signals';
import type { StoryPoint } from '../story-point';
import { lowerFirst } from './story-facts';
import { postVoice } from './story-voice';
import { eventHook } from './opener-story';
import type { Template } from './types';

/** What only someone inside can say about a point of the story: how it was done, decided or measured. */
// One question that fits the kind of fact, with nothing that points back at a word the fact may
// not have ("who decided what went into it" after a sentence about migration volume).
const FOLLOW_UP: Record<StoryPoint['kind'], string> = {
  ship: 'Who decided the scope of that work, and what turned out harder than it looked from outside?',
  measure: 'What drove that figure, and how is it measured inside?',
  rank: 'What do people inside credit for that?',
  decide: 'What did that choice cost, and what weighed most in making it?',
  partner: 'How is the work split between them and your team?',
  account: 'How does that work from the inside, and who has a say in it?',
  expand: 'What does each new one ask of the team behind it, and what have the first ones taught you?',
  appoint: 'What has changed in how the team works since then, and what is still settling?',
  tool: 'How did the team settle on working that way, and what would you change about it?',
  build: 'What does a project like that ask of the team, and what is hardest about it from the inside?',
  other: 'What was the thinking behind that, and what did it change for the team?',
};
const LOOKING_BACK: Record<StoryPoint['kind'], string> = {
  ship: 'Looking back, what came of that release, and how did the team decide what went into it?',
  measure: 'Looking back, what came of that work, and how is it measured today?',
  rank: 'Looking back, what earned that, and has it held since?',
  decide: 'Looking back, what drove that decision, and how has it worked out?',
  partner: 'Looking back, how did the work with them go, and what would you do differently?',
  account: 'How does that work from the inside today, and who has a say in it?',
  expand: 'Looking back, how has that growth gone, and what did the first ones teach the team?',
  appoint: 'Looking back, what changed in how the team works once they arrived?',
  tool: 'Is that still how the team works, and what has changed since?',
  build: 'Looking back, how has that project gone, and what did it ask of the team?',
  other: 'Looking back, what came of it, and what has changed since?',
};

/**
 * A figure that is the company's financial result ("JPMorgan Chase earned $4.9 billion"): what
 * drove it is a fair question, "how is it measured inside" is not (an accountant's answer to a
 * question nobody asked: blind-13 jpmorgan-results-student).
 */
const RESULT =
  /\b(?:earn(?:s|ed)?|profits?|net income|revenues?|sales|turnover|loss(?:es)?|lost|income|earnings|Gewinn\w*|Umsatz\w*|chiffre d'affaires|bénéfice\w*)\b/iu;
const RESULT_FOLLOW_UP = 'What was behind that result, and did it change anything for teams like yours?';
const RESULT_LOOKING_BACK = 'Looking back, what was behind that result, and what has changed since?';

/** The follow-up for a point: by its kind, a financial result asked as a result. */
function followUp(p: StoryPoint, old: boolean): string {
  const result =
    p.kind === 'measure' && RESULT.test(p.clause ?? p.quote ?? p.evidence) && /[$€£¥]|\d/.test(p.clause ?? p.quote ?? p.evidence);
  if (result) return old ? RESULT_LOOKING_BACK : RESULT_FOLLOW_UP;
  return old ? LOOKING_BACK[p.kind] : FOLLOW_UP[p.kind];
}

/** A clause opening on the company's own name, said on from there: "GitHub’s new client …" → "its new client …", "Acme uses …" → "it uses …". */
function selfNamed(clause: string, company: string): string | undefined {
  if (!clause.startsWith(`${company} `) && !clause.startsWith(`${company}’s `) && !clause.startsWith(`${company}'s `)) return undefined;
  const after = clause.slice(company.length);
  return /^['’]s /.test(after) ? `its ${after.slice(3)}` : `it${after}`;
}

/**
 * The question a coach writes from a point of a story's body: the fact said in the company's own
 * clause ("I read that Nethermind continues to lead throughput by between 2x and 10x"), or — for a
 * story not in English — named by what survives translation and by the story's language ("A German
 * story from August 2020 covered Vivaldi 3.2 for Android, naming EasyList Germany"), then what only
 * someone inside can answer. An older story is asked for what came of it. Nothing when the point
 * has neither a clause nor a product to name it by.
 */
export function storyPointQuestion(p: StoryPoint, personName?: string): string | undefined {
  const when = readableDate(p.date);
  const old = !p.recent && !!when;
  // The company's post is said as the company's (by its writer when the byline names one); "your post" only when they wrote it.
  const v = p.own ? postVoice(p.authors, p.company, personName) : undefined;
  if (p.clause) {
    // "Nethermind continues to lead …" from Nethermind's own post: "Nethermind writes that it continues …", its name said once.
    const rest = v && !v.yours && p.company ? selfNamed(p.clause, p.company) : undefined;
    if (rest)
      return old
        ? `In ${when}, ${p.company} wrote that ${rest}. ${followUp(p, true)}`
        : `${p.company} writes that ${rest}. ${followUp(p, false)}`;
    const said = !v
      ? `I read that ${lowerFirst(p.clause)}.`
      : v.yours
        ? `Your post says ${lowerFirst(p.clause)}.`
        : `I read in ${v.whose} post that ${lowerFirst(p.clause)}.`;
    return old
      ? `In ${when}, ${!v ? 'a story said' : v.yours ? 'your post said' : `${v.whose} post said`} ${lowerFirst(p.clause)}. ${followUp(p, true)}`
      : `${said} ${followUp(p, false)}`;
  }
  if (p.quote) {
    const post = !v || v.yours ? 'your post' : `${v.whose} post`;
    if (old) return `In ${when}, ${post} said: “${p.quote}” ${followUp(p, true)}`;
    const says = v && !v.yours && v.author ? `In ${post}, ${v.author} writes:` : `${post.charAt(0).toUpperCase()}${post.slice(1)} says:`;
    return `${says} “${p.quote}” ${followUp(p, false)}`;
  }
  // A story not in English that gives figures or names of the company's work: summarised by what was
  // understood (its kind, the names, the figures with their nouns), never its sentence pasted whole
  // (blind-15 creditshelf quoted a German sentence into an English question).
  if (!p.product && p.language && p.anchors.length) {
    const story = `A ${p.language} story${when ? ` from ${when}` : ''}`;
    const co = p.company ?? 'the company';
    const named = p.anchors.slice(0, 3).join(', ');
    const said =
      p.kind === 'build'
        ? `covered a project of ${co}’s (${named})`
        : p.kind === 'measure'
          ? RESULT.test(p.evidence)
            ? `reported ${co}’s results (${named})`
            : `put figures on ${co}’s work (${named})`
          : `covered ${co} (${named})`;
    return `${story} ${said}. ${followUp(p, old)}`;
  }
  if (!p.product) return undefined;
  const others = p.anchors.filter((a) => a !== p.product && !/^\d/.test(a)).slice(0, 2);
  const story = p.language ? `A ${p.language} story` : 'A story';
  const lead = `${story}${when ? ` from ${when}` : ''} covered ${p.product}${others.length ? `, naming ${others.join(' and ')}` : ''}.`;
  return `${lead} ${old ? LOOKING_BACK.ship : FOLLOW_UP.ship}`;
}

const contentWords = (t: string) =>
  new Set(
    fold(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );

/** The point is told already by an event or a headline's news read from the same story (its question asks it). */
function toldAlready(p: StoryPoint, s: Signals): boolean {
  const head = fold(p.evidence).slice(0, 60);
  if (s.events.some((e) => e.clipId === p.clipId && !!e.evidence && fold(e.evidence).includes(head))) return true;
  // "rolled out three clinical trials" asked from the headline is the same news from the body.
  const mine = contentWords(p.clause ?? p.quote ?? p.evidence);
  return s.news.some((n) => {
    if (n.clipId !== p.clipId) return false;
    const theirs = contentWords(`${n.text} ${n.headline}`);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared >= Math.max(2, Math.ceil(mine.size / 2));
  });
}

/**
 * The launch a point of the story tells, when its sentence is the launch itself (it ships the very
 * thing the event names, in the same story): the same fact as the event's question, whatever the
 * wording ("I read that Acme unveiled the Tern 2 drone …" beside "How early did designers come into
 * the Tern 2 drone …", issue 11), so the engine keeps one of them.
 */
function launchHook(p: StoryPoint, s: Signals): string | undefined {
  if (p.kind !== 'ship') return undefined;
  const said = fold(p.clause ?? p.evidence);
  const e = s.events.find((x) => x.clipId === p.clipId && x.kind === 'launch' && x.what.length >= 3 && said.includes(fold(x.what)));
  return e && eventHook(e);
}

/**
 * A recent story of trouble, asked with care: a strike or job cuts told in another language (what
 * the story covered, in English words and its figure, then how it changed the work, only as far as
 * they wish to say), or reviews that found the product wanting (what they have heard since, never
 * whether the critics are right). A court case is never asked. Nothing for anything else.
 */
export function storyCareQuestion(c: StoryCare, company?: string): string | undefined {
  const when = readableDate(c.date);
  const where = [c.source, when].filter(Boolean).join(', ');
  if (c.kind === 'criticism')
    return `Reviews were critical (“${c.text}”${where ? `, ${where}` : ''}). Only as far as you can say: what have you heard from the people who use it since, and what is changing because of it?`;
  if (c.kind !== 'trouble' || !c.trouble?.topics.some((t) => STAFF_TROUBLE.has(t))) return undefined;
  const story = `${c.language ? `A ${c.language} story` : 'A story'}${c.source ? ` in ${c.source}` : ''}${when ? ` (${when})` : ''}`;
  return `${story} covered ${troubleWords(c.trouble, company)}. Only as far as you are comfortable saying: what has that changed in the day-to-day work, and how do people there see what comes next?`;
}

/** Points of the body of stories about the company, asked as only someone inside can answer them. */
export const STORY_POINTS: Template[] = [
  {
    id: 'company.story-point',
    category: 'company',
    intent: 'story-point',
    // Beside a story fact (5), below a headline's news (7) and an event (8): a point of the body
    // fills a sheet the headline left thin; it does not push out what was read with its details.
    weight: 5,
    fill: (s) =>
      s.storyPoints
        // A choice the company took back after feedback is handled with care, never asked for its reasons.
        .filter(
          (p) => !toldAlready(p, s) && !(p.kind === 'decide' && s.storyCare.some((c) => c.kind === 'retreat' && c.clipId === p.clipId)),
        )
        .flatMap((p, i) => {
          const text = storyPointQuestion(p, s.personName);
          if (!text) return [];
          const when = readableDate(p.date);
          return [
            {
              text,
              reason: `${p.own ? (postVoice(p.authors, p.company, s.personName).yours ? 'Their own post' : `${p.company ?? 'The company'}’s own post`) : `${p.language ? `A ${p.language}-language story` : 'A story'} in ${p.source}`}${when ? ` (${when})` : ''}${p.recent ? '' : ', background rather than news'}: “${p.evidence}”`,
              basis: [`clip:${p.clipId}`],
              slot: `${p.clipId}:${p.evidence.slice(0, 40)}`,
              intent: `story-point:${p.clipId}:${i}`,
              hook: launchHook(p, s),
              bonus: (p.recent ? 0.5 : 0) - i * 0.1,
            },
          ];
        }),
  },
  {
    id: 'company.story-care',
    category: 'company',
    intent: 'story-care',
    // Below the story's points and news (5–7): asked when the story's trouble is the news the
    // dossier holds, never ahead of what the company chose to do.
    weight: 4.5,
    fill: (s) =>
      s.storyCare
        .filter((c) => isRecent(c.date, s.meetingAt))
        .flatMap((c) => {
          const text = storyCareQuestion(c, s.companyName);
          return text
            ? [
                {
                  text,
                  reason: `Handled with care (${c.source}${c.date ? `, ${readableDate(c.date)}` : ''}): ${
                    c.kind === 'criticism'
                      ? 'they have read the reviews too, so it asks what they heard and changed since, never whether the critics are right.'
                      : 'those inside lived it, so it is asked only as far as they wish, about the work and what comes next, never why it happened.'
                  }`,
                  basis: [`clip:${c.clipId}`],
                  slot: c.clipId,
                },
              ]
            : [];
        })
        .slice(0, 1),
  },
];
