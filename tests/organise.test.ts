import { describe, expect, it } from 'vitest';
import { BOM, contactsCsv, csvField } from '../lib/export/csv';
import { companyMarkdown } from '../lib/export/company-markdown';
import { pipeline } from '../lib/ui/pipeline';
import type { Interview, Person } from '../lib/schema/dossier';
import { companyRecord, personRecord } from './helpers/records';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);
const person = (id: string, over: Partial<Person> = {}): Person =>
  personRecord(id, `Person ${id}`, { status: 'to-contact', updatedAt: NOW, ...over });
const company = companyRecord('c1', 'Fernhill Robotics', { domains: ['fernhill.example'] });

describe('contacts as CSV', () => {
  it('writes RFC 4180 with a UTF-8 byte-order mark and CRLF lines', () => {
    const csv = contactsCsv(
      [
        person('a', {
          name: 'Zoë "Z" Ångström',
          currentTitle: 'Head of Data, Platform',
          currentCompanyId: 'c1',
          notes: 'line one\nline two',
          tags: ['robotics', 'warm'],
        }),
      ],
      new Map([['c1', company]]),
      [],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Name,Title,Company,Status,Location,Profile URL,Tags,Referred by,Next meeting,Notes');
    expect(lines[1]).toBe(
      '"Zoë ""Z"" Ångström","Head of Data, Platform",Fernhill Robotics,To contact,,,robotics; warm,,,"line one\nline two"',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises spreadsheet formulas written by strangers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1 555')).toBe("'+1 555");
  });
});

describe('the pipeline', () => {
  it('gives each person the next step and when it is due, overdue first', () => {
    const interviews: Interview[] = [
      { id: 'i1', personId: 'b', when: NOW + 2 * DAY, timeZone: 'UTC', durationMinutes: 30, status: 'planned', createdAt: 0, updatedAt: 0 },
      { id: 'i2', personId: 'c', when: NOW - 3 * DAY, timeZone: 'UTC', durationMinutes: 30, status: 'done', createdAt: 0, updatedAt: 0 },
    ];
    const cols = pipeline(
      [
        person('a', { status: 'contacted', statusAt: NOW - 10 * DAY }),
        person('b', { status: 'scheduled' }),
        person('c', { status: 'met' }),
        person('d'),
      ],
      new Map(),
      interviews,
      3,
      NOW,
    );
    expect(cols.contacted[0]).toMatchObject({ next: 'Follow up if there is no answer', overdue: true });
    expect(cols.scheduled[0]).toMatchObject({
      next: 'Prepare: read the prep sheet',
      due: NOW + 2 * DAY,
      interviewId: 'i1',
      overdue: false,
    });
    expect(cols.met[0]).toMatchObject({ next: 'Send your thank-you', overdue: true });
    expect(cols['to-contact'][0]!.due).toBeUndefined();
  });
});

describe('a company dossier as Markdown', () => {
  it('lists facts with their sources, people and clips, escaping page text', () => {
    const text = companyMarkdown(
      { ...company, facts: { headquarters: [{ value: 'Bristol [UK]', sourceClipId: 'k1', at: 1 }] } },
      [person('a', { name: 'Marta *Okonjo*', currentTitle: 'CEO' })],
      [
        {
          id: 'k1',
          url: 'https://fernhill.example/about',
          urlKey: 'x',
          title: 'About us',
          kind: 'company-page',
          capturedAt: 0,
          updatedAt: 0,
          extraction: { kind: 'company-page', url: 'https://fernhill.example/about', title: 'About us', extractor: 't', sources: {} },
        },
      ],
    );
    expect(text).toContain('# Fernhill Robotics');
    expect(text).toContain('- **Headquarters:** Bristol \\[UK\\] — [About us](<https://fernhill.example/about>)');
    expect(text).toContain('- Marta \\*Okonjo\\*, CEO');
  });
});
