import { readableDate } from '../dates';
import type { RoleFamily } from '../roles';
import type { Signals } from '../signals';
import type { StoryFact } from '../story-facts';
import type { Template } from './types';

/** What to ask about a fact, from the side of the work the user wants. */
function ask(kind: StoryFact['kind'], target: RoleFamily | undefined): string {
  const builds = target === 'engineering' || target === 'built' || target === 'data';
  const sells = target === 'sales' || target === 'customer' || target === 'consulting' || target === 'marketing';
  switch (kind) {
    case 'deal':
      return builds
        ? 'How much of the engineering work today still rests on what those acquisitions brought in, and how did the teams come together?'
        : target === 'product' || target === 'design'
          ? 'How did the teams those acquisitions brought in change the way products get made?'
          : sells
            ? 'What did those acquisitions add to what the account teams can offer customers?'
            : 'How did the people those acquisitions brought in find their place?';
    case 'markets':
      return target === 'design'
        ? 'How do designers work when one product has to meet different rules in each market?'
        : builds
          ? 'How do engineers build one product for markets with different rules?'
          : sells
            ? 'How does selling it differ from one market to the other?'
            : 'How does the work change when one product differs from market to market?';
    case 'change':
      return builds
        ? 'How does a change like that reach the engineers and their plans?'
        : sells
          ? 'How does a change like that reach the account teams?'
          : target === 'design' || target === 'product'
            ? 'How does a change like that reach the product plans?'
            : 'How does a change like that reach the plans of your team?';
    default:
      return sells
        ? 'Which of those customers does your side work with, and what do they ask for first?'
        : builds
          ? 'What does working at that scale ask of the engineers?'
          : target === 'design' || target === 'product'
            ? 'How does that shape what gets built first?'
            : 'Where does that show up in the work of your team?';
  }
}

/** "I read in CRN (November 2019) that, as Cook put it, Apple is now in every Fortune 500 company …" */
export function storyFactQuestion(f: StoryFact, s: Signals): string {
  const month = readableDate(f.date);
  return `I read in ${f.source}${month ? ` (${month})` : ''} that${f.speaker ? `, as ${f.speaker} put it,` : ''} ${lowerFirst(f.text)}. ${ask(f.kind, s.self.targetFamily)}`;
}

/** Inside a sentence, "The order …" reads "the order …"; a name ("Apple", "Europe", "SoftBank") keeps its capital. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0]!;
  return /^(?:The|A|An|After|Before|When|While|Since|In|On|At|For|With|Most|Some|Many|Every|All|Each|Both|Its|Our|Their|Over|About|More|Nearly|Almost)$/.test(
    first,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Facts a coach underlines in a story about the company, asked from where the user wants to go. */
export const STORY_FACTS: Template[] = [
  {
    id: 'company.story-fact',
    category: 'company',
    intent: 'story-fact',
    // Below the company's events and its own words: a fact from a story fills a thin sheet, it does not crowd a rich one.
    weight: 5,
    fill: (s) =>
      s.storyFacts.map((f) => ({
        text: storyFactQuestion(f, s),
        reason: `${f.source} ${f.kind === 'deal' ? 'names a deal' : f.kind === 'markets' ? 'says how its markets differ' : f.kind === 'change' ? 'says a plan changed' : 'gives a figure about its business'}: asked from the side of the work you want.`,
        basis: [`clip:${f.clipId}`],
        slot: f.text,
        intent: `story-fact:${f.kind}:${f.clipId}`,
      })),
  },
];
