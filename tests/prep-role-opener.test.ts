import { describe, expect, it } from 'vitest';
import { roleSaid } from '../lib/prep/bank/role-said';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { personQuotes } from '../lib/prep/person-words';
import { quotesIn } from '../lib/prep/quotes';
import { launchOpener } from '../lib/prep/bank/opener-story';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, fact, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2013, 5, 10);
const clip = clips({ idPrefix: 'r', publishedAt: '2013-05-15', siteName: 'The Courier' });
const opener = (input: PrepInput) => suggestQuestions(signals(input), 30).questions[0]!;

describe('a title as a sentence says it', () => {
  it('with its article, its qualifier as "of", a single post with "the"', () => {
    expect(roleSaid('Breast Surgeon')).toBe('a breast surgeon');
    expect(roleSaid('Director, Advanced Analytics')).toBe('the director of advanced analytics');
    expect(roleSaid('MD')).toBe('the MD');
    expect(roleSaid('Host')).toBe('the host');
    expect(roleSaid('Senior Software Engineer')).toBe('a senior software engineer');
    expect(roleSaid('Sr. Developer')).toBe('a senior developer');
    expect(roleSaid('Jr Account Mgr')).toBe('a junior account manager');
    // Two jobs at once, or a line that is no title: not said at all.
    expect(roleSaid('Founder & CEO')).toBeUndefined();
    expect(roleSaid('Designer | Speaker | Mentor')).toBeUndefined();
    expect(roleSaid(undefined)).toBeUndefined();
    // A title in the page's language reads wrong in an English question ("a fondateur at Geomark"):
    // said in English when one word says it (below), else not at all.
    expect(roleSaid('Leiter Vertrieb')).toBeUndefined();
    // Norwegian and Swedish compounds too (blind tine-syversen-student: "a sponsorsjef at TINE").
    expect(roleSaid('Sponsorsjef', 'TINE')).toBeUndefined();
    expect(roleSaid('Markedsleder', 'TINE')).toBeUndefined();
    expect(roleSaid('Team Leader')).toBe('a team leader');
  });

  it('never names the company twice, and says a German compound title in English', () => {
    expect(roleSaid('CEO von creditshelf', 'creditshelf')).toBe('the CEO');
    expect(roleSaid('CEO of Acme Robotics', 'Acme Robotics Inc.')).toBe('the CEO');
    expect(roleSaid('EBAA-Generalsekretär', 'European Business Aviation Association')).toBe('the secretary general');
    expect(roleSaid('Crocs-CEO', 'Crocs')).toBe('the CEO');
    expect(roleSaid('Volkswagen-Chef', 'Volkswagen')).toBe('the head');
    expect(roleSaid('Geschäftsführer', 'Valendo')).toBe('the managing director');
    // A qualifier that is no company stays; an English cook stays a chef; two roles in German are not said.
    expect(roleSaid('Head of Sales', 'Forthea')).toBe('the head of sales');
    expect(roleSaid('Head Chef', 'Le Montagnard')).toBe('the head chef');
    expect(roleSaid('Betriebsratschefin und Aufsichtsrätin', 'Volkswagen')).toBeUndefined();
  });

  it('one post of two fields is said; two posts, or a list after its "of", are not', () => {
    // "And" inside what the job is of joins fields, not jobs (abacus-marketing's Rob Wentz).
    expect(roleSaid('Director of Sales and Marketing')).toBe('a director of sales and marketing');
    expect(roleSaid('Director, Marketing & Business Development')).toBe('the director of marketing and business development');
    expect(roleSaid('Head of Research & Development')).toBe('the head of research and development');
    expect(roleSaid('Master electrician and instructor')).toBeUndefined();
    expect(roleSaid('Head of Sales and Co-founder')).toBeUndefined();
    expect(roleSaid('Head of Sales, Marketing and Events')).toBeUndefined();
    expect(roleSaid('Head of Sales, Marketing')).toBeUndefined();
    // A qualifier naming the company is where they sit (blind zalaris: "an enterprise sales executive of zalaris UK and i").
    expect(roleSaid('Enterprise Sales Executive, Zalaris UK and I', 'Zalaris')).toBe('an enterprise sales executive');
  });
});

describe('the opener asks the road to their real role when only their title is known', () => {
  it('someone a service page names with a title: the road to that role, not the classic opener', () => {
    const page = clip('company-page', 'Marketing Analytics', 'Rex Du, Director, Advanced Analytics');
    const rex = person('Rex Du', { currentTitle: 'Director, Advanced Analytics', sourceClipIds: [page.id] });
    const q = opener({
      person: rex,
      company: company('Forthea'),
      clips: [page],
      self: self({ targetRole: 'Marketing data scientist' }),
      now: NOW,
    });
    expect(q.text).toBe('How did you come to be the director of advanced analytics at Forthea, and what did the road there look like?');
    const thabe = person('Tim Thabe', { currentTitle: 'CEO von creditshelf' });
    expect(opener({ person: thabe, company: company('creditshelf'), clips: [], self: self({}), now: NOW }).text).toBe(
      'How did you come to be the CEO of creditshelf, and what did the road there look like?',
    );
    expect(q.mustAsk).toBe(true);
    const host = person('Rebecca Lavoie', { currentTitle: 'Host' });
    expect(opener({ person: host, company: company('Crime Writers On'), clips: [], self: self({}), now: NOW }).text).toBe(
      'How did you come to be the host of Crime Writers On, and what did the road there look like?',
    );
  });

  it('a title that is no single role keeps the classic opener', () => {
    const p = person('Sam Lee', { currentTitle: 'Designer | Speaker | Mentor' });
    expect(opener({ person: p, company: company('Acme'), clips: [], self: self({}), now: NOW }).text).toBe(
      'How did you find your way into the work you do now?',
    );
  });
});

