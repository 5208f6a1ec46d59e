import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { Clip } from '../lib/schema/dossier';
import { company, fact, self, storyClip } from './helpers/prep-records';

// A small service firm's location page in the shape of blind-17 allseasons-pest-changer's (text
// written here): ten services in its menu, a guarantee kept by coming back, nobody named.
const NOW = Date.UTC(2026, 2, 10);
const SERVICES = [
  'Ant Control',
  'Cockroach Control',
  'Spider Control',
  'Pest Prevention',
  'Rodent Control',
  'Wildlife & Bird Control',
  'Bed Bug Treatment',
  'Stinging Insect Control',
  'Commercial Pest Control',
  'Exclusionary Services',
];
const co = company('Four Winds Pest Control', { products: fact(SERVICES.join(', '), 'c1') });
const page = (text: string): Clip =>
  storyClip(
    'c1',
    'https://fourwinds.example/mi/pest-control-romulus',
    'company-page',
    'Pest Control in Romulus | Four Winds Pest Control',
    text,
    {
      companyId: co.id,
    },
  );
const GUARANTEE =
  'Four Winds Pest Control treats homes across Wayne County. If pests show up between your scheduled quarterly visits, we’ll return to treat the problem at no extra cost.';

describe('a service firm’s own page, with nobody named', () => {
  it('opens on the span of a long menu, first line to last, and asks where in it they sit', () => {
    const s = signals({ company: co, clips: [page(GUARANTEE)], self: self({ targetRole: 'Pest control technician' }), now: NOW } as never);
    const first = suggestQuestions(s, 20).questions[0]!;
    expect(first.text).toBe(
      'Four Winds Pest Control’s site lists ten things it offers, from ant control to exclusionary services. Which of them is closest to your own work, and what does your part of it involve?',
    );
    expect(first.basis).toEqual(['fact:products:c1']);
  });

  it('leaves out of the span a flagship named as the firm is (blind-9 notion: "from Notion to Projects")', () => {
    const apps = company('Quillstone', {
      products: fact(['Quillstone', 'Quillstone Mail', 'Calendar', 'Agents', 'Search', 'Docs', 'Wikis', 'Projects'].join(', '), 'c1'),
    });
    const s = signals({ company: apps, clips: [], self: self({}), now: NOW } as never);
    expect(suggestQuestions(s, 30).questions[0]!.text).toBe(
      'Quillstone’s site lists seven things it offers, from Quillstone Mail to Projects. Which of them is closest to your own work, and what does your part of it involve?',
    );
  });

  it('a menu past twelve lines is a catalogue: the opener does not read it out', () => {
    const long = company('Four Winds Pest Control', {
      products: fact([...SERVICES, 'Termite Control', 'Mosquito Control', 'Flea Control'].join(', '), 'c1'),
    });
    const s = signals({ company: long, clips: [page(GUARANTEE)], self: self({}), now: NOW } as never);
    expect(suggestQuestions(s, 20).questions[0]!.text).not.toMatch(/site lists/);
  });

  it('reads a guarantee kept by coming back as a promise, even said to the customer; an offer to the reader stays none', () => {
    const promises = (text: string) => companyStatements([page(text)], co, { meetingAt: NOW }).filter((x) => x.kind === 'promise');
    expect(promises(GUARANTEE).map((p) => p.phrase)).toEqual([
      '“If pests show up between your scheduled quarterly visits, we’ll return to treat the problem at no extra cost.”',
    ]);
    expect(
      promises('Four Winds Pest Control treats homes across Wayne County. If that sounds like your home, we’ll be happy to help you.'),
    ).toEqual([]);
    // Free is no guarantee: an offer to the reader stays an offer.
    expect(
      promises('Four Winds Pest Control treats homes across Wayne County. If you book this week, we offer a free of charge inspection.'),
    ).toEqual([]);
  });
});

