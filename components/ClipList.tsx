import { useState } from 'preact/hooks';
import type { Clip } from '@/lib/schema/dossier';
import { formatDate, formatIsoDate, hostOf } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';
import { KindBadge } from './KindBadge';

/** Hundreds of clips render in pieces: the newest first, the rest on request. */
const FIRST = 30;

/** A company's clips, newest first: title, kind, date and a link back to the page. */
export function ClipList({ clips }: { clips: Clip[] }) {
  const [all, setAll] = useState(false);
  if (!clips.length) return <p class="muted">No clips yet.</p>;
  const shown = all ? clips : clips.slice(0, FIRST);
  return (
    <>
      <ul class="plain list" aria-label="Clips">
        {shown.map((clip) => (
          <li key={clip.id} class="clip" data-clip-id={clip.id}>
            <ExternalLink href={clip.url} class="clip-title clamp-2">
              {clip.title}
            </ExternalLink>
            <div class="row small muted">
              <KindBadge kind={clip.kind} />
              <span class="truncate">{clip.siteName ?? hostOf(clip.url)}</span>
            </div>
            <p class="small muted">
              {clip.publishedAt
                ? `Published ${formatIsoDate(clip.publishedAt)} · clipped ${formatDate(clip.updatedAt)}`
                : `Clipped ${formatDate(clip.updatedAt)}`}
            </p>
          </li>
        ))}
      </ul>
      {shown.length < clips.length && (
        <button type="button" class="btn small align-start" onClick={() => setAll(true)}>
          Show all {clips.length} clips
        </button>
      )}
    </>
  );
}
