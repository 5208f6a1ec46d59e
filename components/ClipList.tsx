import type { Clip } from '@/lib/schema/dossier';
import { calmCaps, formatDate, formatIsoDate, hostOf } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';
import { KindBadge } from './KindBadge';

/**
 * A company's clips, newest first: title, kind, date and a link back to the page. Hundreds of
 * clips come in pieces: the newest first, the rest when asked for (`onShowAll`).
 */
export function ClipList({ clips, total, onShowAll }: { clips: Clip[]; total: number; onShowAll(): void }) {
  if (!clips.length) return <p class="muted">No clips yet.</p>;
  return (
    <>
      <ul class="plain list" aria-label="Clips">
        {clips.map((clip) => (
          <li key={clip.id} class="clip" data-clip-id={clip.id}>
            <ExternalLink href={clip.url} class="clip-title clamp-2">
              {calmCaps(clip.title)}
            </ExternalLink>
            <div class="row small muted">
              <KindBadge kind={clip.kind} />
              <span class="truncate">{clip.siteName ? calmCaps(clip.siteName) : hostOf(clip.url)}</span>
            </div>
            <p class="small muted">
              {clip.publishedAt
                ? `Published ${formatIsoDate(clip.publishedAt)} · clipped ${formatDate(clip.updatedAt)}`
                : `Clipped ${formatDate(clip.updatedAt)}`}
            </p>
          </li>
        ))}
      </ul>
      {clips.length < total && (
        <button type="button" class="btn small align-start" onClick={onShowAll}>
          Show all {total} clips
        </button>
      )}
    </>
  );
}
