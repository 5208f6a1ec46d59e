import { describe, expect, it } from 'vitest';
import { isNotACompany } from '../lib/extract/article/gazetteer';
import { nameRuns } from '../lib/extract/article/names';
import { storySubject } from '../lib/extract/article/subject';
import { initialsFit } from '../lib/extract/article/subject-evidence';
import { spelledInTags } from '../lib/extract/article/subject-full-name';
import { rankSubjects } from '../lib/extract/article/subject-rank';
import { extract } from './helpers/extract-page';

// Snippets written here to imitate the junk a story's capitals offer as its company: an adverb
// opening a sentence, a model's code or a place's short form in brackets, a lone given name, a
// German noun said to be a maker's, a county, a day's sale, an author's own box; and the long
// name a story spells out beside the acronym its headline uses.

const names = (c: Parameters<typeof rankSubjects>[0]) => rankSubjects(c).map((r) => r.name);

describe('words that are no company', () => {
  it('an adverb opening a sentence, set off by a comma, is no name', () => {
    const runs = (t: string) => nameRuns(t, new Set()).map((r) => r.name);
    expect(runs('Basically, this business entity is a pharmacy company.')).not.toContain('Basically');
    expect(runs('Currently, there are millions of customers.')).not.toContain('Currently');
    // A name opening a sentence without a comma stays one ("Grammarly grew").
    expect(runs('Grammarly grew fast this year.')).toContain('Grammarly');
    const subject = storySubject({
      title: 'Better Care For America: What You Need To Know About Larnfield Health',
      paragraphs: [
        'Larnfield Health is all about helping people who are treading a path to better health. Basically, this business entity is a pharmacy innovation company with a clear goal of providing the best in care to its customers.',
        'Currently, there are millions of people being helped by the products and services that Larnfield Health offers. The company claims that this is its sole purpose.',
        'There are four main areas where Larnfield Health meets this objective.',
      ],
      exclude: ['Jobs Daily'],
    });
    expect(subject).not.toBe('Basically');
    expect(subject).not.toBe('Currently');
  });

  it('a model’s code in brackets is no company’s short form', () => {
    const c = {
      title: 'Wendmark 5er Kombi Facelift zum ersten Mal erwischt',
      excerpt: 'Die große Modellpflege der aktuellen 5er-Reihe (K40) von Wendmark wurde schon als Limousine gesichtet.',
      paragraphs: [
        'LCI nennt es Wendmark, wenn eine Baureihe eine große Modellpflege erhält. 2022 ist die 5er-Reihe (K40) dran.',
        'Am Heck hat Wendmark wahrscheinlich auch die Rückleuchten überarbeitet, aber die Form bleibt gleich.',
      ],
      exclude: ['Motorwelt'],
      lang: 'de',
    };
    expect(names(c)).not.toContain('K40');
    expect(storySubject(c)).not.toBe('K40');
  });

  it('the short form of a place in brackets is no company’s', () => {
    const first =
      'The cultural institute, attached to the Embassy of Ruritania in Port Vell and the Isles (PVI), has begun enrolment for new students interested in its language courses.';
    const c = {
      title: 'Enrolment now open for Portuguese classes at the cultural institute',
      excerpt: first,
      paragraphs: [
        first,
        'The Institute said in a release that classes will begin on Monday, January 12.',
        'Further information may be obtained by calling the Institute.',
      ],
      exclude: ['Island Herald'],
    };
    expect(names(c)).not.toContain('PVI');
    expect(storySubject(c)).toBeUndefined();
  });

  it('a lone given name, in a story naming the person by it, is no company', () => {
    const subject = storySubject({
      title: 'Gavin Moor unveils Tellwick’s successor to Java: the Serin Project',
      paragraphs: [
        'Gavin Moor of Tellwick recently unveiled the secret project he has been working on for two years, a new language designed to replace Java.',
        'According to the slides, the Serin Project aims to create a language for business computing.',
        'Gavin announced the project at a conference in Beijing, and the slides were all there in plain English.',
        'Gavin said the language would stay easy to read.',
      ],
      exclude: ['The Brain Dump'],
    });
    expect(subject).not.toBe('Gavin');
  });

  it('a German noun said to be someone’s ("Heizwesten von Kraltner") is a thing, not a company', () => {
    const c = {
      title: 'Heizwesten von Kraltner',
      excerpt: 'Heizwesten von Kraltner sorgen für Wärme auf der Baustelle. Die beheizbaren Westen lassen sich waschen.',
      paragraphs: [
        'Ob bei Minusgraden auf der Baustelle oder im Rohbau – Heizwesten von Kraltner sorgen in Minuten für angenehme Temperaturen.',
        'Kraltner hat sein Sortiment beheizbarer Arbeitskleidung weiterentwickelt und bietet jetzt auch eine Jacke an.',
        'Wir haben die acht besten Heizwesten unter die Lupe genommen. Heizwesten sind im Grunde einfach.',
      ],
      exclude: ['Werkzeugwelt'],
      lang: 'de',
    };
    expect(names(c)).not.toContain('Heizwesten');
    expect(storySubject(c)).not.toBe('Heizwesten');
  });

  it('a county is a place and its government, and "Co." in a headline about it is the county', () => {
    expect(isNotACompany('Tarrow County')).toBe(true);
    expect(isNotACompany('Orange County Choppers')).toBe(false);
    const subject = storySubject({
      title: 'Tarrow Co. enters exclusive agreement that could bring a lakeside resort to Lake Mirren',
      paragraphs: [
        'Tarrow County has entered an exclusive agreement that could bring a lakeside resort to Lake Mirren.',
        'It would be located at Lake Mirren in Tarrow County.',
        'The Tarrow County Board of Supervisors approved a move to enter into exclusive negotiations with a local developer.',
      ],
      exclude: ['KXT7 News'],
    });
    expect(subject).not.toBe('Tarrow County');
    expect(subject).not.toBe('Tarrow');
  });

  it('a day’s sale ("Black Friday Deal") is no company', () => {
    expect(isNotACompany('Black Friday Deal')).toBe(true);
    expect(isNotACompany('Cyber Monday Angebote')).toBe(true);
    expect(isNotACompany('Fairway Deal')).toBe(false);
  });

  it('the box about the story’s author is no issuer’s boilerplate', () => {
    const html = `<html lang="de"><head><title>Angebot jetzt sichern: Tarnweg senkt kurzfristig die Preise</title>
      <meta property="og:type" content="article"><meta name="author" content="Mira Tollstein">
      <meta property="article:published_time" content="2023-10-30T08:00:00Z"></head>
      <body><article><h1>Angebot jetzt sichern: Tarnweg senkt kurzfristig die Preise</h1>
      <p>Der VPN-Anbieter Tarnweg senkt die Preise für seine Abos bis Ende November, und zwar für alle neuen Kunden in Europa.</p>
      <p>Wer jetzt bucht, bekommt zwei Jahre zum Preis von einem, dazu drei Freimonate und eine Geld-zurück-Garantie.</p>
      <p>Tarnweg verspricht, keine Protokolle über die Nutzung zu führen, und lässt das regelmäßig prüfen.</p>
      <div class="author-box"><p>Über <a href="https://tarnblog.example/author/1" rel="author">Mira Tollstein</a></p>
      <div class="content">Mira Tollstein fing im Jahr 2000 an, als Quereinsteigerin für verschiedene Computerzeitschriften tätig zu sein. Sie ist die Gründerin von Tarnblog und schreibt über Datenschutz.</div></div>
      </article></body></html>`;
    const x = extract(html, 'https://tarnblog.example/artikel/tarnweg-senkt-preise-1234.html');
    expect(x.article?.aboutCompany).not.toBe('Mira Tollstein');
  });
});

