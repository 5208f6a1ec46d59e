import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { shortQuote } from '../lib/prep/bank/statements';
import { selfSignals, sharesWork } from '../lib/prep/self-signals';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, fact, self } from './helpers/prep-records';

// Invented pages: a features grid (a heading over a sentence, three or more times), and the grids that are not features.

const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-05-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `Home | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const of = (co: Company, c: Clip, kind: string) => companyStatements([c], co, { meetingAt: NOW }).filter((s) => s.kind === kind);

const GRID = [
  'Everything your team needs',
  'Beautiful boards',
  'Plan your work on boards your whole team will love.',
  'Offline sync',
  'Edit cards offline and Tallyboard syncs every change within 5 seconds of reconnecting.',
  'Calendar integration',
  'Connect Google Calendar and Outlook so due dates appear where you already look.',
  'Learn more',
  'Guest access',
  'Invite clients to a single board without giving them the rest of your workspace.',
].join('\n');

describe('features: the grid of a product page, one feature asked about from inside', () => {
  it('keeps the feature that says most (a count, a named tool, a capability), not the slogan, and asks what only an insider knows', () => {
    const co = company('Tallyboard');
    const home = page(co, 'en', GRID);
    const [f] = of(co, home, 'features');
    expect(f?.phrase).toBe('“Offline sync”');
    const input: PrepInput = { company: co, clips: [home], self: self({ targetRole: 'Backend engineer' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /Offline sync/.test(x.text));
    expect(q?.text).toBe(
      'Tallyboard’s page sets out its features, “Offline sync” among them. Which features do users actually adopt, and what did that one take to build?',
    );
    expect(q!.text.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('quotes a feature of a page in another language as the company’s own words', () => {
    const co = company('Clavier Libre');
    const about = page(
      co,
      'fr',
      'Majuscules accentuées\nTapez directement É, È, À avec Verrouillage Majuscule. Fini les codes Alt.\nTypographie française\nGuillemets « », tirets cadratins et espaces insécables, tout est accessible.\nPour les développeurs\nLes symboles { } [ ] sont sur la rangée de repos avec AltGr.',
    );
    expect(of(co, about, 'features').map((s) => s.phrase)).toEqual(['“Majuscules accentuées” (its own words)']);
  });

  it('reads no features in testimonials, pricing tiers, a menu, cookie text, a list of services or a grid of qualities', () => {
    const co = company('Tallyboard');
    const none = (text: string) => expect(of(co, page(co, 'en', text), 'features')).toEqual([]);
    // Testimonials: people speaking of themselves.
    none(
      'Dana Ruiz, CEO at Northwind\n“I moved our whole team to Tallyboard in a week and never looked back.”\nSam Lee, Head of Ops\nMy team finally syncs its calendar with the board every single morning.\nAva Chen\nI use the API integration daily and it has never let me down once.',
    );
    // Pricing tiers.
    none(
      'Starter\nFor small teams trying boards out, $0 per user per month, billed yearly.\nTeam\nSync, calendar integration and guests for $8 per user per month.\nBusiness\nSSO, audit export and priority support for $16 per user per month.',
    );
    // A menu, and cookie text.
    none(
      'Pricing\nSee the plans for teams of every size and export your data anytime.\nBlog\nRead about how we build sync and offline storage for boards.\nCookies\nWe use cookies to track usage and improve your experience on this site.',
    );
    // A list of services the company sells (the offerings question asks which takes the work).
    none(
      'Data Warehouse Consulting\nWe design and automate data warehouses that centralise reporting.\nCloud Migration Services\nWe move your databases to the cloud with automated checks.\nBI Dashboard Development\nWe build dashboards on your data with scheduled reports.',
    );
    // Qualities it claims ("why choose us"), however concrete their lines.
    none(
      'Technical rigour\nEvery deliverable meets the RGF93 and DT-DICT standards for mapping data.\nResponsiveness\nOn site within 24 hours anywhere on the island, with remote tracking after.\nConfidentiality\nSensitive network data is stored encrypted and shared only with the client.',
    );
  });
});

describe('wording: short enough to say aloud, another language quoted, never blended', () => {
  it('reads one value out when each is a sentence of its own, two when they are short', () => {
    const co = company('Remat Technologies');
    const long = page(
      co,
      'en',
      'Our Values\nClient Outcomes Over Everything\nWe measure success by what our clients achieve.\nLocal Presence. Global Standards\nEngineers on the ground who work to international practice.\nTransparency in Every Interaction\nClear estimates, honest timelines and no surprises.',
    );
    expect(of(co, long, 'stance').map((s) => s.phrase)).toEqual(['names “Client Outcomes Over Everything” among its values']);
  });

  it('quotes a named method by its name, not its whole sentence', () => {
    const co = company('Circle Of Trust Invest');
    const home = page(
      co,
      'nl',
      'Onze unieke 6-stappen methode waarbij u als leider afdaalt naar de basis, luistert, en met duidelijkheid en eenvoud terugkeert.',
    );
    expect(of(co, home, 'method').map((s) => s.phrase)).toEqual(['“6-stappen methode”']);
  });

  it('takes a habit in the present for no pledge ("we always start with our network"); a promise of the future stays one', () => {
    const co = company('Redfish Technology');
    expect(of(co, page(co, 'en', 'Relationships are the core of this business and we always start with our network.'), 'stance')).toEqual(
      [],
    );
    expect(
      of(co, page(co, 'en', 'We will never share a candidate’s profile without their consent to the client first.'), 'stance').map(
        (s) => s.form,
      ),
    ).toEqual(['pledge']);
  });

  it('quotes offerings listed in another language as the site’s own words in the opener', () => {
    const co = company('Darula Transporte', { products: fact(['3,5 t Transporte', '7,5 t Transporte'], 'own-1') });
    const home = page(co, 'de', 'Ihr Partner für Transporte in Bayern und ganz Deutschland.');
    const input: PrepInput = { company: co, clips: [{ ...home, id: 'own-1' }], self: self({ targetRole: 'Dispatcher' }), now: NOW };
    expect(suggestQuestions(signals(input), 30).questions[0]!.text).toBe(
      'Darula Transporte’s site lists “3,5 t Transporte” and “7,5 t Transporte”. Which of those is closest to your own work, and what does your part of it involve?',
    );
  });
});

describe('fit: the user already in the work the question names', () => {
  it('recognises the work by a shared word of what it is about, not by the job’s head noun alone', () => {
    expect(sharesWork('Used-car trade', 'Independent car dealer')).toBe(true);
    expect(sharesWork('Software engineering', 'Data engineer')).toBe(false);
    expect(sharesWork('Chemical engineering', 'Water treatment process engineer')).toBe(false);
    // A student whose field is what they study is not in the work yet; someone with an employer of their own is.
    const placement = { field: 'Automotive technology', targetRole: 'Automotive technician', exploring: 'a work placement at a garage' };
    expect(selfSignals(self(placement)).inField).toBe(false);
    expect(selfSignals(self({ ...placement, exploring: undefined, employers: ['Garage Smit'] })).inField).toBe(true);
  });

  it('asks a dealer how the values show in the work there, not in "the work of an independent car dealer"', () => {
    const co = company('SEM Automotive');
    const about = page(
      co,
      'nl',
      'Kernwaarden\nKwaliteit boven kwantiteit\nEen beperkte maar verzorgde selectie.\nEerlijke communicatie\nDuidelijke informatie zonder loze verkooppraat.',
    );
    const input: PrepInput = {
      company: co,
      clips: [about],
      self: self({
        field: 'Used-car trade',
        targetRole: 'Independent car dealer',
        exploring: 'moving my lot upmarket',
        employers: ['Hoekstra Occasions'],
      }),
      now: NOW,
    };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /Kwaliteit/.test(x.text));
    expect(q?.text).toBe(
      'SEM Automotive’s page names “Kwaliteit boven kwantiteit” and “Eerlijke communicatie” among its values. Which of the two comes under strain first, and how does it show in the day-to-day work here?',
    );
  });
});

describe('a long quotation cut to a phrase that can be said aloud', () => {
  it('keeps a short first sentence, else the longest short clause; never cuts inside a clause, nor a question', () => {
    expect(shortQuote('If we commit to a date, we meet it. If we cannot deliver, we say so before you sign — not afterwards.')).toBe(
      'If we commit to a date, we meet it …',
    );
    expect(
      shortQuote(
        'If an issue is sensitive and the client is unsure, we’ll clear it with the client or candidate before starting the conversation.',
      ),
    ).toBe('… we’ll clear it with the client or candidate before starting the conversation');
    const plain = 'Wij hebben een moderne garage voorzien van alle nieuwe technieken voor het uitlezen van eventuele storingen of gebreken';
    expect(shortQuote(plain)).toBe(plain);
    const asks = 'Are you looking for a career in Real Estate or an experienced agent seeking a change in your working life?';
    expect(shortQuote(asks)).toBe(asks);
  });
});
