import { FAMILY_WORDS, familyPhrase, roleFamily } from '../roles';
import { readableDate, span } from '../dates';
import { roleInSentence } from '../../text/role-words';
import type { Move } from '../moves';
import type { RoleFamily } from '../roles';
import type { Signals } from '../signals';
import { at, inYear, one, the, when } from './helpers';
import { openerFor } from './opener';
import { foundedInAbout } from '../about-founded';
import { interestInAbout } from '../about-interest';
import type { Template } from './types';

/** A field of study as it reads after "you studied": a certificate's name gives way to its family ("teaching"). */
function studied(field: string, family: RoleFamily): string {
  return /certificate|diploma|degree|course|programme/i.test(field) || field.length > 45 ? familyPhrase(family, field) : field;
}

/** Engineers of every kind share a background ("Electrical Engineering" and "Telecommunications engineering"). */
const sameBackground = (a: RoleFamily | undefined, b: RoleFamily | undefined) =>
  !!a && !!b && (a === b || (['engineering', 'built'].includes(a) && ['engineering', 'built'].includes(b)));

/** "the University of Leeds", "Stanford University". */
export const school = (name: string) => (/^university of\b/i.test(name) ? `the ${name}` : name);

function moveText(m: Move): string {
  const { from, to } = m;
  switch (m.kind) {
    case 'family':
      return `What pulled you from ${familyPhrase(from.family!, from.title)} into ${familyPhrase(to.family!, to.title)}${inYear(m.when)}, and what carried over?`;
    case 'founding':
      return from.company
        ? `What made you leave ${from.company} to start ${to.company ?? 'your own company'}${inYear(m.when)}?`
        : `What made you start ${to.company ?? 'your own company'}${inYear(m.when)}?`;
    case 'management':
      return `What made you step from ${from.title ?? 'doing the work'} into leading as ${to.title}${inYear(m.when)}, and what changed in your week?`;
    default:
      return `What made you move from ${from.company} to ${to.company}${inYear(m.when)}?`;
  }
}

function moveReason(m: Move, s: Signals): string {
  // Only a change of kind of work can be "the move you want": stepping up to manage is not.
  const change = m.kind === 'family' || m.kind === 'founding';
  const towards = change && s.self.targetFamily && m.to.family === s.self.targetFamily;
  const fromMine = change && s.self.ownFamily && m.from.family === s.self.ownFamily;
  const tie = towards && fromMine ? ' — the move you want to make' : towards ? ' — into the work you are aiming at' : '';
  const where = s.move?.basis.some((b) => b.startsWith('clip:')) ? 'Their bio on the team page' : 'Their profile';
  return `${where} shows this move${tie}; the story behind it is rarely online, and people enjoy telling it.`;
}

