import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { ownPageSubject } from '../lib/prep/own-page-subject';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import type { Clip } from '../lib/schema/dossier';
import { company, fact, self, storyClip } from './helpers/prep-records';

// Own pages written for this test in the shape of blind-15's: a services page titled "<Service> |
// <Firm>", a German firm's page on one specialism in capitals, a small restaurant's contact page
// whose title says what it is ("<Name> restaurant en partycentrum <Town>").
const NOW = Date.UTC(2024, 2, 5);
const page = (id: string, url: string, title: string, extra: Partial<Clip> = {}) =>
  storyClip(id, url, 'company-page', title, 'Some text of the page.', { companyId: 'co-Birch Lane Advisors', ...extra });

const opener = (input: PrepInput) => suggestQuestions(signals(input), 30).questions[0]!;

describe('the opener from the subject of the company’s own page the user clipped', () => {
  it('a services page: which part of that service is theirs', () => {
    const input: PrepInput = {
      company: company('Birch Lane Advisors'),
      clips: [page('c1', 'https://birchlane.example/services/hr-consulting/', 'HR Consulting Services | Birch Lane Advisors')],
      self: self({ targetRole: 'HR consultant' }),
      now: NOW,
    };
    const q = opener(input);
    expect(q.text).toBe('Which part of Birch Lane Advisors’ HR consulting services is yours, and what does it involve?');
    expect(q.basis).toEqual(['clip:c1']);
    // Without the classic "… and how did you come to it?" glued on (rub, issue 11), the page's service is the
    // choice the question asks them to make: where in it they sit.
    expect(judgeQuestion(q.text, q.basis, input).grounded).toBe(true);
  });

  it('the firm’s own noun at the end of a title is not the work (“… Analytics Agency”)', () => {
    const c = page('c5', 'https://birchlane.example/services/', 'Digital Marketing Analytics Agency | Birch Lane Advisors');
    expect(ownPageSubject([c], company('Birch Lane Advisors'))?.phrase).toBe('digital marketing analytics');
  });

  it('a page in another language is named in its own words, in quotation marks', () => {
    const c = page('c2', 'https://kanzlei.example/de/spezialisierung/forderungen', 'INTERNATIONALE FORDERUNGSBEITREIBUNG', {
      extraction: {
        kind: 'company-page',
        url: 'https://kanzlei.example/de/spezialisierung/forderungen',
        title: 'INTERNATIONALE FORDERUNGSBEITREIBUNG',
        lang: 'de',
        extractor: 'test',
        sources: {},
      },
    });
    expect(ownPageSubject([c], company('Birch Lane Advisors'))).toMatchObject({
      phrase: 'Internationale Forderungsbeitreibung',
      service: true,
      english: false,
    });
    expect(opener({ company: company('Birch Lane Advisors'), clips: [c], self: self({}), now: NOW }).text).toBe(
      'I read Birch Lane Advisors’ page on “Internationale Forderungsbeitreibung”. Which part of that work is yours, and what does it involve?',
    );
  });

  it('the site’s two-part description of itself, less its name and town: which side is theirs', () => {
    const co = company('Le Fourneau', { headquarters: fact('Wahlwiller') });
    const c = page('c3', 'http://www.fourneau.example/Page_6.htm', 'Le Fourneau restaurant en partycentrum Wahlwiller', {
      companyId: co.id,
    });
    expect(opener({ company: co, clips: [c], self: self({}), now: NOW }).text).toBe(
      'Le Fourneau’s site calls it “restaurant en partycentrum”. Which side of that is yours, and what does it involve?',
    );
  });

  it('the services its site lists come before its two-part description of itself (blind-8 SEM Automotive)', () => {
    const co = company('Le Fourneau', { headquarters: fact('Wahlwiller'), products: fact(['Catering', 'Cooking classes'], 'c4') });
    const c = page('c4', 'http://www.fourneau.example/', 'Le Fourneau restaurant en partycentrum Wahlwiller', { companyId: co.id });
    expect(opener({ company: co, clips: [c], self: self({}), now: NOW }).text).toBe(
      'Le Fourneau’s site lists Catering and Cooking classes. Which of those is closest to your own work, and what does your part of it involve?',
    );
  });

  it('a big firm’s menu is not put to someone met for sales or support; an unknown size keeps it (issue 11)', () => {
    const menu = (size?: string) =>
      company('Fernhill Apps', { products: fact(['Notes', 'Calendar', 'Mail'], 'c5'), ...(size ? { size: fact(size) } : {}) });
    const ask = (targetRole: string, size?: string) =>
      opener({ company: menu(size), clips: [], self: self({ targetRole }), now: NOW }).text;
    // Sales at a firm a clipped size calls big: those teams are organised by customer, not by product.
    expect(ask('Account manager', '10,001+ employees')).not.toMatch(/site lists/);
    // Sales at a firm of unknown size: the menu is still a fair way in (review of prep50).
    expect(ask('Account manager')).toMatch(/site lists/);
    // A clipped size of a few dozen: everyone is near the products.
    expect(ask('Account manager', '11-50 employees')).toMatch(/^Fernhill Apps’ site lists Notes, Calendar and Mail\./);
    // Work that makes the product, or a target the dossier cannot place: the menu places them.
    expect(ask('Product designer')).toMatch(/site lists/);
    expect(ask('Apprentice')).toMatch(/site lists/);
  });

  it('never the site’s furniture, a page of one side only, or a story about the company', () => {
    const co = company('Birch Lane Advisors');
    expect(ownPageSubject([page('a', 'https://birchlane.example/contact/', 'Contact | Birch Lane Advisors')], co)).toBeUndefined();
    expect(ownPageSubject([page('b', 'https://birchlane.example/', 'Birch Lane Advisors restaurant')], co)).toBeUndefined();
    // A page of its people is no two sides of a business (blind-10 kmb's "Attorneys & Staff").
    expect(ownPageSubject([page('s', 'https://birchlane.example/staff/', 'Attorneys & Staff | Birch Lane Advisors')], co)).toBeUndefined();
    const story = storyClip('d', 'https://news.example/x', 'article', 'HR Consulting Services at Birch Lane', 'Text.', {
      siteName: 'The Daily',
    });
    expect(ownPageSubject([story], co)).toBeUndefined();
    expect(
      opener({
        company: co,
        clips: [page('a', 'https://birchlane.example/contact/', 'Contact | Birch Lane Advisors')],
        self: self({}),
        now: NOW,
      }).text,
    ).toBe('What do you work on at Birch Lane Advisors, and how did you come to it?');
  });
});
