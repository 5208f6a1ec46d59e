import type { QuestionCategory } from '../schema/dossier';
import { formatInstant } from '../ui/time';
import { listing, oneStop, plain } from './clean';

/** A question as the thank-you reads it: what was asked, and what the user noted of the answer. */
export interface AnsweredQuestion {
  text: string;
  category: QuestionCategory;
  answerNotes?: string;
}

export interface ThankYouInput {
  /** Absent for a meeting with a company rather than a person. */
  personName?: string;
  companyName?: string;
  selfName?: string;
  /** When the meeting was, epoch ms; and "now", to say "today" or "yesterday". */
  meetingAt: number;
  now: number;
  timeZone?: string;
  questions: AnsweredQuestion[];
  notes?: string;
  /** The next step the user will take. */
  nextStep?: string;
  referrals?: string[];
}

// Advice starts with a verb in the imperative: "start with the tutorials", "talk to Priya".
const IMPERATIVE =
  /^(start|try|talk|speak|read|look|focus|learn|build|apply|reach|join|take|get|find|ask|keep|write|practise|practice|consider|avoid|go|use|watch|follow|contact|email|meet|do|don't|never|always|spend|make|show|bring|prepare|study|pick|be)\b/i;
// A clause has a verb of its own: "the team hires from automotive", "they use Rust".
const CLAUSE =
  /\b(is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|must|may|might|need|needs|hires?|uses?|works?|takes?|matters?|means?|looks?|wants?|prefers?|gets?|makes?|goes|comes?|thinks?|says?|feels?|helps?|counts?)\b/i;

/**
 * One thing the user noted, made fit to quote: bullets, "she said that", wrapping quotes and final
 * punctuation go; what is left is a piece of a sentence or nothing.
 */
export function noteGist(note: string): string {
  const first =
    plain(note)
      // Bullets, numbering and stray punctuation in front of a note go.
      .replace(/^(?:[\p{P}\p{S}\s]|\d+[.)]\s)+/u, '')
      .split(/(?<=[.!?])\s+/)[0] ?? '';
  let t = first
    .replace(/^(s?he|they|\p{Lu}\p{Ll}+)\s+(said|says|thinks|thought|suggested|mentioned|recommended)\s*(that\s+|:\s*)?/u, '')
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    // Trailing punctuation and symbols go, and no space is left before a mark inside.
    .replace(/[\p{P}\p{S}\s]+$/u, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\.{3,}/g, '…')
    .replace(/([.,;:!?])\1+/g, '$1')
    .trim();
  if (t.length > 140) t = `${t.slice(0, 139).replace(/\s+\S*$/, '')}…`;
  t = lowerFirst(t);
  return /[\p{L}\p{N}]/u.test(t) ? t : '';
}

/** Inside a sentence a first capital is lowered, except "I", names of one capital letter and acronyms. */
function lowerFirst(t: string): string {
  return /^\p{Lu}\p{Ll}/u.test(t) && !/^I\b/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/** A sentence that carries one noted thing, whatever shape the note has. */
function specificSentence(gist: string): string {
  if (/^(how|what|why|when|where|who|which|whether)\b/i.test(gist)) return `What stayed with me most was our talk about ${gist}.`;
  if (IMPERATIVE.test(gist)) return `Your advice to ${gist.replace(/^don't\b/i, 'not')} is the first thing I will act on.`;
  if (CLAUSE.test(gist)) return `What stayed with me most was your point that ${gist}.`;
  return `What stayed with me most was what you said about ${gist}.`;
}

/**
 * A thank-you draft, to send within 24 hours: names the person, thanks them for their time, names
 * one specific thing from the meeting, the next step, and is signed with the user's name. Every
 * sentence is whole whatever the notes hold.
 */
export function thankYouDraft(t: ThankYouInput): string {
  const first = plain(t.personName).split(/\s+/)[0] || undefined;
  const day = Math.round((startOfDay(t.now, t.timeZone) - startOfDay(t.meetingAt, t.timeZone)) / 86_400_000);
  const when = day <= 0 ? 'today' : day === 1 ? 'yesterday' : 'the other day';
  const answered = t.questions.find((q) => q.answerNotes && noteGist(q.answerNotes));
  const noted = (t.notes ?? '')
    .split(/\n+/)
    .map(noteGist)
    .find((g) => g);
  const gist = answered ? noteGist(answered.answerNotes!) : noted;
  const specific = gist ? specificSentence(gist) : undefined;
  const paragraphs: string[] = [first ? `Dear ${first},` : 'Hello,'];
  paragraphs.push(
    [
      `Thank you for taking the time to talk with me ${when}${t.companyName ? ` about your work at ${plain(t.companyName)}` : ''}.`,
      specific ?? 'I learned a lot from our conversation.',
    ].join(' '),
  );
  const referrals = (t.referrals ?? []).map(plain).filter(Boolean);
  const step = t.nextStep ? plain(t.nextStep).replace(/[.!?]+$/, '') : '';
  const next = [
    referrals.length ? `As you suggested, I will reach out to ${listing(referrals)} and mention that we spoke.` : '',
    step ? `My next step: ${lowerFirst(step)}.` : '',
    "I'll let you know how it goes.",
  ].filter(Boolean);
  paragraphs.push(next.join(' '));
  paragraphs.push(`Best regards,\n${plain(t.selfName) || '[your name]'}`);
  return `${oneStop(paragraphs.join('\n\n'))}\n`;
}

function startOfDay(ms: number, timeZone = 'UTC'): number {
  const parts = formatInstant(ms, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA');
  return parts ? Date.parse(`${parts}T00:00:00Z`) : Number.NaN;
}
