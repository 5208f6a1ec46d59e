import { foldWords } from '../text/fold';
import { article } from './clean';
import { eventSince } from './bank/events-text';
import { founding } from './bank/helpers';
import { companyNames } from './events';
import type { Move } from './moves';
import { FAMILY_WORDS, familyPhrase, isDepartmentName, roleLevel } from './roles';
import type { Signals } from './signals';
import { roleInSentence } from '../text/role-words';
import { readableDate } from './dates';

const year = (iso: string | undefined) => (iso ? ` in ${iso.slice(0, 4)}` : '');

function moveClause(name: string, m: Move): string {
  switch (m.kind) {
    case 'family':
      return `${name} moved from ${familyPhrase(m.from.family!, m.from.title)} into ${familyPhrase(m.to.family!, m.to.title)}${year(m.when)}`;
    case 'founding':
      return `${name} left ${m.from.company ?? 'a job'} to start ${m.to.company ?? 'a company'}${year(m.when)}`;
    case 'management':
      return `${name} stepped from ${m.from.title ?? 'doing the work'} into ${m.to.title ?? 'leading it'}${year(m.when)}`;
    default:
      return `${name} moved from ${m.from.company} to ${m.to.company}${year(m.when)}`;
  }
}

/**
 * Why this person, in one or two sentences tied to the user's goal: who they are (the move that
 * matters, else the role), where they sit relative to what the user wants, and what only they can
 * tell. Undefined when the dossier says too little to say anything true.
 */
export function whyThisPerson(s: Signals): string | undefined {
  const name = s.firstName;
  // "Apple", not "Apple Inc.": said aloud, the legal suffix sounds read off a form.
  const named = s.companyName ?? s.career.current?.company;
  const where = named ? companyNames({ name: named }).pop() : undefined;
  if (!name) {
    if (!where) return undefined;
    // What anyone there can tell, and what their profile would settle: whether they can speak to the user's goal.
    const recent = s.events.find((e) => e.recent && !e.sensitive);
    // The user's own words for the work, as they typed them ("Structures engineer work"; issue 11 §9): a family's name
    // would say "software engineering" for it.
    const work = s.self.target && !founding(s) ? `${s.self.target} work` : undefined;
    return `You are meeting someone at ${where} whose profile is not in your research yet. Anyone there can tell you ${recent ? `how ${where} looks from inside since ${eventSince(recent)}` : `what ${where} is like from the inside`}; their profile would say how close they sit to ${work ?? 'what you want to do'}.`;
  }
  const m = s.move?.value;
  const title = s.title;
  const target = s.self.target;
  const a = s.appointed?.value;
  const month = readableDate(a?.when);
  const d = s.leaving?.value;
  let first =
    d && where
      ? // Their own exit, as the story told it: the newest step of their path (blind-16 myers-warner).
        `${name} ${d.gone ? 'left' : 'leaves'} ${where}${d.lastDay ? ` on ${d.lastDay}` : ''}${d.tenure ? ` after ${d.tenure}` : ''}${d.office ? ` as ${roleInSentence(d.office)}` : ''}`
      : m
        ? moveClause(name, m)
        : a && where
          ? // Their appointment, as the story announced it: the newest step of their path (blind-15 krahmer).
            `${name} ${a.started ? 'took over' : 'takes over'} as ${roleInSentence(a.office)} at ${where}${month ? ` in ${month}` : ''}`
          : title && where
            ? // A title that already names the employer ("Owner, 18th Street Brewery and 18th Street
              // Distillery", blind-17 drewfox) is not followed by "at 18th Street Distillery" again.
              `${name} works ${isDepartmentName(title) ? 'in' : 'as'} ${title}${namesIt(title, where) ? '' : ` at ${where}`}`
            : where
              ? `${name} works at ${where}`
              : `${name} came up in your research`;
  if (m && title && where && m.to.company !== where) first += `, and is now ${title} at ${where}`;
  // The first sentence gave their title: the second does not say it again ("Franziska works as
  // Stellvertretende Geschäftsführerin at Spessart Tourismus. Franziska, as Stellvertretende
  // Geschäftsführerin, sees the whole…", blind-16 spessart).
  const asTitle = title && !first.includes(title) ? `, as ${title},` : '';
  const relation =
    !target || !s.career.family
      ? undefined
      : s.career.family === 'executive' && founding(s)
        ? `${name} has done what you want to do`
        : s.career.family === 'executive' && s.leads
          ? hiresForTarget(s)
            ? `${name}${asTitle} hires for roles like the one you want`
            : `${name}${asTitle} sees the whole of ${where ?? 'the company'}, not only the team you want to join`
          : s.sameFamily
            ? s.peer
              ? `${name} is a step ahead of you on the way into ${FAMILY_WORDS[s.self.targetFamily!]}`
              : `${name} already does the kind of job you are aiming at`
            : s.nearFamily && s.self.targetFamily
              ? `${name} works with ${FAMILY_WORDS[s.self.targetFamily]} every day`
              : undefined;
  const role = s.openRoles.find((r) => r.matchesTarget || (!!s.self.targetFamily && r.family === s.self.targetFamily));
  // "Warner Bros." ends the sentence with its own full stop.
  const sentence = `${first}${role && where ? `, at a company now hiring ${article(role.title)} ${role.title}` : ''}.`.replace(
    /\.\.$/,
    '.',
  );
  const own = s.events.find((e) => e.kind === 'leadership' && s.aboutPerson(e));
  const recent = s.events.find((e) => e.recent && !e.sensitive);
  const ground = s.commonGround.find((c) => c.value.kind !== 'city')?.value;
  const only = own
    ? `what they plan for ${where ?? 'the company'} in the new role`
    : m
      ? 'why that move was worth it, and what it took'
      : recent && where
        ? `how ${where} looks from inside since ${eventSince(recent)}`
        : ground
          ? `how someone from your shared ${ground.kind === 'school' ? 'school' : ground.kind === 'employer' ? 'past employer' : 'background'} found their way`
          : where
            ? `what ${where} is like from the inside`
            : undefined;
  if (relation) return `${sentence} ${relation}${only ? `, and can tell you ${only}` : ''}.`;
  return only ? `${sentence} Only ${name} can tell you ${only}.` : sentence;
}

/**
 * Someone who runs the company hires for the user's target themselves only when that role is a
 * senior one, or the company is small enough for the head to hire everyone: "Satya, as chairman and
 * CEO, hires for roles like the one you want" to a student (the lead's UI review) is false.
 */
function hiresForTarget(s: Signals): boolean {
  const level = roleLevel(s.self.target);
  if (level === 'executive' || level === 'director') return true;
  if (level === 'student' || level === 'intern') return false;
  // "11-50 employees", "120 people": the upper figure the size gives.
  const figures =
    (s.fact('size')?.value ?? '')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/\d+/g)
      ?.map(Number) ?? [];
  return figures.length > 0 && Math.max(...figures) <= 200;
}

/** Whether a title names the company ("Owner, 18th Street Brewery and 18th Street Distillery" names 18th Street Distillery). */
function namesIt(title: string, where: string): boolean {
  const w = foldWords(where);
  return !!w && ` ${foldWords(title)} `.includes(` ${w} `);
}