describe('a long name beats its acronym', () => {
  it('initials fit past the small words of a name', () => {
    expect(initialsFit('FTL', 'Federation of Tile Layers')).toBe(true);
    expect(initialsFit('QME', 'Quarry Mercantile Exchange')).toBe(true);
    expect(initialsFit('FTL', 'Federation of Master Builders')).toBe(false);
    // Past the small words every capitalised word has its letter, and no letter is left over.
    expect(initialsFit('UGA', 'University of Georgia')).toBe(false);
  });

  it('the name a story spells out beside the acronym its headline uses is the company’s', () => {
    expect(
      storySubject({
        title: 'QME now the second-largest futures exchange: open interest rises sharply',
        paragraphs: [
          'The rise in open interest in the futures of the QME has secured the regulated platform a market share of 25 percent.',
          'The Quarry Mercantile Exchange (QME), a regulated derivatives exchange, now ranks second by open interest among futures exchanges.',
          'The open interest of the QME reached a value of $3.58 billion on October 30, and the QME overtook two rivals.',
        ],
        exclude: ['Coin Daily'],
      }),
    ).toBe('Quarry Mercantile Exchange');
    expect(
      storySubject({
        title: 'And finally… trouble brewing',
        excerpt: 'New research from The Federation of Tile Layers (FTL) shows less than half of homeowners offer their tiler a hot drink.',
        paragraphs: [
          'New research from The Federation of Tile Layers (FTL) shows less than half of homeowners offer their tiler a hot drink.',
          'The research found that 42% of homeowners don’t offer their tiler a brew.',
          'Jo Bloggs, chief executive of the FTL, said: “Small acts of kindness really do matter.”',
          'Sam Trent, the FTL’s youngest board member, said: “It goes a long way.”',
        ],
        exclude: ['Building Now'],
      }),
    ).toBe('Federation of Tile Layers');
  });

  it('an editor’s tag that spells out the acronym gives the long name', () => {
    const tags = ['Sparkassen', 'Thema Helmut Schleweis', 'Thema Deutscher Kassen- und Giroring (DKGR)'];
    expect(spelledInTags(tags, 'DKGR')).toBe('Deutscher Kassen- und Giroring');
    expect(spelledInTags(tags, 'XYZ')).toBeUndefined();
  });
});
