import { shownFact } from '../facts';
import { missionOf } from './mission';
import { fold, foldWords } from '../text/fold';
import type { Clip, CompanyFactKey, Person } from '../schema/dossier';
import { plain } from './clean';
import { isRecent, yearsSince } from './dates';
import { companyNames, eventsInClip } from './events';
import { companyEvents } from './company-events';
import { bestMove, careerOf, type Move } from './moves';
import { roleFamily, roleLevel, worksWith } from './roles';
import { bioOf, priorRole, type Bio } from './bio';
import { quotesIn } from './quotes';
import { storyFacts } from './story-facts';
import { storyCare } from './story-care';
import { storyPoints } from './story-points';
import { storyLead } from './story-lead';
import { pendingDeals } from './pending';
import { storyPeople } from './story-people';
import { companyStatements } from './statements';
import { companyNews } from './news';
import { titleScope } from './title-scope';
import type { PrepInput } from './types';
import { referrals, withFriends, withNamed, withSpeakers } from './referrals';
import { storyFriends } from './story-friends';
import { selfSignals } from './self-signals';
import { ownPosts } from './own-posts';
import { withPostColleagues } from './post-colleagues';
import { spokenCompany } from './spoken-company';
import { mottoOf, ownWords } from './own-words';
import { aboutRole, type AboutRole } from './about-role';
import { commonGround } from './common-ground';
import { rolesOf } from './open-role-signals';
import { ownAppointment } from './appointment';
import { ownDeparture } from './departure';
import { ownPageSubject } from './own-page-subject';
import type { Grounded, Signals } from './signal-types';

export { spokenCompany } from './spoken-company';

export type { Referral } from './referrals';
export type { SelfSignals } from './self-signals';
export type { CommonGround, Grounded, OpenRole, Signals } from './signal-types';

/** A title that reports hearsay: a rumour, speculation, a report the company denies. */
const HEARSAY = /\b(?:rumou?r(?:s|ed)?|speculat\w*|denies|denied|dementi\w*|démen\w*)\b/i;

const norm = foldWords;

/** A sentence names the person: their full name, or their surname when it is distinctive. */
function namesPerson(text: string, name: string): boolean {
  const t = norm(text);
  const n = norm(name);
  const last = n.split(' ').pop() ?? '';
  return (!!n && ` ${t} `.includes(` ${n} `)) || (last.length >= 4 && ` ${t} `.includes(` ${last} `));
}

function factSignal(company: PrepInput['company'], key: CompanyFactKey): Grounded<string> | undefined {
  if (!company) return undefined;
  const f = shownFact(company, key);
  if (!f) return undefined;
  const value = plain(Array.isArray(f.value) ? f.value.join(', ') : String(f.value));
  return value ? { value, basis: [`fact:${key}:${f.sourceClipId}`] } : undefined;
}

/** The move a team-page bio tells: from where they were before to the company, when they joined. */
function bioAsMove(bio: Bio, company: string, person: Person | undefined): Move {
  const title = person?.currentTitle ? plain(person.currentTitle) : undefined;
  return {
    from: { entry: { company: bio.before }, company: bio.before },
    to: { entry: { company, title, start: bio.joined }, company, title, family: roleFamily(title), level: roleLevel(title) },
    kind: 'employer',
    when: bio.joined,
  };
}

/**
 * The employer their own About names, over the organisation the profile's top card shows, when
 * nothing else was clipped about that organisation and the About and headline never name it: blind-13
 * rizzico-agrivoltaico-changer's card shows a lodge ("Osdia Capitolo … #3009") while the About opens
 * "Origination Manager presso DVP Solar Italia". Undefined when the card's organisation stands.
 */
function employerSaid(
  company: NonNullable<PrepInput['company']>,
  opening: AboutRole | undefined,
  person: Person | undefined,
  clips: Clip[],
): string | undefined {
  if (!opening || !person) return undefined;
  const own = ` ${norm([person.about, person.headline].filter(Boolean).join(' '))} `;
  if (companyNames(company).some((n) => norm(n) && own.includes(` ${norm(n)} `))) return undefined;
  if (clips.some((c) => c.kind !== 'person-profile' && c.companyId === company.id)) return undefined;
  return opening.org;
}

