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
      'Four Winds Pest Control’s site lists ten things it offers, from ant control to exclusionary services. Which of them is closest to your own work, and how did you come to it?',
    );
    expect(first.basis).toEqual(['fact:products:c1']);
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
    expect(words(['Our referrals come from neighbours who liked the work, and 90% of clients stay for years with us.'])).toEqual([]);
  });
});
