import { FAMILY_WORDS, type RoleFamily } from '../roles';
import type { Signals } from '../signals';
import { article } from '../clean';
import { at, founding, one, the, when } from './helpers';
import type { Template } from './types';

/** A role held beside the job, as a verb phrase: "organise Ladies of Code", "mentor at Founders & Coders". */
export function sideActivity(title: string, org: string): string | undefined {
  // Their own projects and communities; board seats are governance, not something they built.
  if (/organi[sz]/i.test(title)) return `organise ${org}`;
  if (/mentor|cheerleader|coach/i.test(title)) return `mentor at ${org}`;
  if (/volunteer/i.test(title)) return `volunteer with ${org}`;
  return undefined;
}

function currentSide(s: Signals): { text: string; org: string } | undefined {
  for (const j of s.career.side) {
    if (j.end !== undefined || !j.title || !j.company) continue;
    const text = sideActivity(j.title, j.company);
    if (text) return { text, org: j.company };
  }
  return undefined;
}

/** The part of their title that names the kind of work they do, in its own words ("Client Services"), lower-cased as in a sentence. */
function sideOf(s: Signals, family: RoleFamily | undefined): string | undefined {
  const i = s.scope?.value.families.findIndex((f) => f === family) ?? -1;
  const part = i >= 0 ? s.scope!.value.parts[i] : undefined;
  return part && !/^[A-Z]{2,}$/.test(part) ? part.toLowerCase() : part;
}

/** "Marketing & Business Development": two kinds of work in one title. */
const splitScope = (s: Signals) => {
  const sc = s.scope?.value;
  return sc && sc.parts.length === 2 && sc.families.every(Boolean) && sc.families[0] !== sc.families[1] ? sc : undefined;
};

/** Words of a unit's or a role's name that say nothing of the work ("Senior", "Management", "Officer"). */
const UNIT_PLAIN =
  /^(?:senior|junior|head|lead|chief|manag\w*|director|associate|assistant|officer|specialist|team|group|department|global|regional)$/;

/** "Platform Solutions": a unit with a name of its own, not a kind of work. */
const unitScope = (s: Signals) => {
  const sc = s.scope?.value;
  return sc && sc.parts.length === 1 && !sc.families[0] && sc.parts[0] !== s.companyName ? sc.parts[0] : undefined;
};

