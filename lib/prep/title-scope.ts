import { roleFamily, type RoleFamily } from './roles';

/**
 * What a title says a person is in charge of, read the way a coach reads "Director, Marketing &
 * Business Development" (two functions in one job: how does the week split?) or "Head of Platform
 * Solutions" (a unit with a name of its own: what does it own?).
 */
export interface TitleScope {
  /** The functions or unit the title names, as written ("Marketing", "Business Development", "Platform Solutions"). */
  parts: string[];
  /** The family of each part, when it names one. */
  families: Array<RoleFamily | undefined>;
}

// The level part of a title, before or after what it is in charge of.
const LEVEL =
  /^(?:(?:senior|executive|group|global|regional|deputy|associate|assistant)\s+)*(?:vice president|vp|svp|evp|director|head|managing director|general manager|manager|lead|chief)\b(?:\s+(?:of|for))?\s*,?\s*/i;

/** The scope of a leader's title, or undefined when the title names no scope ("CEO", "Senior Software Engineer"). */
export function titleScope(title: string | undefined): TitleScope | undefined {
  if (!title) return undefined;
  const t = title.trim();
  const m = LEVEL.exec(t);
  if (!m || !m[0]) return undefined;
  const scope = t
    .slice(m[0].length)
    .replace(/^(?:the\s+)/i, '')
    .trim();
  if (!scope || /\b(officer|founder|ceo|president)\b/i.test(scope)) return undefined;
  // "Head Brewer", "Head Chef": a rank before a trade, not a unit they run ("What does Brewer own
  // at Northside?"). Without "of"/"for" or a comma, a head, lead or chief runs a unit only when the
  // rest names a kind of work ("Head Marketing"; "Lead Designer" reads as the design side).
  if (/^(?:head|lead|chief)\s*$/i.test(m[0]) && !roleFamily(scope)) return undefined;
  const parts = scope
    .split(/\s*(?:,|&|\band\b|\/)\s*/)
    .map((p) => p.trim())
    .filter((p) => p && p.split(/\s+/).length <= 4);
  if (!parts.length || parts.length > 3) return undefined;
  return { parts, families: parts.map((p) => roleFamily(p)) };
}
