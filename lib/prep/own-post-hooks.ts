import { learningKinds, learningNames } from './own-posts';
import type { Signals } from './signals';
import type { Hook } from './types';

/** At most this many of their posts among the hooks: the sheet has other news to raise. */
const MAX_RECENT = 3;
const MAX_BACKGROUND = 2;

/**
 * The person's own LinkedIn posts as hooks (lib/prep/own-posts.ts): the sentence that says the
 * most, quoted, with the post's opening below it, its date and the post's link. Recent posts
 * (about six months before the meeting) are worth raising; older ones are background. A date
 * read from the post's age on the page, not its address, is approximate and the source says so.
 */
export function ownPostHooks(s: Signals): { recent: Hook[]; background: Hook[] } {
  const hook = (p: Signals['ownPosts'][number]): Hook => ({
    kind: 'own-post',
    text: `${s.firstName ?? 'They'} posted: “${p.sentence}”`,
    evidence: p.opening !== p.sentence ? p.opening : undefined,
    source: p.approx ? 'their LinkedIn post, dated approximately' : 'their LinkedIn post',
    url: p.url,
    date: p.date,
    recent: p.recent,
    basis: [`clip:${p.clipId}`],
  });
  const best = (a: Signals['ownPosts'][number], b: Signals['ownPosts'][number]) =>
    b.weight - a.weight || (b.date ?? '').localeCompare(a.date ?? '');
  // Certifications and courses are one hook, named by their tools and schools, not a post each.
  const posts = s.ownPosts.filter((p) => p.topic !== 'learning');
  const learning = s.ownPosts.filter((p) => p.topic === 'learning');
  const names = learningNames(learning).slice(0, 4);
  const latest = learning[0];
  const learned: Hook[] =
    names.length && latest
      ? [
          {
            kind: 'own-post',
            text: `${s.firstName ?? 'They'} posted about ${learningKinds(learning)}: ${names.join(', ')}`,
            evidence: latest.opening,
            source: latest.approx ? 'their LinkedIn posts, dated approximately' : 'their LinkedIn posts',
            url: latest.url,
            date: latest.date,
            recent: learning.some((p) => p.recent),
            basis: [...new Set(learning.map((p) => `clip:${p.clipId}`))],
          },
        ]
      : [];
  return {
    recent: [
      ...posts
        .filter((p) => p.recent)
        .sort(best)
        .slice(0, MAX_RECENT)
        .map(hook),
      ...learned.filter((h) => h.recent),
    ],
    background: [
      ...posts
        .filter((p) => !p.recent)
        .sort(best)
        .slice(0, MAX_BACKGROUND)
        .map(hook),
      ...learned.filter((h) => !h.recent),
    ],
  };
}
