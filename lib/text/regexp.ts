/** A text as a regular expression that matches it literally: a name with "." or "+" in it ("Acme Inc.", "Notepad++") matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
