import { isRecent } from './dates';
import type { Signals } from './signals';
import { troubleWords } from './story-trouble';
import type { Hook } from './types';

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * News no event reader knows, as hooks: what happened in a short clause, the story's own sentence
 * below, with source and date. Then trouble a story tells in its own language (a strike, job cuts):
 * the news those inside lived, named in English and marked for care, its figure's sentence below;
 * and the critical reviews of a product, marked for care too.
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
  const told = new Set(s.news.map((n) => n.clipId));
  const trouble: Hook[] = s.storyCare.flatMap((c) =>
    // Reviews that found the product wanting are news too (what fell short, in the headline), raised with care.
    c.kind === 'criticism' && !told.has(c.clipId)
      ? [
          {
            kind: 'news',
            text: `Handle with care: critical reviews, “${c.text}”`,
            source: c.source,
            url: c.url,
            date: c.date,
            recent: isRecent(c.date, s.meetingAt),
            basis: [`clip:${c.clipId}`],
          },
        ]
      : c.kind === 'trouble' && c.trouble
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
