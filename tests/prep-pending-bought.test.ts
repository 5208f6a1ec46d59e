import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { bought } from '../lib/prep/pending';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2025, 10, 17);
const clip = clips({ idPrefix: 'rd', publishedAt: '2025-11-03', siteName: 'SecurityWeek' });
const ROUNDUP = [
  'Identity firm Imprivata has bought Verosint. Imprivata said the acquisition will add risk intelligence.',
  'Private equity firm Francisco Partners has entered into a definitive agreement to acquire Apple device management and security firm Jamf in a $2.2 billion deal. The transaction is expected to close in the first quarter of 2026, when Jamf will become a privately held company.',
  'JumpCloud acquires Breez.',
].join('\n\n');

describe('a pending deal that buys the company: a hook, and a careful question about customers', () => {
  it('reads who is bought and by whom, and that it goes private; never "private equity" as going private', () => {
    const s =
      'Private equity firm Francisco Partners has entered into a definitive agreement to acquire Apple device management and security firm Jamf in a $2.2 billion deal.';
    expect(bought(s, ['Jamf'])).toEqual({ acquiredBy: 'Francisco Partners', goesPrivate: false });
    // The company is the buyer: not bought.
    expect(bought('Jamf has entered into a definitive agreement to acquire Kandji for $300 million.', ['Jamf'])).toBeUndefined();
    expect(bought('Globex agreed to take Acme private in a deal expected to close in May.', ['Acme'])).toEqual({
      acquiredBy: 'Globex',
      goesPrivate: true,
    });
  });

  it('a roundup saved to the company: its paragraph becomes a hook and one question, asked only as far as they can say', () => {
    const co = company('Jamf');
    const c: Clip = { ...clip('article', 'Cybersecurity M&A Roundup: 45 Deals Announced in October 2025', ROUNDUP), companyId: co.id };
    const input: PrepInput = { company: co, clips: [c], self: self({ targetRole: 'Customer success manager' }), now: NOW };
    const s = signals(input);
    expect(s.pending[0]?.value).toMatchObject({ acquiredBy: 'Francisco Partners', goesPrivate: true });
    expect(pickHooks(s).map((h) => h.text)).toContainEqual(
      expect.stringMatching(/^Not yet closed: Private equity firm Francisco Partners/),
    );
    const q = suggestQuestions(s, 30).questions.map((x) => x.text);
    expect(q).toContain(
      'I saw that Jamf is set to be acquired by Francisco Partners and go private. Only as far as you can say: how have customers taken the news, and what do they ask you about it?',
    );
    // Nothing of the other deals in the roundup, and no question about their own job.
    expect(q.join(' ')).not.toMatch(/Imprivata|JumpCloud|layoff|your job/);
    expect(
      buildPrepSheet(input)
        .careful.map((x) => x.text)
        .join(' '),
    ).toMatch(/ask only how customers take it/);
  });

  it('a deal the company makes, or an old one, gets no such question', () => {
    const co = company('Jamf');
    const buys = {
      ...clip('article', 'Jamf to buy Kandji', 'Jamf has entered into a definitive agreement to acquire Kandji for $300 million.'),
      companyId: co.id,
    };
    const q = (c: Clip, now = NOW) =>
      suggestQuestions(signals({ company: co, clips: [c], self: self({}), now }), 30)
        .questions.map((x) => x.text)
        .join(' ');
    expect(q(buys)).not.toMatch(/set to be acquired|go private/);
    const old: Clip = { ...clip('article', 'Roundup', ROUNDUP), companyId: co.id };
    expect(q(old, Date.UTC(2027, 0, 1))).not.toMatch(/set to be acquired/);
  });
});
