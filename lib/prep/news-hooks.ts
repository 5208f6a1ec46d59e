import { isRecent } from './dates';
import type { Signals } from './signals';
import { troubleWords } from './story-trouble';
import type { Hook } from './types';

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * News no event reader knows, as hooks: what happened in a short clause, the story's own sentence
 * below, with source and date. Then trouble a story tells in its own language (a strike, job cuts):
 * the news those inside lived, named in English and marked for care, its figure's sentence below.
 */
export function newsHooks(s: Signals): Hook[] {
  const news: Hook[] = s.news
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
  const trouble: Hook[] = s.storyCare.flatMap((c) =>
    c.kind === 'trouble' && c.trouble
      ? [
          {
            kind: 'news',
            text: `Handle with care: ${troubleWords(c.trouble, s.companyName)}${c.language ? `, in a ${c.language} story` : ''}`,
            evidence: c.trouble.evidence,
            source: c.source,
            url: c.url,
            date: c.date,
            recent: isRecent(c.date, s.meetingAt),
            basis: [`clip:${c.clipId}`],
          },
        ]
      : [],
  );
  return [...news, ...trouble];
}
