// A law firm's practice areas, which company pages list where a maker lists its products ("Trusts,
// Will, Medicaid Planning, Premises liability, …"; "SEC Whistleblowers, Age Discrimination, …").
// Read as products they gave "If you could change one thing about Trusts" (blind-14 shtark); read
// as what they are, the question is which kinds of matters the work is made of.

/** Words of the law a firm practises: its "products" are the matters it takes on. */
const PRACTICE =
  /\b(?:law|lawyers?|attorneys?|liability|planning|accidents?|injur\w*|litigation|trusts?|wills?|estates?|probate|divorce|custody|immigration|bankruptcy|malpractice|defen[cs]e|defending|claims?|compensation|disputes?|abuse|harms?|exploitation|victims?|rights|negligence|asylum|criminal|mediation|arbitration|whistleblow\w*|discrimination|harassment|retaliation)\b/i;

/** Most items of the list name a field of law. */
export function practiceAreas(value: string): boolean {
  const items = value.split(/,\s*/).filter(Boolean);
  return items.length >= 2 && items.filter((x) => PRACTICE.test(x)).length >= items.length / 2;
}

/** Words shared by many fields of law that name no kind of matter ("planning cases" says nothing). */
const BLAND =
  /^(?:act|law|laws|practice|planning|the|and|for|with|from|home|work|general|other|related|rights|victims?|attorneys?|lawyers?)$/i;

/**
 * The kinds of matters a long list of practice areas is mostly made of: the words that recur across
 * its items ("Whistleblower" in fourteen, "Discrimination" in eight), most frequent first, up to
 * three; undefined when the list is short or nothing recurs (then it names no emphasis).
 */
export function practiceKinds(value: string): string[] | undefined {
  const items = value.split(/,\s*/).filter(Boolean);
  if (items.length < 6 || !practiceAreas(value)) return undefined;
  const count = new Map<string, { n: number; first: number; said: string }>();
  items.forEach((item, i) => {
    const words = new Set(item.split(/[^\p{L}-]+/u).filter((w) => w.length >= 4 && !BLAND.test(w)));
    for (const w of words) {
      const k = w.toLowerCase();
      const c = count.get(k) ?? { n: 0, first: i, said: /^\p{Lu}{2,}$/u.test(w) ? w : k };
      c.n++;
      count.set(k, c);
    }
  });
  const kinds = [...count.values()]
    .filter((c) => c.n >= 2 && PRACTICE.test(c.said))
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, 3)
    .map((c) => c.said);
  return kinds.length >= 2 ? kinds : undefined;
}
