import { Dexie, type EntityTable } from 'dexie';
import type { Clip, Company, Interview, Person, Question, SelfProfile } from '../schema/dossier';
import { wordsOfStoredClip } from './clip-words';

/**
 * The dossier, in IndexedDB in the extension's own origin. `stores()` lists indexes only; the
 * records' shapes are the Zod schemas in lib/schema. A version that changes stored data carries
 * its `upgrade()` and a test in tests/db-upgrades.test.ts that opens the older database.
 */
/** The first schema, kept verbatim: Dexie needs every version to upgrade old databases. */
export const V1 = {
  companies: 'id, name, nameKey, *domains, linkedinUrl, updatedAt',
  people: 'id, name, currentCompanyId, profileUrl, status, referredBy, updatedAt',
  clips: 'id, &urlKey, companyId, personId, capturedAt, kind',
  interviews: 'id, personId, companyId, when, status',
  questions: 'id, interviewId, [interviewId+order]',
  self: 'id',
};

export class RapportDb extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  people!: EntityTable<Person, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  self!: EntityTable<SelfProfile, 'id'>;

  constructor(name = 'rapport') {
    super(name);
    this.version(1).stores(V1);
    // v2: clips carry search words (multiEntry index); existing clips get theirs computed.
    this.version(2)
      .stores({ ...V1, clips: 'id, &urlKey, companyId, personId, capturedAt, kind, *words' })
      .upgrade((tx) =>
        tx
          .table<Clip, string>('clips')
          .toCollection()
          .modify((clip) => {
            clip.words = wordsOfStoredClip(clip);
          }),
      );
  }
}

let shared: RapportDb | undefined;

/** The one database of this extension context. */
export function db(): RapportDb {
  return (shared ??= new RapportDb());
}
