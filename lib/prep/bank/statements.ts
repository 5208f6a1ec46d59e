import type { RoleFamily } from '../roles';
import type { Signals } from '../signals';
import type { Statement, StatementKind } from '../statements';
import { aRole, founding, the } from './helpers';
import { openerOfferings } from './offerings';
import type { Template } from './types';
import type { QuestionCategory } from '../../schema/dossier';
import { wordCount } from '../../text/word-count';

/** Which side of the work the user wants: the follow-up asks from there. */
function side(target: RoleFamily | undefined): 'sells' | 'builds' | 'makes' | 'other' {
  if (target === 'sales' || target === 'customer' || target === 'consulting' || target === 'marketing') return 'sells';
  if (target === 'engineering' || target === 'built' || target === 'data') return 'builds';
  if (target === 'product' || target === 'design') return 'makes';
  return 'other';
}

/**
 * What to ask about what the company says of itself: never what the page already answers (what
 * the right is, when it was set up), but what only someone inside knows — how much of the work
 * comes through it, what it changed, what it asks of the people doing the work.
 */
function follow(st: Statement, s: Signals): string | undefined {
  const at = side(s.self.targetFamily);
  const t = s.self.target;
  switch (st.kind) {
    case 'exclusive':
      return at === 'sells'
        ? 'How much of the selling comes through that line, and how does it change the way a job is quoted?'
        : 'How much of the work comes through that line, and what does it change for the people doing it?';
    case 'parent':
      return `What does belonging to ${st.names[0]} change in the work here, and what does ${the(s)} decide on its own?`;
    case 'origin':
      return at === 'sells'
        ? // Not "how are new clients won": the expansion question asks that, and two questions would ask one thing.
          `How much of the business still comes from ${st.names[0]}, and what did serving them teach you about what clients need?`
        : `How much of the work still comes from ${st.names[0]}, and what changed as other clients came in?`;
    case 'award': {
      const with_ = st.names[1];
      return with_
        ? `How did the work with ${with_} turn into what you ${at === 'makes' ? 'build now, and who decides what comes next' : 'do now, and what did it teach you'}?`
        : 'What did winning it open up, and what does it still shape today?';
    }
    case 'expansion':
      return at === 'sells'
        ? 'Who builds the first accounts there, and how does winning them differ from the clients you have?'
        : at === 'builds'
          ? 'What does that ask of the people doing the work, and who goes first?'
          : 'Which teams does that reach first, and how?';
    case 'partner':
      // A reseller or a dealer sells someone else's brand: the work is that brand's, and the standing has a price.
      // Never which brands it sells (the page says): what the standing asks, and what it opens.
      if (RESELLS.test(st.phrase))
        return `What does keeping that standing with ${st.names[0]} ask of ${at === 'sells' ? 'the people selling' : who(s)}, and where does it give you an edge over other resellers?`;
      return at === 'sells'
        ? `How much of what you sell comes through ${st.names[0]}, and what does the partnership ask of your side?`
        : `How much of the work comes through ${st.names[0]}, and what does keeping that partnership ask of the team?`;
    case 'first':
      return 'What did doing it first teach the team, and what came of it since?';
    case 'anniversary':
      return `What has kept it going all these years, and what has changed most in the work in that time?`;
    case 'timeline':
      return 'What did each step change for the people doing the work, and what is the next one?';
    case 'qualifications':
      // Asked by someone moving into the work those qualifications are for; a peer or a student gets no career advice.
      return t && !s.peer ? `Which of these would someone starting as ${aRole(t)} need first, and how do people here get them?` : undefined;
    case 'figure':
      return figureFollow(st, s);
    case 'specialism':
      // Someone setting up on their own asks why the niche; anyone else, what it asks of the work.
      return ownBusiness(s)
        ? 'Why that one niche, and what does a job in it ask that more general work does not?'
        : `What does that ask of ${who(s)} that more general work does not, and where does a job usually get difficult?`;
    case 'growth':
      return `What changed in the work along the way, and what does the newer side of it ask of ${who(s)}?`;
    case 'promise':
      return `What does keeping it ask of ${who(s)}, and when is it hardest?`;
    case 'engagement':
      // Which model the work mostly runs on decides the days: one client for a year, or several projects at once.
      return `Which of those does most of the work run on, and how do the days of ${who(s)} differ between them?`;
    case 'compliance':
      return `What does working under that ask of ${who(s)} day to day, and where does it slow the work down?`;
    case 'word-of-mouth':
      // Paying for referrals says the firm lives on them: how much, and what makes people recommend it.
      return 'How much of the work comes by word of mouth, and what makes customers recommend you?';
    case 'seasons':
      // The year as the menu shows it: how it is filled, never which services it offers (the page says).
      return 'How do the work and the crew change from one season to the next, and which season carries the business?';
    case 'offers':
      // The work the user wants is on the list: where it starts and ends; else which of them the work is made of.
      return st.targetItem
        ? `Where does the work of the ${st.targetItem.replace(/s$/, '')} begin and end, and who does it hand over to?`
        : 'Which of these takes most of the work, and which is growing?';
    case 'clients': {
      // One client named: how it came, and what keeping it asks (the figure of those served asks which shaped the work).
      if (!st.sectors) return `How did ${st.names[0]} become a client, and what does keeping a client like that ask of ${who(s)}?`;
      // The sector nearest the user's own work, when one is: how the work there differs from the rest.
      const mine = nearest(st.names, `${s.self.field ?? ''} ${s.self.exploring ?? ''} ${t ?? ''}`);
      const other = st.names.find((x) => x !== mine);
      return mine && other
        ? `How much of the work is in ${mine}, and how does it differ from ${other}?`
        : 'Which of them brings most of the work, and how does it differ from one to the next?';
    }
    case 'projects': {
      // Never which projects (the page says): what one is like from the inside, and the user's part in it.
      const one = st.text.includes('“') ? 'one of those' : `${st.names[0]}`;
      return `What does a project like ${one} look like from the first call to the hand-over, and where does ${who(s)} come in?`;
    }
    case 'equipment':
      // Someone learning the work asks how they would come to use it; anyone else, what it changes in a job.
      return /\b(?:placement|internship|apprentice\w*|trainee|student|stage|BPV)\b/i.test(`${s.self.exploring ?? ''} ${s.self.field ?? ''}`)
        ? 'How does a trainee learn to work with that equipment, and how soon would they use it on a real job?'
        : `What does it change in a typical job, and what does it ask of ${who(s)}?`;
    case 'recruiting': {
      // Asked by someone making the move it invites (not a peer staying put): what joining holds for a newcomer.
      if (!t || s.peer) return undefined;
      const field = st.names[0] && !/\p{Lu}{2}/u.test(st.names[0]) ? st.names[0].toLowerCase() : st.names[0];
      return `When someone new to ${field ?? 'the work'} joins, what does the first year ask of them, and who helps them through it?`;
    }
    case 'stance':
      // Never what the stance is (the page says): what holding to it costs, and where it was tested.
      if (st.form === 'values')
        // A peer, or a user already in the work, does it too: "the work of an independent car dealer" would be their own work, said back to them.
        return `${st.names.length > 1 ? 'Which of the two comes under strain first' : 'When does that come under strain'}, and how does it show in ${s.peer || s.self.within || s.self.inField ? 'the day-to-day work here' : `the work of ${who(s)}`}?`;
      if (st.form === 'refusal') return 'Why draw that line, and what has it cost or won you?';
      if (st.form === 'pledge') return 'When was that last put to the test, and what did keeping it cost?';
      return 'What has that choice cost, and where has it paid off?';
    case 'segments':
      // The opener asks which of the listed offerings is theirs: the split between them is that list again.
      return openerOfferings(s) ? undefined : 'How does the work split between them, and which side is growing?';
    case 'method':
      // Never what the steps are (the page says): where the work strays from them, and who catches it.
      // The time it takes: what fills it, and where it slips (never how long: the page says).
      if (st.form === 'pace') return `What fills those ${st.unit ?? 'weeks'} for ${who(s)}, and where does it usually slip?`;
      return st.form === 'named'
        ? `Which step do clients resist most, and what does it ask of ${who(s)}?`
        : // Under "how we work" a page lists steps or the qualities it works by: where either gives way is the same question.
          'Where does that come under strain on a real job, and who steps in when it does?';
    case 'features':
      // Never what the feature does (the page says): which of them users take up, and what one cost to make.
      return at === 'builds'
        ? 'Which features do users actually adopt, and what did that one take to build?'
        : at === 'sells'
          ? 'Which feature actually wins customers over, and which do they barely use?'
          : 'Which features do users actually rely on, and which would you cut?';
    case 'target-role':
      return t ? `What does that ask of ${aRole(t)} day to day, and where does it get difficult?` : undefined;
    case 'case':
      // Never what the result was (the page says): what made the difference, and what it asked of the work the user wants.
      // The page tells how it was got: what that took in practice; else what made the difference.
      return / from [\p{Ll}]+ing\b/u.test(st.phrase)
        ? `What did that take in practice, and what did it ask of ${who(s)}?`
        : `What made the difference there, and what did it ask of ${who(s)}?`;
    default:
      // A licence is a fact the page states in full: a hook to have read, not a question.
      return undefined;
  }
}