/**
 * A title that names its employer in the story's language ("CEO von creditshelf", "Directeur de
 * Valendo", "CEO of Acme") is the office alone: every sentence of the sheet says where ("works as
 * CEO at creditshelf"), and a German "von" pasted into an English line reads as a slip (blind-15).
 */
function withoutEmployer(title: string | undefined, company: Parameters<typeof companyNames>[0]): string | undefined {
  if (!title) return title;
  const names = companyNames(company).map((n) => n.toLowerCase());
  const m = /^(.{2,60}?)\s*(?:,\s*|\s+(?:of|at|von|bei|der|de|du|des|chez|van|bij|w|della|di)\s+)(.+)$/iu.exec(title);
  return m && names.includes(m[2]!.trim().toLowerCase()) ? m[1]!.trim() : title;
}

/** The name a sheet calls them by: the first word, or a doubled one whole ("Dee Dee Myers" is Dee Dee, never "Dee"). */
function givenName(name: string): string | undefined {
  const [a, b] = name.split(/\s+/);
  return a && b && a === b && name.split(/\s+/).length > 2 ? `${a} ${b}` : a;
}

/**
 * A story the user filed under the company whose headline does not name it ("Mitarbeiter fordern
 * Bundeswehr-Aufträge für deutsche Unternehmen", on a rally at Airbus Helicopters' gate): still
 * about the company when its opening names it. Their choice in the picker and the story's own
 * opening agree.
 */
function filedStory(c: Clip, companyId: string | undefined, names: readonly string[]): boolean {
  if (!companyId || c.companyId !== companyId) return false;
  const opening = fold(`${c.extraction.article?.excerpt ?? ''} ${(c.text ?? '').slice(0, 1500)}`);
  return names.some((n) => n.length >= 3 && opening.includes(n));
}

