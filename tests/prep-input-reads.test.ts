import { describe, expect, it } from 'vitest';
import { putClips } from '../lib/db/clip-store';
import { planInterview } from '../lib/db/interviews';
import { loadPrepInput, TEXTS_READ } from '../lib/db/prep-input';
import { readDossier } from '../lib/db/dossier-data';
import { newPerson } from '../lib/db/records';
import { prepInputFor } from '../lib/prep/from-dossier';
import { freshDb } from './helpers/factories';
import { clipRecord, companyRecord } from './helpers/records';

// loadPrepInput reads through indexes, its independent reads issued together (a warm opening of
// the side panel's prep sheet waited on them one after another): the same input as prepInputFor on
// the whole dossier, less what the engine never reads (the clips' search words).
describe('the prep input read from the database', () => {
  async function dossier() {
    const db = freshDb();
    await db.companies.bulkAdd([companyRecord('c', 'Wrenfold', { domains: ['wrenfold.io'] }), companyRecord('o', 'Other Co')]);
    await putClips(db, [
      // More pages than the sheet reads the text of: only the newest keep theirs.
      ...Array.from({ length: TEXTS_READ + 3 }, (_, i) =>
        clipRecord(`k${i}`, `https://wrenfold.io/p${i}`, {
          companyId: 'c',
          updatedAt: 10 + i,
          text: `Wrenfold page ${i}.`,
          words: ['wrenfold', `p${i}`],
        }),
      ),
      // The person's source, filed under another company: read by id, with its text.
      clipRecord('x', 'https://other.example/jane', { companyId: 'o', updatedAt: 999, text: 'Jane Roe joined Wrenfold.', words: ['jane'] }),
    ]);
    await db.people.bulkAdd([
      newPerson({ id: 'p', name: 'Jane Roe', currentTitle: 'CEO', currentCompanyId: 'c', sourceClipIds: ['x'] }, 1),
      newPerson({ id: 'q', name: 'Ben Ode', connection: { company: 'Wrenfold', importedAt: 1 }, status: undefined }, 1),
    ]);
    const interview = await planInterview(db, { personId: 'p', when: 10_000, timeZone: 'UTC', durationMinutes: 30 }, 2);
    return { db, interview };
  }

  it('is what prepInputFor makes of the whole dossier, without search words', async () => {
    const { db, interview } = await dossier();
    const input = await loadPrepInput(db, { interviewId: interview.id }, 5);
    expect(input.clips.some((c) => 'words' in c)).toBe(false);
    expect(input.clips.find((c) => c.id === 'x')?.text).toBe('Jane Roe joined Wrenfold.');
    // The newest TEXTS_READ pages carry their text, the older ones none.
    expect(input.clips.filter((c) => c.text).length).toBe(TEXTS_READ);
    expect(input.clips.find((c) => c.id === 'k0')?.text).toBeUndefined();
    expect(input.colleagues?.map((p) => p.id)).toEqual(['q']);

    const whole = await readDossier(db);
    const newest = new Set(
      whole.clips
        .filter((c) => c.kind !== 'person-profile')
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, TEXTS_READ)
        .map((c) => c.id),
    );
    const clips = whole.clips.map(({ words: _w, text, ...c }) => (newest.has(c.id) && text ? { ...c, text } : c));
    const expected = prepInputFor({ ...whole, clips, questions: [] }, { interviewId: interview.id }, 5);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(input.clips)).toEqual(byId(expected.clips));
    expect({ ...input, clips: [] }).toEqual({ ...expected, clips: [] });
  });

  it('takes the meeting the caller just read, and reads it when the caller holds another', async () => {
    const { db, interview } = await dossier();
    const read = await loadPrepInput(db, { interviewId: interview.id }, 5);
    expect(await loadPrepInput(db, { interviewId: interview.id }, 5, interview)).toEqual(read);
    // The meeting handed in is the one used (not read again): a goal only the caller's copy holds shows.
    const held = await loadPrepInput(db, { interviewId: interview.id }, 5, { ...interview, goal: 'held by the caller' });
    expect(held.interview?.goal).toBe('held by the caller');
    expect(await loadPrepInput(db, { interviewId: interview.id }, 5, { ...interview, id: 'another', goal: 'not this one' })).toEqual(read);
    expect(read.interview?.id).toBe(interview.id);
  });
});
