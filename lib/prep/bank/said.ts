import { article, short } from '../clean';
import { isRecent, readableDate } from '../dates';
import type { Quote } from '../quote';
import { MAX_QUESTION_WORDS, MAX_QUOTED, saidText, saidWords } from '../quote-text';

/** The source of a quote from a story with no site name (quotes.ts). */
const UNNAMED = 'a story you clipped';
import { FAMILY_PEOPLE, roleFamily } from '../roles';
import type { Signals } from '../signals';
import { aRole, the } from './helpers';
import type { Template } from './types';
import { resultsFit } from '../results';
import { CHOICE } from '../interview-answers';
import { inEventStory, openingWords } from './own-words';

/** "CRN, November 2019": where and when it was said, for the reason line. */
const where = (q: Quote) => [q.source, readableDate(q.date)].filter(Boolean).join(', ');

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The quote as a sentence ends: its own full stop, or one added inside the marks. */
const closed = (q: string) => (/[.!?…]$/.test(q) ? `“${q}”` : `“${q}.”`);

/** "CEO Tim Cook", "Ralf Groene, Microsoft's head of industrial design,": a short role goes before the name. */
function speakerPhrase(q: Quote): string {
  const role = q.role?.replace(/^(?:the|its|our)\s+/i, '');
  if (!role) return q.speaker;
  return role.split(/\s+/).length <= 3 && !/['’]s\b|\b(of|for|at)\b/.test(role) ? `${role} ${q.speaker}` : `${q.speaker}, ${role},`;
}

/**
 * The question a coach writes about something said on the record: the words, who said them, where
 * and when; undefined when the quote cannot be repeated shortly and exactly (see saidWords).
 */
export function quoteQuestion(q: Quote, s: Signals): string | undefined {
  const full = quoteQuestionAs(q, s, false);
  // Where and when it was said go in the reason below the question when the question would run
  // long with them: read aloud, 40 words is a speech, not a question.
  return full && full.split(/\s+/).length > MAX_QUESTION_WORDS ? quoteQuestionAs(q, s, true) : full;
}

function quoteQuestionAs(q: Quote, s: Signals, compact: boolean): string | undefined {
  const when = q.date ? ` in ${readableDate(q.date)}` : '';
  // The company's own announcement is not a story anyone was "told".
  const own = !!s.companyName && q.source.toLowerCase() === s.companyName.toLowerCase();
  // Words they wrote (a post, their own article) are not something they "said" or "told" anyone.
  const verb = q.written ? 'wrote' : 'said';
  const told = compact
    ? verb
    : own
      ? `${verb} on ${s.companyName}'s own site${when}`
      : q.written
        ? `wrote${q.source === UNNAMED ? '' : ` ${/\.\w{2,}$/.test(q.source) ? 'on' : 'in'} ${q.source}`}${when}`
        : `told ${q.source}${when}`;
  const t = s.self.target;
  const ask = q.plan
    ? `Where does that stand now${t ? `, and what would ${aRole(t)} own in it` : ''}?`
    : q.byPerson
      ? q.answer
        ? // A choice they tell ("Deshalb haben wir uns für die Zertifizierung … entschieden") is asked for what it changed.
          CHOICE.test(q.quote)
          ? 'What has that choice changed in the work, and what would you weigh differently today?'
          : 'Where did you learn that, and where does it show in how you work now?'
        : 'What has come of it since?'
      : s.self.targetFamily
        ? `What has that meant for ${FAMILY_PEOPLE[s.self.targetFamily]}, from where you sit?`
        : 'What does that look like from where you sit?';
  const who = q.byPerson ? 'You' : capitalise(speakerPhrase(q));
  if (q.claim && q.quote.split(/\s+/).length <= MAX_QUOTED) return `${who} ${told} that ${q.claim}. ${ask}`;
  const w = saidWords(q.quote, s.companyName, q.byPerson);
  if (!w) return undefined;
  return w.before || w.after ? `${who} ${told} that ${saidText(w)}. ${ask}` : `${who} ${told}: ${closed(w.quoted)} ${ask}`;
}

/** A segment of their headline that says what they are building, in their own words ("Building Sovereign Data Infrastructure for the Global South"). */
export function headlineClaim(headline: string | undefined): string | undefined {
  return (headline ?? '')
    .split(/\s*[|•·]\s*/)
    .map((p) => p.trim())
    .find(
      (p) =>
        /^(Building|Helping|Making|Bringing|Creating|Empowering|Democrati[sz]ing|Connecting|Transforming|Scaling|Enabling|Reimagining|Turning)\b/.test(
          p,
        ) && p.split(/\s+/).length >= 3,
    );
}

/** "now building Pipelex: the declarative language for AI workflows", from a first-person about text. */
export function aboutClaim(about: string | undefined): string | undefined {
  const m = /\b((?:now |currently )?building\s[^.!?]{8,90})/i.exec(about ?? '');
  // Only their own voice: "Kate Kallot is a technologist …" speaks of them, not as them.
  return m && !/^\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+(is|was|has)\b/u.test(about ?? '') ? m[1]!.trim() : undefined;
}

/**
 * "AI" typed with a small L ("the declarative language for Al workflows"), as profiles often have
 * it: repeated to the person, it reads as a name. Only before the words "AI" goes with.
 */
export function aiAsWritten(text: string): string {
  return text.replace(
    /\bAl(?=[\s-]+(?:workflows?|models?|agents?|tools?|products?|platforms?|systems?|startups?|research|engineer\w*|infrastructure|powered|native|first|safety|ethics|apps?|applications?|solutions?|features?|assistants?)\b)/g,
    'AI',
  );
}

/** What people said and wrote: the company's people on the record, the person's own headline and posts. */
export const SAID: Template[] = [
  {
    id: 'company.quote',
    category: 'company',
    intent: 'quote',
    weight: 7,
    fill: (s) => {
      // Their words that open the sheet (bank/own-words.ts) are not asked a second time.
      const opening = openingWords(s);
      return (
        s.quotes
          .filter((q) => q !== opening)
          // The person's own words in a story of a company event are asked with the event ("You spoke for … about …").
          .filter((q) => !(q.byPerson && inEventStory(s, q)))
          // An earnings boast ("a great quarter with over $14 billion in revenue") is no question for an engineer.
          .filter((q) => resultsFit(`${q.quote} ${q.claim ?? ''}`, s.self.targetFamily))
          .flatMap((q) => {
            const text = quoteQuestion(q, s);
            return text ? [{ q, text }] : [];
          })
          .slice(0, 2)
          .map(({ q, text }, i) => ({
            text,
            reason: q.byPerson
              ? `Their own words on the record (${where(q)}): what came of it is what no page says.`
              : `${q.speaker} spoke for ${the(s)} on the record (${where(q)}); asks how it looks from inside.`,
            basis: [`clip:${q.clipId}`],
            slot: `${q.clipId}:${q.speaker}${q.plan ? ':plan' : ''}`,
            intent: `quote:${q.clipId}${q.plan ? ':plan' : ''}`,
            bonus:
              (isRecent(q.date, s.meetingAt) ? 2 : -1) +
              (q.headline ? 1 : 0) +
              (s.self.targetFamily && roleFamily(q.role) === s.self.targetFamily ? 1 : 0) -
              i * 0.5,
          }))
      );
    },
  },
  {
    id: 'company.headline-claim',
    category: 'company',
    intent: 'mission',
    weight: 8,
    fill: (s) => {
      const headline = headlineClaim(s.headline?.value);
      const found = headline ? undefined : aboutClaim(s.about?.value);
      const about = found && aiAsWritten(found);
      const t = s.self.target;
      const fit = t ? `, and where would ${article(t)} ${t} fit in it` : '';
      if (headline)
        return [
          {
            text: `Your headline says “${aiAsWritten(headline)}”. What does that mean in practice${fit}?`,
            reason: 'What they say they are building, in their own words: only they can say what it means day to day.',
            basis: s.headline!.basis,
          },
        ];
      return about
        ? [
            {
              text: `Your profile says you are “${about}”. What does that mean in practice${fit}?`,
              reason: 'What they say they are building, in their own words: only they can say what it means day to day.',
              basis: s.about!.basis,
            },
          ]
        : [];
    },
  },
  {
    id: 'role.post',
    category: 'role',
    intent: 'post',
    weight: 7,
    fill: (s) =>
      s.posts.slice(0, 1).map((p) => ({
        text: `I read your post “${short(p.value.title, 90)}”${p.value.date ? ` (${readableDate(p.value.date)})` : ''}. ${postFollowUp(p.value.title)}`,
        reason: 'Something they wrote themselves: they chose the subject, so they will enjoy talking about it.',
        basis: p.basis,
        bonus: isRecent(p.value.date, s.meetingAt) ? 2 : 0,
      })),
  },
];

/** A post whose title counts what it gives ("Five ways to grow your business …", "7 lessons from …"). */
const LISTED =
  /^(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:(?:simple|easy|quick|key|big|common|new|top|practical)\s+)?(ways|tips|lessons|things|reasons|rules|steps|ideas|mistakes|myths|trends|predictions|habits|strategies|principles|questions)\b/i;

/**
 * What to ask of their own post. A title that counts its points asks which of them held up, which is
 * the post's own content put to work ("Five ways to grow your business this Small Business Week",
 * blind googlesb-sterling-changer, got "What prompted it, and has anything changed since?", which fits
 * any post); a list of mistakes or myths, which they still meet; of trends, which came true.
 */
export function postFollowUp(title: string): string {
  const m = LISTED.exec(title.trim());
  if (!m) return 'What prompted it, and has anything changed since?';
  const those = `those ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`;
  if (/^(?:mistakes|myths)$/i.test(m[2]!)) return `Which of ${those} do you still meet most often, and why do they last?`;
  if (/^(?:trends|predictions)$/i.test(m[2]!)) return `Which of ${those} has played out since, and which has not?`;
  return `Which of ${those} has held up best since, and which would you now put differently?`;
}
