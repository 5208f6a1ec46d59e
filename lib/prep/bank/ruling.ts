import type { CompanyEvent } from '../events';
import type { Template } from './types';

/** What the court held, as a sentence says it: "liable for defective third-party products" (a headline's capitals lowered, the court's verb gone). */
export function heldPhrase(e: CompanyEvent): string | undefined {
  const m = /\b(liable|guilty|negligent)(\s+for\s+.+)?$/i.exec(e.what);
  if (!m) return undefined;
  // "… Products Rules CA Appellate Court": the headline's verb and the court are not what it held.
  const rest = (m[2] ?? '').replace(/\s+(?:rules?|ruled|says|said|finds|found|court|in its|in their|under)\b.*$/i, '').trim();
  // The pattern cut the sentence at 60 characters, maybe inside a word: that last word goes.
  const whole = rest.length >= 55 ? rest.replace(/\s+\S+$/, '') : rest;
  const phrase = `${m[1]!.toLowerCase()}${whole ? ` ${whole}` : ''}`;
  // A headline in title case: its capitals say nothing ("Defective Third-Party Products").
  return /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(phrase)
    ? phrase.replace(/(\p{Lu})(\p{Ll}+)/gu, (_, a: string, b: string) => a.toLowerCase() + b)
    : phrase;
}

/**
 * A court ruling on the company (lib/prep/events.ts, kind "ruling") is handled with care: asked only
 * as far as they are free to talk, about what it changed in the work, never as news, never "recent"
 * (blind-16 amazon-aplenty: a 2020 liability ruling met in 2022). Never a must-ask (engine.ts).
 */
export const RULING: Template[] = [
  {
    id: 'company.ruling',
    category: 'company',
    intent: 'ruling-care',
    weight: 4.5,
    fill: (s) => {
      const e = s.events.find((x) => x.kind === 'ruling' && (!x.lang || x.lang.startsWith('en')));
      const held = e ? heldPhrase(e) : undefined;
      if (!e || !held || !s.companyName) return [];
      const year = e.date ? `${e.date.slice(0, 4)} ` : '';
      return [
        {
          text: `Only if you are free to talk about it: the ${year}court ruling held ${s.companyName} ${held}. What did it change in how teams like yours work?`,
          reason: `Handled with care (${e.source}): those inside may not be free to discuss a ruling, so it asks only what changed in the work, never what they think of the case.`,
          basis: [`clip:${e.clipId}`],
        },
      ];
    },
  },
];
