import type { Company, Person, SelfProfile } from '../schema/dossier';
import type { Signals } from './signals';
import { inline } from './words';

/**
 * A 30-second introduction draft: who I am, what I am exploring, why this person. Built from the
 * user's own profile and what the dossier says about the person; the user edits it freely.
 */
export function introDraft(self: SelfProfile | undefined, person: Person | undefined, company: Company | undefined, s: Signals): string {
  const parts: string[] = [];
  const first = person?.name.split(/\s+/)[0];
  parts.push(first ? `Hi ${first}, thank you for making time for this.` : 'Thank you for making time for this.');
  const who = self?.name ? `I'm ${self.name}` : undefined;
  const background: string[] = [];
  if (self?.field) background.push(`my background is in ${inline(self.field)}`);
  if (self?.schools[0]) background.push(`I studied at ${self.schools[0]}`);
  if (self?.employers[0]) background.push(`I most recently worked at ${self.employers[0]}`);
  const line = [who, joinAnd(background)].filter(Boolean).join('; ');
  if (line) parts.push(`${line[0]!.toUpperCase()}${line.slice(1)}.`);
  if (self?.exploring || self?.targetRole) {
    const exploring = self.exploring
      ? inline(self.exploring.replace(/^i('m| am) exploring\s*/i, ''))
      : `a move into ${inline(self.targetRole!)} roles`;
    parts.push(
      `Right now I'm exploring ${exploring}${self.exploring && self.targetRole ? `, with an eye on ${inline(self.targetRole)} roles` : ''}.`,
    );
  }
  const why = whyThem(person, company, s);
  if (why) parts.push(why);
  return parts.join(' ');
}

function whyThem(person: Person | undefined, company: Company | undefined, s: Signals): string | undefined {
  const ground = s.commonGround[0]?.value;
  if (ground?.kind === 'school')
    return `I noticed we both studied at ${ground.value}, and I'd love to hear how you found your way${company ? ` to ${company.name}` : ''}.`;
  if (ground?.kind === 'employer')
    return `I saw we both worked at ${ground.value}, and I'm curious how that led you${company ? ` to ${company.name}` : ''}.`;
  const t = s.transitions[0]?.value;
  if (t)
    return `Your move from ${t.from.title ?? t.from.company} to ${t.to.title ?? t.to.company} is the kind of path I'm weighing, so I'd value your perspective.`;
  if (person?.currentTitle && company)
    return `I wanted to talk with you because your work as ${person.currentTitle} at ${company.name} is close to what I hope to do.`;
  if (company) return `I wanted to learn how ${company.name} looks from the inside.`;
  return undefined;
}

function joinAnd(items: Array<string | undefined>): string {
  const list = items.filter((x): x is string => !!x);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
