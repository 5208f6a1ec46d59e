import { formatInstant } from '../ui/time';
import type { SheetQuestion } from './markdown';

export interface ThankYouInput {
  personName: string;
  companyName?: string;
  selfName?: string;
  /** When the meeting was, epoch ms; and "now", to say "today" or "yesterday". */
  meetingAt: number;
  now: number;
  timeZone?: string;
  questions: SheetQuestion[];
  notes?: string;
  /** The next step the user will take, or the people they were referred to. */
  nextStep?: string;
  referrals?: string[];
}

/** The first sentence of a note, trimmed for a thank-you: "their advice to start with X". */
function gist(note: string): string {
  const first = note
    .split(/(?<=[.!?])\s+|\n/)[0]!
    .trim()
    .replace(/[.!?]+$/, '');
  const lower = first.length > 1 ? first[0]!.toLowerCase() + first.slice(1) : first;
  return lower.length > 140 ? lower.slice(0, 139).replace(/\s+\S*$/, '') + '…' : lower;
}

/**
 * A thank-you draft, to send within 24 hours: names the person, thanks them for their time,
 * mentions one or two specifics from the notes and the next step. Ready to copy and edit.
 */
export function thankYouDraft(t: ThankYouInput): string {
  const first = t.personName.split(/\s+/)[0];
  const day = Math.round((startOfDay(t.now, t.timeZone) - startOfDay(t.meetingAt, t.timeZone)) / 86_400_000);
  const when = day <= 0 ? 'today' : day === 1 ? 'yesterday' : 'the other day';
  const specifics = [
    ...t.questions.filter((q) => q.answerNotes?.trim()).map((q) => gist(q.answerNotes!)),
    ...(t.notes ?? '')
      .split(/\n+/)
      .map((l) => l.replace(/^[-*•]\s*/, '').trim())
      .filter(Boolean)
      .map(gist),
  ].slice(0, 2);
  const paragraphs: string[] = [`Dear ${first},`];
  paragraphs.push(
    `Thank you for taking the time to talk with me ${when}${t.companyName ? ` about your work at ${t.companyName}` : ''}. I really appreciated your openness.`,
  );
  if (specifics.length === 1) paragraphs.push(`What stayed with me most: ${specifics[0]}.`);
  if (specifics.length === 2) paragraphs.push(`Two things stayed with me: ${specifics[0]}; and ${specifics[1]}.`);
  const next = [
    t.referrals?.length ? `As you suggested, I will reach out to ${t.referrals.join(' and ')} and mention that we spoke.` : '',
    t.nextStep ? `My next step: ${t.nextStep.replace(/\.$/, '')}.` : '',
    "I'll let you know how it goes.",
  ].filter(Boolean);
  paragraphs.push(next.join(' '));
  paragraphs.push(`Best regards,\n${t.selfName ?? ''}`);
  const lines = [paragraphs.join('\n\n')];
  return lines.join('\n').trimEnd() + '\n';
}

function startOfDay(ms: number, timeZone = 'UTC'): number {
  const parts = formatInstant(ms, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA');
  return parts ? Date.parse(`${parts}T00:00:00Z`) : Number.NaN;
}
