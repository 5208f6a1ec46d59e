import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Clip, Company, Interview, Person, Question, SelfProfile } from '../schema/dossier';
import { wordsOfStoredClip } from './clip-words';
import { companyWords, interviewWords, personWords, questionWords } from './record-words';
import { postings, type Term } from './terms';
import { repairDossier } from './repair';
import { personOrgKeys } from '../warm/org-keys';
import { rolesOf } from './roles-of';
import { companyNameKey } from './names';

/**
 * The dossier, in IndexedDB in the extension's own origin. `stores()` lists indexes only; the
 * records' shapes are the Zod schemas in lib/schema. A version that changes stored data carries
 * its `upgrade()` and a test in tests/trust-data.test.ts that opens the older database.
 */

/**
 * The first schema, kept verbatim. Dexie 4 needs only the versions that carry an upgrade (and the
 * latest); each one here has an upgrade, and later versions are written as changes to it.
 */
export const V1 = {
  companies: 'id, name, nameKey, *domains, linkedinUrl, updatedAt',
  people: 'id, name, currentCompanyId, profileUrl, status, referredBy, updatedAt',
  clips: 'id, &urlKey, companyId, personId, capturedAt, kind',
  interviews: 'id, personId, companyId, when, status',
  questions: 'id, interviewId, [interviewId+order]',
  self: 'id',
};
export const V2 = { ...V1, clips: 'id, &urlKey, companyId, personId, capturedAt, kind, *words' };
export const V3 = {
  ...V2,
  // Clip words move from a multiEntry index (a million entries at 20,000 clips) to `terms`.
  clips: 'id, &urlKey, companyId, personId, updatedAt',
  companies: 'id, name, nameKey, *domains, linkedinUrl, updatedAt, *words',
  people: 'id, name, currentCompanyId, profileUrl, status, referredBy, updatedAt, *words',
  clipTexts: 'id',
  terms: 'term',
};

/**
 * v4: a company's clips are read newest first through one compound index (its first part serves
 * `where('companyId')`): the company view reads the newest few of hundreds, not all of them.
 * Meetings and questions get search words of their notes.
 */
export const V4 = {
  ...V3,
  clips: 'id, &urlKey, [companyId+updatedAt], personId, updatedAt',
  // Meeting notes and answer notes are searched through their words, not by reading every row.
  interviews: 'id, personId, companyId, when, status, *words',
  questions: 'id, interviewId, [interviewId+order], *words',
};

/** v5 changes no index: it repairs what older versions stored (lib/db/repair.ts). */
export const V5 = V4;

/**
 * v6 (v5 belongs to another branch; Dexie accepts the gap): connections are found by where they
 * work (`*orgs`, derived from the LinkedIn export and their profile) and clips listing open roles
 * by company (`rolesOf`, set only on such clips, so the index holds only them). Only the tables
 * v6 changes are named: Dexie keeps the others as earlier versions declared them.
 */
export const V6 = {
  people: 'id, name, currentCompanyId, profileUrl, status, referredBy, updatedAt, *words, *orgs',
  clips: 'id, &urlKey, [companyId+updatedAt], personId, updatedAt, rolesOf',
};

/**
 * A clip as the `clips` table stores it (since v3): its body — text and search words — lives in
 * `clipTexts`, so lists of clips stay light.
 */
export type StoredClip = Omit<Clip, 'text' | 'words'>;

/** A clip's body: its readable text and search words, kept apart so lists of clips stay light. */
export interface ClipText {
  id: string;
  text?: string;
  words?: string[];
}

/**
 * Companies and connections' organisations filed under a key an older `companyNameKey` gave them,
 * keyed again (the upgrades of v8 and v9). Only the records whose key changes are rewritten.
 */
async function rekeyNames(tx: Transaction): Promise<void> {
  await tx
    .table<Company, string>('companies')
    .filter((c) => c.nameKey !== companyNameKey(c.name))
    .modify((c) => void (c.nameKey = companyNameKey(c.name)));
  await tx
    .table<Person, string>('people')
    .filter((p) => !!p.connection && (p.orgs ?? []).join('\n') !== personOrgKeys(p).join('\n'))
    .modify((p) => {
      const orgs = personOrgKeys(p);
      if (orgs.length) p.orgs = orgs;
      else delete p.orgs;
    });
}