/** The nouns of a company that sells or services another's brand. */
const RESELLS = /\b(?:reseller|dealer|distributor|integrator|installer|retailer|stockist|service partner)\b/i;

/** Of a few items, the one sharing a word stem with the user's own words ("warehousing" for "Warehouse operations"). */
function nearest(items: string[], own: string): string | undefined {
  const stems = new Set(
    own
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 6)),
  );
  return items.find((x) => x.split(/\s+/).some((w) => w.length >= 5 && stems.has(w.toLowerCase().slice(0, 6))));
}

/** The user means to work for themselves ("Self-employed … installer", "starting my own … business"). */
const ownBusiness = (s: Signals) =>
  founding(s) ||
  /\b(?:self-employed|freelan\w*|own (?:business|firm|company|shop|practice))\b/i.test(`${s.self.target ?? ''} ${s.self.exploring ?? ''}`);

/** Who the work is asked about: the role the user wants, else the people doing it. */
function who(s: Signals): string {
  const t = s.self.target;
  // A user whose own field already is that work ("Used-car trade" for "Independent car dealer") would hear their own job said back.
  return t && !ownBusiness(s) && !s.self.inField ? `${aRole(t)}` : 'the people doing it';
}

/** A count in the thousands or more ("400,000 companies", "30 million users"): too many to name one. */
const many = (phrase: string) =>
  /\d{1,3}(?:[.,\s]\d{3})+|\d\s?(?:k|K|M|B|bn|million|billion|thousand|Mio|Millionen|Tausend|millions?|miljoen|millones)\b/.test(phrase) ||
  Number(/\d+/.exec(phrase)?.[0] ?? 0) >= 1000;

