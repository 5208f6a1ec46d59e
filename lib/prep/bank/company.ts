import { short } from '../clean';
import { eventPhrase, eventQuestion, cite } from './events-text';
import { one, the, when } from './helpers';
import type { Template } from './types';

const KIND_WORD = {
  funding: 'Funding',
  launch: 'A launch',
  acquisition: 'An acquisition',
  acquired: 'The sale of the company',
  partnership: 'A partnership',
  deal: 'An order won',
  leadership: 'A leadership change',
  hiring: 'Hiring plans',
} as const;

/** The company and its culture: the hooks from the research, asked from where they sit. */
export const COMPANY: Template[] = [
  {
    id: 'company.event',
    category: 'company',
    intent: 'event',
    weight: 8,
    fill: (s) =>
      s.events
        // A change that is about the person met is their story, asked under their path.
        .filter((e) => !e.sensitive && e.kind in KIND_WORD && !(e.kind === 'leadership' && s.aboutPerson(e)))
        .slice(0, 4)
        .map((e, i) => ({
          // They were quoted on it: ask what came of it from where they sit.
          text: s.quotedIn(e)
            ? `You spoke for ${the(s)} about ${eventPhrase(e)} ${cite(e)}. What has come of it since, from where you sit?`
            : eventQuestion(e, s),
          reason: `${KIND_WORD[e.kind as keyof typeof KIND_WORD]} ${cite(e)}${e.recent ? '' : ', background rather than news'}: asks what only someone inside knows about ${eventPhrase(e)}.`,
          basis: [`clip:${e.clipId}`],
          slot: `${e.kind}:${e.what}`,
          intent: `event:${e.kind}:${e.what.toLowerCase()}`,
          bonus: (e.recent ? 3 : -1) - i * 0.1,
        })),
  },
  {
    id: 'company.growth',
    category: 'company',
    intent: 'growth',
    weight: 6,
    fill: (s) => {
      const others = s.openRoles.filter((r) => !r.matchesTarget && (!s.self.targetFamily || r.family !== s.self.targetFamily));
      const r = others[0];
      const n = s.openRoles.length;
      return when(r, () =>
        one(
          `${the(s)} is hiring${n > 1 ? ` for ${n} roles, among them` : ''} ${r!.title}${r!.team ? ` (${r!.team})` : ''}. Which team is growing fastest, and why?`,
          `Open roles (${r!.source}) show where the company is investing; ask what drives it.`,
          [`clip:${r!.clipId}`],
        ),
      );
    },
  },
  {
    id: 'company.product',
    category: 'company',
    intent: 'product',
    weight: 5,
    // Asked from where they sit: what customers ask of it, or what they would change in it.
    fits: (s) => !!s.personId && !!s.career.family,
    fill: (s) => {
      const p = s.fact('products');
      // A named product, not a line of business ("IT Solutions", "Managed Services").
      const first = p?.value
        .split(/,\s*/)
        .find(
          (x) =>
            !/^(?:(?:it|managed|professional|client|consulting|cloud|support|software|hardware|digital)\s*)*(?:solutions|services|support|products|consulting)?$/i.test(
              x,
            ),
        );
      const facing = ['customer', 'sales', 'marketing'].includes(s.career.family ?? '');
      return when(first && first.length <= 40, () =>
        one(
          facing
            ? `What do clients ask of ${first} most often that it doesn't do yet?`
            : `If you could change one thing about ${first}, what would it be?`,
          'Their view of the product the company sells, from where they sit.',
          p!.basis,
        ),
      );
    },
  },
  {
    id: 'company.mission',
    category: 'company',
    intent: 'mission',
    weight: 4,
    fill: (s) => {
      const m = s.fact('mission');
      return when(m, () =>
        one(
          `${the(s)} puts its mission as “${short(m!.value.replace(/^(our|the company'?s|its) mission is( to)?\s*/i, ''), 110).replace(/[.!]$/, '')}”. Where did you last see it decide something?`,
          'The mission in its own words, tested against a real decision.',
          m!.basis,
        ),
      );
    },
  },
  {
    id: 'company.challenges',
    category: 'company',
    intent: 'challenges',
    weight: 6,
    fill: (s) => one(`What is ${the(s)} wrestling with right now that outsiders don't see?`, 'The honest answer is never on the website.'),
  },
  {
    id: 'company.decisions',
    category: 'company',
    intent: 'decisions',
    weight: 5,
    fill: () => one('How are decisions made on your team: who gets a say, and how fast?', 'Culture is how decisions happen.'),
  },
  {
    id: 'company.culture',
    category: 'company',
    intent: 'culture',
    weight: 4,
    fill: () =>
      one(
        'How would you describe the culture to a friend, not in the words of the careers page?',
        'An unguarded description of the culture.',
      ),
  },
];
