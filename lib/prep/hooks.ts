import { listing, short } from './clean';
import { baseTitle } from './bank/company';
import { workingClause } from './bank/posting';
import { saidText, saidWords } from './quote-text';
import { isRecent } from './dates';
import type { CompanyEvent } from './events';
import { sideActivity } from './bank/role';
import { leadershipInEnglish, recipient } from './bank/events-text';
import { familyPhrase } from './roles';
import type { Signals } from './signals';
import type { Hook } from './types';
import { newsHooks } from './news-hooks';
import { storyPointHook } from './story-point';
import { ownPostHooks } from './own-post-hooks';

const MAX_HOOKS = 5;

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function eventHook(e: CompanyEvent, s: Signals): Hook {
  if (e.kind === 'leadership' && s.aboutPerson(e))
    return {
      kind: 'leadership',
      text: `${s.firstName ?? 'They'} became ${s.title ?? e.what.replace(/^(new|first)\s+/i, '')}`,
      evidence: e.evidence,
      source: e.source,
      url: e.url,
      date: e.date,
      recent: e.recent,
      basis: [`clip:${e.clipId}`],
    };
  const verb: Record<string, string> = {
    funding: 'Raised',
    launch: 'Launched',
    acquisition: 'Acquired',
    acquired: 'Acquired by',
    merger: 'Merged with',
    partnership: 'Partnership with',
    deal: 'Won',
    leadership: 'Leadership change:',
    hiring: 'Plans to add',
    approval: 'Received',
    report: 'Published its',
    fix: 'Fixed',
  };
  return {
    kind: e.kind === 'acquired' || e.kind === 'merger' ? 'acquisition' : (e.kind as Hook['kind']),
    // A story in another language is named by its kind; its sentence stays below as evidence.
    text:
      e.lang && !e.lang.startsWith('en') && e.kind === 'leadership'
        ? capitalise(leadershipInEnglish(e) ?? 'leadership news')
        : e.act
          ? capitalise(short(e.what, 120))
          : e.gift
            ? `Gave ${recipient(e)} ${e.gift}`
            : `${verb[e.kind] ?? ''} ${short(e.what, 80)}`.trim(),
    evidence: e.evidence,
    source: e.source,
    url: e.url,
    date: e.date,
    recent: e.recent,
    basis: [`clip:${e.clipId}`],
  };
}

/**
 * The three to five facts worth raising, each with its source and date: recent events first,
 * then the person's move, an open role in the user's target, their own posts, the mission in its
 * own words, and older events as background.
 */
