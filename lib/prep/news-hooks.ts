import type { Signals } from './signals';
import type { Hook } from './types';

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** News no event reader knows, as hooks: what happened in a short clause, the story's own sentence below, with source and date. */
export function newsHooks(s: Signals): Hook[] {
  return s.news
    .filter((n) => !n.careful)
    .map((n) => ({
      kind: 'news',
      text: capitalise(n.text),
      evidence: n.lead,
      source: n.source,
      url: n.url,
      date: n.date,
      recent: n.recent,
      basis: [`clip:${n.clipId}`],
    }));
}