export function signals(input: PrepInput): Signals {
  const { person, company, clips, self, interview, now } = input;
  const meetingAt = interview?.when ?? now;
  const me = selfSignals(self);
  const career = careerOf(person, meetingAt);
  const basisOf = (field: string) => (person ? [`person:${person.id}:${field}`] : []);
  // No profile tells their path: the bio on the company's team page may ("joined X in 2011; before, at Y").
  const bio = career.jobs.length ? undefined : bioOf(person, company, clips);
  const bioMove = bio?.before && company ? bioAsMove(bio, company.name, person) : undefined;
  // A user leaving academia (a postdoc, a lecturer) is best served by the move out of a university.
  const academic = /academ|postdoc|ph\.?d|lecturer|professor|universit/i.test(
    [self?.exploring, self?.field, self?.targetRole, self?.employers[0]].filter(Boolean).join(' '),
  );
  const move = bestMove(career.moves, me.targetFamily, me.ownFamily, meetingAt, academic);
  // With no job and no title, a headline that opens on one ("Founder & CEO | Building …") says it.
  const headTitle = plain(person?.headline ?? '')
    .split(/\s*[|•·]\s*/)[0]!
    .trim();
  // No job on the profile: the About may open on one, in their own words ("Origination Manager presso DVP Solar Italia").
  // Their about text in their own words, read once: for the role it opens on and for the sheet.
  const about = person?.about ? ownWords(person.about) : undefined;
  const opening = career.jobs.length || !person?.about ? undefined : aboutRole(about);
  const events = companyEvents(clips, company, meetingAt);
  // A story announcing their appointment names their office when nothing else does (a person added by hand).
  const appointed = ownAppointment(events, person?.name, meetingAt);
  const title = withoutEmployer(
    career.current?.title ??
      (person?.currentTitle ? plain(person.currentTitle) : undefined) ??
      // "Building Sovereign Data Infrastructure" is a slogan, whatever family its words name.
      (headTitle && headTitle.split(/\s+/).length <= 5 && !/^\p{L}+ing\b/u.test(headTitle) && roleFamily(headTitle)
        ? headTitle
        : undefined) ??
      opening?.title ??
      appointed?.office,
    company,
  );
  const scope = titleScope(title);
  // Everything said on the record; what was said in a story of a setback names people, never a question.
  const spoken = quotesIn(clips, company, person);
  const quotes = spoken.filter((q) => !q.careful);
  // The latest degree in another family than the work they do now.
  const degree = (person?.education ?? []).find((e) => e.field || e.degree);
  const studyFamily = roleFamily(degree?.field) ?? roleFamily(degree?.degree);
  const studySwitch =
    degree && studyFamily && career.family && studyFamily !== career.family && career.family !== 'executive'
      ? {
          value: {
            field: plain(degree.field ?? degree.degree),
            school: degree.school ? plain(degree.school) : undefined,
            family: studyFamily,
          },
          basis: basisOf('education'),
        }
      : undefined;
  const posts = clips
    .filter((c) => c.kind === 'article' && person && (c.extraction.article?.authors ?? []).some((a) => norm(a) === norm(person.name)))
    .map((c) => ({
      value: { title: plain(c.extraction.article?.title ?? c.title), date: c.publishedAt, url: c.url, source: c.siteName ?? 'their post' },
      basis: [`clip:${c.id}`],
    }));
  const news = companyNews(clips, company, meetingAt);
  // Every story with an event of its own (even one merged into another story's) is told by its event.
  const withEvents = new Set(clips.filter((c) => company && eventsInClip(c, company, meetingAt).length).map((c) => c.id));
  // Recent stories about the company (their title names it), read once for the news and for hearsay.
  const names = company ? companyNames(company).map(fold) : [];
  const recentStories = clips
    .filter((c) => c.kind === 'article' && isRecent(c.publishedAt, meetingAt))
    .map((c) => ({ c, title: plain(c.extraction.article?.title ?? c.title) }));
  const namedInTitle = ({ title }: (typeof recentStories)[number]) => names.some((n) => fold(title).includes(n));
  const titled = recentStories.filter(namedInTitle);
  const asStory = ({ c, title }: (typeof titled)[number]) => ({
    value: { title, date: c.publishedAt, url: c.url, source: c.siteName ?? 'a story you clipped', lead: storyLead(c) },
    basis: [`clip:${c.id}`],
  });
  // A story whose deal was read as an event is told (and asked) by its event: a careful note beside it would contradict it.
  const pending = pendingDeals(
    titled.map((t) => t.c),
    clips,
    company,
    meetingAt,
  ).filter((p) => !p.basis.some((b) => withEvents.has(b.slice('clip:'.length))));
  // A guess in the title is no news.
  // A story filed under the company whose headline does not name it is told, never read for a deal or hearsay.
  const filed = recentStories.filter((st) => !namedInTitle(st) && filedStory(st.c, company?.id, names));
  const stories = [...titled, ...filed]
    .filter(({ c, title }) => !withEvents.has(c.id) && !/\b(rumou?rs?|expected|reportedly|could|may|might)\b|\?/i.test(title))
    .sort((a, b) => (b.c.publishedAt ?? '').localeCompare(a.c.publishedAt ?? ''))
    .map(asStory);
  // A story of hearsay about the company (a takeover rumour it denies): handled with care, never a hook.
  const hearsay = titled.filter(({ title }) => HEARSAY.test(title)).map(asStory);
  const family = career.family;
  // Stories that name the person in full: they were quoted, or spoke for the company.
  const named = person && ` ${norm(person.name)} `;
  const quoting = new Set(
    named ? clips.filter((c) => c.kind !== 'person-profile' && ` ${norm(c.text)} `.includes(named)).map((c) => c.id) : [],
  );
  const peer =
    career.student ||
    career.level === 'intern' ||
    (career.level !== 'senior' && !['manager', 'director', 'executive'].includes(career.level ?? '') && (career.yearsInFamily ?? 99) < 2.5);
  return {
    meetingAt,
    goal: interview?.goal ? plain(interview.goal) : undefined,
    personId: person?.id,
    personName: person ? plain(person.name) : undefined,
    firstName: person ? givenName(plain(person.name)) : undefined,
    companyName: company ? spokenCompany(plain(employerSaid(company, opening, person, clips) ?? company.name)) : undefined,
    title,
    scope: scope ? { value: scope, basis: basisOf(career.current ? 'experience' : 'title') } : undefined,
    headline: person?.headline ? { value: plain(person.headline), basis: basisOf('headline') } : undefined,
    about: about ? { value: about, basis: basisOf('about') } : undefined,
    bio,
    ownPage: (() => {
      const p = ownPageSubject(clips, company);
      return p ? { value: p, basis: [`clip:${p.clipId}`] } : undefined;
    })(),
    appointed: appointed ? { value: appointed, basis: [`clip:${appointed.clipId}`] } : undefined,
    leaving: (() => {
      const d = appointed ? undefined : ownDeparture(person, company, clips, meetingAt);
      return d ? { value: d, basis: [`clip:${d.clipId}`] } : undefined;
    })(),
    prior: (() => {
      const p = career.jobs.length ? undefined : priorRole(person, company, clips);
      return p ? { value: p, basis: [`clip:${p.clipId}`] } : undefined;
    })(),
    quotes,
    career,
    move: move ? { value: move, basis: basisOf('experience') } : bioMove ? { value: bioMove, basis: [`clip:${bio!.clipId}`] } : undefined,
    studySwitch,
    education: (person?.education ?? []).map((e) => ({
      school: e.school ? plain(e.school) : undefined,
      degree: e.degree ? plain(e.degree) : undefined,
      field: e.field ? plain(e.field) : undefined,
      end: e.end,
    })),
    tenureYears: yearsSince(career.since ?? bio?.joined, meetingAt),
    // Its mission, else the motto its own page puts in quotation marks ("a strong philosophy of “always put the customers first.”").
    // Else the sentence of its own page that names its mission or purpose ("con propósito: transformar …").
    fact: (key) => factSignal(company, key) ?? (key === 'mission' ? (mottoOf(clips, company) ?? missionOf(clips, company)) : undefined),
    events,
    news,
    // A story read as news is told by its news.
    stories: stories.filter((st) => !news.some((n) => !n.careful && st.basis.includes(`clip:${n.clipId}`))),
    hearsay,
    pending,
    storyFacts: storyFacts(clips, company, meetingAt),
    storyPoints: storyPoints(clips, company, meetingAt),
    storyCare: storyCare(clips, company),
    statements: companyStatements(clips, company, {
      people: [person?.name, ...(input.colleagues ?? []).map((c) => c.name)].filter((n): n is string => !!n),
      target: me.target,
      meetingAt,
    }),
    openRoles: rolesOf(input),
    posts,
    ownPosts: ownPosts(person, clips, company ? spokenCompany(plain(company.name)) : undefined, meetingAt),
    commonGround: commonGround(person, self, clips),
    referrals: withFriends(
      withNamed(
        withSpeakers(
          withPostColleagues(referrals(input.colleagues ?? [], person, me.targetFamily, clips, company, me.target), person, clips),
          spoken,
          me.targetFamily,
        ),
        storyPeople(clips, company, events).filter((p) => !person || norm(p.name) !== norm(person.name)),
        me.targetFamily,
      ),
      storyFriends(person, clips),
    ),
    self: me,
    peer: !!person && peer,
    sameFamily: !!me.targetFamily && family === me.targetFamily,
    nearFamily: !!me.targetFamily && family !== me.targetFamily && worksWith(family, me.targetFamily),
    leads: ['manager', 'director', 'executive'].includes(career.level ?? ''),
    // The story names them, or names the very office they now hold ("the company's first Chief Strategy Officer").
    aboutPerson: (e) =>
      !!person &&
      (namesPerson(`${e.evidence} ${e.who ?? ''}`, person.name) ||
        (e.kind === 'leadership' && !!title && title.length > 3 && ` ${norm(e.what)} `.includes(` ${norm(title)} `))),
    quotedIn: (e) => !!person && quoting.has(e.clipId),
    englishClip: (id) => (clips.find((c) => c.id === id)?.extraction.lang ?? 'en').toLowerCase().startsWith('en'),
  };
}
