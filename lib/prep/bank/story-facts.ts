import { readableDate } from '../dates';
import type { RoleFamily } from '../roles';
import type { Signals } from '../signals';
import type { StoryFact } from '../story-facts';
import type { Template } from './types';
import { resultsFit } from '../results';

/** What to ask about a fact, from the side of the work the user wants: short, the fact already named before it. */
function ask(kind: StoryFact['kind'], target: RoleFamily | undefined): string {
  const builds = target === 'engineering' || target === 'built' || target === 'data';
  const sells = target === 'sales' || target === 'customer' || target === 'consulting' || target === 'marketing';
  const makes = target === 'product' || target === 'design';
  switch (kind) {
    case 'deal':
      return builds
        ? 'How much of the engineering today still rests on what they brought in?'
        : makes
          ? 'How did the teams they brought in change the way products get made?'
          : sells
            ? 'What did they add to what the account teams can offer?'
            : 'How did the people they brought in find their place?';
    case 'markets':
      return target === 'design'
        ? 'How do designers handle one product meeting different rules in each market?'
        : builds
          ? 'How do engineers build one product for markets with different rules?'
          : sells
            ? 'How does selling it differ from one market to the other?'
            : 'How does the work change from one market to the other?';
    case 'expansion':
      return builds
        ? 'What does that ask of the engineers, and who goes first?'
        : sells
          ? 'Who builds the first accounts there, and how?'
          : 'Which teams does that reach first, and how?';
    case 'campaign':
      return sells
        ? 'How was it planned with the people who sell it, and how did the team judge whether it worked?'
        : builds
          ? 'What did it ask of the engineers behind it?'
          : makes
            ? 'How did it shape what the product team worked on?'
            : 'Which teams did it involve, and how did they judge whether it worked?';
    case 'share':
      return sells
        ? 'How was that share set, and what do partners ask for beyond it?'
        : builds
          ? 'What does that share ask of the platform the engineers build?'
          : 'How was that share set, and how do the partners weigh it against what they get elsewhere?';
    case 'change':
      return builds
        ? 'How does a change like that reach the engineers and their plans?'
        : sells
          ? 'How does a change like that reach the account teams?'
          : makes
            ? 'How does a change like that reach the product plans?'
            : 'How does a change like that reach the plans of your team?';
    case 'decision':
      return builds
        ? 'What drove it, and what did it change for the engineers?'
        : sells
          ? 'What drove it, and what did it change for the people who sell?'
          : 'What drove it, and what did it change for your team?';
    case 'rule':
      return 'How was that set, and what does it ask of your team day to day?';
    default:
      return sells
        ? 'Which of those customers does your side work with, and what do they ask for first?'
        : builds
          ? 'What does working at that scale ask of the engineers?'
          : makes
            ? 'How does that shape what gets built first?'
            : 'Where does that show up in the work of your team?';
  }
}

/**
 * "I read about the acquisitions of Marvel Entertainment, Lucasfilm and BamTech. How much of …?"
 * The fact in a short clause; its source and date go in the reason, where the user checks them.
 */
export function storyFactQuestion(f: StoryFact, s: Signals): string {
  const named = f.kind === 'deal' || f.kind === 'markets' || f.kind === 'expansion' || f.kind === 'campaign';
  // An older story is cited with its date: what was reported then, asked for how it stands now.
  const when = readableDate(f.date);
  if (f.background && when)
    return f.named
      ? `In ${when}, ${f.source} reported ${f.named}. How has that worked out since, for your team?`
      : `${f.source} reported in ${when} that ${lowerFirst(f.text)}. ${f.kind === 'rule' ? 'Is that still how it works, and what does it ask of your team day to day?' : 'How has that worked out since, for your team?'}`;
  if (f.named) return `I read about ${f.named}. ${ask(f.kind, s.self.targetFamily)}`;
  // One thing grew as another shrank: what moved it, and where the work goes next.
  if (f.shift) return `${f.source} reported ${f.text}. What has driven that shift, and what does it ask of your team now?`;
  const said = named
    ? `I read about ${f.text}.`
    : f.speaker
      ? `${f.speaker} said ${lowerFirst(f.text)}.`
      : `I read that ${lowerFirst(f.text)}.`;
  return `${said} ${ask(f.kind, s.self.targetFamily)}`;
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

const WHAT: Record<StoryFact['kind'], string> = {
  deal: 'names a deal',
  markets: 'says how its markets differ',
  expansion: 'says it is entering a market',
  change: 'says a number moved',
  figure: 'gives a figure about its business',
  share: 'says what share of the money it offers others',
  campaign: 'names a campaign it ran',
  decision: 'reports a decision it took',
  rule: 'says what it requires',
};

/** Facts a coach underlines in a story about the company, asked from where the user wants to go. */
export const STORY_FACTS: Template[] = [
  {
    id: 'company.story-fact',
    category: 'company',
    intent: 'story-fact',
    // Below the company's events and its own words: a fact from a story fills a thin sheet, it does not crowd a rich one.
    weight: 5,
    fill: (s) =>
      s.storyFacts
        // Results ("revenue grew 19 percent") only for work that answers to them.
        .filter((f) => resultsFit(f.text, s.self.targetFamily))
        // The story's facts in their order (a deal, a decision, a rule before a figure): equal weights would fall to chance.
        .map((f, i, all) => ({
          bonus: (all.length - i) * 0.1,
          text: storyFactQuestion(f, s),
          reason: `${f.source}${readableDate(f.date) ? ` (${readableDate(f.date)})` : ''} ${WHAT[f.kind]}: asked from the side of the work you want.`,
          basis: [`clip:${f.clipId}`],
          slot: f.text,
          intent: `story-fact:${f.kind}:${f.clipId}`,
        })),
  },
];