/** The role day to day, from where they sit. */
export const ROLE: Template[] = [
  {
    id: 'role.partner',
    category: 'role',
    intent: 'their-side-of-target',
    weight: 8,
    // Someone who works beside the role the user wants, or who runs the company the user would help run.
    fits: (s) =>
      !!s.self.target &&
      (s.nearFamily ||
        (s.career.level === 'executive' &&
          s.self.targetFamily === 'executive' &&
          !/found|start|own company|\bceo\b|chief executive/i.test(`${s.self.target} ${s.self.exploring ?? ''}`))),
    fill: (s) => {
      // Their side named as their title names it ("From client services"), else by its family.
      const side = sideOf(s, s.career.family);
      return one(
        s.career.family === 'executive'
          ? `${s.title ? `As ${s.title}, what` : 'What'} do you need most from ${article(s.self.target!)} ${s.self.target}${at(s)}?`
          : `From the ${side ?? FAMILY_WORDS[s.career.family!]} side, what makes ${article(s.self.target!)} ${s.self.target} a great partner${at(s)}?`,
        s.career.family === 'executive'
          ? 'They run the company: what they need from the role you want is what the job really is.'
          : 'They work beside the role you want every day: they know what good looks like from across the table.',
        side ? s.scope!.basis : [`person:${s.personId}:${s.career.current ? 'experience' : 'title'}`],
        // A title from a page (their team page, the company's announcement) is a clipped fact too; with none, the question is generic.
        // "As CEO, what do you need most from …" only pastes the title into a question for any leader: it waits in reserve.
      ).map((f) => ({ ...f, bonus: 2, weak: s.career.family === 'executive' || (!s.career.current && !side && !s.title) }));
    },
  },
  {
    id: 'role.scope-split',
    category: 'role',
    intent: 'day-to-day',
    weight: 7,
    fill: (s) => {
      const sc = splitScope(s);
      if (!sc) return [];
      const [a, b] = sc.parts.map((p) => p.toLowerCase());
      const mine = s.self.targetFamily && sc.families.includes(s.self.targetFamily) && s.self.target;
      return one(
        `Your title joins ${a} and ${b}. How does your week split between the two${mine ? `, and which part would ${article(mine)} ${mine} here own` : ''}?`,
        'Two kinds of work in one job: how they share the week says how the company really works.',
        s.scope!.basis,
      ).map((f) => ({ ...f, bonus: mine ? 1 : 0 }));
    },
  },
  {
    id: 'role.scope-unit',
    category: 'role',
    intent: 'their-unit',
    weight: 7,
    fill: (s) => {
      const unit = unitScope(s);
      const t = s.self.target;
      return when(unit, () =>
        one(
          `What does ${unit} own${at(s)}, and ${t ? `where would ${article(t)} ${t} fit in it` : 'how does it work with the rest of the company'}?`,
          'Their unit has a name of its own: what it owns is rarely on a page, and it is where you would work.',
          s.scope!.basis,
        ),
      );
    },
  },
  {
    id: 'role.unit-opening',
    category: 'role',
    intent: 'unit-opening',
    weight: 6,
    // Someone who leads a named unit ("Head of Impact Management") whose company advertises a role
    // that sounds like it ("Associate Impact Manager"): where it sits is asked, not assumed, and what
    // the hire would do first is what only they can say. The unit's own words decide
    // ("impact" in both), never the family alone; seniority words say nothing of the work.
    fits: (s) => s.leads && !s.peer,
    fill: (s) => {
      const unit = unitScope(s);
      if (!unit) return [];
      const stems = (t: string) =>
        t
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length >= 4 && !UNIT_PLAIN.test(w))
          .map((w) => w.slice(0, 5));
      const mine = new Set(stems(unit));
      const r = s.openRoles.find((x) => stems(x.title).some((w) => mine.has(w)));
      return when(r, () =>
        one(
          `I saw ${the(s)} is hiring ${article(r!.title)} ${r!.title}${r!.location ? ` in ${r!.location}` : ''}. Would that role sit in ${unit}, and what would that person work on first?`,
          `An opening in the unit they lead (${r!.source}): what the hire is for is theirs to say, and no posting says it.`,
          [`clip:${r!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'role.week',
    category: 'role',
    intent: 'day-to-day',
    weight: 6,
    // Asked as their level (read from their title) shapes a week: someone who runs the company
    // chooses what to hand off, a manager splits it between the team and their own work; anyone
    // else, plainly. The title is not pasted in: it would only decorate the question.
    fill: (s) =>
      s.career.level === 'executive'
        ? one(
            'What still takes most of your week, and what have you learned to hand off?',
            'Someone who runs the place chooses where their week goes: what they keep says what matters there.',
          )
        : s.leads
          ? one(
              `How does your week split between your team and your own ${s.career.family === 'sales' ? 'accounts' : 'work'}?`,
              'A manager’s week is split between their people and their own work: the split is what job ads leave out.',
            )
          : one(
              'What does a typical week look like for you, and where does most of the time go?',
              'The day-to-day is what job ads leave out.',
            ),
  },
  {
    id: 'role.skills',
    category: 'role',
    intent: 'skills',
    weight: 6,
    // Skills questions only about the role the user is aiming at (issue 11, fit).
    fits: (s) => s.sameFamily,
    // A manager of the work the user wants is asked about their team, not about managing.
    fill: (s) =>
      founding(s)
        ? one(
            `Which skills did you have to build fastest in the first year of ${s.companyName ?? 'the company'}?`,
            'They did what you want to do: what they had to learn first is what to start on.',
          )
        : s.leads && s.self.target
          ? one(
              `What separates a good ${s.self.target} on your team from a great one?`,
              'They lead people in the role you want: they judge that difference every day.',
            )
          : one(
              'Which skills separate someone good at your job from someone great at it?',
              'The role you are aiming at: what to build first.',
            ),
  },
  {
    id: 'role.success',
    category: 'role',
    intent: 'success',
    weight: 4,
    fill: () => one('How is success judged in your role?', 'What gets rewarded shapes the whole job.'),
  },
  {
    id: 'role.side',
    category: 'role',
    intent: 'side-role',
    weight: 5,
    fill: (s) => {
      const side = currentSide(s);
      return when(side, () =>
        one(
          `Besides your job you ${side!.text}. What does that give you that the day job doesn't?`,
          'Their own project or community: they chose it, so they will enjoy talking about it.',
          [`person:${s.personId}:experience`],
        ),
      );
    },
  },
  {
    id: 'role.tools',
    category: 'role',
    intent: 'tools',
    weight: 2,
    fits: (s) => s.sameFamily,
    fill: () => one('Which tools or methods do you rely on every day?', 'Concrete things to learn.'),
  },
];
