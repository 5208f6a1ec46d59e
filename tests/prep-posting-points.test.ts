import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { buildPrepSheet } from '../lib/prep/sheet';
import { dutyPhrase, gerund, postingPoints } from '../lib/prep/posting-points';
import { signals } from '../lib/prep/signals';
import { sameWork, workingClause } from '../lib/prep/bank/posting';
import type { PrepInput } from '../lib/prep/types';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2023, 2, 1);
const clip = clips({ idPrefix: 'c', publishedAt: '2023-02-01', siteName: 'Lumen careers' });

/** A posting shaped as Greenhouse pages are (a company blurb, the role, its duties, "About you", benefits), in our own words. */
const POSTING = [
  'About Lumen:',
  'Lumen builds a hosting platform for web teams.',
  'Our distributed team works asynchronously from a dozen countries.',
  'About the Role:',
  'We are adding an Account Manager to our Customer team, looking after our largest accounts.',
  'What You Will Do:',
  'Own a book of enterprise accounts in several time zones.',
  'Deliver an amazing experience for every account.',
  'Proactively plan renewals with the Finance team.',
  'Identify and raise upsell opportunities with the Sales team.',
  'About You:',
  'Hands-on experience with Next.js and Node.js.',
  'Knowledge of DNS, CDN caching and CI/CD.',
  'Experience in a high growth SaaS company in the US or EMEA.',
  'Benefits:',
  'Fully remote, with teammates across time zones, and a home-office budget.',
].join('\n');

function posting(title: string, text = POSTING, location = 'Australia'): Clip {
  const c = clip('job-posting', title, text, { url: `https://lumen.example/careers/${encodeURIComponent(title)}` });
  return { ...c, extraction: { ...c.extraction, job: { title, location } } };
}

