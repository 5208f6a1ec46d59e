import { describe, expect, it } from 'vitest';
import { aboutRole } from '../lib/prep/about-role';
import { foundedInAbout } from '../lib/prep/about-founded';
import { interestInAbout } from '../lib/prep/about-interest';
import { matchesRole, seekingRole } from '../lib/prep/open-roles';
import { postingPoints, proseDuties } from '../lib/prep/posting-points';
import type { Clip } from '../lib/schema/dossier';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { signals } from '../lib/prep/signals';
import { buildPrepSheet } from '../lib/prep/sheet';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, person, self } from './helpers/prep-records';

const clip = clips({ idPrefix: 'c', publishedAt: '2026-03-01', siteName: 'Orbital careers' });

/** A careers site that runs the role as one paragraph, then "Basic Qualifications:" and "Desired Skills:" (our own words, a real page's structure). */
const PROSE_POSTING = [
  'Orbital Systems is seeking an Electrical Engineer Summer Intern. In this role, you will help coordinate/resolve test issues across several teams. This includes assisting in the preparation of test reports, coordinating bench hardware and providing support to senior engineers with routine tasks.',
  'Basic Qualifications:',
  'Enrolled in a BS program in Electrical Engineering',
  'Basic experience using a multimeter or similar measuring instruments',
  'Desired Skills:',
  'Experience using an oscilloscope or similar test equipment',
  'Knowledge of CAD tools such as CREO or similar',
  'Benefits:',
  'You will receive a generous relocation package.',
].join('\n');

describe('a posting that tells its duties in prose', () => {
  it('reads the duties of "you will" and "this includes" sentences', () => {
    expect(proseDuties('In this role, you will help coordinate/resolve test issues across several teams.')).toEqual([
      'coordinating and resolving test issues across several teams',
    ]);
    expect(
      proseDuties(
        'This includes assisting in the preparation of test reports, coordinating bench hardware and providing support to senior engineers.',
      ),
    ).toEqual(['assisting in the preparation of test reports', 'coordinating bench hardware', 'providing support to senior engineers']);
    // What the hire receives is no duty.
    expect(proseDuties('You will receive a generous relocation package.')).toEqual([]);
  });

  it('gives the posting duties and the lab tools its "Desired Skills" ask for', () => {
    const c = clip('job-posting', 'College Student Summer Intern', PROSE_POSTING) as Clip;
    const p = postingPoints(c)!;
    expect(p.duties).toContain('coordinating bench hardware');
    expect(p.duties.some((d) => /test reports/.test(d))).toBe(true);
    expect(p.tools).toEqual(expect.arrayContaining(['multimeter', 'oscilloscope', 'CAD', 'CREO']));
    expect(p.tools).not.toContain('BS');
  });

  it('matches a programme title to the target by the role its text seeks', () => {
    const described = seekingRole('Orbital Systems is seeking an Electrical Engineer Summer Intern. In this role…');
    expect(described).toBe('Electrical Engineer Summer Intern');
    expect(matchesRole('College Student Summer Intern', 'Electrical engineering intern')).toBe(false);
    expect(matchesRole(described!, 'Electrical engineering intern')).toBe(true);
    expect(seekingRole('We are seeking a highly motivated individual to join us.')).toBe('highly motivated individual');
    expect(matchesRole('highly motivated individual', 'Electrical engineering intern')).toBe(false);
  });
});

describe("a person's About, in their own words and language", () => {
  const ABOUT =
    'Ecco il mio profilo: “Responsabile sviluppo presso Campi Solari Srl, mi occupo di terreni per impianti agrivoltaici. Nel 2014 ho contribuito alla fondazione della Rete Apicoltori Toscani, una rete di 40 aziende. Sono particolarmente interessato a portare gli alveari dentro gli impianti solari, rendendoli più produttivi.”';

  it('reads the role and employer it opens on, past a short preamble', () => {
    expect(aboutRole(ABOUT)).toEqual({ title: 'Responsabile sviluppo', org: 'Campi Solari Srl' });
    expect(aboutRole('Product Designer at Lumen. I draw things.')).toEqual({ title: 'Product Designer', org: 'Lumen' });
    // A sentence that names no job title is no role.
    expect(aboutRole('Passionate about everything at Lumen, where I work.')).toBeUndefined();
  });

  it('reads what they founded before, with the year, not their present employer', () => {
    expect(foundedInAbout(ABOUT, 'Campi Solari Srl')).toEqual({ org: 'Rete Apicoltori Toscani', verb: 'helped found', year: '2014' });
    expect(foundedInAbout('In 2012 I co-founded Harbour Labs, a design studio.', 'Lumen')).toEqual({
      org: 'Harbour Labs',
      verb: 'co-founded',
      year: '2012',
    });
    expect(foundedInAbout('I founded Lumen Cloud in 2019.', 'Lumen Cloud')).toBeUndefined();
  });

  it('reads an interest they state, up to its first comma', () => {
    expect(interestInAbout(ABOUT)?.what).toBe('portare gli alveari dentro gli impianti solari');
    expect(interestInAbout('I am particularly interested in new challenges.')).toBeUndefined();
  });
});

