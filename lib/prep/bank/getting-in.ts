import { article } from '../clean';
import { span } from '../dates';
import { sayExploring } from '../first-person';
import { FAMILY_WORDS, roleFamily } from '../roles';
import type { Signals } from '../signals';
import { founding, inYear, the, one, when } from './helpers';
import type { Template } from './types';

/** The user's background in a few words: their field as they wrote it, else the family of it. */
const background = (s: Signals) => s.self.field ?? (s.self.ownFamily ? FAMILY_WORDS[s.self.ownFamily] : undefined);

/** The user already does the kind of work they are aiming at (a CSM looking at a CSM role): a step within the work. */
const within = (s: Signals) => !!s.self.ownFamily && s.self.ownFamily === roleFamily(s.self.target);

/** The question of the user's own move into the target, worded by how far their field is from it. */
function movingIn(s: Signals, from: string | undefined): string {
  const role = targetRole(s);
  if (!from) return `What would you look for in someone moving into ${role} from another field?`;
  if (within(s)) return `What would ${someone(s)} need to show to be taken seriously for ${role} here?`;
  // A field next to the target is a background, not a field left behind: the move asked about is the one they name, if any.
  const near = nearField(s);
  const move = near ? namedMove(s) : undefined;
  if (move && (s.sameFamily || s.nearFamily))
    return `Have you seen anyone move from ${move.from} into ${move.to}? What made it work, or not?`;
  const mover = near ? `someone with a background in ${from}` : `someone moving from ${from}`;
  if (s.sameFamily)
    return `You do the work I'm aiming at. What would you need to see from ${mover} before taking them seriously for ${role}?`;
  if (s.nearFamily && !near) return `Have you seen anyone come into ${role} from ${from} or a field like it? What made it work, or not?`;
  return near
    ? `What would ${mover} need to show to be taken seriously for ${role} here?`
    : `What would ${mover} into ${role} need to show to be taken seriously?`;
}

/**
 * The user's field and their target are one line of work or neighbours ("Computational biology" →
 * research scientist, "Machine learning engineering" → founding engineer): there is no change of
 * field to claim; "come into a research scientist role from computational biology" misstates the
 * move (tune felix-hli, louis-pipelex). Their own words may name the move they do make.
 */
const nearField = (s: Signals) =>
  !within(s) &&
  (trade(s.self.field) === trade(s.self.target) || [s.self.ownFamily, roleFamily(s.self.target)].sort().join() === 'research,science');

/** The trade a field or a title ends on, as one stem: "Machine learning engineering" and "Founding engineer" → "engine". */
function trade(x: string | undefined): string | undefined {
  let w = x
    ?.toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .pop();
  for (
    let next = w?.replace(/(?:ing|ers?|ists?|s)$/, '');
    w && next && next !== w && next.length >= 3;
    next = w.replace(/(?:ing|ers?|ists?|s)$/, '')
  )
    w = next;
  return w;
}

/** The move the user names themselves: "moving from an academic postdoc into industry R&D" → its two ends. */
function namedMove(s: Signals): { from: string; to: string } | undefined {
  const m = /\bfrom\s+(\S.{2,60}?)\s+(?:into|to)\s+(\S.{2,60})$/i.exec(s.self.exploring ?? '');
  return m ? { from: m[1]!, to: m[2]!.replace(/[.!]+$/, '') } : undefined;
}

/**
 * The user's field names the very work they aim at ("Customer success" → Customer success manager,
 * "Marketing" → Marketing manager), not only its family ("Frontend development" → AI engineer is
 * still a move): every word of the field is in the target, or the field is the family's own name.
 */
function sameWork(s: Signals): boolean {
  if (!within(s)) return false;
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3);
  const target = new Set(words(s.self.target ?? ''));
  const field = words(background(s) ?? '');
  return field.length > 0 && field.every((w) => target.has(w) || words(FAMILY_WORDS[s.self.ownFamily!] ?? '').includes(w));
}

/** "Customer success" → "customer success"; an acronym ("UX design", "IT") keeps its capitals. */
const lowerField = (f: string) => (/^\p{Lu}\p{Lu}/u.test(f) ? f : f.charAt(0).toLowerCase() + f.slice(1));

