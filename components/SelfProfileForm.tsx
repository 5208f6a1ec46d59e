import { useState } from 'preact/hooks';
import type { SelfProfile, SelfProfileInput } from '@/lib/schema/dossier';

const lines = (s: string) =>
  s
    .split(/\n|;/)
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, 50);

/**
 * The user's own background: used for common ground and the 30-second introduction. Nothing
 * leaves the browser. Whether the save worked shows in the page's notice area.
 */
export function SelfProfileForm({ profile, onSave }: { profile?: SelfProfile; onSave(p: SelfProfileInput): void }) {
  const [name, setName] = useState(profile?.name ?? '');
  const [schools, setSchools] = useState((profile?.schools ?? []).join('\n'));
  const [employers, setEmployers] = useState((profile?.employers ?? []).join('\n'));
  const [field, setField] = useState(profile?.field ?? '');
  const [targetRole, setTargetRole] = useState(profile?.targetRole ?? '');
  const [exploring, setExploring] = useState(profile?.exploring ?? '');
  const [location, setLocation] = useState(profile?.location ?? '');
  const v = (set: (s: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return (
    <form
      class="stack"
      aria-labelledby="self-h"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          name: name.trim() || undefined,
          schools: lines(schools),
          employers: lines(employers),
          field: field.trim() || undefined,
          targetRole: targetRole.trim() || undefined,
          exploring: exploring.trim() || undefined,
          location: location.trim() || undefined,
        });
      }}
    >
      <h2 id="self-h">About you</h2>
      <p class="small muted">Rapport uses this to find common ground with the people you meet and to draft your 30-second introduction.</p>
      <label class="field">
        Your name
        <input type="text" maxLength={300} value={name} onInput={v(setName)} autocomplete="name" />
      </label>
      <label class="field">
        Schools (one per line)
        <textarea rows={2} value={schools} onInput={v(setSchools)} />
      </label>
      <label class="field">
        Past employers (one per line, most recent first)
        <textarea rows={2} value={employers} onInput={v(setEmployers)} />
      </label>
      <label class="field">
        Your field
        <input type="text" maxLength={300} value={field} placeholder="Biology teaching" onInput={v(setField)} />
      </label>
      <label class="field">
        The role you are aiming for
        <input type="text" maxLength={300} value={targetRole} placeholder="UX researcher" onInput={v(setTargetRole)} />
      </label>
      <label class="field">
        What you are exploring, in a line
        <input
          type="text"
          maxLength={2000}
          value={exploring}
          placeholder="Moving from the classroom into UX research"
          onInput={v(setExploring)}
        />
      </label>
      <label class="field">
        Your city
        <input type="text" maxLength={300} value={location} onInput={v(setLocation)} />
      </label>
      <div class="row">
        <button type="submit" class="btn primary">
          Save my profile
        </button>
      </div>
    </form>
  );
}
