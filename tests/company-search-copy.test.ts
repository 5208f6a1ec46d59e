import { describe, expect, it } from 'vitest';
import { definesCompany } from '../lib/extract/company-definition';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { isSearchCopy, welcomesAs } from '../lib/extract/pitch-description';
import { docFrom } from './helpers/dom';

const page = (head: string, body: string, url: string) =>
  extractPage(docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url), new URL(url));

describe('a meta line written as search copy (fresh21-ward4mke, fresh21-plunketts, fld22-executivevisions, fld22-misterplumber)', () => {
  it('knows a line to searchers, a title-case headline, a run of towns or search words and a word said thrice', () => {
    expect(isSearchCopy('Reach Harlow’s Pest Control in Dayton, OH if you’re looking for the best local pest control.')).toBe(true);
    expect(isSearchCopy("Dayton's Shared Office Space. Quiet And Bright Desks For Freelancers & Startups.")).toBe(true);
    expect(isSearchCopy('Roofing contractor in Leeds, Bradford, Wakefield, Harrogate fixing flat and pitched roofs')).toBe(true);
    expect(isSearchCopy('Party Hire from an award winning crew. Offering party tents, wedding tents, festival tents and marquees.')).toBe(
      false,
    );
    expect(isSearchCopy('Garden design from an award winning team. Offering garden design, garden planting, garden lighting.')).toBe(true);
  });

  it('takes a plain line on the service for what it is, in any language', () => {
    expect(isSearchCopy("Unlock business insights with Harlow's expert data services. We offer dashboards, forecasts, and more.")).toBe(
      false,
    );
    expect(isSearchCopy('Plan, write and ship together. The workspace where teams get more done, faster.')).toBe(false);
    expect(isSearchCopy('Datenrecherche und aktuelle Sicherheitsdatenblätter. Optimiertes Gefahrstoffmanagement.')).toBe(false);
    expect(isSearchCopy('We sell oak, ash and walnut flooring and fit it in homes across the county.')).toBe(false);
  });
});

describe('the name as a sentence spells it', () => {
  it('reads a curly apostrophe, a name without its space and the domain spelled out as the name', () => {
    expect(
      definesCompany('For over 80 years, Harlow’s has delivered honest pest control to homes.', "Harlow's Pest Control", 'harlows.example'),
    ).toBe(true);
    expect(definesCompany('Dock7 provides quiet desks and meeting rooms to freelancers.', 'Dock 7', 'dock7hub.example')).toBe(true);
    expect(definesCompany('Quiet Desks offers shared offices by the day.', 'Shared Offices Dayton', 'quietdesks.example')).toBe(true);
    expect(definesCompany('The Rug Loft is a family shop that sells and fits rugs.', 'Rugs at low prices', 'rugloft.example')).toBe(true);
  });

  it('never reads a longer word that starts with the name, nor how the company stands for what it does', () => {
    expect(definesCompany('Wardrobes provides built-in closets.', 'Ward Partners', 'wardpartners.example')).toBe(false);
    expect(
      definesCompany('Harlow’s is ready to help with all the pest control needs of your home.', "Harlow's Pest Control", 'harlows.example'),
    ).toBe(false);
    expect(definesCompany('Harlow’s is committed to pricing you can read.', "Harlow's Pest Control", 'harlows.example')).toBe(false);
  });

  it('reads a greeting that names the company and says what it is (fresh21-officialtranslations)', () => {
    const line = 'Welcome to Clear Translations in Albany, NY – your trusted provider for certified translations in 80 languages.';
    expect(welcomesAs(line, 'Albany Certified Translation Services', 'cleartranslations.example')).toBe(true);
    expect(welcomesAs(line, 'Albany Certified Translation Services', 'albanytranslate.example')).toBe(false);
    expect(welcomesAs('Welcome to Albany, the capital of New York State.', 'Clear Translations', 'cleartranslations.example')).toBe(false);
  });
});

describe('a home page whose meta line is search copy, and whose text defines the company (fresh21-ward4mke, -plunketts)', () => {
  const home = (meta: string, paragraphs: string[]) =>
    page(
      `<title>Pest Control Dayton</title><meta name="description" content="${meta}"><meta property="og:site_name" content="Harlow's Pest Control">`,
      `<header><a href="/"><img src="/logo.png" alt="Harlow's Pest Control"></a></header>
       <main><h1>Pest Control in Dayton, OH</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main>`,
      'https://www.harlows.example/service-area/dayton-oh',
    );
  const ready =
    'Harlow’s is ready to help with all the pest control needs for your home or business. Get in touch with Harlow’s whenever you need us.';
  const defines =
    'For over 80 years, Harlow’s has delivered honest, expert, full-service pest management services to homes and businesses.';

  it("takes the page's sentence that defines the company, not the one on how ready it is", () => {
    const x = home('Reach Harlow’s Pest Control in Dayton, OH if you’re looking for the best local pest control.', [ready, defines]);
    expect(x.company?.description).toBe(defines);
    expect(x.company?.summary).toBe(defines);
  });

  it('keeps a plain meta line, and search copy when no sentence defines the company', () => {
    const plain = 'Harlow’s Pest Control treats homes and businesses in Dayton, OH for ants, termites, rodents and bed bugs.';
    expect(home(plain, [ready, defines]).company?.description).toBe(plain);
    const copy = 'Reach Harlow’s Pest Control in Dayton, OH if you’re looking for the best local pest control.';
    expect(home(copy, [ready]).company?.description).toBe(copy);
  });
});
