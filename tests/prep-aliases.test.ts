import { describe, expect, it } from 'vitest';
import { storyAliases } from '../lib/prep/aliases';
import { companyNames } from '../lib/prep/events';
import type { Clip } from '../lib/schema/dossier';

const story = (title: string, text: string): Pick<Clip, 'kind' | 'title' | 'text' | 'extraction'> => ({
  kind: 'article',
  title,
  text,
  extraction: { kind: 'article', url: 'https://news.example/a', title, extractor: 'test', sources: {}, article: { title } },
});

const komen = story(
  'Komen cancels 3-Day walk in District, six other cities in 2014',
  'The Susan G. Komen foundation canceled its signature 3-Day walk in Washington and six other cities next year. Komen called its decision one that was not made lightly. Komen will continue to host the 3-Day events in 2014 in Atlanta.',
);

describe('the short name a company’s stories call it by', () => {
  it('is taken when a headline uses it, the text names the company in full, and uses it twice more', () => {
    expect(storyAliases({ name: 'Susan G. Komen' }, [komen])).toEqual(['Komen']);
    expect(companyNames({ name: 'Susan G. Komen', aliases: ['Komen'] })).toEqual(['Susan G. Komen', 'Komen']);
  });

  it('is not taken on fewer cues: no headline, no full name, or once only', () => {
    const noHeadline = story('A charity walk shrinks', komen.text!);
    expect(storyAliases({ name: 'Susan G. Komen' }, [noHeadline])).toEqual([]);
    const noFull = story(komen.title, 'Komen called its decision one that was not made lightly. Komen will continue in Atlanta.');
    expect(storyAliases({ name: 'Susan G. Komen' }, [noFull])).toEqual([]);
    const once = story(komen.title, 'The Susan G. Komen foundation canceled its walk. Komen called it hard.');
    expect(storyAliases({ name: 'Susan G. Komen' }, [once])).toEqual([]);
    // A company's own page is no story about it.
    expect(storyAliases({ name: 'Susan G. Komen' }, [{ ...komen, kind: 'company-page' }])).toEqual([]);
  });

  it('the acronym a story states after the full name set in capitals, as some papers open a story', () => {
    const loss = story(
      'S$232m fair value loss pushes GPH into the red for first time',
      'GLOBEX Press Holdings (GPH) on Tuesday reported its first-ever net loss. GPH said its digital sales grew.',
    );
    expect(storyAliases({ name: 'Globex Press Holdings' }, [loss])).toEqual(['GPH']);
    // The acronym itself stays in capitals: a word in brackets is none.
    const word = story('Globex Press Holdings (media) reports', 'Globex Press Holdings (media) reported. Media grew; media fell.');
    expect(storyAliases({ name: 'Globex Press Holdings' }, [word])).toEqual([]);
  });

  it('never a place after "of", a word that names no organisation, or a lower-case tail', () => {
    const bank = story(
      'America’s banks lend more',
      'Bank of America said lending rose. America is borrowing again, and America’s savers are spending.',
    );
    expect(storyAliases({ name: 'Bank of America' }, [bank])).toEqual([]);
    const sony = story(
      'Entertainment giant posts a loss',
      'Sony Computer Entertainment said the PlayStation lost money. Entertainment spending fell; Entertainment stocks slid.',
    );
    expect(storyAliases({ name: 'Sony Computer Entertainment' }, [sony])).toEqual([]);
  });

  it('a team called by its nickname', () => {
    const bobcats = story(
      'Bobcats hire a new coach',
      'The Charlotte Bobcats named a new head coach on Tuesday. The Bobcats finished last season 21-61, and the Bobcats’ owner said the search was long.',
    );
    expect(storyAliases({ name: 'Charlotte Bobcats' }, [bobcats])).toEqual(['Bobcats']);
  });

  it('the head of a name whose last word names no organisation, on the same cues', () => {
    const northwell = story(
      'Northwell’s research branch rolls out three clinical trials',
      'Northwell Health’s research branch has rolled out three clinical trials. Northwell President Michael Dowling said so. The trials are offered in Northwell hospitals.',
    );
    expect(storyAliases({ name: 'Northwell Health' }, [northwell])).toEqual(['Northwell']);
    // Only the full name in the text after the headline: too few cues.
    const once = story(northwell.title, 'Northwell Health has rolled out three clinical trials. Northwell said more.');
    expect(storyAliases({ name: 'Northwell Health' }, [once])).toEqual([]);
    // A head that is itself generic, or a tail that names something ("Tata Steel"), is none.
    const tata = story('Tata posts a loss', 'Tata Steel said it lost money. Tata shares fell, and Tata expects more.');
    expect(storyAliases({ name: 'Tata Steel' }, [tata])).toEqual([]);
  });
});

describe('a company as a person names it', () => {
  it('drops a legal form, a tag or a descriptor after the name, never the partners of a firm named by them', () => {
    expect(companyNames({ name: 'Acme, Inc.' })).toEqual(['Acme, Inc.', 'Acme']);
    expect(companyNames({ name: 'AgentMail (YC S25)' })).toEqual(['AgentMail (YC S25)', 'AgentMail']);
    expect(companyNames({ name: 'Initech, a Globex company' })).toEqual(['Initech, a Globex company', 'Initech']);
    expect(companyNames({ name: 'Katz, Marshall & Banks' })).toEqual(['Katz, Marshall & Banks']);
  });

  it('keeps "Motors" or "Group" when what is left is a word every text uses ("General Motors" is never "General")', () => {
    expect(companyNames({ name: 'General Motors' })).toEqual(['General Motors']);
    expect(companyNames({ name: 'United Technologies' })).toEqual(['United Technologies']);
    expect(companyNames({ name: 'General Electric Company' })).toEqual(['General Electric Company', 'General Electric']);
    expect(companyNames({ name: 'Arcadia Group' })).toEqual(['Arcadia Group', 'Arcadia']);
  });
});
