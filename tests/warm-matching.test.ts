import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { employerOf, knownAt } from '../lib/db/known-people';
import { planInterview } from '../lib/db/interviews';
import { loadPrepInput } from '../lib/db/prep-input';
import { newPerson } from '../lib/db/records';
import { commonGround } from '../lib/warm/common-ground';
import { companyOrgKeys, emailDomains, matchStrength, nameKeys, personOrgKeys } from '../lib/warm/org-keys';
import type { Company } from '../lib/schema/dossier';
import { companyNameKey } from '../lib/db/names';
import { freshDb } from './helpers/factories';
import { strToU8 } from 'fflate';
import { importLinkedIn } from '../lib/db/linkedin-import';
import { readLinkedInExport } from '../lib/linkedin/read-export';
import { sampleFile } from './helpers/linkedin-export';

interface Sample {
  companies: Array<Pick<Company, 'name' | 'domains' | 'linkedinUrl'> & { id: string }>;
  connections: Array<{ name: string; company?: string; email?: string; truth: string | null }>;
}
const sample = JSON.parse(readFileSync(join(__dirname, 'fixtures/linkedin/matching-sample.json'), 'utf8')) as Sample;

describe('who I know there: matching connections to companies', () => {
  it('folds names, reads email domains (never webmail) and LinkedIn company pages', () => {
    expect(nameKeys('Google LLC')).toEqual(['n:google', 'c:google']);
    expect(nameKeys('Motion Technologies, Inc.')).toEqual(['n:motion technologies', 'c:motion']);
    expect(emailDomains('dana@mail.motion.com')).toEqual(['mail.motion.com', 'motion.com']);
    expect(emailDomains('dana@gmail.com')).toEqual([]);
    expect(emailDomains('dana@mail.yahoo.co.uk')).toEqual([]);
    expect(emailDomains('not an email')).toEqual([]);
    expect(
      companyOrgKeys({ name: 'Motion', domains: ['usemotion.com'], linkedinUrl: 'https://www.linkedin.com/company/motion-hq/' }),
    ).toEqual(['n:motion', 'c:motion', 'u:motion-hq', 'n:motion hq', 'd:usemotion.com']);
    // Only connections carry keys: a person clipped from a team page is matched by their company link.
    expect(personOrgKeys({ experience: [] })).toEqual([]);
  });

  it('on a sample judged by hand: right, wrong and missed', async () => {
    let right = 0;
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const c of sample.connections) {
      const keys = personOrgKeys({ connection: { company: c.company, email: c.email, importedAt: 0 }, experience: [] });
      const found = sample.companies.filter((co) => matchStrength(companyOrgKeys(co), keys));
      if (c.truth && found.length === 1 && found[0]!.id === c.truth) right++;
      else if (found.some((co) => co.id !== c.truth)) wrong.push(`${c.company ?? c.email} → ${found.map((f) => f.name).join(', ')}`);
      else if (c.truth) missed.push(`${c.company ?? c.email} (${c.truth})`);
    }
    const truths = sample.connections.filter((c) => c.truth).length;
    const nones = sample.connections.length - truths;
    console.log(
      `matching sample: ${sample.connections.length} connections (${truths} at a dossier company, ${nones} at none): ` +
        `${right} right, ${wrong.length} wrong [${wrong.join('; ')}], ${missed.length} missed [${missed.join('; ')}]`,
    );
    // The figures reported in the issue note; a change to matching must move them knowingly.
    expect({ right, wrong: wrong.length, missed: missed.length }).toEqual({ right: 35, wrong: 2, missed: 3 });
  });

  it('on the sample export written before the matcher (tests/fixtures/linkedin/Connections.csv), judged by hand', async () => {
    const db = freshDb();
    const read = readLinkedInExport([{ name: 'Connections.csv', bytes: strToU8(sampleFile('Connections.csv')) }]);
    if (!read.ok) throw new Error(read.error);
    await importLinkedIn(db, read.data);
    const companies = [
      { name: 'Brightwater Logistics', domains: ['brightwater-logistics.co.uk'] },
      { name: 'Fernhill Robotics', domains: ['fernhill-robotics.com'] },
      { name: 'Cobaltine Health', domains: ['cobaltinehealth.com'], linkedinUrl: 'https://www.linkedin.com/company/cobaltine-health/' },
      { name: 'Wrenfold', domains: ['wrenfold.io'] },
      { name: 'Quarrybrook Therapeutics', domains: [] },
      { name: 'Kestrel Hill University', domains: [] },
    ];
    const found = Object.fromEntries(
      await Promise.all(companies.map(async (c) => [c.name, (await knownAt(db, c, undefined)).map((k) => k.name).sort()] as const)),
    );
    // Judged by hand from each row: Harrowgate Retail, Quayline, Brightwell Logistics and the
    // University of Wrexford are not dossier companies; everyone else below works where listed.
    expect(found).toEqual({
      'Brightwater Logistics': ['Dev Anand', 'Maren Okafor-Lindqvist', 'Tomasz Wójcik'],
      'Fernhill Robotics': ['Kwame Mensah', 'Lucía Ferrer Soto', 'Nadia Haddad'],
      'Cobaltine Health': ['Elena Popescu', 'Mei Tanaka'],
      Wrenfold: ['Hannah Oduya', 'Jonah Whitcombe', 'Sofia Lindgren'],
      'Quarrybrook Therapeutics': ['Amara Nwosu'],
      'Kestrel Hill University': ['Grace Adeyemi'],
    });
  });

  it('finds the connections at a company through the index, surest first, with common ground', async () => {
    const db = freshDb();
    const conn = (id: string, name: string, company: string | undefined, email?: string, education: Array<{ school: string }> = []) =>
      newPerson({ id, name, connection: { company, email, importedAt: 1, since: '2024-11-12' }, education, status: undefined }, 1);
    await db.people.bulkAdd([
      conn('a', 'Ana Souza', 'Wrenfold Technologies'),
      conn('b', 'Ben Ode', undefined, 'ben@wrenfold.io'),
      conn('c', 'Cleo Hart', 'Wrenfold', undefined, [{ school: 'Kestrel Hill University' }]),
      conn('d', 'Dan Roe', 'Brightwater Logistics'),
      newPerson({ id: 'e', name: 'Eve Team-Page', currentTitle: 'Designer' }, 1),
    ]);
    const self = { id: 'me' as const, schools: ['Kestrel Hill University'], employers: ['Wrenfold'], updatedAt: 1 };
    const known = await knownAt(db, { name: 'Wrenfold', domains: ['wrenfold.io'] }, self);
    expect(known.map((k) => [k.name, k.strength, k.commonGround])).toEqual([
      ['Cleo Hart', 'exact', ['Same school: Kestrel Hill University', 'Same employer: Wrenfold']],
      ['Ben Ode', 'exact', []],
      ['Ana Souza', 'likely', []],
    ]);
    expect((await knownAt(db, { name: 'Wrenfold', domains: [] }, self, 'c')).map((k) => k.name)).toEqual(['Ana Souza']);
  });

  it('reads every connection once, whichever of the company keys finds them (most in one request, the rest by id)', async () => {
    const db = freshDb();
    const conn = (id: string, name: string, company: string | undefined, email?: string) =>
      newPerson({ id, name, connection: { company, email, importedAt: 1, since: '2024-11-12' }, status: undefined }, 1);
    await db.people.bulkAdd([
      ...Array.from({ length: 6 }, (_, i) =>
        conn(`bw${i}`, `Brightwater Person ${i}`, 'Brightwater Logistics', i === 0 ? `p0@brightwater.io` : undefined),
      ),
      conn('short', 'Short Name', 'Brightwater'),
      conn('mail', 'Mail Only', undefined, 'mo@brightwater.io'),
      conn('other', 'Other Person', 'Wrenfold'),
      newPerson({ id: 'page', name: 'Not A Connection', currentTitle: 'Designer' }, 1),
    ]);
    const known = await knownAt(db, { name: 'Brightwater Logistics', domains: ['brightwater.io'] }, undefined);
    expect(known.map((k) => [k.id, k.strength])).toEqual([
      ['bw0', 'exact'],
      ['bw1', 'exact'],
      ['bw2', 'exact'],
      ['bw3', 'exact'],
      ['bw4', 'exact'],
      ['bw5', 'exact'],
      ['mail', 'exact'],
      ['short', 'likely'],
    ]);
  });

  it('a connection nobody attached works at the one dossier company their export surely names: the person page, the plan and the prep sheet use it', async () => {
    const db = freshDb();
    const company = (id: string, name: string, domains: string[] = []) =>
      ({ id, name, nameKey: companyNameKey(name), domains, facts: {}, tags: [], createdAt: 1, updatedAt: 1 }) satisfies Company;
    await db.companies.bulkAdd([
      company('fern', 'Fernhill Robotics', ['fernhill.io']),
      company('wren-a', 'Wrenfold'),
      company('wren-b', 'Wrenfold Ltd'),
      company('motion', 'Motion Technologies'),
    ]);
    const conn = (id: string, name: string, connection: { company?: string; email?: string }) =>
      newPerson({ id, name, connection: { ...connection, importedAt: 1, since: '2020-01-05' }, status: undefined }, 1);
    await db.people.bulkAdd([
      conn('kwame', 'Kwame Mensah', { company: 'Fernhill Robotics Ltd' }),
      conn('ben', 'Ben Ode', { email: 'ben@fernhill.io' }),
      conn('cleo', 'Cleo Hart', { company: 'Wrenfold' }),
      conn('ana', 'Ana Souza', { company: 'Motion' }),
      newPerson({ id: 'eve', name: 'Eve Team-Page', currentTitle: 'Designer', currentCompanyId: 'motion' }, 1),
    ]);
    const of = async (id: string) => employerOf(db, (await db.people.get(id))!);
    expect(await of('kwame')).toBe('fern');
    expect(await of('ben')).toBe('fern');
    // Two companies fold to one name: neither is sure.
    expect(await of('cleo')).toBeUndefined();
    // "Motion" is only the core of "Motion Technologies": a likely match is never an employer.
    expect(await of('ana')).toBeUndefined();
    // A person clipped at a company keeps it.
    expect(await of('eve')).toBe('motion');

    const input = await loadPrepInput(db, { personId: 'kwame' }, 2);
    expect(input.company?.name).toBe('Fernhill Robotics');
    const interview = await planInterview(db, { personId: 'kwame', when: 10_000, timeZone: 'UTC', durationMinutes: 30 }, 2);
    expect(interview.companyId).toBe('fern');
    expect((await db.people.get('kwame'))?.currentCompanyId).toBeUndefined();
  });

  it('common ground comes only from what both records say', () => {
    const self = {
      id: 'me' as const,
      schools: ['The University of Kestrel Hill'],
      employers: ['Quayline Freight Systems Ltd'],
      updatedAt: 1,
    };
    expect(
      commonGround(
        { education: [{ school: 'Kestrel Hill University' }], experience: [{ company: 'Quayline Freight Systems', title: 'Analyst' }] },
        self,
      ),
    ).toEqual([{ kind: 'employer', value: 'Quayline Freight Systems', source: 'profile' }]);
    expect(commonGround({ education: [], experience: [] }, undefined)).toEqual([]);
  });
});

