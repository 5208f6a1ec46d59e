import { describe, expect, it } from 'vitest';
import { newsQuestion } from '../lib/prep/bank/news';
import { headlineClause } from '../lib/prep/headline';
import { companyNews, onOwnSite, ownPostClause } from '../lib/prep/news';
import { buildPrepSheet } from '../lib/prep/sheet';
import { clips, company, self } from './helpers/prep-records';

const clip = clips({ idPrefix: 'op', publishedAt: '2025-12-16', siteName: 'Nethermind' });
const MEETING = Date.UTC(2026, 0, 20);
const nethermind = company('Nethermind');
const post = clip(
  'article',
  'Getting Ethereum Ready for GigaGas',
  'Reproducible benchmarks reveal true Ethereum client throughput under real and extreme load, with Nethermind sustaining 2–10x higher performance.\nWe built a client-agnostic framework that replays the same mainnet blocks for every client.',
  { url: 'https://www.nethermind.io/blog/getting-ethereum-ready-for-gigagas', companyId: 'co-Nethermind' },
);

describe('the company’s own site when the dossier knows none of its domains', () => {
  it('is a host whose name is the company’s name, and no other', () => {
    expect(onOwnSite('https://www.docker.com/blog/x', [], ['Docker'])).toBe(true);
    expect(onOwnSite('https://blog.nethermind.io/x', [], ['Nethermind'])).toBe(true);
    expect(onOwnSite('https://itbrief.news/story/cloudflare-x', [], ['Cloudflare'])).toBe(false);
    // A name too short to be sure of ("HP" in "hp-fans.org" is no match either way).
    expect(onOwnSite('https://hp.com/x', [], ['HP'])).toBe(false);
    expect(onOwnSite('https://acme.com/x', ['acme.com'], ['Acme'])).toBe(true);
  });
});

describe('a company’s own post whose title is no clause', () => {
  it('is cited by its title as the company’s post, with its own sentence beneath', () => {
    const [n] = companyNews([post], nethermind, MEETING);
    expect(n).toMatchObject({ post: true, headline: 'Getting Ethereum Ready for GigaGas', recent: true, source: 'Nethermind' });
    expect(n!.lead).toMatch(/^Reproducible benchmarks reveal/);
    expect(newsQuestion(n!)).toBe(
      'I read Nethermind’s post “Getting Ethereum Ready for GigaGas” (Nethermind, December 2025). What did that work take on your side, and what turned out harder than it looked from outside?',
    );
    // Asked as "your post" only of the person whose byline it carries.
    expect(newsQuestion({ ...n!, authors: ['Kamil Chodoła'] }, 'Kamil Chodoła')).toMatch(/^I read your post “Getting Ethereum/);
    const sheet = buildPrepSheet({ company: nethermind, clips: [post], self: self({ targetRole: 'QA engineer' }), now: MEETING });
    expect(sheet.questions.map((q) => q.text)).toContain(newsQuestion(n!));
  });

  it('never says a title opening on a general verb was a deed done ("Getting … ready" is no "got … ready")', () => {
    expect(headlineClause('Getting Ethereum ready for GigaGas', ['Nethermind'], { name: 'Nethermind' })).toBeUndefined();
    // A precise deed still reads as one.
    expect(headlineClause('Open-sourcing CORE One CAD files', ['Prusa'], { name: 'Prusa' })?.text).toBe(
      'Prusa open-sourced CORE One CAD files',
    );
  });

  it('is not read from a guide for customers, a listicle, bad news, another site, or a company page under /blog/', () => {
    expect(ownPostClause('Tree pruning in Meyzieu: everything you need to know', 'Acme')).toBeUndefined();
    expect(ownPostClause('5 tips for faster builds', 'Acme')).toBeUndefined();
    expect(ownPostClause('Our response to the outage of 3 May', 'Acme')).toBeUndefined();
    expect(companyNews([{ ...post, url: 'https://news.example/getting-ethereum-ready' }], nethermind, MEETING)).toEqual([]);
    expect(companyNews([{ ...post, kind: 'company-page' }], nethermind, MEETING)).toEqual([]);
  });

  it('asks an essay of lessons what held up, never "what came of that work" (blind-14 fermyon)', () => {
    const [n] = companyNews([post], nethermind, Date.UTC(2027, 6, 1));
    const essay = { ...n!, headline: 'Startup Lessons from 20 Years of Client Work', authors: ['Ada Kern'] };
    expect(newsQuestion(essay)).toBe(
      'In December 2025 Nethermind published “Startup Lessons from 20 Years of Client Work” by Ada Kern. Which of those lessons has held up best since, and which would you now put differently?',
    );
    expect(newsQuestion({ ...essay, headline: 'Reflections on a Decade of Clients' })).toMatch(
      /“Reflections on a Decade of Clients” by Ada Kern\. What prompted it, and has the thinking changed since\?$/,
    );
  });

  it('asks an older post for what came of it', () => {
    const [n] = companyNews([post], nethermind, Date.UTC(2027, 6, 1));
    expect(newsQuestion(n!)).toBe(
      'In December 2025 Nethermind published “Getting Ethereum Ready for GigaGas”. Looking back from the inside, what came of that work, and what has changed since?',
    );
  });
});