export class RapportDb extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  people!: EntityTable<Person, 'id'>;
  clips!: EntityTable<StoredClip, 'id'>;
  clipTexts!: EntityTable<ClipText, 'id'>;
  terms!: EntityTable<Term, 'term'>;
  interviews!: EntityTable<Interview, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  self!: EntityTable<SelfProfile, 'id'>;

  constructor(name = 'rapport') {
    super(name);
    this.version(1).stores(V1);
    // v2: clips carry search words; existing clips get theirs computed.
    this.version(2)
      .stores(V2)
      .upgrade((tx) =>
        tx
          .table<Clip, string>('clips')
          .toCollection()
          .modify((clip) => {
            clip.words = wordsOfStoredClip(clip);
          }),
      );
    // v3: clip texts move to their own table (a company's clip list stays light), clip words
    // to the `terms` index; companies and people get search words too.
    this.version(3)
      .stores(V3)
      .upgrade(async (tx) => {
        const texts = tx.table<ClipText, string>('clipTexts');
        const clips = tx.table<Clip, string>('clips');
        await tx.table<Term, string>('terms').bulkPut(postings(await clips.toArray()));
        await clips.toCollection().modify((clip) => {
          void texts.put({ id: clip.id, ...(clip.text ? { text: clip.text } : {}), ...(clip.words ? { words: clip.words } : {}) });
          delete clip.text;
          delete clip.words;
        });
        await tx
          .table<Company, string>('companies')
          .toCollection()
          .modify((c) => void (c.words = companyWords(c)));
        await tx
          .table<Person, string>('people')
          .toCollection()
          .modify((p) => void (p.words = personWords(p)));
      });
    this.version(4)
      .stores(V4)
      .upgrade(async (tx) => {
        await tx
          .table<Interview, string>('interviews')
          .toCollection()
          .modify((i) => void (i.words = interviewWords(i)));
        await tx
          .table<Question, string>('questions')
          .toCollection()
          .modify((q) => void (q.words = questionWords(q)));
      });
    // v5: facts get the strength of their source; references an older merge left dangling go;
    // derived values that outgrew their limits are derived again (issue 12).
    this.version(5).stores(V5).upgrade(repairDossier);
    this.version(6)
      .stores(V6)
      .upgrade(async (tx) => {
        // Only the records concerned are rewritten (a rewrite runs the hooks, which derive more).
        await tx
          .table<Clip, string>('clips')
          .filter((c) => rolesOf(c) !== undefined)
          .modify((c) => {
            const of = rolesOf(c);
            if (of) c.rolesOf = of;
          });
        await tx
          .table<Person, string>('people')
          .filter((p) => !!p.connection)
          .modify((p) => {
            const orgs = personOrgKeys(p);
            if (orgs.length) p.orgs = orgs;
          });
      });
    // v7: people are found by the employers and schools of their career too (no index change:
    // it keeps v6's indexes, which a plain V4 here would drop).
    this.version(7)
      .stores({ ...V4, ...V6 })
      .upgrade(async (tx) => {
        await tx
          .table<Person, string>('people')
          .toCollection()
          .modify((p) => void (p.words = personWords(p)));
      });
    // v8: name keys know the legal forms written before or after a name ("株式会社イルグルム" is
    // "イルグルム", "Grupa Lotos" is "Lotos"): companies and connections' organisations filed under
    // an older key are keyed again. Only the records whose key changes are rewritten.
    this.version(8)
      .stores({ ...V4, ...V6 })
      .upgrade(rekeyNames);
    // v9: name keys know the legal forms of more countries ("Vebrent BVBA" is "Vebrent", "Acme Pte.
    // Ltd.", "Tech UG (haftungsbeschränkt)", "Novo A/S", "Firma Sp. z o.o."): records filed under an
    // older key are keyed again, as in v8, and only those.
    this.version(9)
      .stores({ ...V4, ...V6 })
      .upgrade(rekeyNames);
    // Words of companies and people follow every write, wherever it comes from.
    this.companies.hook('creating', (_k, obj) => void (obj.words = companyWords(obj)));
    this.companies.hook('updating', (mods, _k, obj) => ({ words: companyWords({ ...obj, ...(mods as Partial<Company>) }) }));
    this.people.hook('creating', (_k, obj) => {
      obj.words = personWords(obj);
      const orgs = personOrgKeys(obj);
      if (orgs.length) obj.orgs = orgs;
      else delete obj.orgs;
    });
    this.people.hook('updating', (mods, _k, obj) => {
      const next = { ...obj, ...(mods as Partial<Person>) };
      const orgs = personOrgKeys(next);
      return { words: personWords(next), orgs: orgs.length ? orgs : undefined };
    });
    // A clip that lists open roles is found by its company's id in `rolesOf`.
    this.clips.hook('creating', (_k, obj) => {
      const of = rolesOf(obj);
      if (of) obj.rolesOf = of;
      else delete obj.rolesOf;
    });
    this.clips.hook('updating', (mods, _k, obj) => ({ rolesOf: rolesOf({ ...obj, ...(mods as Partial<Clip>) }) }));
    this.interviews.hook('creating', (_k, obj) => void (obj.words = interviewWords(obj)));
    this.interviews.hook('updating', (mods, _k, obj) => ({ words: interviewWords({ ...obj, ...(mods as Partial<Interview>) }) }));
    this.questions.hook('creating', (_k, obj) => void (obj.words = questionWords(obj)));
    this.questions.hook('updating', (mods, _k, obj) => ({ words: questionWords({ ...obj, ...(mods as Partial<Question>) }) }));
  }
}

let shared: RapportDb | undefined;

/** The one database of this extension context. */
export function db(): RapportDb {
  return (shared ??= new RapportDb());
}
