import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { bioOf } from '../lib/prep/bio';
import { buildPrepSheet } from '../lib/prep/sheet';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, person, self } from './helpers/prep-records';

const clip = clips({ idPrefix: 'c', publishedAt: '2023-05-01', siteName: 'Fernhill careers' });

/** A careers page quoting its people under their name and title, as such pages do (our own words). */
const page = clip(
  'company-page',
  'Careers',
  [
    'Meet the team',
    'Lena Ostrova',
    'Head of Credit Risk - Oslo, Norway',
    '“Having seen small farms refused loans at home, I trained as a statistician. I joined Fernhill because I believe patient lending is a practical way to reach farmers that banks overlook.”',
    'Tomas Ek',
    'Analyst - Riga, Latvia',
    '“I joined Fernhill because we are a great team and our culture is open.”',
  ].join('\n'),
  {
    extraction: {
      kind: 'company-page',
      url: 'https://fernhill.example/careers',
      title: 'Careers',
      extractor: 'test',
      sources: {},
      people: [{ name: 'Lena Ostrova' }, { name: 'Tomas Ek' }],
    },
  },
);

describe('a person quoted on their company’s page, in their own words', () => {
  it('reads why they joined, said back in the second person, their claim quoted', () => {
    const lena = person('Lena Ostrova', { currentTitle: 'Head of Credit Risk' });
    expect(bioOf(lena, company('Fernhill'), [page])?.why).toBe(
      'you believe patient lending is “a practical way to reach farmers that banks overlook”',
    );
    // The company speaking ("we", "our") is no reason of theirs to say back.
    expect(bioOf(person('Tomas Ek', { currentTitle: 'Analyst' }), company('Fernhill'), [page])?.why).toBeUndefined();
  });

  it('opens on it: a grounded question resting on the page, not pasting it', () => {
    const lena = person('Lena Ostrova', { currentTitle: 'Head of Credit Risk', sourceClipIds: [page.id] });
    const input: PrepInput = {
      person: lena,
      company: company('Fernhill'),
      clips: [page],
      self: self({ field: 'Programme evaluation', targetRole: 'Credit analyst' }),
      now: Date.UTC(2023, 6, 1),
    };
    const first = buildPrepSheet(input).questions[0]!;
    expect(first.text).toBe(
      "On Fernhill's page you say you joined because you believe patient lending is “a practical way to reach farmers that banks overlook”. Where does your own work show that, and where is it hardest?",
    );
    expect(first.basis).toEqual([`clip:${page.id}`]);
    expect(judgeQuestion(first.text, first.basis, input).grounded).toBe(true);
  });
});

describe('an opening that sounds like the unit the person leads', () => {
  const roles = clip(
    'company-page',
    'Careers',
    ['Current vacancies', 'Lima', 'Associate Credit Risk Analyst', 'Oslo', 'Office Assistant'].join('\n'),
    {
      extraction: {
        kind: 'company-page',
        url: 'https://fernhill.example/jobs',
        title: 'Careers',
        extractor: 'test',
        sources: {},
        jobs: [
          { title: 'Associate Credit Risk Analyst', location: 'Lima' },
          { title: 'Office Assistant', location: 'Oslo' },
        ],
      },
    },
  );
  const input = (title: string): PrepInput => ({
    person: person('Lena Ostrova', { currentTitle: title }),
    company: company('Fernhill'),
    clips: [roles],
    self: self({ field: 'Programme evaluation', targetRole: 'Impact analyst' }),
    now: Date.UTC(2023, 6, 1),
  });

  it('asks where it sits and what the hire would do first, of the one who leads that unit', () => {
    const texts = buildPrepSheet(input('Head of Credit Risk')).questions.map((q) => q.text);
    expect(texts).toContain(
      'I saw Fernhill is hiring an Associate Credit Risk Analyst in Lima. Would that role sit in Credit Risk, and what would that person work on first?',
    );
    // An opening sharing no word of the unit is not theirs (the office assistant), and nobody who leads no unit is asked.
    expect(texts.join(' ')).not.toMatch(/Office Assistant/);
    expect(
      buildPrepSheet(input('Analyst'))
        .questions.map((q) => q.text)
        .join(' '),
    ).not.toMatch(/Would that role sit in/);
  });
});
