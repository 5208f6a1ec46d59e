import { isNotACompany } from './gazetteer';
import { squash } from './site-title';
import type { Candidate } from './subject-merge';

/**
 * A product's test or launch (motor.at/zweirad/seat-mo-125-der-elektroroller-im-test "Seat Mo 125:
 * Was kann der Elektroroller …"; herrpfleger.de/2019/10/new-balance-fuelcell-echo-bringt-speed
 * "New Balance: FuelCell Echo bringt Speed"): the headline opens with the maker's name before the
 * model's, and the address files the story under the maker, as a folder ("/Hyundai/Tests/…") or as
 * its slug's first words. The text seldom says the maker is a company ("des Seat-Rollers", "von New
 * Balance"), so no cue makes it one; the headline's opening, the address and the models the text
 * names after it ("Seat Mo", "New Balance Dämpfungsmaterialien") together do. Read last, when
 * neither the story nor the site's own blog puts a company forward.
 */
export function headlineMaker(
  title: string,
  path: string | undefined,
  candidates: ReadonlyMap<string, Candidate>,
  usable: (name: string) => boolean,
): string | undefined {
  // A headline in title case ("Levels Nigerian Cuisine Serves Some of …", "Stevia First Corp.
  // (STVF) Looks to …": no word of four letters or more in lower case) does not show where the
  // name ends and the model's begins.
  if (!path || !/(?:^|\s)\p{Ll}{4,}/u.test(title)) return undefined;
  const words = /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}/u.exec(title.trim())?.[0].split(/\s+/) ?? [];
  const folders = safeDecode(path)
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/\.[a-z]{2,5}$/, ''));
  for (let n = 1; n <= words.length; n++) {
    const name = words
      .slice(0, n)
      .join(' ')
      .replace(/[:'’]+$/, '');
    const cand = candidates.get(name.toLowerCase());
    if (!cand || cand.merged || cand.person > 0 || cand.place * 2 >= cand.mentions || isNotACompany(name) || !usable(name)) continue;
    // Named again in the text, and heading a model's name there ("des Hyundai Santa Fe", merged into it).
    if (cand.mentions < 2 || !cand.makes) continue;
    const slug = squash(name);
    if (slug.length < 3) continue;
    const filed = folders.some((f) => {
      const parts = f.split(/[-_]+/);
      // The folder is the maker ("/hyundai/"), or the slug opens with its words ("seat-mo-125-…").
      return squash(f) === slug || parts.some((_, k) => k > 0 && squash(parts.slice(0, k).join('')) === slug && k < parts.length);
    });
    if (filed) return cand.name;
  }
  return undefined;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