describe('the popup asks the background whom the user knows', () => {
  it('by the dossier company when the page belongs to one, else by what the page names', async () => {
    const { knownRequest } = await import('../lib/ui/known-request');
    expect(knownRequest({ companyId: 'c1', personId: 'p1' }, undefined)).toEqual({ companyId: 'c1', exceptPersonId: 'p1' });
    expect(
      knownRequest(undefined, {
        extraction: { kind: 'company-page', url: 'https://careers.wrenfold.io/jobs', title: 'Jobs', extractor: 't', sources: {} },
        company: { name: 'Wrenfold' },
        extractMs: 1,
      }),
    ).toEqual({ name: 'Wrenfold', domains: ['careers.wrenfold.io'], linkedinUrl: undefined, exceptPersonId: undefined });
    expect(knownRequest(undefined, undefined)).toBeUndefined();
  });

  it("uses only the identities the page owns: a phishing page's claimed website and LinkedIn page are not asked about", async () => {
    const { knownRequest } = await import('../lib/ui/known-request');
    const preview = (url: string, kind: 'company-page' | 'company-profile') => ({
      extraction: {
        kind,
        url,
        title: 'Acme',
        extractor: 't',
        sources: {},
        company: { name: 'Acme', website: 'https://www.acme.example/', linkedinUrl: 'https://www.linkedin.com/company/acme/' },
      },
      company: { name: 'Acme' },
      extractMs: 1,
    });
    expect(knownRequest(undefined, preview('https://www.phish.example/', 'company-page'))).toEqual({
      name: 'Acme',
      domains: ['phish.example'],
      linkedinUrl: undefined,
      exceptPersonId: undefined,
    });
    // On LinkedIn itself, the company page's address is LinkedIn's word; its website is a claim.
    expect(knownRequest(undefined, preview('https://www.linkedin.com/company/acme/', 'company-profile'))).toEqual({
      name: 'Acme',
      domains: [],
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      exceptPersonId: undefined,
    });
  });

  it('the known handler reads a page host as its registrable suffixes and counts all, listing the first 50', async () => {
    const { createHandlers } = await import('../lib/background/handlers');
    const db = freshDb();
    await db.people.bulkAdd(
      Array.from({ length: 60 }, (_, i) =>
        newPerson({ id: `w${i}`, name: `Person ${i}`, status: undefined, connection: { email: `p${i}@wrenfold.io`, importedAt: 1 } }, 1),
      ),
    );
    const handlers = createHandlers(db, { getTab: async () => ({}), executeScript: async () => [] } as never);
    const r = await handlers.known({ name: 'Wrenfold', domains: ['careers.wrenfold.io'] }, {});
    expect(r.total).toBe(60);
    expect(r.people).toHaveLength(50);
    expect(r.companyName).toBe('Wrenfold');
    expect(await handlers.known({ name: 'Elsewhere', domains: [] }, {})).toMatchObject({ total: 0, people: [] });
  });
});