/**
 * Who the user is, said as "someone …" in a question about the move. Someone already in the work
 * is not "coming from" it: "someone coming from Customer success" to a CSM's own colleague reads
 * as if the field were new to them, so it is said as the same work done elsewhere.
 */
function someone(s: Signals): string {
  const from = background(s);
  if (!from) return 'someone';
  if (!sameWork(s)) return `someone coming from ${from}`;
  // A student of the very field (no employer, a school: an electrical-engineering sophomore after an
  // internship, blind-13 lockheed-intern-student) is not "already working" in it.
  if (!s.self.employer && s.self.school) return `someone studying ${lowerField(from)}`;
  return `someone already working in ${lowerField(from)} elsewhere`;
}

/** Someone who can speak to the move: not a student or a peer two years in, and close to the target. */
const canAdvise = (s: Signals) => !s.peer && !!s.self.target && (s.sameFamily || s.nearFamily || !s.career.family);

/** "an Operations lead role"; "a move into product management" reads better than "into a Founder role". */
const targetRole = (s: Signals) => `${article(s.self.target!)} ${s.self.target} role`;

/** Words of a target that say nothing of the work ("manager", "senior"). */
const PLAIN = /^(manager|lead|senior|junior|head|director|associate|assistant|officer|specialist|role|roles|job)$/i;

/**
 * The clause of their own about text (or headline) that names the work the user wants, in two or
 * more of the target's words: "general management of mid to large size organizations" for a
 * would-be general manager.
 */
export function targetInTheirWords(s: Signals): { value: string; basis: string[] } | undefined {
  const stems = (s.self.target ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, 5));
  if (stems.length < 2 || stems.every((w) => PLAIN.test(w))) return undefined;
  for (const src of [s.about, s.headline]) {
    if (!src) continue;
    for (const raw of src.value.split(/[,;.…|]+/)) {
      const clause = raw.trim().replace(/^(?:including|and|with|in|of)\s+/i, '');
      const words = clause.toLowerCase().split(/\s+/);
      const hit = words.findIndex((w, i) => stems.every((st, k) => (words[i + k] ?? '').startsWith(st)));
      if (hit >= 0 && words.length <= 14) return { value: clause, basis: src.basis };
    }
  }
  return undefined;
}

/**
 * A founder's earlier job that speaks to the company the user wants to start ("VP hi5 Mobile" for
 * someone starting a mobile advertising company), other than the one their move left (asked in
 * their story): "VP hi5 Mobile", "Head of Sales at Acme". Undefined when no earlier job shares a
 * word with what the user wants to start.
 */
export function jobBeforeFounding(s: Signals): string | undefined {
  if (!s.personId || !s.companyName || !s.career.current) return undefined;
  const wants = new Set(
    (s.self.exploring ?? s.self.target ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !/^(start\w*|found\w*|company|business|launch\w*|build\w*)$/.test(w)),
  );
  const job = [...s.career.jobs].reverse().find(
    (j) =>
      j !== s.career.current &&
      j !== s.move?.value.from &&
      !!j.title &&
      `${j.title} ${j.company ?? ''}`
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => wants.has(w)),
  );
  if (!job) return undefined;
  const title = job.title!;
  return job.company && !title.toLowerCase().includes(job.company.toLowerCase()) ? `${title} at ${job.company}` : title;
}

/** Words a question may take before it is said shorter. */
const MAX_WORDS = 32;

