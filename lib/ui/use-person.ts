import type { RapportDb } from '../db/database';
import { loadPrepInput } from '../db/prep-input';
import { outreachDrafts } from '../outreach/drafts';
import { commonGround, commonGroundText } from '../warm/common-ground';
import { awaitingReply } from '../warm/follow-up';
import { useLiveQuery } from './use-live-query';

/** Everything the person page shows, live: the person, their company, meetings, referrals, drafts. */
export function usePerson(db: RapportDb, id: string) {
  return useLiveQuery(async () => {
    const person = await db.people.get(id);
    if (!person) return null;
    const now = Date.now();
    const [input, interviews, referrer, referrals, sourceClips] = await Promise.all([
      loadPrepInput(db, { personId: id }, now),
      db.interviews.where('personId').equals(id).sortBy('when'),
      person.referredBy ? db.people.get(person.referredBy) : undefined,
      db.people.where('referredBy').equals(id).toArray(),
      db.clips.bulkGet(person.sourceClipIds ?? []),
    ]);
    const waiting = awaitingReply(person, now);
    const drafts = outreachDrafts({ person, company: input.company, self: input.self, referrer, clips: input.clips, now }, waiting);
    return {
      person,
      company: input.company,
      interviews,
      referrer,
      referrals,
      drafts,
      waiting,
      commonGround: commonGround(person, input.self).map(commonGroundText),
      sources: sourceClips.flatMap((c) => (c ? [{ id: c.id, url: c.url, title: c.title, siteName: c.siteName }] : [])),
    };
  }, [id]);
}