describe('what a job posting says, as a coach reads it', () => {
  it('turns imperative duties into what a person says back', () => {
    expect(gerund('manage')).toBe('managing');
    expect(gerund('identify')).toBe('identifying');
    expect(gerund('plan')).toBe('planning');
    expect(gerund('lead')).toBe('leading');
    expect(dutyPhrase('Identify and raise upsell opportunities with the Sales team.')).toBe(
      'identifying and raising upsell opportunities with the Sales team',
    );
    expect(dutyPhrase('Receive, prioritize, and deliver upon feature requests.')).toBe(
      'receiving, prioritizing, and delivering upon feature requests',
    );
    expect(dutyPhrase('Proactively plan renewals with the Finance team.')).toBe('planning renewals with the Finance team');
    // Praise that names no work, a requirement, a sentence with a subject: no duty.
    expect(dutyPhrase('Deliver an amazing experience for every account.')).toBeUndefined();
    expect(dutyPhrase('Outstanding SQL skills')).toBeUndefined();
    expect(dutyPhrase('You will own a book of accounts.')).toBeUndefined();
  });

  it('reads duties, their teams, the tools asked for and the way of working; never the benefits', () => {
    const p = postingPoints(posting('Account Manager, APAC'))!;
    expect(p.duties).toEqual([
      'planning renewals with the Finance team',
      'identifying and raising upsell opportunities with the Sales team',
    ]);
    expect(p.teams).toEqual(['Finance', 'Sales']);
    // Places and business words in capitals are no tools.
    expect(p.tools).toEqual(['Next.js', 'Node.js', 'DNS', 'CDN', 'CI/CD']);
    expect(p.working).toMatchObject({
      sentence: 'Our distributed team works asynchronously from a dozen countries.',
      async: true,
      distributed: true,
      timeZones: true,
    });
    expect(
      workingClause({ sentence: 'Our globally-distributed team works asynchronously.', async: true, distributed: true, timeZones: false }),
    ).toBe('globally distributed team works asynchronously');
    expect(workingClause({ sentence: 'We work across time zones.', async: false, distributed: false, timeZones: true })).toBe(
      'team works across time zones',
    );
    expect(postingPoints(posting('Nothing', 'Apply now.\nBenefits:\nFully remote, across time zones.'))).toBeUndefined();
  });

  it('asks the role the user wants from its posting: the duties, how technical it gets, how an async team keeps in step', () => {
    const mine = posting('Account Manager, APAC');
    const input: PrepInput = {
      company: company('Lumen'),
      clips: [mine, posting('Staff Software Engineer', POSTING.replace(/Account Manager/g, 'engineer'), 'US')],
      self: self({ targetRole: 'Account manager', field: 'Customer success' }),
      now: NOW,
    };
    const { questions } = suggestQuestions(signals(input), 30);
    const main = questions.map((q) => q.text);
    expect(main).toContain(
      "The Account Manager posting lists planning renewals with the Finance team and identifying and raising upsell opportunities with the Sales team among the job's duties. Which of them takes most of the week, and what gets squeezed?",
    );
    expect(main).toContain(
      'The Account Manager posting asks for Next.js, Node.js, DNS and CDN. How technical do conversations with customers really get?',
    );
    expect(main).toContain(
      'Lumen says its distributed team works asynchronously across time zones. How does an account manager in APAC stay in step with Finance and Sales, and what still has to happen live?',
    );
    // Each rests on the posting it was read from; none asks what the posting answers.
    for (const q of questions.filter((x) => /posting|asynchronously/.test(x.text))) expect(q.basis).toEqual([`clip:${mine.id}`]);
    expect(main.join(' ')).not.toMatch(/remote\?|benefits|Staff Software Engineer/);
    const sheet = buildPrepSheet(input);
    const hooks = sheet.hooks.map((h) => h.text);
    expect(hooks).toContain(
      'The Account Manager role, as its posting puts it: planning renewals with the Finance team and identifying and raising upsell opportunities with the Sales team',
    );
    expect(hooks).toContain('Lumen says its distributed team works asynchronously across time zones');
  });

  it('asks nothing of the duties or tools of a role the user is not aiming at', () => {
    const input: PrepInput = {
      company: company('Lumen'),
      clips: [posting('Staff Software Engineer', POSTING, 'US')],
      self: self({ targetRole: 'Product designer' }),
      now: NOW,
    };
    const main = suggestQuestions(signals(input), 30).questions.map((q) => q.text);
    expect(main.join(' ')).not.toMatch(/posting (lists|asks for)/);
    // How the company works is the company's, whoever reads it: asked without the role's region or teams.
    expect(main).toContain(
      'Lumen says its distributed team works asynchronously across time zones. How does a product designer stay in step with the rest of the company, and what still has to happen live?',
    );
  });

  it('never asks twice about the duty the open-role question quotes, and reads its slash aloud (blind-13 lockheed)', () => {
    const text = POSTING.replace(
      'We are adding an Account Manager to our Customer team, looking after our largest accounts.',
      'In this role, you will help plan/track renewals with the Finance team for our largest accounts.',
    ).replace('Own a book of enterprise accounts in several time zones.', 'Prepare account reviews.');
    const mine = posting('Account Manager, APAC', text);
    const input: PrepInput = {
      company: company('Lumen'),
      clips: [mine],
      self: self({ targetRole: 'Account manager', field: 'Customer success' }),
      now: NOW,
    };
    const main = suggestQuestions(signals(input), 30).questions.map((q) => q.text);
    expect(main).toContain(
      'The Account Manager, APAC posting says “in this role, you will help plan and track renewals with the Finance team for our largest accounts”. What would someone coming from customer success need to show to do that well in the first months?',
    );
    const duties = main.find((q) => q.includes("among the job's duties"));
    expect(duties).toBe(
      "The Account Manager posting lists preparing account reviews and identifying and raising upsell opportunities with the Sales team among the job's duties. Which of them takes most of the week, and what gets squeezed?",
    );
    expect(sameWork('planning renewals with the Finance team', 'you will help plan/track renewals with the Finance team')).toBe(true);
    expect(
      sameWork(
        'identifying and raising upsell opportunities with the Sales team',
        'you will help plan/track renewals with the Finance team',
      ),
    ).toBe(false);
  });
});
