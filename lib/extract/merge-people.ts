import type { PersonMention } from '../schema/page-extraction';

/** The page's people, with what the structured data adds: a title the card lacks, people the cards miss. */
export function mergePeople(dom: PersonMention[], ld: PersonMention[]): PersonMention[] {
  const out = dom.map((p) => ({ ...p }));
  for (const l of ld) {
    const same = out.find((p) => p.name.toLowerCase() === l.name.toLowerCase());
    if (!same) out.push(l);
    else {
      same.title ??= l.title;
      same.profileUrl ??= l.profileUrl;
    }
  }
  return out.slice(0, 200);
}

/** "Daniel C. Goldie" and "Dan Goldie": the same surname and the same first letter. */
export function samePerson(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  return x[x.length - 1] === y[y.length - 1] && a[0] === b[0];
}
