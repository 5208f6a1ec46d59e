import { UnattachedClips } from '@/components/UnattachedClips';
import { db } from '@/lib/db/database';
import { attachClip } from '@/lib/db/edits';
import { useRun } from '@/lib/ui/actions';
import { companiesByName, unattachedClips } from '@/lib/ui/dossier-queries';
import { namesById } from '@/lib/ui/names-by-id';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function UnattachedScreen() {
  const run = useRun();
  const clips = useLiveQuery(() => unattachedClips(db()), []);
  const companies = useLiveQuery(() => companiesByName(db()), []);
  if (clips.error) return <p class="notice err">Your clips could not be read: {clips.error}</p>;
  if (!clips.value || !companies.value) return null;
  const names = namesById(companies.value);
  return (
    <UnattachedClips
      clips={clips.value}
      companies={companies.value}
      onAttach={(clipId, companyId) =>
        run(() => attachClip(db(), clipId, companyId), { success: `Attached to ${names.get(companyId) ?? 'the company'}.` })
      }
    />
  );
}
