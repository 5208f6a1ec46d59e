import { useState } from 'preact/hooks';
import type { OpenRole } from '@/lib/prep/open-roles';
import { formatIsoDate } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';

/** How many roles show before "Show all": a careers page lists dozens (Vercel's, 53). */
export const ROLES_SHOWN = 8;

/**
 * A company's open roles, read from its job postings and careers pages; the user's target marked.
 * A long careers page shows its first few and every role matching the target, the rest on
 * asking: 53 rows pushed the notes and clips four screens down the side panel.
 */
export function OpenRoleList({ roles }: { roles: OpenRole[] }) {
  const [all, setAll] = useState(false);
  if (!roles.length)
    return <p class="muted small">No open roles yet. Clip the company's careers page or a job posting to see them here.</p>;
  const shown = all ? roles : roles.filter((r, i) => i < ROLES_SHOWN || r.matchesTarget);
  return (
    <>
      <ul class="plain list" aria-label="Open roles">
        {shown.map((r) => (
          <li key={`${r.sourceClipId}:${r.title}:${r.location ?? ''}`} class="role">
            <div class="row wrap tight">
              {r.url ? (
                <ExternalLink href={r.url} class="role__title">
                  {r.title}
                </ExternalLink>
              ) : (
                <strong>{r.title}</strong>
              )}
              {r.matchesTarget && <span class="chip must">Your target role</span>}
            </div>
            <div class="small muted">
              {[
                r.team,
                r.location,
                r.remote ? 'remote' : undefined,
                r.postedAt ? `posted ${formatIsoDate(r.postedAt)}` : undefined,
                r.source === 'posting' ? 'job posting' : 'careers page',
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </li>
        ))}
      </ul>
      {shown.length < roles.length && (
        <button type="button" class="btn small align-start" onClick={() => setAll(true)}>
          Show all {roles.length} open roles
        </button>
      )}
    </>
  );
}
