import { describe, expect, it } from 'vitest';
import { companyMarkdown } from '../lib/export/company-markdown';
import type { Clip, Company } from '../lib/schema/dossier';
import { clipRecord, companyRecord } from './helpers/records';

const clip = (id: string, title: string, extra: Partial<Clip> = {}): Clip =>
  clipRecord(id, `https://quillmark.example/${id}`, { title, kind: 'company-page', ...extra });
const company = (facts: Company['facts']): Company => companyRecord('c', 'Quillmark', { facts });
const fact = (value: string, sourceClipId: string) => [{ value, sourceClipId, at: 0 }];

describe('the company Markdown as a reader reads it', () => {
  it('names a single source once, above the facts, not after each of them', () => {
    const page = clip('services', 'Mobile app development services with deep expertise | Quillmark');
    const out = companyMarkdown(
      company({ headquarters: fact('San Francisco, CA', 'services'), founded: fact('2010', 'services') }),
      [],
      [page],
    );
    expect(out).toContain(
      'Every fact below comes from [Mobile app development services with deep expertise \\| Quillmark](<https://quillmark.example/services>).\n\n- **Headquarters:** San Francisco, CA\n- **Founded:** 2010\n',
    );
  });

  it('cites each fact when the sources differ', () => {
    const out = companyMarkdown(
      company({ headquarters: fact('Leeds', 'a'), founded: fact('2010', 'b') }),
      [],
      [clip('a', 'About'), clip('b', 'History')],
    );
    expect(out).not.toContain('Every fact below');
    expect(out).toContain('- **Founded:** 2010 — [History](<https://quillmark.example/b>)');
  });

  it('says "(none yet)" under Facts for a company known only from a story, and dates clips as people read them', () => {
    const out = companyMarkdown(company({}), [], [clip('s', 'Sector update', { kind: 'article', publishedAt: '2025-11-14' })]);
    expect(out).toContain('## Facts\n\n- (none yet)\n');
    expect(out).toContain('- [Sector update](<https://quillmark.example/s>) (14 November 2025)');
  });
});
