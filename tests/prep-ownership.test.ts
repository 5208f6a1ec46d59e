import { describe, expect, it } from 'vitest';
import { ownership } from '../lib/prep/gaps';
import { clips, company } from './helpers/prep-records';

const clip = clips({ idPrefix: 'ow', publishedAt: '2025-12-10', siteName: 'Tech Daily' });
const acme = { ...company('Acme Robotics'), domains: ['acme.example'] };
const filler = Array.from({ length: 30 }, (_, i) => `Acme Robotics builds arm number ${i} for warehouses in Ohio.`).join(' ');

describe('how the company is owned, read from sentences that name it (pages that say nothing of it are not split)', () => {
  it('is listed when a sentence naming it speaks of its shares or an exchange, among many pages saying nothing of it', () => {
    const quiet = Array.from({ length: 20 }, () => clip('article', 'Acme Robotics ships', filler));
    const told = clip('article', 'Markets today', `${filler} Acme Robotics shares rose 4% on the NYSE after the results.`);
    expect(ownership([...quiet, told], acme)).toBe('listed');
    expect(ownership(quiet, acme)).toBeUndefined();
  });

  it('is a start-up when a sentence naming it tells of investors; another company’s round or a person’s shares say nothing', () => {
    expect(ownership([clip('article', 'Funding', `${filler} Acme Robotics raised 12 million from investors.`)], acme)).toBe('venture');
    expect(ownership([clip('article', 'Funding', `${filler} Globex raised 12 million from investors.`)], acme)).toBeUndefined();
    expect(ownership([clip('article', 'People', `${filler} She sold his Acme Robotics shares last year.`)], acme)).toBeUndefined();
  });
});

describe('a public body or charity only when the pages say the company is one', () => {
  const own = (name: string, text: string) =>
    ownership([{ ...clip('company-page', name, text), companyId: company(name).id }], { ...company(name), domains: ['acme.example'] });

  it('is no public body for discounts to non-profits or gifts to charity; a round it tells of makes it a start-up', () => {
    expect(
      own(
        'Acme Robotics',
        'Acme Robotics offers discounts for non-profit organizations. Acme Robotics raised $20 million from investors in a Series A round.',
      ),
    ).toBe('venture');
    expect(own('Foundation Robotics', 'Foundation Robotics raised $20 million from investors in a Series A round.')).toBe('venture');
  });

  it('is a public body when the pages say so, or by a name with nothing else told', () => {
    expect(own('Acme Relief', 'Acme Relief is a non-profit that feeds families across Ohio.')).toBe('public');
    expect(own('Stadtwerke Nordheim', 'Wir liefern Strom und Wasser.')).toBe('public');
  });
});
