/**
 * A text that holds literal markup: blog software that escapes a post's opening HTML into its
 * meta description ("See <a href=…> this posting</a> by …" on blogs.oracle.com). What a reader
 * sees is the text between the tags, so the tags go and the words stay. Only real tags (a name
 * after "<", or "</name>"): "3 < 5" and "<3" are text.
 */
export function withoutMarkup(text: string): string;
export function withoutMarkup(text: string | undefined): string | undefined;
export function withoutMarkup(text: string | undefined): string | undefined {
  if (!text || !TAG.test(text)) return text;
  return text
    .replace(TAGS, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const TAGS = new RegExp(TAG.source, 'gi');
