import { article, listing } from '../clean';
import { FAMILY_WORDS, familyPhrase, roleFamily, roleLevel } from '../roles';
import { roleInSentence } from '../../text/role-words';
import { readableDate, span } from '../dates';
import type { Move } from '../moves';
import type { RoleFamily } from '../roles';
import { escapeRegExp } from '../../text/regexp';
import { companyNames } from '../events';
import type { Grounded, Signals } from '../signals';
import { at, inYear, one, the, when } from './helpers';
import { openerOfferings } from './offerings';
import { foundedInAbout } from '../about-founded';
import { interestInAbout } from '../about-interest';
import type { Filled, Template } from './types';

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

/** "the e-tron Sportback", "Stadia": a launch named as a question names it. */
/** "a new app" and "its Tern 2 drone" as the one the story is about: "the new app", "the Tern 2 drone". */
export const named = (what: string) => {
  const t = what.replace(/^(?:a|an|its|their|our)\s+/i, 'the ');
  return /^[\p{Ll}‘“'"]/u.test(t) && !/^the\s/i.test(t) ? `the ${t}` : t;
};

/** What the company makes, when its own summary says it plainly ("Stream builds chat and feeds for …"). */
function makes(s: Signals): Grounded<string> | undefined {
  const f = s.fact('summary');
  if (!f || !s.companyName) return undefined;
  const m = new RegExp(
    String.raw`^(?:${companyNames({ name: s.companyName }).map(escapeRegExp).join('|')})\s+(?:builds|makes|sells|develops|designs|manufactures|produces)\s+(?!an?\s|the\s|its\s)([\p{L}\p{N}][\p{L}\p{N} &'’-]{2,40}?)(?=\s+(?:for|to|at|in|that|which|with|from)\b|[,.;])`,
    'u',
  ).exec(f.value);
  if (m && m[1]!.split(/\s+/).length <= 5) return { value: m[1]!.trim(), basis: f.basis };
  // "Loom is the video messaging platform for work": what it is (to the word that ends it: "to-do list app" is one thing), when that is a product ("a platform",
  // "an app"), not a kind of firm ("a family-owned company" has no part to work on).
  const is = new RegExp(
    String.raw`^(?:${companyNames({ name: s.companyName }).map(escapeRegExp).join('|')})\s+is\s+(?:the|an?)\s+(?:(?:world['’]s|leading|#1|number one|favou?rite|best|first|only|most\s+\p{L}+)\s+)*([\p{L}\p{N}][\p{L}\p{N} &'’-]{2,50}?)(?=\s+(?:for|to|at|in|that|which|with|from|built|designed|used)\s|[,.;])`,
    'u',
  ).exec(f.value);
  const what = is?.[1]?.trim();
  return what && what.split(/\s+/).length <= 6 && PRODUCT_NOUN.test(what) ? { value: what, basis: f.basis } : undefined;
}

/** The last word of a product, not of a firm. */
const PRODUCT_NOUN =
  /(?:platform|app|application|software|tool|service|network|marketplace|system|engine|API|database|manager|editor|browser|layout|framework|suite|recorder)$/i;

/** A thing with a name: a capitalised word past the article ("the Tern 2 drone", "Stadia"), a model number, or words in quotation marks ("the ‘family’ plan"). */
const NAMED_THING = /(?:^|\s)(?:(?!(?:A|An|The|Its|Their|Our)\s)\p{Lu}|\p{N})|[‘’“”'"]/u;

/** A single post, said with "the": the head of something, the founder, the host of a show. */
const ONE_HOLDER =
  /^(?:head|chief|founder|co-?founder|owner|host|presenter|editor-in-chief|managing director|MD|CEO|CTO|CFO|COO|CMO|president|chair\w*)\b/i;

/** A title in the page's own language ("Fondateur", "Geschäftsführer") reads wrong inside an English question: not said. */
const FOREIGN_ROLE =
  /\b(?:fondat|fundad|gründer|geschäftsführ|inhaber|leiter|directeur|directrice|gérant|ingénieur|responsable|oprichter|eigenaar|medewerker|berater|sócio|socio|dirett|amministrat|prezes|kierownik)\w*/i;

/**
 * A title as a sentence says it after "to be": "Director, Advanced Analytics" → "the director of
 * advanced analytics"; "Breast Surgeon" → "a breast surgeon"; "MD" → "the MD". A title that is more
 * than a role (a list, a long line, one with "and" or "&": two jobs at once) is not said at all.
 */
export function roleSaid(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 50 || /[|/•·;&(]|\band\b|\d/.test(t) || t.split(',').length > 2 || FOREIGN_ROLE.test(t)) return undefined;
  const [head, qualifier] = t.split(/\s*,\s*/);
  // "Director, Advanced Analytics": the qualifier says of what.
  const whole = qualifier ? `${head} of ${qualifier}` : head!;
  const said = roleInSentence(whole);
  const level = roleLevel(t);
  const single = ONE_HOLDER.test(whole) || (!!qualifier && (level === 'director' || level === 'executive'));
  return `${single ? 'the' : article(said)} ${said}`;
}

/**
 * The opener as the dossier allows, when no profile tells their path. Someone a team page's bio
 * says joined in a given year is asked what came before (their title alone is asked about by the
 * role questions: the opener would say it twice); someone nobody names yet is asked what they work on, against the thing the research found — the product just
 * launched, what the company makes — so the first question also says where they sit. Not an open
 * role or an order won: the questions after it name those again, and a sheet saying "the Analytics
 * Engineer" three times in four questions reads as a template. Nothing of these: what they work on.
 */
function openerFor(s: Signals): Filled[] | undefined {
  if (s.move || s.studySwitch || s.career.current || s.headline) return undefined;
  // "Apple", not "Apple Inc.": said aloud, the legal suffix sounds read off a form.
  const co = s.companyName ? companyNames({ name: s.companyName }).pop() : undefined;
  if (s.title && co) {
    // Their own quote on the company's page says why they joined: asked back, it opens on their story
    // and on what the page only claims ("a scalable contribution"), which only their work can show.
    if (s.bio?.why)
      return one(
        `On ${co}'s page you say you joined because ${s.bio.why}. Where does your own work show that, and where is it hardest?`,
        'Their own words on the company’s page say why they joined: how that holds up in the work is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      );
    // Years in the trade and a licence, as their company's page says: how they got there is the opener.
    if (!s.bio?.joined && (s.bio?.years || s.bio?.credential)) {
      const said = listing(
        [s.bio.years ? `spent ${s.bio.years}` : undefined, s.bio.credential ? `become ${s.bio.credential}` : undefined].filter(
          (x): x is string => !!x,
        ),
      );
      return one(
        `${co}'s page says you have ${said}. How did you get started, and what did it take to get there?`,
        'Their company’s own page tells where they got to, not the road there: that story is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      );
    }
    if (s.bio?.joined)
      return one(
        `You joined ${co} in ${s.bio.joined.slice(0, 4)}. What did you do before, and what brought you there?`,
        'Their bio on the team page says when they joined, not the road there: that story is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      ).map((f) => ({ ...f, weak: true }));
    // Only a title (a team card, a service page's byline, a story naming them): the opener asks the
    // road to that very role, not the classic "how did you find your way" any sheet could ask. Still
    // weak: a title is what the page says, not a fact the question puts to work.
    const role = roleSaid(s.title);
    if (role)
      return one(
        `How did you come to be ${role} ${/^the\s/.test(role) && !/\sof\s/.test(role) ? 'of' : 'at'} ${co}, and what did the road there look like?`,
        'Their title is all the research says of them: the road to it is their story, and no page tells it.',
        [`person:${s.personId}:title`],
      ).map((f) => ({ ...f, weak: true }));
    return undefined;
  }
  if (s.title || !co) return undefined;
  // A launch the opener can name: a product with a name ("the Tern 2 drone"), not a common noun a
  // story's verb happened to take ("the war": blind-12 apple-cook-tv-peer asked how close their work was to it).
  const launch = s.events.find(
    (e) => e.recent && !e.sensitive && e.kind === 'launch' && e.what.split(/\s+/).length <= 6 && NAMED_THING.test(e.what),
  );
  if (launch)
    return one(
      `What do you work on at ${co}, and how close is it to ${named(launch.what)}? How did you come to it?`,
      `Their profile is not clipped: the opener finds out where they sit, against ${named(launch.what)} (${launch.source}).`,
      [`clip:${launch.clipId}`],
    );
  // What its own site lists as its services or products: which of them is theirs places them at once.
  const offered = openerOfferings(s);
  if (offered)
    return one(
      `${/s$/i.test(co) ? `${co}’` : `${co}’s`} site lists ${listing(offered.value)}. Which of those is closest to your own work, and how did you come to it?`,
      'Their profile is not clipped: the opener finds out where they sit among the things the company says it does.',
      offered.basis,
    );
  // Someone aiming at work far from what the company makes (treasury, law, people) asks what they work on, not which part of the product.
  const far = ['finance', 'legal', 'people', 'operations'].includes(s.self.targetFamily ?? '');
  const product = far ? undefined : makes(s);
  if (product)
    return one(
      `What part of ${co}'s ${product.value} do you work on, and how did you come to it?`,
      'Their profile is not clipped: the opener finds out where they sit in what the company makes.',
      product.basis,
    );
  return one(
    `What do you work on at ${co}, and how did you come to it?`,
    'Their profile is not clipped: the opener finds out what they do, and their story.',
  );
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
          `Before ${s.companyName} you were ${p!.title} of ${p!.org}. What from that job do you draw on most${s.title ? ` as ${s.title}` : ''}, and what did you leave behind?`,
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