/** What to ask of a figure, by what it counts: never the figure itself (the page says it), but what is behind it. */
function figureFollow(st: Statement, s: Signals): string {
  switch (st.counted) {
    case 'volume':
      return `What does handling that volume ask of ${who(s)} day to day, and where does it get difficult?`;
    case 'work':
      return 'What does a typical one of those look like from the first call to the hand-over, and where do they usually go wrong?';
    case 'places':
      return 'How much does the work differ from one place to the next, and how is it held together?';
    default:
      // "Which of 400,000 companies shaped you" asks the impossible: of thousands, which kind.
      return many(st.phrase)
        ? `Which kind among them takes most of the work, and what does serving them ask of ${who(s)}?`
        : `Which of them shaped the way you work most, and what does serving them ask of ${who(s)}?`;
  }
}

/** How the question says the fact, from the company's side: "Sunreflex holds …", "Sentiom’s page says the team won …". */
function opening(st: Statement, s: Signals): string {
  const co = the(s);
  // "Remat Technologies’ page", not "Remat Technologies’s page".
  const its = /s$/i.test(co) ? `${co}’` : `${co}’s`;
  if (st.kind === 'target-role') return `${its} own page says ${st.phrase}.`;
  if (st.kind === 'award') return `${its} page says the team ${st.phrase}.`;
  if (st.kind === 'first') return `${its} page says ${st.phrase}.`;
  // Places are a reach ("more than 140 countries"), the rest a count of its record.
  if (st.kind === 'figure') return `${its} page ${st.counted === 'places' ? 'puts its reach at' : 'counts'} ${st.phrase}.`;
  if (st.kind === 'promise') return `${its} page promises: ${st.phrase}`;
  if (st.kind === 'seasons' || st.kind === 'word-of-mouth' || st.kind === 'engagement' || st.kind === 'compliance')
    return `${its} page ${st.phrase}.`;
  if (st.kind === 'recruiting')
    return `${its} page ${/\?”$/.test(st.phrase) ? 'asks' : 'says'}: ${st.phrase}${/\?”$/.test(st.phrase) ? '' : '.'}`;
  if (st.kind === 'clients') return st.sectors ? `${co} ${st.phrase}.` : `${its} page ${st.phrase}.`;
  if (st.kind === 'equipment') return st.phrase.startsWith('says') ? `${its} page ${st.phrase}.` : `${co} ${st.phrase}.`;
  if (st.kind === 'offers' || st.kind === 'projects') return `${its} page ${st.phrase}.`;
  if (st.kind === 'stance') return st.form === 'values' ? `${its} page ${st.phrase}.` : `${its} page says: ${st.phrase}.`;
  if (st.kind === 'segments') return `${its} page ${st.phrase}.`;
  if (st.kind === 'method')
    return st.form === 'named'
      ? `${its} page describes its own ${st.phrase}.`
      : st.form === 'pace'
        ? `${its} page says: ${st.phrase}.`
        : `${its} page ${st.phrase}.`;
  if (st.kind === 'case') return `${its} page ${st.phrase}.`;
  if (st.kind === 'features') return `${its} page sets out its features, ${st.phrase} among them.`;
  if (st.kind === 'growth') return `${its} page tells how it grew, ${st.phrase}.`;
  return `${co} ${st.phrase}.`;
}

