import type { Signals } from '../signals';
import type { Filled } from './types';

export const at = (s: Signals) => (s.companyName ? ` at ${s.companyName}` : '');
export const the = (s: Signals) => s.companyName ?? 'the company';
export const one = (text: string, reason: string, basis: string[] = []): Filled[] => [{ text, reason, basis }];
export const when = (cond: unknown, f: () => Filled[]): Filled[] => (cond ? f() : []);
/** The year of an ISO date, for "in 2013". */
export const inYear = (iso: string | undefined) => (iso ? ` in ${iso.slice(0, 4)}` : '');