/** Their path: the story of how they got here, grounded in the move that matters. */
export const PATH: Template[] = [
  // A leadership change that is about the person met: their new role is their story now.
  {
    id: 'path.new-role',
    category: 'path',
    intent: 'their-story',
    weight: 10,
    fill: (s) => {
      // A story announcing their appointment: the office and the day they took it up, as the story says.
      const a = s.appointed;
      if (a) {
        const office = roleInSentence(a.value.office);
        const month = readableDate(a.value.when);
        return one(
          a.value.started
            ? `You took over as ${office}${month ? ` in ${month}` : ''}. What did you find when you arrived, and what are you changing first?`
            : `You take over as ${office}${month ? ` in ${month}` : ''}. What do you want to change first, and what will you keep?`,
          `${a.value.source} reported their appointment: what they found and plan is what no page says yet.`,
          a.basis,
        );
      }
      const e = s.events.find((x) => x.kind === 'leadership' && s.aboutPerson(x));
      const title = s.title;
      return when(e, () =>
        one(
          `You took on ${title ? `the role of ${title}` : 'your new role'}${e!.date ? ` in ${readableDate(e!.date)}` : ''}. What are you changing first, and what will you keep?`,
          `Their appointment was announced (${e!.source}): what they plan is what no page says yet.`,
          [`clip:${e!.clipId}`],
        ),
      );
    },
  },
  // The person met is leaving the company (lib/prep/departure.ts): the years they look back on are
  // their story now, and what comes next for the team is asked lightly (never why, never who replaces them).
  {
    id: 'path.leaving',
    category: 'path',
    intent: 'their-story',
    weight: 10,
    fill: (s) => {
      const d = s.leaving?.value;
      if (!d || !s.companyName) return [];
      const years =
        d.tenure && d.office
          ? `${d.tenure} as ${roleInSentence(d.office)} at ${s.companyName}`
          : d.tenure
            ? `${d.tenure} at ${s.companyName}`
            : `your years at ${s.companyName}`;
      return one(
        `Looking back on ${years}, what did the job ask of you that you did not expect, and what will you take with you?`,
        `${d.source} reported that they are leaving: the whole of the job, seen from its end, is what no page says.`,
        s.leaving!.basis,
      );
    },
  },
  {
    id: 'company.after-leaving',
    category: 'company',
    intent: 'after-leaving',
    weight: 8,
    fill: (s) => {
      const d = s.leaving?.value;
      if (!d || d.gone || !s.companyName) return [];
      return one(
        `You leave ${s.companyName}${d.lastDay ? ` on ${d.lastDay}` : ' soon'}: what comes next for the team after you leave, and what would you tell someone joining it?`,
        `${d.source} reported their exit: where the work goes from here, and what a newcomer should know, is theirs to tell — asked lightly, never why they leave.`,
        s.leaving!.basis,
      );
    },
  },
  {
    id: 'path.founded-before',
    category: 'path',
    intent: 'their-story',
    weight: 9,
    // No job history, but their own About says what they built before this work: the bridge from
    // one to the other is their story, asked in English whatever language the About is in.
    fill: (s) => {
      if (s.move || !s.about) return [];
      const f = foundedInAbout(s.about.value, s.companyName);
      if (!f) return [];
      const now =
        s.title && s.companyName
          ? `your work as ${s.title} at ${s.companyName}`
          : s.companyName
            ? `your work at ${s.companyName}`
            : 'what you do now';
      return one(
        `Your profile says you ${f.verb} ${f.org}${f.year ? ` in ${f.year}` : ''}. How did that lead to ${now}, and what from it do you still use?`,
        'Their own About tells what they built before this work: how one led to the other is their story, and no page tells the road between.',
        s.about.basis,
      );
    },
  },
  {
    id: 'role.about-interest',
    category: 'role',
    intent: 'their-interest',
    weight: 7,
    // An interest their own About states is an open door: where it stands in their work now.
    fill: (s) => {
      const i = s.about ? interestInAbout(s.about.value) : undefined;
      if (!i) return [];
      const where = s.companyName ? `your projects at ${s.companyName}` : 'your work';
      return one(
        `Your profile names an interest in “${i.what}”. Where does that stand in ${where} today, and what stands in its way?`,
        'An interest they state in their own words: how far their work lets them pursue it is what no page says.',
        s.about!.basis,
      );
    },
  },
  {
    id: 'path.prior',
    category: 'path',
    intent: 'their-past',
    weight: 7,
    // No profile, but the story about them says what they did before: what they bring from it.
    fill: (s) => {
      const p = s.prior?.value;
      return when(p && s.companyName, () =>
        one(
          `Before ${s.companyName} you ${p!.title ? `were ${p!.title} of` : 'worked at'} ${p!.org}. What from that ${p!.title ? 'job' : 'work'} do you draw on most${s.title && !s.leaving ? ` as ${s.title}` : ''}, and what did you leave behind?`,
          'The story about them names the job they held before: what they bring from it is what no announcement says.',
          s.prior!.basis,
        ),
      );
    },
  },
  {
    id: 'path.move',
    category: 'path',
    intent: 'their-story',
    weight: 9,
    fill: (s) =>
      when(s.move, () => [
        {
          text: moveText(s.move!.value),
          reason: moveReason(s.move!.value, s),
          basis: s.move!.basis,
          bonus: s.self.targetFamily && s.move!.value.to.family === s.self.targetFamily ? 2 : 0,
        },
      ]),
  },
  {
    id: 'path.study-switch',
    category: 'path',
    intent: 'their-story',
    weight: 8,
    fill: (s) =>
      when(s.studySwitch && s.career.family, () =>
        one(
          `You studied ${studied(s.studySwitch!.value.field, s.studySwitch!.value.family)}${s.studySwitch!.value.school ? ` at ${school(s.studySwitch!.value.school)}` : ''} and now work in ${FAMILY_WORDS[s.career.family!]}. What made you switch, and what carried over?`,
          'A change of field since their studies: how they made it is the most useful story they have.',
          s.studySwitch!.basis,
        ),
      ),
  },
  {
    id: 'path.founder',
    category: 'path',
    intent: 'their-story',
    weight: 7,
    fill: (s) => {
      // Their profile's job, else the title or headline ("Founder & CEO | Building …") says they started it.
      const job = s.career.current && /found/i.test(s.career.current.title ?? '');
      const said = !job && /\bfound/i.test(`${s.title ?? ''} ${s.headline?.value.split(/\s*[|•·]\s*/)[0] ?? ''}`);
      // "Repeat founder in Tech": they have done it before, so ask what they do differently this time.
      const repeat = [s.about, s.headline].find((x) => x && /\b(repeat|serial) (founder|entrepreneur)\b/i.test(x.value));
      return when((job || said) && s.companyName, () =>
        repeat
          ? one(
              `You describe yourself as a ${/serial/i.test(repeat.value) ? 'serial entrepreneur' : 'repeat founder'}. What made you start ${s.companyName}, and what are you doing differently this time?`,
              'They have started companies before: what they changed this time is hindsight only they have.',
              repeat.basis,
            )
          : one(
              `What made you start ${s.companyName}, and what would you do differently if you started it today?`,
              'They founded the company: why, and the hindsight, are theirs alone.',
              job ? [`person:${s.personId}:experience`] : (s.headline?.basis ?? [`person:${s.personId}:title`]),
            ),
      );
    },
  },
  {
    id: 'path.study-founder',
    category: 'path',
    intent: 'studies',
    weight: 6,
    // A founder who studied what the user studied, asked by someone who wants to found a company too.
    fits: (s) => s.self.targetFamily === 'executive' && /found/i.test(s.title ?? ''),
    fill: (s) => {
      const e = s.education.find((x) => x.field && sameBackground(roleFamily(x.field), s.self.ownFamily));
      return when(e && s.companyName, () =>
        one(
          `You studied ${e!.field}${e!.school ? ` at ${school(e!.school)}` : ''} and went on to found ${s.companyName}. What from that training still helps you run it, and what did you have to learn from scratch?`,
          'They started where you are starting: what carried over from the same studies is advice only they can give.',
          [`person:${s.personId}:education`],
        ),
      );
    },
  },
  {
    id: 'path.tenure-long',
    category: 'path',
    intent: 'tenure',
    weight: 7,
    // "What has kept you there?" is weak to someone who runs the place.
    fits: (s) => s.career.level !== 'executive',
    fill: (s) =>
      // A founder's tenure is their company's age: their story is why they started it.
      when(s.career.current && (s.tenureYears ?? 0) >= 5 && s.companyName && !/found/i.test(s.career.current.title ?? ''), () =>
        one(
          `You have been${at(s)} for ${span(s.tenureYears!)}. What has kept you there, and how has your role changed?`,
          'A long tenure says something about the place; they can tell you what.',
          [`person:${s.personId}:experience`],
        ).map((f) => ({ ...f, weak: true })),
      ),
  },
  {
    id: 'path.recent-joiner',
    category: 'path',
    intent: 'why-joined',
    weight: 7,
    // A peer's recent start is asked as their search (getting-in.their-search).
    fits: (s) => !s.peer,
    fill: (s) =>
      when(s.career.current && s.tenureYears !== undefined && s.tenureYears < 1 && s.companyName, () =>
        one(
          `You joined ${the(s)} ${span(s.tenureYears!)} ago. What drew you there, and what has surprised you since?`,
          'A recent joiner remembers both why they chose the company and how it looked from outside.',
          [`person:${s.personId}:experience`],
        ).map((f) => ({ ...f, weak: true })),
      ),
  },
  {
    id: 'path.common-ground',
    category: 'path',
    intent: 'common-ground',
    weight: 8,
    fill: (s) =>
      // Living in one city is thin common ground: it opens the introduction, not a question.
      s.commonGround
        .filter((c) => c.value.kind !== 'city')
        .slice(0, 1)
        .map((c) => ({
          text:
            c.value.kind === 'school'
              ? `We both studied at ${school(c.value.value)}. How did your time there shape where you went next?`
              : c.value.kind === 'employer'
                ? `We both worked at ${c.value.value}. What did you take from your time there into this job?`
                : c.value.kind === 'city'
                  ? `You are in ${c.value.value} too. How much of your network in this field is local?`
                  : `We share a background in ${c.value.value}. Where has it helped you most in this work?`,
          reason: `Common ground (${c.value.kind === 'employer' ? 'a past employer' : c.value.kind}): a natural opener that makes the talk personal.`,
          basis: c.basis,
          slot: `${c.value.kind}:${c.value.value}`,
        })),
  },
  {
    id: 'path.story',
    category: 'path',
    intent: 'their-story',
    weight: 5,
    // Asked as the dossier allows: the classic opener only when nothing clipped says where they sit.
    fill: (s) =>
      openerFor(s) ?? one('How did you find your way into the work you do now?', 'Opens with their story; people enjoy telling it.'),
  },
  {
    id: 'path.hindsight',
    category: 'path',
    intent: 'hindsight',
    weight: 3,
    fill: () => one('If you were starting out again, what would you do differently?', 'Hindsight you cannot read anywhere.'),
  },
];
