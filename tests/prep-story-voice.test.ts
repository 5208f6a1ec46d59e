import { describe, expect, it } from 'vitest';
import { newsQuestion } from '../lib/prep/bank/news';
import { storyPointQuestion } from '../lib/prep/bank/story-points';
import { postVoice } from '../lib/prep/bank/story-voice';
import { companyNews } from '../lib/prep/news';
import { buildPrepSheet } from '../lib/prep/sheet';
import { saysSomething, storyPointHook, understood } from '../lib/prep/story-point';
import { pointsInStory } from '../lib/prep/story-points';
import { toolClause } from '../lib/prep/story-saying';
import { clips, company, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'sv', publishedAt: '2025-12-10', siteName: 'Acme Blog' });
const acme = { ...company('Acme'), domains: ['acme.io'] };
const post = (text: string, authors?: string[], title = 'Keeping our engineers productive at home') =>
  clip('article', title, text, {
    url: 'https://acme.io/blog/remote',
    companyId: acme.id,
    extraction: { kind: 'article', url: 'https://acme.io/blog/remote', title, extractor: 'test', sources: {}, article: { title, authors } },
  });

describe('whose words a company’s own post holds', () => {
  it('is "your post" only when the person met wrote it; otherwise the company’s, by its writer when the byline names one', () => {
    expect(postVoice(['Dana Ruiz'], 'Acme', 'Dana Ruiz')).toMatchObject({ yours: true });
    expect(postVoice(['Dana Ruiz'], 'Acme', 'Lee Park')).toEqual({ yours: false, whose: 'Acme’s', author: 'Dana Ruiz' });
    expect(postVoice(['Acme Engineering Team'], 'Acme', undefined)).toEqual({ yours: false, whose: 'Acme’s', author: undefined });
    expect(postVoice(undefined, undefined, 'Lee Park')).toEqual({ yours: false, whose: 'the company’s', author: undefined });
  });

  it('quotes the company’s first-person sentence as its writer’s, never as the person’s own post', () => {
    const p = pointsInStory(
      post('We think Brotli makes the slower build a worthy tradeoff for our customers.', ['Dana Ruiz']),
      acme,
      NOW,
    )[0]!;
    expect(storyPointQuestion(p, 'Lee Park')).toMatch(/^In Acme’s post, Dana Ruiz writes: “We think Brotli makes the slower build/);
    expect(storyPointQuestion(p, 'Dana Ruiz')).toMatch(/^Your post says: “We think/);
  });

  it('says a clause that opens on the company’s name once: "Acme writes that it …"', () => {
    const own = post(
      'Even on merged blocks, Acme continues to lead throughput by between 2x and 10x. While others improved, the gap grew.',
    );
    const [p] = pointsInStory(own, acme, NOW);
    expect(storyPointQuestion(p!, 'Lee Park')).toBe(
      'Acme writes that it continues to lead throughput by between 2x and 10x. What do people inside credit for that?',
    );
  });

  it('cites the post by title as the company’s, with its writer, on the sheet of someone who did not write it', () => {
    const own = post(
      'Since Acme moved to remote work, we are learning a lot.\nOur developers use Pair Studio for joint debugging sessions and peer learning.',
      ['Dana Ruiz'],
      'Helping our developers stay productive while working remotely',
    );
    const [n] = companyNews([own], acme, NOW);
    expect(newsQuestion(n!, 'Lee Park')).toMatch(
      /^I read Acme’s post “Helping our developers stay productive while working remotely” by Dana Ruiz \(/,
    );
    expect(newsQuestion(n!, 'Dana Ruiz')).toMatch(/^I read your post “Helping our developers/);
    const sheet = buildPrepSheet({
      company: acme,
      person: person('Lee Park'),
      clips: [own],
      self: self({ targetRole: 'Engineering manager' }),
      now: NOW,
    });
    const texts = sheet.questions.map((q) => q.text).join('\n');
    expect(texts).not.toMatch(/\b[Yy]our post\b/);
  });
});

describe('a post’s signposts are no points', () => {
  it('never asks "Here, I’ll share …" nor "We recommend this post from …"', () => {
    const own = post(
      'Here, I’ll share some of the ways we’re working to make this as seamless as possible, including early learnings on productivity.\nWe recommend this post from Sam Lee in our Developer Division.\nIf that’s not feasible, then we recommend setting up a Hyper-V virtual machine on their home machine.',
    );
    expect(pointsInStory(own, acme, NOW)).toEqual([]);
  });
});

describe('the tools a company’s people work with, said from its own post', () => {
  it('reads "Our developers use X for Y" and "We’ve found it helpful to use X for Y" as its way of working', () => {
    expect(
      toolClause(
        'Our developers use Visual Studio Live Share for joint debugging sessions and peer learning.',
        ['Visual Studio Live Share'],
        'Acme',
      ),
    ).toBe('Acme’s developers use Visual Studio Live Share for joint debugging sessions');
    expect(
      toolClause('We’ve found it helpful to use Live Share for technical interviews, allowing us to engage.', ['Live Share'], 'Acme'),
    ).toBe('Acme uses Live Share for technical interviews');
    // A tool the sentence does not name as a name is no tool.
    expect(toolClause('Our developers use laptops for most work at home.', [], 'Acme')).toBeUndefined();
    const [p] = pointsInStory(post('Our developers use Pair Studio for joint debugging sessions and peer learning.'), acme, NOW);
    expect(p).toMatchObject({ kind: 'tool', clause: 'Acme’s developers use Pair Studio for joint debugging sessions' });
    expect(storyPointQuestion(p!, 'Lee Park')).toMatch(
      /How did the team settle on working that way, and what would you change about it\?$/,
    );
  });
});

describe('a story’s point asked for what the event calls for', () => {
  const story = (text: string) => clip('article', 'How Acme plans to grow', text, { companyId: acme.id, siteName: 'Inc.' });

  it('asks stores opened for what each new one asks of the team, not who scoped "that work"', () => {
    const [p] = pointsInStory(
      story(
        'Acme managed to double its members this year. The company continued opening brick-and-mortar stores, now located in New York, Chicago and Las Vegas.',
      ),
      acme,
      NOW,
    );
    expect(p).toMatchObject({ kind: 'expand' });
    expect(storyPointQuestion(p!)).toMatch(/What does each new one ask of the team behind it, and what have the first ones taught you\?$/);
    expect(storyPointQuestion(p!)).not.toMatch(/scope/);
  });

  it('asks a leader brought in for what changed since, and an older one looking back', () => {
    const text =
      'Acme hired Chris Halkyard from Gilt as its first chief logistics officer, with 850 employees now reporting to business units.';
    const [p] = pointsInStory(story(text), acme, NOW);
    expect(p?.kind).toBe('appoint');
    expect(storyPointQuestion(p!)).toMatch(/What has changed in how the team works since then, and what is still settling\?$/);
    const [old] = pointsInStory(story(text), acme, Date.UTC(2027, 6, 1));
    expect(storyPointQuestion(old!)).toMatch(/Looking back, what changed in how the team works once they arrived\?$/);
  });
});

describe('a story not in English that gives a figure of the company’s work', () => {
  const german = (text: string) =>
    clip('article', 'Kühltürme gesprengt', text, {
      companyId: acme.id,
      siteName: 'Stuttgarter Zeitung',
      extraction: {
        kind: 'article',
        url: 'https://zeitung.example/x',
        title: 'Kühltürme gesprengt',
        extractor: 'test',
        sources: {},
        lang: 'de',
      },
    });

  it('is summarised by what was understood (its kind, the company, the figure with its noun), never its sentence pasted, with a question that fits a build', () => {
    const story = german(
      'Die Kühltürme sind gesprengt worden. Schon am Mittwoch soll dort der Spatenstich für einen Batteriespeicher gesetzt werden. Laut Acme wird der Speicher mit einer Kapazität von rund 700 Megawattstunden der aktuell größte in Deutschland.',
    );
    const [p] = pointsInStory(story, acme, NOW);
    expect(p).toMatchObject({ kind: 'build', language: 'German', anchors: ['700 Megawattstunden'] });
    expect(storyPointQuestion(p!)).toBe(
      'A German story from December 2025 covered a project of Acme’s (700 Megawattstunden). What does a project like that ask of the team, and what is hardest about it from the inside?',
    );
    expect(storyPointHook(p!)).toBe('Acme: 700 Megawattstunden (a story in German)');
  });

  it('a figure without its noun is no point: nothing to summarise, so no hook and no question (blind-15 creditshelf: “5 Mio”)', () => {
    expect(saysSomething('5 Mio')).toBe(false);
    expect(saysSomething('100.000 bis 5 Mio.')).toBe(false);
    expect(saysSomething('64,2 Mrd. Euro')).toBe(true);
    expect(saysSomething('44 Prozent')).toBe(true);
    expect(saysSomething('€5m')).toBe(true);
    expect(saysSomething('Valendo')).toBe(true);
    const point = pointsInStory(
      german(
        'Die Kühltürme sind gesprengt worden. Schon am Mittwoch soll dort der Spatenstich für einen Batteriespeicher gesetzt werden. Laut Acme wird der Speicher mit einer Kapazität von rund 700 Megawattstunden der aktuell größte in Deutschland.',
      ),
      acme,
      NOW,
    )[0]!;
    expect(understood(point)).toEqual(point);
    expect(understood({ ...point, anchors: ['5 Mio'] })).toBeUndefined();
    expect(understood({ ...point, anchors: ['5 Mio', 'Valendo'] })?.anchors).toEqual(['Valendo']);
  });

  it('gives nothing for a sentence without the company or without a figure', () => {
    expect(
      pointsInStory(
        german('Etwa 30.000 Schaulustige verfolgten nach Angaben der Polizei die Sprengung von 56.000 Tonnen Stahlbeton.'),
        acme,
        NOW,
      ),
    ).toEqual([]);
    expect(pointsInStory(german('Der Betreiber Acme hatte die Aktion mehr als ein Jahr lang sorgfältig vorbereitet.'), acme, NOW)).toEqual(
      [],
    );
  });
});