export function pickHooks(s: Signals): Hook[] {
  const events = s.events.filter((e) => !e.sensitive);
  const recent = events.filter((e) => e.recent).map((e) => eventHook(e, s));
  const old = events.filter((e) => !e.recent).map((e) => eventHook(e, s));
  // News no event reader knows stands beside the recognised events: recent first, older as background.
  const news = newsHooks(s);
  const out: Hook[] = [...recent.slice(0, 3), ...news.filter((h) => h.recent).slice(0, Math.max(0, 3 - recent.length))];
  // A recent deal that buys the company, not yet closed: the news to have read (handled with care too).
  for (const p of s.pending
    .filter((x) => isRecent(x.value.date, s.meetingAt) && (x.value.acquiredBy || x.value.goesPrivate || x.value.acquires))
    .slice(0, 1))
    out.push({
      kind: 'deal',
      // What it plans to buy, said in English: the story's sentence may be in another language.
      text: `Not yet closed: ${p.value.acquires && !p.value.acquiredBy ? `plans to acquire ${p.value.acquires}` : short(p.value.sentence, 160)}`,
      source: p.value.source,
      url: p.value.url,
      date: p.value.date,
      recent: true,
      basis: p.basis,
    });
  // Their own recent posts next: what they chose to say (fewer beside recent company news).
  const posts = ownPostHooks(s);
  out.push(...posts.recent.slice(0, Math.max(1, 3 - out.length)));
  const m = s.move?.value;
  if (m)
    out.push({
      kind: 'move',
      text:
        m.kind === 'family' && m.from.family && m.to.family
          ? `${s.firstName ?? 'They'} moved from ${familyPhrase(m.from.family, m.from.title)} into ${familyPhrase(m.to.family, m.to.title)}`
          : m.kind === 'founding'
            ? `${s.firstName ?? 'They'} left ${m.from.company ?? 'a job'} to start ${m.to.company ?? 'a company'}`
            : m.kind === 'management'
              ? `${s.firstName ?? 'They'} stepped from ${m.from.title ?? 'the work'} into ${m.to.title}`
              : `${s.firstName ?? 'They'} moved from ${m.from.company} to ${m.to.company}`,
      // A move read from the company's team page is not from their profile.
      source: s.move!.basis.some((b) => b.startsWith('clip:')) ? 'their bio on the team page' : 'their profile',
      date: m.when,
      recent: isRecent(m.when, s.meetingAt),
      basis: s.move!.basis,
    });
  // No profile, but the story about them names the job they held before.
  const prior = !m ? s.prior : undefined;
  if (prior)
    out.push({
      kind: 'move',
      text: `${s.firstName ?? 'They'} ${prior.value.title ? `was ${prior.value.title} of` : 'worked at'} ${prior.value.org} before ${s.companyName ?? 'this role'}`,
      source: prior.value.source ?? 'a story about them',
      date: prior.value.date,
      recent: false,
      basis: prior.basis,
    });
  // Only the role itself is "the role you are aiming for": a Multimedia Designer posting is design
  // work, not the Product designer role the user wants (the lead's UI review).
  const target = (r: (typeof s.openRoles)[number]) => r.matchesTarget || (!!s.self.targetFamily && r.family === s.self.targetFamily);
  const roles = [...s.openRoles].sort((a, b) => Number(target(b)) - Number(target(a)));
  const role = roles[0];
  if (role)
    out.push({
      kind: 'open-role',
      text: `Hiring: ${role.title}${role.location ? `, ${role.location}` : role.team ? ` (${role.team})` : ''}${role.matchesTarget ? ' — the role you are aiming for' : target(role) ? ' — in the field you are aiming for' : ''}${roles.length > 1 ? ` (and ${roles.length - 1} more role${roles.length > 2 ? 's' : ''})` : ''}`,
      source: role.source,
      url: role.url,
      date: role.date,
      recent: role.date ? isRecent(role.date, s.meetingAt) : true,
      basis: [`clip:${role.clipId}`],
    });
  // What the posting of the role the user wants gives the job, and how the company says it works.
  const posted = roles.find((r) => target(r) && r.points?.duties.length);
  if (posted)
    out.push({
      kind: 'open-role',
      text: `The ${baseTitle(posted.title)} role, as its posting puts it: ${listing(posted.points!.duties)}`,
      source: posted.source,
      url: posted.url,
      date: posted.date,
      recent: posted.date ? isRecent(posted.date, s.meetingAt) : true,
      basis: [`clip:${posted.clipId}`],
    });
  const working = roles.find((r) => r.points?.working);
  const clause = workingClause(working?.points?.working);
  if (working && clause)
    out.push({
      kind: 'statement',
      text: `${s.companyName ?? 'The company'} says its ${clause}`,
      evidence: working.points!.working!.sentence,
      source: working.source,
      url: working.url,
      recent: false,
      basis: [`clip:${working.clipId}`],
    });
  // What the company says about itself on its own pages: the strongest few, each with its page.
  for (const st of s.statements.slice(0, 3))
    out.push({
      kind: 'statement',
      text: st.text,
      evidence: st.evidence,
      source: st.source,
      url: st.url,
      recent: false,
      basis: [`clip:${st.clipId}`],
    });
  // Their own project or community, running beside the job.
  const side = s.career.side.find((j) => j.end === undefined && j.title && j.company && sideActivity(j.title, j.company));
  if (side)
    out.push({
      kind: 'post',
      text: `${s.firstName ?? 'They'} ${sideActivity(side.title!, side.company!)!.replace(/^(organise|mentor|volunteer)/, (v) => ({ organise: 'organises', mentor: 'mentors', volunteer: 'volunteers' })[v as 'organise'])}`,
      source: 'their profile',
      date: side.entry.start,
      recent: false,
      basis: s.move?.basis ?? [`person:${s.personId}:experience`],
    });
  for (const p of s.posts.slice(0, 1))
    out.push({
      kind: 'post',
      text: `Their post “${short(p.value.title, 80)}”`,
      source: p.value.source,
      url: p.value.url,
      date: p.value.date,
      recent: isRecent(p.value.date, s.meetingAt),
      basis: p.basis,
    });
  // What someone at the company said on the record, recent first: a quote the story turns on.
  // The quote as said, never cut with an ellipsis: shortened only where it can be said exactly
  // (saidWords, in the third person here: a hook is read by the user, not said to the person), else whole.
  for (const q of s.quotes.filter((x) => isRecent(x.date, s.meetingAt)).slice(0, 1)) {
    const w = saidWords(q.quote, s.companyName, false) ?? { quoted: q.quote };
    out.push({
      kind: 'quote',
      text: `${q.byPerson ? `${s.firstName ?? 'They'} ${q.written ? 'wrote' : 'said'}` : `${q.speaker}${q.role ? ` (${q.role})` : ''}`}: ${saidText(w)}`,
      source: q.source,
      url: q.url,
      date: q.date,
      recent: true,
      basis: [`clip:${q.clipId}`],
    });
  }
  const mission = s.fact('mission');
  // The mission whole, or a sentence of it: never cut mid-sentence.
  const missionWords =
    mission && (mission.value.split(/\s+/).length <= 40 ? mission.value : saidWords(mission.value, undefined, false)?.quoted);
  if (mission && missionWords && out.length < MAX_HOOKS)
    out.push({
      kind: 'mission',
      text: `Mission, in its own words: “${missionWords}”`,
      source: 'their own page',
      recent: false,
      basis: mission.basis,
    });
  // What a story reports the company decided or requires, in a short clause, with the story's sentence below.
  // Before older events: a decision told in a story is the reason to have read it.
  const told = new Set<string>();
  for (const f of s.storyFacts.filter((x) => x.kind === 'decision' || x.kind === 'rule')) {
    if (out.length >= MAX_HOOKS) break;
    told.add(`clip:${f.clipId}`);
    out.push({
      kind: 'news',
      text: capitalise(f.text),
      evidence: f.evidence,
      source: f.source,
      date: f.date,
      recent: !f.background,
      basis: [`clip:${f.clipId}`],
    });
  }
  out.push(...recent.slice(3), ...news.filter((h) => !out.includes(h)));
  // A point of a story's body (what shipped, the figures, the rank) when its story gave no hook yet.
  const hooked = new Set(out.flatMap((h) => h.basis));
  for (const p of s.storyPoints.filter((x) => !hooked.has(`clip:${x.clipId}`)).slice(0, 2))
    out.push({
      kind: 'news',
      text: storyPointHook(p),
      // A quote is its own evidence: never the same sentence twice.
      evidence: p.quote ? undefined : p.evidence,
      source: p.source,
      url: p.url,
      date: p.date,
      recent: p.recent,
      basis: [`clip:${p.clipId}`],
    });
  out.push(...old, ...posts.background);
  // Too few hooks: a recent story about the company is still worth having read, if not asking about.
  // A story already raised by its quote is not a second hook.
  const quoted = new Set(out.filter((h) => h.kind === 'quote').flatMap((h) => h.basis));
  for (const st of s.stories.filter((x) => !x.basis.some((b) => quoted.has(b) || told.has(b))).slice(0, Math.max(0, 3 - out.length)))
    out.push({
      kind: 'news',
      text: `In the news: “${short(st.value.title, 100)}”`,
      // What the story says, in its publisher's summary, under its title.
      evidence: st.value.lead,
      source: st.value.source,
      url: st.value.url,
      date: st.value.date,
      recent: true,
      basis: st.basis,
    });
  return out.slice(0, MAX_HOOKS);
}
