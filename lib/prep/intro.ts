import { article, listing, oneStop } from './clean';
import { FAMILY_WORDS } from './roles';
import { sayExploring } from './first-person';
import { founding } from './bank/helpers';
import { companyNames } from './events';
import { school } from './bank/path';
import type { Signals } from './signals';

/** Words that start a phrase, not a name: their capital is only the sentence's. */
const COMMON =
  /^(moving|working|becoming|getting|switching|changing|finding|starting|leaving|learning|building|joining|going|a|an|the|how|what|ways|roles|careers?|opportunities|options)$/i;

/**
 * A 30-second introduction: who I am, what I am exploring, why this person. It uses the user's own
 * path and goal, in their words, and one true connection to this person. It never claims a move the
 * user is not making: "the path I'm weighing" only when their move leads where the user aims.
 */
export function introDraft(s: Signals): string {
  const me = s.self;
  const out: string[] = [s.firstName ? `Hi ${s.firstName}, thank you for making time for this.` : 'Thank you for making time for this.'];
  const background = listing(
    [
      me.field ? `my background is in ${me.field}` : undefined,
      me.employer ? `I work at ${me.employer}` : undefined,
      // The school the connection line names ("we both studied at …") is not said twice.
      !me.employer && me.school && !sharedSchool(s) ? `I studied at ${school(me.school)}` : undefined,
    ].filter((x): x is string => !!x),
  );
  if (me.name || background)
    out.push(`${[me.name ? `I'm ${me.name}` : undefined, background].filter(Boolean).join('; ').replace(/^my/, 'My')}.`);
  // A line typed as a sentence ("Moving from site engineering…") loses its first capital inside ours;
  // names and acronyms ("UX", "iOS") keep theirs.
  const exploring = me.exploring
    ?.replace(/[.!?]+$/, '')
    .replace(/^(\p{Lu})(\p{Ll}+\b)/u, (w, a: string, b: string) => (COMMON.test(w) ? a.toLowerCase() + b : w));
  // Someone starting a company has no "Founder roles" in view: their plan says it.
  if (exploring) out.push(`Right now ${sayExploring(exploring)}${me.target && !founding(s) ? `, with an eye on ${me.target} roles` : ''}.`);
  // Already doing the work they name as their target: no move to claim, only how it is done here.
  else if (me.target && me.within) out.push(`I'd value seeing how ${me.target} work is done somewhere else.`);
  // The same work a level up: growing in it, not moving into it.
  else if (me.target && me.stepUp) out.push(`I'd like to grow further in this work, towards ${article(me.target)} ${me.target} role.`);
  else if (me.target) out.push(`I'm working towards a move into ${article(me.target)} ${me.target} role.`);
  const connection = connectionLine(s);
  if (connection) out.push(connection);
  return oneStop(out.join(' '));
}

/** The connection line opens on a school both attended. */
const sharedSchool = (s: Signals) => s.commonGround[0]?.value.kind === 'school';

function connectionLine(signals: Signals): string | undefined {
  // "Apple", not "Apple Inc.": said aloud, the legal suffix sounds read off a form.
  const s = signals.companyName ? { ...signals, companyName: companyNames({ name: signals.companyName }).pop() } : signals;
  const ground = s.commonGround[0]?.value;
  if (ground?.kind === 'school')
    return `I noticed we both studied at ${school(ground.value)}, and I'd love to hear how you found your way${s.companyName ? ` to ${s.companyName}` : ''}.`;
  if (ground?.kind === 'employer')
    return `I saw we both worked at ${ground.value}, and I'm curious how that led you${s.companyName ? ` to ${s.companyName}` : ''}.`;
  const m = s.move?.value;
  // "Where I'm heading" only when they changed into the family the user is aiming at.
  if (m && m.to.family && m.from.family !== m.to.family && s.self.targetFamily && m.to.family === s.self.targetFamily)
    return `You moved into ${FAMILY_WORDS[m.to.family]}${m.when ? ` in ${m.when.slice(0, 4)}` : ''}, which is where I'm heading, so I'd value hearing how you made that step.`;
  if (m && m.kind === 'family' && m.from.family && m.to.family)
    return `I'd love to hear how you went from ${FAMILY_WORDS[m.from.family]} to ${FAMILY_WORDS[m.to.family]}.`;
  if (m && m.kind === 'founding' && m.to.company) return `I'd love to hear what it took to start ${m.to.company}.`;
  if (m && m.kind === 'management' && m.from.title && m.to.title)
    return `I'd love to hear how you went from ${m.from.title} to ${m.to.title}.`;
  const title = s.career.current?.title;
  if (title && s.companyName && (s.sameFamily || s.nearFamily))
    return `Your work as ${title} at ${s.companyName} is close to what I want to learn about, so I'd value your perspective.`;
  if (s.companyName) return `I'd love to learn how ${s.companyName} looks from the inside.`;
  return undefined;
}
