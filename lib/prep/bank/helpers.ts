import { roleInSentence } from '../../text/role-words';
import { article } from '../clean';
import type { Signals } from '../signals';
import type { Filled } from './types';

export const at = (s: Signals) => (s.companyName ? ` at ${s.companyName}` : '');
export const the = (s: Signals) => s.companyName ?? 'the company';
/**
 * A role as a sentence says it, with its article: "a data engineer", "an OT security architect";
 * a posting's qualifier after a comma stays out ("Technical Recruiter, Machine Learning" → "a
 * technical recruiter").
 */
export const aRole = (title: string) => {
  const head = title.replace(/\s*,.*$/, '').trim() || title;
  return `${article(head)} ${roleInSentence(head)}`;
};
export const one = (text: string, reason: string, basis: string[] = []): Filled[] => [{ text, reason, basis }];
export const when = (cond: unknown, f: () => Filled[]): Filled[] => (cond ? f() : []);
/** The year of an ISO date, for "in 2013". */
export const inYear = (iso: string | undefined) => (iso ? ` in ${iso.slice(0, 4)}` : '');
/** The user wants to start a company, not to be hired into a role: no "roles like the one you want". */
export const founding = (s: Signals) =>
  s.self.targetFamily === 'executive' && /found|start|own company/i.test(`${s.self.target} ${s.self.exploring ?? ''}`);
