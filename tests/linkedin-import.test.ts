import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { importLinkedIn, importLinkedInFiles } from '../lib/db/linkedin-import';
import { readLinkedInExport } from '../lib/linkedin/read-export';
import { exportDate } from '../lib/linkedin/dates';
import { parseCsv } from '../lib/linkedin/csv';
import { saveClip } from '../lib/db/save-clip';
import { addLogEntry } from '../lib/db/contact-log';
import { setStatus } from '../lib/db/interviews';
import { readDossier } from '../lib/db/dossier-data';
import { bigConnectionsCsv, exportZip, sampleFile, sampleZip } from './helpers/linkedin-export';
import { freshDb } from './helpers/factories';

const csv = (name: string, text: string) => ({ name, bytes: strToU8(text) });
const read = (files: Array<{ name: string; bytes: Uint8Array }>) => {
  const r = readLinkedInExport(files);
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

describe('reading the LinkedIn export', () => {
  it('reads the whole archive: connections after the notes, and the user’s own profile', () => {
    const x = read([{ name: 'Basic_LinkedInDataExport_11-29-2025.zip', bytes: sampleZip() }]);
    expect(x.files.sort()).toEqual(['Connections.csv', 'Education.csv', 'Positions.csv', 'Profile.csv']);
    expect(x.connections).toHaveLength(25);
    expect(x.connections![0]).toEqual({
      name: 'Maren Okafor-Lindqvist',
      profileUrl: 'https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/',
      company: 'Brightwater Logistics',
      position: 'Head of Data Platform',
      since: '2021-02-03',
    });
    // Empty emails, companies and positions are absent, not empty strings.
    expect(x.connections!.find((c) => c.name === 'Tomasz Wójcik')).toEqual({
      name: 'Tomasz Wójcik',
      profileUrl: 'https://www.linkedin.com/in/tomaszwojcik88/',
      email: 'tomasz.wojcik@brightwater-logistics.co.uk',
      since: '2024-11-12',
    });
    expect(x.connections!.find((c) => c.name === 'Elena Popescu')?.company).toBe('Cobaltine Health, Inc.');
    expect(x.self).toEqual({
      name: 'Priya Raman',
      headline: 'Data Analyst at Harrowgate Retail | SQL, Python, dashboards that people read',
      location: 'Leeds, England, United Kingdom',
      industry: 'Retail',
      employers: ['Harrowgate Retail', 'Quayline Freight Systems', 'Northgate Civic Trust'],
      schools: ['Kestrel Hill University', 'Leeds City College'],
    });
    expect(x.skippedRows).toBe(0);
  });

  it('reads single CSV files by their columns, whatever the browser named the download', () => {
    const x = read([csv('Connections (1).csv', sampleFile('Connections.csv')), csv('export', sampleFile('Education.csv'))]);
    expect(x.connections).toHaveLength(25);
    expect(x.self?.schools).toEqual(['Kestrel Hill University', 'Leeds City College']);
    expect(x.self?.employers).toEqual([]);
  });

  it('reads an older export without the URL column, and counts rows it cannot date', () => {
    const x = read([
      csv(
        'Connections.csv',
        'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
          'Ada,Moreau,,"Acme, Inc.",CTO,someday\n' +
          ',,,,,\n' +
          ',,x@y.z,Co,,1 Jan 2020\n',
      ),
    ]);
    expect(x.connections).toEqual([{ name: 'Ada Moreau', company: 'Acme, Inc.', position: 'CTO' }]);
    expect(x.undatedRows).toBe(1);
    expect(x.skippedRows).toBe(1);
  });

  it.each([
    [
      'an unclosed quote',
      csv('Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,"Moreau,,,,,\n'),
      /Connections\.csv is damaged: a quoted field opened on line 2 never closes/,
    ],
    [
      'a row of the wrong width',
      csv('Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Moreau,,,Acme,CTO\n'),
      /line 2 has 6 fields where its header has 7/,
    ],
    ['another CSV', csv('Connections.csv', 'Date,Amount\n2024-01-01,3\n'), /does not have the columns of LinkedIn's Connections\.csv/],
    ['an unknown CSV', csv('bank.csv', 'Date,Amount\n2024-01-01,3\n'), /not one of the LinkedIn export files/],
    [
      'a zip of other things',
      { name: 'photos.zip', bytes: exportZip({ 'holiday.txt': 'sun' }) },
      /does not look like a LinkedIn data export/,
    ],
    ['a damaged zip', { name: 'export.zip', bytes: sampleZip().slice(0, 300) }, /not a readable \.zip archive/],
    ['a PDF', { name: 'resume.pdf', bytes: strToU8('%PDF-1.7') }, /neither LinkedIn's \.zip archive nor one of its \.csv files/],
  ])('refuses %s with a clear message and changes nothing', async (_what, file, message) => {
    const db = freshDb();
    await importLinkedInFiles(db, [csv('Connections.csv', sampleFile('Connections.csv'))]);
    const before = await readDossier(db);
    const r = await importLinkedInFiles(db, [file, csv('Profile.csv', sampleFile('Profile.csv'))]);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(message);
    expect((r as { error: string }).error).toMatch(/Nothing was imported\.$/);
    expect(await readDossier(db)).toEqual(before);
  });

  it('reads the dates LinkedIn writes', () => {
    expect(exportDate('12 Nov 2024')).toBe('2024-11-12');
    expect(exportDate('03 Feb 2021')).toBe('2021-02-03');
    expect(exportDate('Nov 12, 2024')).toBe('2024-11-12');
    expect(exportDate('Mar 2021')).toBe('2021-03');
    expect(exportDate('2019')).toBe('2019');
    expect(exportDate('11/12/24')).toBe('2024-11-12');
    expect(exportDate('31 Feb 2024')).toBeUndefined();
    expect(exportDate('soon')).toBeUndefined();
  });

  it('parses RFC 4180: quotes, escaped quotes, newlines inside quotes, CRLF, a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b ""c""","d\r\ne"\r\n,\r\n').map((r) => r.cells)).toEqual([
      ['a', 'b "c"', 'd\r\ne'],
      ['', ''],
    ]);
    expect(parseCsv('x\n"y\nz",w\nv').map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe('importing connections', () => {
  it('makes connections people with a "connection since" date, outside the pipeline, and fills the user’s profile', async () => {
    const db = freshDb();
    const r = await importLinkedInFiles(db, [{ name: 'export.zip', bytes: sampleZip() }], Date.UTC(2025, 10, 29));
    if (!r.ok) throw new Error(r.error);
    expect(r.result).toEqual({
      added: 25,
      updated: 0,
      unchanged: 0,
      selfFilled: ['name', 'headline', 'location', 'field', 'schools', 'employers'],
    });
    const maren = await db.people.where('profileUrl').equals('https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/').first();
    expect(maren?.connection).toEqual({
      since: '2021-02-03',
      company: 'Brightwater Logistics',
      position: 'Head of Data Platform',
      importedAt: Date.UTC(2025, 10, 29),
    });
    expect(maren?.status).toBeUndefined();
    expect(maren?.currentTitle).toBe('Head of Data Platform');
    expect(await db.people.where('status').anyOf(['to-contact', 'contacted']).count()).toBe(0);
    const self = await db.self.get('me');
    expect(self).toMatchObject({ name: 'Priya Raman', field: 'Retail', schools: ['Kestrel Hill University', 'Leeds City College'] });
  });

  it('re-importing updates and never duplicates; what the user wrote stays', async () => {
    const db = freshDb();
    const first = read([csv('Connections.csv', sampleFile('Connections.csv'))]);
    await importLinkedIn(db, first, 1_000);
    const dev = (await db.people.where('name').equals('Dev Anand').first())!;
    await setStatus(db, dev.id, 'contacted', 2_000);
    await addLogEntry(db, dev.id, { kind: 'note', text: 'Met at the Leeds data meetup' }, 2_000);
    await db.people.update(dev.id, { notes: 'Ask about the WMS migration' });
    // The same export again: nothing to write.
    expect(await importLinkedIn(db, first, 3_000)).toEqual({ added: 0, updated: 0, unchanged: 25, selfFilled: [] });
    // A newer export: Dev moved to Wrenfold, and one new connection.
    const newer = read([
      csv(
        'Connections.csv',
        sampleFile('Connections.csv').replace('Brightwater Logistics Ltd,Operations Analyst', 'Wrenfold,Operations Lead') +
          'Nell,Quist,https://www.linkedin.com/in/nell-quist,,Wrenfold,Designer,20 Nov 2025\r\n',
      ),
    ]);
    expect(await importLinkedIn(db, newer, 4_000)).toMatchObject({ added: 1, updated: 1, unchanged: 24 });
    expect(await db.people.count()).toBe(26);
    const after = (await db.people.get(dev.id))!;
    expect(after.connection).toMatchObject({ company: 'Wrenfold', position: 'Operations Lead', importedAt: 4_000 });
    expect(after).toMatchObject({ status: 'contacted', notes: 'Ask about the WMS migration' });
    expect(after.log?.map((e) => e.text)).toEqual(['Met at the Leeds data meetup']);
  });

  it('a person already clipped becomes a connection, keeping their profile and pipeline place', async () => {
    const db = freshDb();
    await saveClip(db, {
      kind: 'person-profile',
      url: 'https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/',
      title: 'Maren',
      extractor: 'test',
      sources: {},
      person: { name: 'Maren Okafor-Lindqvist', currentTitle: 'Head of Data Platform', currentCompany: 'Brightwater Logistics' },
    });
    await importLinkedIn(db, read([csv('Connections.csv', sampleFile('Connections.csv'))]));
    const marens = await db.people.where('name').equals('Maren Okafor-Lindqvist').toArray();
    expect(marens).toHaveLength(1);
    expect(marens[0]).toMatchObject({ status: 'to-contact', connection: { since: '2021-02-03' } });
    expect(marens[0]!.currentCompanyId).toBeDefined();
    // Clipping the profile again keeps the connection.
    await saveClip(db, {
      kind: 'person-profile',
      url: 'https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/',
      title: 'Maren',
      extractor: 'test',
      sources: {},
      person: { name: 'Maren Okafor-Lindqvist', currentTitle: 'Head of Data Platform', currentCompany: 'Brightwater Logistics' },
    });
    expect((await db.people.get(marens[0]!.id))?.connection?.since).toBe('2021-02-03');
  });

  it('the user’s own words win over the export’s', async () => {
    const db = freshDb();
    await db.self.put({
      id: 'me',
      name: 'Priya R.',
      schools: ['Kestrel Hill University'],
      employers: [],
      targetRole: 'Data engineer',
      updatedAt: 1,
    });
    const r = await importLinkedIn(db, read([{ name: 'x.zip', bytes: sampleZip() }]));
    expect(r.selfFilled).toEqual(['headline', 'location', 'field', 'schools', 'employers']);
    expect(await db.self.get('me')).toMatchObject({
      name: 'Priya R.',
      targetRole: 'Data engineer',
      schools: ['Kestrel Hill University', 'Leeds City College'],
      employers: ['Harrowgate Retail', 'Quayline Freight Systems', 'Northgate Civic Trust'],
    });
  });

  it('reads a 10,000-connection export; imports and re-imports without a duplicate (10,000 in Chromium: npm run bench)', async () => {
    const db = freshDb();
    const big = read([{ name: 'big.zip', bytes: exportZip({ 'Connections.csv': bigConnectionsCsv(10_000) }) }]);
    expect(big.connections).toHaveLength(10_000);
    expect(await importLinkedIn(db, big, 1)).toMatchObject({ added: 10_000 });
    expect(await db.people.count()).toBe(10_000);
    const moved = read([
      { name: 'big.zip', bytes: exportZip({ 'Connections.csv': bigConnectionsCsv(10_000, (i) => (i < 100 ? 'Wrenfold' : undefined)) }) },
    ]);
    const again = await importLinkedIn(db, moved, 2);
    expect(again.added).toBe(0);
    expect(again.updated).toBeGreaterThan(0);
    expect(again.updated).toBeLessThanOrEqual(100);
    expect(await db.people.count()).toBe(10_000);
  }, 120_000);
});
