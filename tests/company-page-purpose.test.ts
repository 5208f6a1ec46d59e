import { describe, expect, it } from 'vitest';
import { withProseFacts } from '../lib/extract/company-prose';
import { beforeContact, forThePage, legalNotice, withoutPageIntro } from '../lib/extract/page-purpose';
import type { PageExtraction } from '../lib/schema/page-extraction';

/** A company page whose description is its meta line, as the details script leaves it (or none). */
const page = (meta: string, taken = true): PageExtraction => ({
  kind: 'company-page',
  url: 'https://brightpipe.example/page',
  title: 'Brightpipe',
  extractor: 'company-site',
  description: meta,
  sources: taken ? { 'company.description': 'dom' } : {},
  company: { name: 'Brightpipe Plumbing', website: 'https://brightpipe.example/', ...(taken ? { description: meta } : {}) },
});
const hints = (meta: string) => ({ description: meta });
const read = (meta: string, lines = '', taken = true) => withProseFacts(page(meta, taken), lines, [], hints(meta)).company;

describe('a meta line that says what the page is for, not what the company does', () => {
  it('takes no careers, contact, reviews or portfolio line as the description or summary', () => {
    for (const meta of [
      'Hier findest Du alle offenen Stellen der Brightpipe GmbH. Wir freuen uns auf Deine Bewerbung!',
      'Sicher arbeiten mit Sinn: Wir suchen Fachkräfte für Rohrbau und Wartung.',
      'Contact information for Jo Lane, owner of Brightpipe Plumbing in Leeds.',
      'Finding a good plumber can be hard. That is where we help! Check out these honest customer reviews!',
      'Every project starts with a plan. See how our plans led to dry homes in our plumbing portfolio.',
    ]) {
      const c = read(meta);
      expect(c?.description, meta).toBeUndefined();
      expect(c?.summary, meta).toBeUndefined();
    }
  });

  it("takes the page's own sentence that defines the company in its place", () => {
    const lines = 'Brightpipe Plumbing is a family plumber fixing leaks and boilers across Leeds since 1990, day and night.';
    const c = read('We are hiring: join our team of plumbers in Leeds and grow with us.', lines);
    expect(c?.summary).toBe('Brightpipe Plumbing is a family plumber fixing leaks and boilers across Leeds since 1990, day and night.');
  });

  it('keeps a line that defines the company, whatever it says next', () => {
    const meta = 'Brightpipe Plumbing is a family plumber in Leeds. Check out our customer reviews!';
    expect(read(meta)?.description).toBe(meta);
    expect(forThePage('Brightpipe fixes leaks and boilers across Leeds.')).toBe(false);
  });

  it('reads a team page line after its opening that presents the page', () => {
    const meta = 'Meet the team behind Brightpipe. A crew of seven plumbers fixing leaks and boilers across Leeds.';
    expect(withoutPageIntro(meta)).toBe('A crew of seven plumbers fixing leaks and boilers across Leeds.');
    expect(read(meta)?.summary).toBe('A crew of seven plumbers fixing leaks and boilers across Leeds.');
    expect(read(meta)?.description).toBe(meta);
  });

  it("takes no site builder's placeholder", () => {
    expect(read('Joomla! - the dynamic portal engine and content management system')?.description).toBeUndefined();
  });
});

describe("a contact page's meta line, up to how to reach the company", () => {
  it('keeps what the company does, before the telephone number or the call to get in touch', () => {
    const c = read(
      'We fix leaks and service boilers across Leeds and Bradford. For further information please contact us by phone.',
      '',
      false,
    );
    expect(c?.description).toBe('We fix leaks and service boilers across Leeds and Bradford.');
    expect(c?.summary).toBe('We fix leaks and service boilers across Leeds and Bradford.');
    expect(beforeContact('Boek een afspraak voor een cv-ketel onderhoud in Leeds. Bel naar 06 12 34 56 78.')).toBe(
      'Boek een afspraak voor een cv-ketel onderhoud in Leeds.',
    );
  });

  it('takes no line that only says where the company sits, and leaves a line with nothing to cut', () => {
    expect(
      read('Contact Us: Brightpipe Plumbing is located at 12 Mill Lane, Leeds LS1 4AB. Call today for more information.', '', false)
        ?.description,
    ).toBeUndefined();
    expect(beforeContact('We fix leaks and service boilers across Leeds.')).toBeUndefined();
  });
});

describe("a footer's legal line", () => {
  it('is no description, though a blurb may close on its copyright', () => {
    expect(legalNotice('PipeSense® is a registered trademark of Brightpipe Plumbing Ltd.')).toBe(true);
    expect(legalNotice('Brightpipe fixes leaks across Leeds. © 2024 Brightpipe. All rights reserved.')).toBe(false);
    const x = withProseFacts(
      {
        ...page('', false),
        sources: { 'company.description': 'dom' },
        company: {
          name: 'Brightpipe Plumbing',
          description: 'PipeSense® and PipeWatch® are registered trademarks of Brightpipe Plumbing Ltd.',
        },
      },
      '',
      [],
      hints(''),
    );
    expect(x.company?.description).toBeUndefined();
  });
});