/** Getting in: the user's goal, asked of someone who sees it from inside. */
export const GETTING_IN: Template[] = [
  {
    id: 'getting-in.open-role',
    category: 'getting-in',
    intent: 'my-move',
    weight: 9,
    fits: (s) => !s.peer,
    fill: (s) => {
      const r = s.openRoles.find((x) => x.matchesTarget || (!!s.self.targetFamily && x.family === s.self.targetFamily));
      // The posting's own words about the day-to-day make the question about this job, not any job.
      // Quoted to be read aloud: "coordinate/resolve" is said "coordinate and resolve" (blind-13 lockheed).
      const says = r?.dayToDay
        ?.replace(/[.!]$/, '')
        .replace(/(?<![\p{L}/])(\p{Ll}{3,})\/(\p{Ll}{2,})(?![\p{L}/])/gu, (_, a: string, b: string) =>
          a === 'and' && b === 'or' ? 'or' : `${a} and ${b}`,
        );
      // "your day-to-day will focus on delivering …": only the work itself is quoted, so the quote stays short.
      const work =
        says &&
        /^(?:your day-to-day (?:work )?(?:will )?(?:focus(?:es)? on|be|involve[s]?|include[s]?)|you(?:'ll| will) (?:focus on|spend your time)?)\s+(.+)$/i.exec(
          says,
        )?.[1];
      // Read aloud, a question past this many words is a speech: the posting's words stay whole (never
      // cut with an ellipsis), the frame around them is said shorter (tune vercel-data: 40 words).
      const long = (t: string) => t.split(/\s+/).length > MAX_WORDS;
      const daily =
        work &&
        [
          `The ${r!.title} posting puts the day-to-day as “${work}”. What would ${someone(s)} need to show to do that well in the first months?`,
          `The ${r!.title} role's day-to-day is “${work}”. What would ${someone(s)} need to show to do that well?`,
        ].find((t, i, all) => !long(t) || i === all.length - 1);
      return when(r, () =>
        one(
          daily
            ? daily
            : says
              ? `The ${r!.title} posting says “${says.charAt(0).toLowerCase()}${says.slice(1)}”. What would ${someone(s)} need to show to do that well in the first months?`
              : `I saw ${the(s)} is hiring ${article(r!.title)} ${r!.title}${r!.team ? ` on the ${r!.team} team` : ''}. What would ${someone(s)} need to show in that role's first months?`,
          `An open role in the work you want (${r!.source}): ask what the job needs, not for the job.`,
          [`clip:${r!.clipId}`],
        ).map((f) => ({ ...f, bonus: 2 })),
      );
    },
  },
  {
    id: 'getting-in.left-my-field',
    category: 'getting-in',
    intent: 'my-move',
    weight: 8,
    // They left the line of work the user is leaving ("Consultant, Accenture" → "Co-Founder & CEO, DWYL"):
    // what carried over and what did not is advice from someone who made the same step.
    fits: (s) =>
      !s.peer &&
      !!s.self.ownFamily &&
      s.self.ownFamily !== s.self.targetFamily &&
      s.move?.value.from.family === s.self.ownFamily &&
      s.move.value.to.family !== s.self.ownFamily &&
      // A move into the user's target is their story question already ("… and what carried over?").
      s.move.value.to.family !== s.self.targetFamily &&
      !!s.move.value.from.company &&
      !!s.move.value.to.company,
    fill: (s) => {
      const { from, to } = s.move!.value;
      const work = FAMILY_WORDS[from.family!];
      return one(
        `Like me, you came from ${work} (${from.company}). What from ${work} helped you most at ${to.company}, and what did you have to unlearn?`,
        'They left the work you are leaving: what carried over, and what did not, is advice from someone who made the same step.',
        s.move!.basis,
      );
    },
  },
  {
    id: 'getting-in.their-words',
    category: 'getting-in',
    intent: 'my-move',
    weight: 8,
    fits: (s) => !s.peer && !!s.self.target,
    fill: (s) => {
      const phrase = targetInTheirWords(s);
      return phrase
        ? [
            {
              text: `Your profile lists “${phrase.value}” in your experience. What would ${someone(s)} need to learn first to do that well?`,
              reason: 'They describe the work you want in their own words: ask what it takes, from someone who has done it.',
              basis: phrase.basis,
            },
          ]
        : [];
    },
  },
  {
    id: 'getting-in.retrain',
    category: 'getting-in',
    // The user's own move asked of someone who made it: it is the my-move question, not a second one beside it.
    intent: 'my-move',
    weight: 7,
    // They retrained into the work the user wants, from the user's own field: was the course worth it?
    fits: (s) => !!s.self.targetFamily && s.career.family === s.self.targetFamily && !!s.self.ownFamily,
    fill: (s) => {
      const course = s.education.find((e) => e.field && roleFamily(e.field) === s.career.family);
      const degree = s.education.find((e) => e !== course && e.field && roleFamily(e.field) === s.self.ownFamily);
      return when(course && degree, () =>
        one(
          `After studying ${degree!.field} you took ${course!.field} at ${course!.school ?? 'a course'}${inYear(course!.end)}. Would you take the same route into ${FAMILY_WORDS[s.career.family!]} again?`,
          'They retrained from your field into the one you want: whether the course was worth it is first-hand advice.',
          [`person:${s.personId}:education`],
        ),
      );
    },
  },
  {
    id: 'getting-in.my-move',
    category: 'getting-in',
    intent: 'my-move',
    weight: 7,
    fits: canAdvise,
    fill: (s) => {
      const from = background(s);
      if (founding(s)) {
        const leaving = s.self.employer ?? (from ? `a job in ${from}` : 'a steady job');
        const what = /^(?:starting|founding|launching|building)\s+(an?\s+.{3,60})$/i.exec(s.self.exploring ?? '')?.[1] ?? 'a company';
        const before = jobBeforeFounding(s);
        // Their own road to founding, beyond the move the story question already asks about, makes the advice theirs.
        return before
          ? [
              {
                text: `You were ${before} before starting ${s.companyName}. What would you tell someone leaving ${leaving} to start ${what}?`,
                reason: 'You want to do what they did, from a job like the one they held before: their advice is first-hand.',
                basis: [`person:${s.personId}:experience`],
              },
            ]
          : one(
              `What would you tell someone leaving ${leaving} to start ${what}?`,
              'You want to do what they did: their advice is first-hand.',
            );
      }
      // Marketing at a nonprofit → marketing manager is a step within the work, not "moving from" one field "into" another.
      // The target's own words decide, not the family read from "exploring" ("moving from ad sales into strategy" reads as sales).
      // Asked from where they sit: someone doing the work judges newcomers to it; someone beside it
      // has seen people arrive in it (what makes a good partner is role.partner's question, not this
      // one). Still generic: it rests on no clipped fact.
      return one(movingIn(s, from), 'Your own situation, put plainly to someone who sees the work from inside.');
    },
  },
  {
    id: 'getting-in.hiring',
    category: 'getting-in',
    // What it takes to be hired into the role: one question, asked one way.
    intent: 'my-move',
    weight: 6,
    // Only someone who leads people hires; never asked of a student or a peer, nor about founding a company.
    fits: (s) => !s.peer && s.leads && !!s.self.target && (s.sameFamily || s.nearFamily) && !founding(s),
    fill: (s) =>
      one(`When you hire for ${s.self.target} roles, what makes a candidate stand out?`, 'Hiring seen from the other side of the table.'),
  },
  {
    id: 'getting-in.their-search',
    category: 'getting-in',
    intent: 'their-search',
    weight: 7,
    // A peer can't advise on hiring, but their own search is fresh.
    fits: (s) => s.peer && !!s.career.current && (s.tenureYears ?? 9) < 3,
    fill: (s) =>
      one(
        `You started ${s.career.current!.title ? `as ${article(s.career.current!.title)} ${s.career.current!.title} ` : ''}${span(s.tenureYears!)} ago. What made the difference when you were looking?`,
        'Their search is recent: what worked is still fresh, and it is advice they can give as a peer.',
        [`person:${s.personId}:experience`],
      ),
  },
  {
    id: 'getting-in.entry',
    category: 'getting-in',
    intent: 'entry-points',
    weight: 5,
    // Someone already doing the work they aim at (or its next level) needs no way into it.
    fits: (s) => !s.peer && !founding(s) && !s.self.within && !s.self.stepUp,
    fill: (s) =>
      one(
        `Which ways into ${s.self.target ? `${s.self.target} roles` : 'this work'} would you suggest for someone with my background?`,
        'The map of the way in, from someone who has seen people arrive.',
      ),
  },
  {
    id: 'getting-in.exploring',
    category: 'getting-in',
    intent: 'my-move',
    weight: 5,
    fits: (s) => !s.peer && !!s.self.exploring,
    fill: (s) => one(`${sayExploring(s.self.exploring!)}. What would you do first in my place?`, 'Your own question, put plainly.'),
  },
];
