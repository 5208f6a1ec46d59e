import { foldWords } from '../text/fold';
import type { SelfProfile } from '../schema/dossier';
import { plain } from './clean';
import { exploringInFirstPerson } from './first-person';
import { roleFamily, type RoleFamily } from './roles';
import { userWordsInSentence } from '../text/role-words';

// What the sheet knows of the user: their name, where they are and where they are going, and
// whether the target is the work they already do. Read by lib/prep/signals.ts.

export interface SelfSignals {
  name?: string;
  target?: string;
  targetFamily?: RoleFamily;
  field?: string;
  ownFamily?: RoleFamily;
  /** What they are exploring, in the first person (first-person.ts): a phrase after "I'm exploring", or a clause of its own. */
  exploring?: string;
  /** The user's latest employer, as they wrote it. */
  employer?: string;
  /**
   * The user already does the work they name as their target (a product manager aiming at product
   * manager roles): no move to claim, no "ways in" to ask; they want to see the work done elsewhere.
   */
  within?: boolean;
  /**
   * The target is the user's own work a level up ("Channel marketing" → "Channel marketing
   * manager"): no change of field to claim either, though the level may be new to them.
   */
  stepUp?: boolean;
  /**
   * The user's own field already names the work of their target, by a word of what it is about they
   * share ("car" in "Used-car trade" and "Independent car dealer"; the job's head noun, "dealer" or
   * "engineer", is not enough): said to them, "the work of an independent car dealer" is their own.
   */
  inField?: boolean;
  school?: string;
}

/** A word's stem as a trade names it: "management" and "manager", "engineering" and "engineer", "design" and "designer". */
const stem = (w: string): string => {
  const next = w.replace(/(?:ement|ers|er|ing|s)$/, '');
  return next !== w && next.length >= 3 ? stem(next) : w;
};

/**
 * Two names of the same work, word for word ("Product management" and "Product manager"): a step
 * up or across ("Nonprofit marketing" → "Marketing manager") is not the same work.
 */
export function sameWork(a: string | undefined, b: string | undefined): boolean {
  const words = (x: string) => [...new Set(foldWords(x).split(' ').filter(Boolean).map(stem))].sort().join(' ');
  return !!a && !!b && !!words(a) && words(a) === words(b);
}

/** Words that name a level or a rank in a job title, not the work itself. */
const LEVEL =
  /^(?:manager|lead|leader|senior|sr|junior|jr|head|of|director|associate|specialist|coordinator|officer|principal|staff|chief|assistant|executive|vp|team)$/i;

/** The work a title names without its level: "Senior channel marketing manager" → "channel marketing". */
const withoutLevel = (title: string | undefined) =>
  title
    ?.split(/\s+/)
    .filter((w) => !LEVEL.test(w.replace(/[.,]$/, '')))
    .join(' ');

export function selfSignals(self: SelfProfile | undefined): SelfSignals {
  if (!self) return {};
  // The user's words are read inside sentences ("a move into a product designer role"): their own casing, less a form's first capital.
  const inSentence = (w: string) => userWordsInSentence(plain(w));
  return {
    name: self.name ? plain(self.name) : undefined,
    target: self.targetRole ? inSentence(self.targetRole) : undefined,
    // "moving from ad sales into strategy": the family is read from where they are going, not from where they are.
    targetFamily: roleFamily(self.targetRole) ?? roleFamily(self.exploring?.replace(/^.*?\bfrom\b.*?\b(?:into|to)\b/i, '')),
    field: self.field ? inSentence(self.field) : undefined,
    ownFamily: roleFamily(self.field),
    exploring: self.exploring ? exploringInFirstPerson(plain(self.exploring), self.name) : undefined,
    employer: self.employers[0] ? plain(self.employers[0]) : undefined,
    school: self.schools[0] ? plain(self.schools[0]) : undefined,
    within: within(self),
    stepUp: !within(self) && !self.exploring && sameWork(self.field, withoutLevel(self.targetRole)),
    // Someone who works (an employer of their own), not a student whose field is what they study ("Automotive technology" on a placement).
    inField:
      !!self.employers.length &&
      !/\b(?:placement|internship|intern|apprentice\w*|trainee|student|stage|BPV|studying)\b/i.test(self.exploring ?? '') &&
      sharesWork(self.field, self.targetRole),
  };
}

/** Words of a job's name that tell no line of work ("work", "business", "new"), besides its level. */
const NO_WORK = /^(?:and|or|the|of|for|in|at|a|an|new|work|business|role|job|field|industry|general|other|&)$/i;

/**
 * The two names share a word of the work itself, by stem ("car" in "Used-car trade" and "Independent
 * car dealer"); a level ("manager") or a small word is no shared work.
 */
export function sharesWork(a: string | undefined, b: string | undefined): boolean {
  const stems = (x: string) =>
    new Set(
      foldWords(x)
        .split(/[\s-]+/)
        .filter((w) => w.length >= 3 && !LEVEL.test(w) && !NO_WORK.test(w))
        .map(stem),
    );
  if (!a || !b) return false;
  const mine = stems(a);
  // The target's head noun is its kind of job ("engineer" in "Data engineer"): sharing it alone is a neighbour's work, not the same.
  const theirs = [...stems(b)];
  return theirs.slice(0, -1).some((w) => mine.has(w));
}

function within(self: SelfProfile): boolean {
  return !self.exploring && (sameWork(self.field, self.targetRole) || sameWork(self.headline?.split(/[|@,]| at /)[0], self.targetRole));
}