// A landscaper's home page in the shape of blind-16 alonso-landscaping-peer's (lines written here).
describe('a small firm’s menu of the year, and its reward for referrals', () => {
  const yard = company('Birchwood Landscaping');
  const home = (lines: string[]): Clip =>
    storyClip('c2', 'https://birchwood.example/', 'company-page', 'Birchwood Landscaping | Home', lines.join('\n'), { companyId: yard.id });
  const read = (lines: string[]) => companyStatements([home(lines)], yard, { meetingAt: NOW });

  it('reads two kinds of seasonal work as the year the business is built on, and asks how it changes the crew', () => {
    const lines = [
      'Company Benefits',
      'Other services',
      'Patio Renewal',
      'Snow Removal',
      'Mulching',
      'Spring and fall cleanups',
      'Gutter Cleaning',
    ];
    const st = read(lines).filter((x) => x.kind === 'seasons');
    expect(st.map((x) => x.phrase)).toEqual(['lists snow removal beside spring and fall cleanups']);
    const s = signals({ company: yard, clips: [home(lines)], self: self({ targetRole: 'Landscaping business owner' }), now: NOW } as never);
    expect(suggestQuestions(s, 30).questions.map((q) => q.text)).toContain(
      'Birchwood Landscaping’s page lists snow removal beside spring and fall cleanups. How do the work and the crew change from one season to the next, and which season carries the business?',
    );
    // One season's work alone is a line of the menu; "fall cleanup" inside "Spring and fall cleanups" is the same work.
    expect(read(['Snow Removal', 'Mulching']).filter((x) => x.kind === 'seasons')).toEqual([]);
    expect(read(['Spring and fall cleanups', 'Fall cleanup']).filter((x) => x.kind === 'seasons')).toEqual([]);
  });

  it('reads a discount under "Referrals" as a reward for word of mouth; a referral without a reward, or a figure far from it, is none', () => {
    const words = (lines: string[]) =>
      read(lines)
        .filter((x) => x.kind === 'word-of-mouth')
        .map((x) => x.phrase);
    expect(words(['First Time Customers', '15% Discount', 'Referrals', '15% Discount'])).toEqual(['gives a 15% discount for referrals']);
    expect(words(['Refer a friend and get $50 off your next visit'])).toEqual(['gives $50 off for referrals']);
    expect(words(['Referrals', 'Ask us about our work'])).toEqual([]);
    // A badge under a menu entry is no reward.
    expect(words(['Referrals', '100% Satisfaction Guaranteed'])).toEqual([]);
    expect(words(['Referrals', '10%'])).toEqual(['gives a 10% discount for referrals']);
    expect(words(['Refer a friend and get 10% on your next visit'])).toEqual(['gives a 10% discount for referrals']);
    expect(words(['Our referrals come from neighbours who liked the work, and 90% of clients stay for years with us.'])).toEqual([]);
  });
});

// An agency's home page in the shape of blind-16 appsolutions-inrole's (lines written here).
describe('how an agency works with its clients, and the rules its work complies with', () => {
  const agency = company('Northpeak Apps');
  const home = (lines: string[]): Clip =>
    storyClip('c3', 'https://northpeak.example/', 'company-page', 'Northpeak Apps | Home', lines.join('\n'), { companyId: agency.id });
  const read = (lines: string[], kind: string) =>
    companyStatements([home(lines)], agency, { meetingAt: NOW })
      .filter((x) => x.kind === kind)
      .map((x) => x.phrase);

  it('reads two or more named models offered as ways of working; a model named once, or with no word of models, is none', () => {
    const lines = [
      'Our company offers three interaction models, depending on your project’s stage.',
      'Time and Materials. You define the goals, and we handle the development.',
      'Dedicated Team. A full team takes every technical part of the project.',
      'Extended Team (Outstaff). We select and support one specialist for you.',
    ];
    expect(read(lines, 'engagement')).toEqual(['offers its clients time and materials, a dedicated team or an extended team']);
    expect(read(lines.slice(0, 2), 'engagement')).toEqual([]);
    expect(read(lines.slice(1), 'engagement')).toEqual([]);
  });

  it('reads no models from a firm praising its team, a dental retainer or a billing link', () => {
    // An orthodontist's and a plumber's pages: staff, an appliance and a footer link, no ways of working.
    expect(
      read(
        [
          'Orthodontic treatment and retainers for all ages.',
          'Our dedicated team will guide you through every visit.',
          'Billing and insurance handled in house.',
        ],
        'engagement',
      ),
    ).toEqual([]);
    expect(
      read(
        ['Our dedicated team of licensed plumbers is here for you.', 'Every job has a fixed price.', 'Billing questions? Call us.'],
        'engagement',
      ),
    ).toEqual([]);
    expect(read(['Our engagement models:', 'Fixed price.', 'Monthly retainer.'], 'engagement')).toEqual([
      'offers its clients fixed price or a retainer',
    ]);
  });

  it('reads the standards the company says its own work complies with, never a customer’s', () => {
    expect(
      read(['Our healthcare software company complies with HIPAA and GDPR, which are recognised in the US and the EU.'], 'compliance'),
    ).toEqual(['says its work complies with HIPAA and GDPR']);
    expect(read(['Northpeak Apps is ISO 27001 certified and builds apps for banks.'], 'compliance')).toEqual([
      'says its work complies with ISO 27001',
    ]);
    expect(read(['Many hospitals must comply with HIPAA when they choose a vendor.'], 'compliance')).toEqual([]);
  });

  it('reads accessibility standards a web studio builds and tests to, named over several sentences (blind-20 blennd-brittany-changer)', () => {
    expect(
      read(
        [
          'We build and test with WCAG 2.2 AA standards from design to launch.',
          'All Northpeak projects include thorough ADA Compliance testing.',
        ],
        'compliance',
      ),
    ).toEqual(['says its work complies with WCAG 2.2 AA and ADA']);
    // The standard a client must meet is not the firm's own work.
    expect(read(['Many public bodies must meet WCAG 2.1 by law.'], 'compliance')).toEqual([]);
  });
});
