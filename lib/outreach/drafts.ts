import type { DraftKind } from '../schema/dossier';
import type { AwaitingReply } from '../warm/follow-up';
import { type Ground, grounds, type OutreachInput } from './grounds';

export interface Draft {
  kind: DraftKind;
  text: string;
  /** For an email: a subject line. */
  subject?: string;
  /** What the draft rests on, one line each, for the user to check. */
  basis: string[];
}

/** LinkedIn's limit on a connection request's note. */
export const NOTE_LIMIT = 300;
/** The ask stays short enough to read on a phone. */
export const ASK_WORDS = 120;

export const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
const first = (name: string) => name.trim().split(/\s+/)[0] ?? name;
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** The opening that rests on the strongest ground, as a sentence. */
function opener(g: Ground | undefined): string | undefined {
  if (!g) return undefined;
  switch (g.kind) {
    case 'referral':
      return `${g.name} suggested I reach out to you.`;
    case 'school':
      return `I see we both studied at ${g.value}.`;
    case 'employer':
      return `I see we have both worked at ${g.value}.`;
    case 'wrote':
      return `I read your piece "${g.title}".`;
    case 'connected':
      return undefined;
    case 'role':
      return `I came across your work as ${g.title} at ${g.company}.`;
  }
}

/** Who the user is, from their own profile only. */
function whoIAm(x: OutreachInput, short = false): string | undefined {
  const s = x.self;
  if (!s) return undefined;
  const me = s.name ? `I'm ${first(s.name)}` : undefined;
  const where = !short && s.employers[0] ? `most recently at ${s.employers[0]}` : undefined;
  const exploring = s.exploring
    ? `exploring ${lower(s.exploring.replace(/^i('m| am) exploring\s*/i, '').replace(/\.$/, ''))}`
    : s.targetRole
      ? `exploring ${lower(s.targetRole)} roles`
      : undefined;
  const parts = [me, where].filter(Boolean).join(', ');
  if (!parts && !exploring) return undefined;
  if (!parts) return `I'm ${exploring}.`;
  return exploring ? `${parts}, and I'm ${exploring}.` : `${parts}.`;
}

/** Why this person: what only they can tell, from the user's aim or their role. */
function topic(x: OutreachInput, openedOnRole: boolean): string | undefined {
  const title = x.person.currentTitle ?? x.person.connection?.position;
  const company = x.company?.name ?? x.person.connection?.company;
  const target = x.self?.targetRole;
  if (target && company) return `what ${lower(target)} work looks like at ${company}`;
  // The opener named their role already: ask about the path, not the title again.
  if (title && company)
    return openedOnRole ? 'how you got there and what the work is like day to day' : `your path to your role as ${title} at ${company}`;
  if (company) return `what working at ${company} is like`;
  return undefined;
}

const sign = (x: OutreachInput) => (x.self?.name ? `\n\nBest,\n${x.self.name}` : '\n\nBest,');

/**
 * A LinkedIn connection note, at most 300 characters: a true opener, who the user is, and the
 * request. Parts are dropped, least needed first, until it fits.
 */
export function connectionNote(x: OutreachInput): Draft {
  const gs = grounds(x).filter((g) => g.kind !== 'connected');
  const g = gs[0];
  const hi = `Hi ${first(x.person.name)},`;
  const t = topic(x, g?.kind === 'role');
  const candidates = [
    [hi, opener(g), whoIAm(x), t ? `I'd value your perspective on ${t}.` : undefined, 'Would you be open to connecting?'],
    [hi, opener(g), whoIAm(x, true), t ? `I'd value your perspective on ${t}.` : undefined, 'Open to connecting?'],
    [hi, opener(g), whoIAm(x, true), 'Would you be open to connecting?'],
    [hi, opener(g), 'Would you be open to connecting?'],
  ];
  let text = '';
  for (const c of candidates) {
    text = c
      .filter(Boolean)
      .join(' ')
      .replace(/^(Hi [^,]*,) W/, '$1 w');
    if (text.length <= NOTE_LIMIT) break;
  }
  if (text.length > NOTE_LIMIT) text = `${text.slice(0, NOTE_LIMIT - 1).replace(/\s+\S*$/, '')}…`;
  return { kind: 'connection-note', text, basis: g ? [g.basis] : [] };
}

/**
 * A message or email asking for 20–30 minutes, under 120 words: who the user is, why this
 * person, a specific ask, and an easy way to say no.
 */
export function askMessage(x: OutreachInput): Draft {
  const gs = grounds(x);
  const g = gs.find((c) => c.kind !== 'connected');
  const t = topic(x, g?.kind === 'role');
  const company = x.company?.name ?? x.person.connection?.company;
  const ask = t
    ? `Would you have 20–30 minutes for a call in the next few weeks? I'd love to hear about ${t}.`
    : 'Would you have 20–30 minutes for a call in the next few weeks? I would value your perspective.';
  const decline = "If now isn't a good time, no problem at all — thank you either way.";
  const variants = [
    [opener(g), whoIAm(x), ask, decline],
    [opener(g), whoIAm(x, true), ask, decline],
    [opener(g), ask, decline],
  ];
  let body = '';
  for (const v of variants) {
    body = `Hi ${first(x.person.name)},\n\n${v.filter(Boolean).join(' ')}${sign(x)}`;
    if (wordCount(body) < ASK_WORDS) break;
  }
  return {
    kind: 'ask',
    text: body,
    subject: company ? `20 minutes on your work at ${company}?` : '20 minutes of your time?',
    basis: [g, gs.find((c) => c.kind === 'connected')].filter((c): c is Ground => !!c).map((c) => c.basis),
  };
}

/** The follow-up after about a week without a reply: short, no pressure, one easy yes. */
export function nudge(x: OutreachInput, waiting: Pick<AwaitingReply, 'first'> | undefined): Draft {
  const t = topic(x, false);
  const when = waiting ? sentWhen(waiting.first.at, x.now) : 'my earlier note';
  const text =
    `Hi ${first(x.person.name)},\n\nA quick follow-up on ${when} — I know inboxes get busy. ` +
    `If you could spare 20 minutes in the coming weeks${t ? ` to talk about ${t}` : ''}, I'd be grateful. ` +
    `And if the timing doesn't work, no worries at all.${sign(x)}`;
  return {
    kind: 'nudge',
    text,
    basis: waiting ? [`Your message of ${new Date(waiting.first.at).toISOString().slice(0, 10)} (contact log)`] : [],
  };
}

function sentWhen(at: number, now: number): string {
  const days = Math.floor((now - at) / 86_400_000);
  if (days >= 6 && days <= 13) return 'my note from last week';
  return `my note of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(at))}`;
}

/** All three drafts for one person. */
export function outreachDrafts(x: OutreachInput, waiting?: AwaitingReply): { note: Draft; ask: Draft; nudge: Draft } {
  return { note: connectionNote(x), ask: askMessage(x), nudge: nudge(x, waiting) };
}