/** Words in a quotation beyond which it is read out, not said: the question quotes a phrase, not the page. */
const QUOTE_WORDS = 16;
/** The longest part of it kept: a sentence or a clause of the page's own. */
const PART_WORDS = 14;
const count = wordCount;

/**
 * A quotation cut to what can be said aloud: its first sentence when that is short, else the
 * longest short clause of it; what is left out is marked "…", the words kept are the page's own.
 * Never cut inside a clause (the words that say what it is for go with it: "… voor het uitlezen
 * van storingen"), nor a question the page asks: those are kept whole.
 */
export function shortQuote(q: string): string {
  if (count(q) <= QUOTE_WORDS || /\?$/.test(q.trim())) return q;
  const first = q.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  if (count(first) <= PART_WORDS && count(first) >= 4) return `${first.replace(/[.!]$/, '')} …`;
  const clauses = first.split(/(?<=[,;:])\s+|\s+[—–]\s+/);
  const fits = clauses.map((c) => c.replace(/[,;:.!]+$/, '')).filter((c) => count(c) >= 5 && count(c) <= PART_WORDS);
  const best = fits.sort((a, b) => count(b) - count(a))[0];
  if (!best) return q;
  return `${q.startsWith(best) ? '' : '… '}${best}${q.replace(/[.!?]+$/, '').endsWith(best) ? '' : ' …'}`;
}

/** The question as said aloud: past about thirty words, each long quotation in its opening is cut to a phrase. */
function aloud(open: string, ask: string): string {
  const whole = `${open} ${ask}`;
  if (count(whole) <= 30) return whole;
  const cut = open.replace(/“([^”]+)”/g, (_, q: string) => `“${shortQuote(q)}”`);
  // A cut quotation ends the sentence the opening was: it needs its full stop back.
  return `${cut}${cut !== open && /[^.!?]”$/.test(cut) ? '.' : ''} ${ask}`;
}

