/** The user's own words inside a sentence: "Robotics software engineer" → "robotics software engineer"; acronyms ("UX researcher") stay. */
export function inline(text: string): string {
  const t = text.trim();
  return (/^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t).replace(/[.!?…]+$/, '');
}
