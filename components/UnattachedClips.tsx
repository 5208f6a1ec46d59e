import { useState } from 'preact/hooks';
import type { Clip } from '@/lib/schema/dossier';
import { formatDate, hostOf } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';
import { KindBadge } from './KindBadge';

/**
 * Clips that belong to no company (an article about a company the dossier did not know yet),
 * each with a way to attach it to one.
 */
export function UnattachedClips({
  clips,
  companies,
  onAttach,
}: {
  clips: Clip[];
  companies: Array<{ id: string; name: string }>;
  onAttach(clipId: string, companyId: string): void;
}) {
  return (
    <section class="card stack" aria-labelledby="unattached-h">
      <h1 id="unattached-h">Clips with no company</h1>
      {clips.length === 0 ? (
        <p class="muted">Every clip belongs to a company.</p>
      ) : (
        <>
          <p class="small muted">
            These pages named no company Rapport knew. Attach each to the company it is about, so it shows in that dossier and its prep
            sheets.
          </p>
          <ul class="plain list" aria-label="Clips with no company">
            {clips.map((clip) => (
              <UnattachedClip key={clip.id} clip={clip} companies={companies} onAttach={onAttach} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UnattachedClip({
  clip,
  companies,
  onAttach,
}: {
  clip: Clip;
  companies: Array<{ id: string; name: string }>;
  onAttach(clipId: string, companyId: string): void;
}) {
  const [choice, setChoice] = useState('');
  return (
    <li class="clip stack tight" data-clip-id={clip.id}>
      <ExternalLink href={clip.url} class="clip-title clamp-2">
        {clip.title}
      </ExternalLink>
      <div class="row small muted">
        <KindBadge kind={clip.kind} />
        <span class="truncate">{clip.siteName ?? hostOf(clip.url)}</span>
        <span>· clipped {formatDate(clip.updatedAt)}</span>
      </div>
      {companies.length > 0 ? (
        <div class="row">
          <select
            aria-label={`Company for ${clip.title}`}
            value={choice}
            onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
          >
            <option value="">Choose a company…</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="button" class="btn small" disabled={!choice} onClick={() => onAttach(clip.id, choice)}>
            Attach
          </button>
        </div>
      ) : (
        <p class="small muted">Clip a page of the company it is about first; then attach it here.</p>
      )}
    </li>
  );
}
