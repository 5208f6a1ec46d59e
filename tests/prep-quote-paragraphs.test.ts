import { describe, expect, it } from 'vitest';
import { openingSentences, paragraphQuotes, roleNames } from '../lib/prep/quote-paragraphs';
import { quotesIn } from '../lib/prep/quotes';
import { clips, company } from './helpers/prep-records';

const clip = clips({ idPrefix: 'qp', publishedAt: '2025-12-19', siteName: 'IT Brief' });
const TEXT = [
  'Jaimie Tilbrook, Chief Product Officer of EncompaaS, said companies will favour smaller projects.',
  '"Smaller AI projects with a clear scope will reach a far higher success rate than the big bets of the past two years," said Tilbrook, Chief Product Officer, EncompaaS.',
  'Ramy Houssaini, Chief Cyber Solutions Officer at Cloudflare, said boards are weighing resilience more heavily than subscription cost.',
  '"The traditional SaaS model is nearing its end. Enterprises are now demanding AI-native, real-time, context-aware services. 2026 will accelerate the shift from "application consumption" to AI-as-a-Service, with domain-tuned models at the edge keeping sensitive data local and paying for intelligence over software seats as AI agents become the primary interface," said Houssaini.',
].join('\n\n');
const trend = clip('article', 'Enterprises pivot to smaller, measurable AI projects by 2026', TEXT, { companyId: 'co-Cloudflare' });

describe('the company’s people quoted in a story about something else', () => {
  it('reads a whole quoted paragraph by a speaker the story places at the company, by surname or in full', () => {
    const fit = () => true;
    expect(paragraphQuotes(trend, ['Cloudflare'], fit)).toEqual([
      {
        speaker: 'Ramy Houssaini',
        role: 'Chief Cyber Solutions Officer at Cloudflare',
        quote: 'The traditional SaaS model is nearing its end. Enterprises are now demanding AI-native, real-time, context-aware services.',
      },
    ]);
    // The other firm's speaker speaks for EncompaaS, not for Cloudflare.
    expect(paragraphQuotes(trend, ['EncompaaS'], fit).map((q) => q.speaker)).toEqual(['Jaimie Tilbrook']);
    expect(paragraphQuotes(trend, ['Acme'], fit)).toEqual([]);
  });

  it('becomes a quote of the dossier only for a story saved there, not for one whose title names the company', () => {
    const [q] = quotesIn([trend], company('Cloudflare'), undefined);
    expect(q).toMatchObject({ speaker: 'Ramy Houssaini', source: 'IT Brief', byPerson: false, headline: false });
    expect(q!.quote).toMatch(/^The traditional SaaS model is nearing its end\./);
    // A company page is the company's own voice and read as before: no paragraph reader.
    expect(
      quotesIn([{ ...trend, kind: 'company-page' }], company('Cloudflare'), undefined).some((x) => x.speaker === 'Ramy Houssaini'),
    ).toBe(false);
  });

  it('keeps a quote to its opening sentences, forty words at most, and knows a role that names the company', () => {
    const long = `${'One two three four five six seven eight nine ten. '.repeat(5)}`.trim();
    expect(openingSentences(long)!.split(/\s+/)).toHaveLength(40);
    expect(roleNames('Chief Cyber Solutions Officer, Cloudflare', ['Cloudflare'])).toBe(true);
    expect(roleNames('Chief Product Officer of EncompaaS', ['Cloudflare'])).toBe(false);
  });
});
