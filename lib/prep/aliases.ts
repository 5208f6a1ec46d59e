import type { Clip, Company } from '../schema/dossier';
import { escapeRegExp } from '../text/regexp';

/**
 * The short name the company's own stories call it by: "Komen" for Susan G. Komen, "Bobcats" for
 * the Charlotte Bobcats. Without it a story that says "Komen cancels its 3-Day walk" is not read as
 * news of the company. Taken only on agreement of three cues in one story: a headline names the
 * company by the last word(s) of its name, the story's text names it in full, and calls it by the
 * short name twice more on its own. The head of a name counts too, when the words it leaves off are
 * generic ("Northwell" for Northwell Health).
 */
export function storyAliases(
  company: Pick<Company, 'name'>,
  clips: readonly Pick<Clip, 'kind' | 'title' | 'text' | 'extraction'>[],
): string[] {
  const words = company.name.trim().split(/\s+/);
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k);
    const alias = tail.join(' ');
    // "of America", "Computer Entertainment", "Bank", "Group": no name on their own.
    if (!/^\p{Lu}/u.test(alias) || alias.replace(/[^\p{L}]/gu, '').length < 3) continue;
    if (tail.every((w) => GENERIC.test(w))) continue;
    if (CONNECTOR.test(words[k - 1]!)) continue;
    // On its own: not inside a longer word, nor the end of the full name ("Susan G. Komen").
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!${escapeRegExp(words[k - 1]!)}\\s+)${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu');
    if (agreedIn(clips, company.name, alone)) out.push(alias);
  }
  // The head of the name, when what it leaves off names no organisation on its own ("Northwell"
  // for Northwell Health), on the same three cues.
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k);
    const alias = head.join(' ');
    if (!words.slice(k).every((w) => GENERIC.test(w)) || head.every((w) => GENERIC.test(w))) continue;
    if (!/^\p{Lu}/u.test(alias) || alias.replace(/[^\p{L}]/gu, '').length < 4) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])(?!\\s+${escapeRegExp(words[k]!)})`, 'gu');
    if (agreedIn(clips, company.name, alone)) out.push(alias);
  }
  const acronym = statedAcronym(company.name, clips);
  if (acronym && !out.includes(acronym)) out.push(acronym);
  return out;
}

/**
 * The acronym a story introduces beside the full name and then uses: "Die European Business
 * Aviation Association (EBAA) hat …" under the headline "Krahmer wird neuer EBAA-Generalsekretär"
 * (blind-15 krahmer-ebaa-student: without it the story was not read as news of the association).
 * Taken only when the story uses it once more on its own, in its headline or its text.
 */
function statedAcronym(name: string, clips: readonly Pick<Clip, 'kind' | 'title' | 'text' | 'extraction'>[]): string | undefined {
  // The name in any case: some papers set a story's first word in capitals ("SINGAPORE Press
  // Holdings (SPH) on Tuesday reported …", The Business Times); the acronym after it in capitals only.
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}`, 'giu');
  const bracketed = /^\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,7})\)/u;
  for (const c of clips) {
    if (c.kind !== 'article' || !c.text) continue;
    // The lead that introduces it is often the standfirst, kept apart from the body text.
    const text = [c.extraction.article?.excerpt, c.text].filter(Boolean).join('\n');
    const m = [...text.matchAll(named)].map((n) => bracketed.exec(text.slice(n.index + n[0].length))).find(Boolean);
    if (!m) continue;
    const acronym = m[1]!;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu');
    const headline = [c.title, c.extraction.article?.title].filter(Boolean).join('\n');
    if (alone.test(headline) || (text.match(alone) ?? []).length >= 2) return acronym;
  }
  return undefined;
}

/** A headline names the company by `alone`, its text names it in full, and by `alone` twice more. */
function agreedIn(clips: readonly Pick<Clip, 'kind' | 'title' | 'text' | 'extraction'>[], name: string, alone: RegExp): boolean {
  const full = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, 'iu');
  return clips.some((c) => {
    if (c.kind !== 'article' || !c.text) return false;
    const headline = [c.title, c.extraction.article?.title].filter(Boolean).join('\n');
    return (headline.match(alone) ?? []).length > 0 && full.test(c.text) && (c.text.match(alone) ?? []).length >= 2;
  });
}

/** Words that name no organisation on their own. */
const GENERIC =
  /^(inc|ltd|llc|plc|gmbh|ag|sa|corp|corporation|company|co|group|holdings?|international|foundation|entertainment|technologies|technology|labs?|systems|solutions|services|partners|media|networks?|bank|capital|ventures|industries|enterprises?|global|motors?|computer|software|energy|health|healthcare|pharmaceuticals?|airlines?|communications|studios?|games|university|college|institute|association|society|club|fc|&|and|the)\.?$/i;
/** A word that joins a name's parts: what follows it is a place or a field, not the name. */
const CONNECTOR = /^(of|for|de|du|des|la|le|von|van|der|di|da|and|&|et|und)$/i;
