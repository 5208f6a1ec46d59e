import type { OpenRole } from '@/lib/prep/open-roles';
import { formatIsoDate } from '@/lib/ui/format';
import { ExternalLink } from './ExternalLink';

/** A company's open roles, read from its job postings and careers pages; the user's target marked. */
export function OpenRoleList({ roles }: { roles: OpenRole[] }) {
  if (!roles.length)
    return <p class="muted small">No open roles yet. Clip the company's careers page or a job posting to see them here.</p>;
  return (
    <ul class="plain list" aria-label="Open roles">
      {roles.map((r) => (
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
  );
}