describe('nobody named: the opener places them against a launch only when it has a name', () => {
  it('a common noun a story launched ("the war") is no product to work near', () => {
    const story = clip('article', 'Acme launches the war on cable', 'Acme launched the war on cable on Tuesday.', {
      publishedAt: '2013-06-01',
    });
    const q = opener({ company: company('Acme'), clips: [story], self: self({ targetRole: 'Product manager' }), now: NOW });
    expect(q.text).not.toMatch(/the war/);
  });

  it('… while a launch with a name, or with words in quotation marks, still places them', () => {
    const story = clip(
      'article',
      'Strava unveils ‘family’ plan and dark mode',
      'Strava unveiled its ‘family’ plan and dark mode on Tuesday.',
      {
        publishedAt: '2013-06-01',
      },
    );
    const input = {
      company: company('Strava', { size: fact('201-500 employees') }),
      clips: [story],
      self: self({ targetRole: 'Product manager' }),
      now: NOW,
    };
    // As the bank offers it; on the sheet the launch's own question asks about it, so the opener does not (prep-hook-once.test.ts).
    expect(launchOpener(signals(input), 'Strava')?.[0]?.text).toBe(
      'What does your job at Strava cover, and did any of it go into the ‘family’ plan?',
    );
  });
});

describe('the person met, quoted by surname in a story: their own words as a hook and a question', () => {
  const text = [
    'Palos Medical Group Breast Surgeon Dr. Kanesha Bryant discusses genetic testing.',
    'BRACAnalysis is a simple blood test designed “to determine whether someone has one of the two mutations,” says Dr. Bryant. “This will help the person decide on medical options.”',
    '“Possibly,” Dr. Bryant explains.',
    '“The first person who should be tested is the person who has actually had breast cancer,” says Dr. Bryant.',
    '“Mammograms save lives every single day,” says Dr. Jane Moss.',
  ].join('\n\n');
  const story = clip('article', "Palos Medical Group's Dr. Kanesha Bryant on genetic testing", text);
  const bryant = person('Kanesha Bryant', { currentTitle: 'Breast Surgeon', sourceClipIds: [story.id] });

  it('the first full sentence of theirs, not a clause that continues the story, a word, or someone else', () => {
    const [q, ...rest] = personQuotes([story], bryant);
    expect(rest).toEqual([]);
    expect(q!.quote).toBe('The first person who should be tested is the person who has actually had breast cancer');
    expect(q!.byPerson).toBe(true);
    expect(personQuotes([story], person('Jane Roe'))).toEqual([]);
  });

  it('are among the quotes on the record, first, whether or not a company is known (quotesIn calls personQuotes)', () => {
    const theirs = personQuotes([story], bryant);
    expect(theirs).toHaveLength(1);
    // The story's title names a group, not the hospital: the company's quotes never read it.
    expect(quotesIn([story], company('Palos Health'), bryant)).toEqual(theirs);
    expect(quotesIn([story], undefined, bryant)).toEqual(theirs);
    expect(quotesIn([story], undefined, undefined)).toEqual([]);
  });

  it('raised as a hook and asked back to them', () => {
    const input: PrepInput = {
      person: bryant,
      company: company('Palos Community Hospital'),
      clips: [story],
      self: self({ targetRole: 'Cancer genetic counselor' }),
      now: NOW,
    };
    const s = signals(input);
    expect(pickHooks(s).some((h) => h.kind === 'quote' && /first person who should be tested/.test(h.text))).toBe(true);
    const { questions } = suggestQuestions(s, 30);
    expect(questions.some((q) => /^You said: “The first person who should be tested/.test(q.text))).toBe(true);
  });
});

describe('a title of one foreign word with one English word for it', () => {
  it('is said in English, and a longer foreign title is still not said', () => {
    expect(roleSaid('Président')).toBe('the president');
    expect(roleSaid('Fondateur')).toBe('the founder');
    expect(roleSaid('Gründerin')).toBe('the founder');
    expect(roleSaid('Inhaber')).toBe('the owner');
    expect(roleSaid('Directeur commercial')).toBeUndefined();
  });
});

describe('a German compound title', () => {
  // "How did you come to be a personalleiter at Brennwerk" read as neither language.
  it('is not said inside an English question', () => {
    expect(roleSaid('Personalleiter')).toBeUndefined();
    expect(roleSaid('Vertriebsleiterin')).toBeUndefined();
    expect(roleSaid('Datenschutzbeauftragter')).toBeUndefined();
  });

  it('while English titles that merely contain such letters still are', () => {
    expect(roleSaid('Team Leader')).toBe('a team leader');
    expect(roleSaid('Referral Coordinator')).toBe('a referral coordinator');
  });
});
