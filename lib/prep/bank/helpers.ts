import type { Signals } from '../signals';
import { inline } from '../words';
import type { Filled } from './types';

export const at = (s: Signals) => (s.companyName ? ` at ${s.companyName}` : '');
export const the = (s: Signals) => s.companyName ?? 'the company';
export const one = (text: string, reason: string, basis: string[] = []): Filled[] => [{ text, reason, basis }];
export const when = (cond: unknown, f: () => Filled[]): Filled[] => (cond ? f() : []);
export const years = (n: number) => (n >= 2 ? `${Math.floor(n)} years` : n >= 1 ? 'over a year' : 'less than a year');
export const short = (t: string, n = 90) => (t.length > n ? t.slice(0, n - 1).replace(/\s+\S*$/, '') + '…' : t);
export const dateOf = (iso?: string) => (iso ? ` (${iso.slice(0, 7)})` : '');
export { inline };

export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}

export function newsQuestion(kind: string, title: string, s: Signals): string {
  const t = short(title, 100);
  switch (kind) {
    case 'launch':
      return `I read that "${t}". How has that launch changed the work of your team?`;
    case 'funding':
      return `I saw the news that "${t}". What will the new funding change for teams like yours?`;
    case 'acquisition':
      return `I read that "${t}". How is the integration going from where you sit?`;
    case 'hiring':
      return `I read that "${t}". Which teams are growing, and what does that growth feel like inside?`;
    case 'leadership':
      return `I saw "${t}". Has the change at the top been felt in your part of ${the(s)}?`;
    case 'partnership':
      return `I read that "${t}". What does that partnership mean for your day-to-day work?`;
    case 'award':
      return `Congratulations on "${t}". What do you think earned it?`;
    case 'layoffs':
      return `I read about "${t}". If you are comfortable sharing, how is the team adjusting?`;
    default:
      return `I read "${t}". How does that story look from inside ${the(s)}?`;
  }
}
