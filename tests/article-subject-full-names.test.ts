import { describe, expect, it } from 'vitest';
import { nameRuns } from '../lib/extract/article/names';
import { storySubject } from '../lib/extract/article/subject';
import { COMPANY_AFTER, COMPANY_BEFORE } from '../lib/extract/article/subject-cues';

// Stories written here the way real ones name a company: in full once ("Sony Computer
// Entertainment has announced", "the Charlotte Bobcats", "Stade Rennais … SRFC"), then by a short
// form. The full name is the answer only when several cues say the longer name is the company's;
// a product ("Palm Phone"), a product with a name of its own ("Google Stadia") or a founder's
// given name ("the Walt Disney Co.") keeps the short form.

const subject = (title: string, paragraphs: string[], excerpt?: string) => storySubject({ title, excerpt, paragraphs, exclude: [] });

describe('a company’s full name, when the story calls it by a short form', () => {
  it('takes the longer name written as a company’s (its company word, what it does) over the short form', () => {
    expect(
      subject(
        'Skyline Rally 6 revealed on the Vantage 3',
        [
          'Verdane Computer Entertainment has announced Skyline Rally 6, the latest game in its racing series, due on the Vantage 3 this winter.',
          'The game brings 33 new tracks and 1,200 cars, and a new physics model written for the series.',
          'Verdane will show the game at its summer event in London, where players can drive the first tracks.',
        ],
        'Verdane has announced Skyline Rally 6, the latest game in the firm’s racing series.',
      ),
    ).toBe('Verdane Computer Entertainment');
  });

  it('keeps the short form when the longer name ends in a product’s word ("Palm Phone"), whatever it is said to do', () => {
    expect(
      subject('Hands on with the tiny Quill Phone', [
        'Quill announced the Quill Phone on Monday, a small Android handset that sells for $349.',
        'The Quill Phone has a 3.3-inch screen. The Quill Phone weighs 62 grams and runs for a day on a charge.',
        'Quill said the Quill Phone launches in June in Europe.',
      ]),
    ).toBe('Quill');
  });

  it('keeps the short form when the longer name is only said to act ("Orvane Harbor launched"): products launch too', () => {
    expect(
      subject('Orvane opens its chat service to businesses', [
        'Orvane said on Monday that businesses can now answer customers in its chat service, Orvane Harbor.',
        'Orvane Harbor launched in 18 countries last year. Orvane announced the change at its developer event.',
        'Orvane shares rose 2%. Orvane Harbor has 600 million users, and Orvane plans to charge businesses for it.',
      ]),
    ).toBe('Orvane');
  });

  it('keeps the short form when the added word is a product’s own name the story uses alone', () => {
    expect(
      subject('Destiny 3 runs at 1080p on Orvane Lumen, the studio confirms', [
        'Orvane Lumen will run Destiny 3 at 1080p, Orvane announced on Tuesday. Orvane Lumen launches next month.',
        'Lumen streams games from Orvane’s data centres. Lumen needs a 35 Mbps line for 4K.',
        'Orvane said Lumen would reach twelve countries. Lumen costs $10 a month.',
      ]),
    ).toBe('Orvane');
  });

  it('takes a place before the name that takes an article ("the Charlotte Bobcats") as part of the name', () => {
    expect(
      subject('League approves Halden Otters’ plan to change name to ‘Falcons’', [
        'The league announced Thursday that its owners voted to approve the Halden Otters’ petition to change the team’s name to the Falcons.',
        'The Otters have played in Halden since 2004. The Halden Otters said the change would take effect next season.',
        'Fans in Halden had asked for the old name for years. The Otters announced the new colours on Friday.',
        'The Otters will unveil the logo in Halden in December.',
      ]),
    ).toBe('Halden Otters');
  });

  it('keeps the surname when the words before it are a founder’s given name ("the Walt Disney Co.")', () => {
    expect(
      subject('Morrow+ hits 10 million sign-ups in its first day', [
        'The Agnes Morrow Co. said its streaming service signed up 10 million people on its first day, far more than analysts had expected.',
        'Morrow announced that the service would reach Europe next year. Morrow has spent billions on shows for it.',
        'Morrow shares rose 2% on the news. Morrow expects the service to make money by 2024.',
      ]),
    ).toBe('Morrow');
  });

  it('takes the longer name when the short form is a common word and the story’s acronym spells the longer one', () => {
    expect(
      subject('Stade Vercorin: le Portugais Paulo Ramos pour remplacer Hugo Marchal?', [
        'Le club breton recherche un entraîneur étranger pour succéder à Hugo Marchal.',
        'Le Stade Vercorin a entamé des discussions avec Paulo Ramos, selon plusieurs sources. Le stade était plein dimanche.',
        'Le conseil d’administration du SVFC doit se réunir lundi. L’ancien président du Stade de Reims pourrait y entrer.',
        'Le président du SVFC a confirmé les discussions. Le Stade Vercorin cherche aussi un directeur sportif.',
      ]),
    ).toBe('Stade Vercorin');
  });
});