const PLACE: Record<StatementKind, { category: QuestionCategory; weight: number; what: string }> = {
  exclusive: { category: 'company', weight: 8, what: 'an exclusive right it holds' },
  origin: { category: 'company', weight: 8, what: 'the client it was set up for' },
  award: { category: 'company', weight: 8, what: 'a prize it won' },
  expansion: { category: 'company', weight: 7, what: 'where it is expanding' },
  timeline: { category: 'company', weight: 7, what: 'the steps of its own timeline' },
  parent: { category: 'company', weight: 6, what: 'the group it belongs to' },
  qualifications: { category: 'getting-in', weight: 7, what: 'the qualifications its people hold' },
  'target-role': { category: 'role', weight: 7, what: 'what it promises of the role you want' },
  partner: { category: 'company', weight: 7, what: 'a partnership it holds' },
  first: { category: 'company', weight: 6, what: 'a first it claims' },
  licence: { category: 'company', weight: 0, what: 'a licence it holds' },
  figure: { category: 'company', weight: 7, what: 'a figure of its own record' },
  specialism: { category: 'company', weight: 7, what: 'the work it specialises in' },
  growth: { category: 'company', weight: 7, what: 'how it grew' },
  promise: { category: 'company', weight: 7, what: 'a promise it makes' },
  offers: { category: 'company', weight: 6, what: 'what it offers' },
  recruiting: { category: 'getting-in', weight: 8, what: 'a call to join it' },
  clients: { category: 'company', weight: 6, what: 'whom it serves' },
  projects: { category: 'company', weight: 6, what: 'projects it has worked on' },
  equipment: { category: 'role', weight: 6, what: 'the equipment it works with' },
  // How it works, not what it does: below what names the work (a specialism, a client, a partner) and below
  // the user's own move asked plainly (getting-in, 5): they fill a place left free, never take the user's question's.
  stance: { category: 'company', weight: -0.5, what: 'a stance it takes' },
  method: { category: 'company', weight: -0.5, what: 'how it says it works' },
  segments: { category: 'company', weight: -1, what: 'the sides of its business' },
  // What the product does, feature by feature: beside how it works (a method), below what names the work.
  features: { category: 'company', weight: -0.5, what: 'the features it sets out' },
  // A client named with a result in figures: as strong as a client it was set up for.
  case: { category: 'company', weight: 8, what: 'a client story with its result' },
  anniversary: { category: 'company', weight: 7, what: 'its anniversary' },
  seasons: { category: 'company', weight: 7, what: 'work bound to the seasons' },
  'word-of-mouth': { category: 'company', weight: 6, what: 'a reward for referrals' },
  engagement: { category: 'company', weight: 6, what: 'the ways it works with clients' },
  compliance: { category: 'company', weight: 6, what: 'the rules its work complies with' },
};

/** One template per category (the engine caps each category), each filled by the statements of that category. */
function template(category: QuestionCategory): Template {
  return {
    id: `${category}.statement`,
    category,
    intent: 'statement',
    weight: 0,
    fill: (s) =>
      s.statements
        .filter((st) => PLACE[st.kind].category === category)
        .flatMap((st) => {
          const ask = follow(st, s);
          if (!ask) return [];
          return [
            {
              text: aloud(opening(st, s), ask),
              reason: `${st.source[0]!.toUpperCase()}${st.source.slice(1)} names ${PLACE[st.kind].what}: what it means inside is what no page says.`,
              basis: [`clip:${st.clipId}`],
              slot: st.phrase,
              // A call to join answers the user's own move: it takes the place of the generic question on it.
              // The sides of its business ask what the offerings question asks: one of the two.
              intent: st.kind === 'recruiting' ? 'my-move' : st.kind === 'segments' ? 'product' : `statement:${st.kind}`,
              bonus: PLACE[st.kind].weight,
            },
          ];
        }),
  };
}

/** What the company says about itself on its own pages, put to work: a right, a group, a client, a prize, a step. */
export const STATEMENTS: Template[] = [template('company'), template('role'), template('getting-in')];