describe('the sheet built from an About and a programme posting', () => {
  const NOW = Date.UTC(2026, 2, 10);

  it('names the employer the About gives over a top-card organisation nothing else confirms, and asks from the About', () => {
    const about =
      'Responsabile sviluppo presso Campi Solari Srl, mi occupo di terreni per impianti agrivoltaici. Nel 2014 ho contribuito alla fondazione della Rete Apicoltori Toscani, una rete di 40 aziende. Sono particolarmente interessato a portare gli alveari dentro gli impianti solari, rendendoli più produttivi.';
    const lodge = company('Loggia Tre Colonne #12');
    const p = person('Marco Bellini', { about, currentCompanyId: lodge.id });
    const input: PrepInput = {
      person: p,
      company: lodge,
      clips: [],
      self: self({ field: 'Beekeeping', targetRole: 'Land manager' }),
      now: NOW,
    };
    const s = signals(input);
    expect(s.companyName).toBe('Campi Solari');
    expect(s.title).toBe('Responsabile sviluppo');
    const texts = suggestQuestions(s, 45).questions.map((q) => q.text);
    expect(texts[0]).toMatch(/helped found Rete Apicoltori Toscani in 2014.*Responsabile sviluppo at Campi Solari,/);
    expect(texts.join(' ')).toMatch(/interest in “portare gli alveari dentro gli impianti solari”/);
    // A company clipped in its own right keeps its name.
    const own = signals({ ...input, clips: [{ ...clip('company-page', 'Loggia', 'Our lodge.'), companyId: lodge.id } as Clip] });
    expect(own.companyName).toBe('Loggia Tre Colonne #12');
    // The sheet's title, its company card and its research list name the employer too, never the lodge
    // (blind-13 rizzico: "Osdia Capitolo … #3009" in the top card and five research lines).
    const sheet = buildPrepSheet(input);
    expect(sheet.company?.name).toBe('Campi Solari');
    expect(sheet.meeting).toBeUndefined();
    expect(sheet.research.map((g) => `${g.what} ${g.where}`).join(' ')).not.toMatch(/Loggia/);
    expect(sheet.research.map((g) => g.what).join(' ')).toMatch(/Campi Solari/);
    expect(prepSheetMarkdown(sheet)).not.toMatch(/Loggia/);
  });

  it('treats a programme posting that seeks the target as the role aimed for, and a student as studying the field', () => {
    const c = { ...clip('job-posting', 'College Student Summer Intern', PROSE_POSTING), companyId: 'co-Orbital' } as Clip;
    const posting = {
      ...c,
      extraction: { ...c.extraction, job: { title: 'College Student Summer Intern', description: PROSE_POSTING.split('\n')[0] } },
    } as Clip;
    const input: PrepInput = {
      company: company('Orbital'),
      clips: [posting],
      self: self({ field: 'Electrical engineering', targetRole: 'Electrical engineering intern', schools: ['Tech University'] }),
      now: NOW,
    };
    const s = signals(input);
    expect(s.openRoles[0]?.matchesTarget).toBe(true);
    const texts = suggestQuestions(s, 30)
      .questions.map((q) => q.text)
      .join(' ');
    expect(texts).toMatch(/coordinating bench hardware/);
    expect(texts).not.toMatch(/already working in electrical engineering/);
  });
});

describe('an open role of the same family is not "the role you are aiming for"', () => {
  it('says the field for a family match and the role for a title match', () => {
    const input = (title: string): PrepInput => ({
      company: company('Lumen'),
      clips: [
        {
          ...clip('job-posting', title, `We are adding a ${title}.`),
          extraction: { kind: 'job-posting', job: { title } },
        } as unknown as Clip,
      ],
      self: self({ targetRole: 'Product designer' }),
      now: Date.UTC(2026, 2, 10),
    });
    const hook = (t: string) => pickHooks(signals(input(t))).find((h) => h.kind === 'open-role')?.text ?? '';
    expect(hook('Multimedia Designer')).toMatch(/in the field you are aiming for/);
    expect(hook('Multimedia Designer')).not.toMatch(/the role you are aiming for/);
    expect(hook('Senior Product Designer')).toMatch(/the role you are aiming for/);
  });
});