describe('a person named in full, then by the last name', () => {
  it('is a person, not a company named by the first name ("Larry Page", then "Page" again and again)', () => {
    expect(
      subject('The Untold Story Of Ferris Hale’s Incredible Comeback', [
        'One day in July 2001, Ferris Hale decided to fire Orvane’s project managers. Ferris Hale had started the company with a friend.',
        'Hale wanted engineers to report to engineers. Hale told them so in a meeting. Hale was 28. Ferris said it was the only way.',
        'Hale kept his plan. Hale told the board. Ferris Hale was sure. Orvane later hired a chief executive, and Hale stepped aside.',
        'Ferris Hale waited. A decade later Hale came back to run Orvane. Hale reorganised the company. Ferris said little. Orvane announced the change in April.',
      ]),
    ).toBe('Orvane');
  });
});

describe('where a company is based, said before its name', () => {
  it('is not part of the name, and says the name is an organisation’s', () => {
    const runs = nameRuns(
      'events sponsored by the Dallas-based Wren Keller Foundation this year',
      new Set(['events', 'sponsored', 'by', 'the', 'this', 'year']),
    );
    expect(runs.map((r) => r.name)).toEqual(['Wren Keller Foundation']);
    expect(COMPANY_BEFORE.test(runs[0]!.before)).toBe(true);
  });

  it('a lower-case "foundation" after a name says it is an organisation’s', () => {
    expect(COMPANY_AFTER.test(' foundation canceled its walk')).toBe(true);
    expect(COMPANY_AFTER.test(' found a way')).toBe(false);
  });
});

describe('more evidence that a name is a company', () => {
  it('what the name opening a sentence owns by "its" (investors, shares) makes it a company', () => {
    expect(
      subject('Here Comes Pellora’s Real Television', [
        'Get ready, because by Christmas you will have a Pellora TV in your living room, and not the little box sold for $99 today.',
        'An analyst dug through suppliers and found evidence that Pellora is gearing up to produce a real set next year.',
        'As Pellora crests in the phone and tablet markets, its investors will look for the next big market. Pellora has the money to take it.',
        'If Pellora were to offer a better service, people might pay for it. Pellora TV would change the living room.',
        'Cable firms are losing viewers: Brontic announced this week that it lost 238,000 subscribers.',
      ]),
    ).toBe('Pellora');
  });

  it('of two companies the headline joins, the one the lead makes the actor, used as a company twice as often, is the subject', () => {
    const paragraphs = [
      'Barely a shot was fired. Book publishing giant Harwick announced a peaceful settlement with Corvane over e-book pricing on Thursday.',
      'Harwick said the new terms let it set prices for its e-books. Harwick CEO John Sargent wrote to authors on Thursday.',
      'Corvane had fought the publishers for a year. Harwick shares rose, and Harwick announced it would publish the terms.',
    ];
    expect(subject('Corvane, Harwick make peace over book pricing', paragraphs)).toBe('Harwick');
    // Both used as companies alike: neither is the story's one company.
    expect(
      subject('Corvane, Harwick make peace over book pricing', [
        'Barely a shot was fired. Harwick announced a peaceful settlement with Corvane over e-book pricing on Thursday.',
        'Corvane announced the terms too. Harwick and Corvane both said they were pleased.',
        'Corvane shares rose. Harwick shares rose as well.',
      ]),
    ).toBeUndefined();
  });

  it('a headline with every word capitalised opens with the name the lead opens with ("Samsung Continues to …")', () => {
    expect(
      subject('Veltrix Continues to Dominate Android Market', [
        'Veltrix has left all other Android-based smartphones in the dust, according to a recent report from analytics firm Quorra.',
        'Veltrix accounts for more than 47 percent of all U.S. and Canadian Web traffic. Tenzo comes in at a distant second place.',
        'Quorra said Veltrix held a significant edge over other Android manufacturers. Quorra reported the figures on Monday.',
        'Quorra’s report is based on online ad impressions. Veltrix did not comment.',
      ]),
    ).toBe('Veltrix');
  });
});
