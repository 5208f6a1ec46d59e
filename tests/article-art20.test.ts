import { describe, expect, it } from 'vitest';
import { metaLineByline, microdataAuthor } from '../lib/extract/article/marked-byline';
import { boilerplate } from '../lib/extract/article/press-release';
import { storySubject } from '../lib/extract/article/subject';
import { COMPANY_AFTER } from '../lib/extract/article/subject-cues';
import { ownerOf } from '../lib/extract/article/subject-owner';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-13 and fresh-15 (pages written here in the same shapes: invented names and text).
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));
const body = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');
const subject = (title: string, paragraphs: string[], excerpt?: string) => storySubject({ title, excerpt, paragraphs, exclude: [] });

describe('bylines the clipper’s reader passes over', () => {
  const blog = (cls: string, meta = 'Hal Moreno') => `<html><head><title>Small Touch Wins Big for Two Founders | StartWire</title>
    <meta name="author" content="${meta}"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2010-08-18T16:55:00Z"></head><body>
    <div class="entry-asset"><div class="asset-header">
    <h1 class="titlelink"><a href="https://startwire.example/2010/08/small-touch.php">Small Touch Wins Big for Two Founders</a></h1>
    <div id="submeta" class="${cls}">By <a href="https://startwire.example/author/ada-quill.php">Ada Quill</a> / August 18, 2010 4:55 PM
    / <a href="https://startwire.example/2010/08/small-touch.php#comments">6 Comments</a></div></div>
    <div class="asset-body">${body(5, 'The couple runs a small hosting shop from a shared desk in a co-working space, and its customers say they are looked after like friends.')}</div>
    </div></body></html>`;

  it('reads the post’s line of facts named after its author and date, not the editor in the author meta', () => {
    const x = read(blog('author-date-comments'), 'https://startwire.example/2010/08/small-touch.php');
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Ada Quill']);
  });

  it('leaves a class that names no byline to the other readers', () => {
    const headline = docFrom(blog('date-comments'), 'https://startwire.example/2010/08/small-touch.php').querySelector('h1')!;
    expect(metaLineByline(headline, ['StartWire'], 'startwire.example')).toEqual([]);
    // An author's card ("author-bio") is no line of facts about this post.
    const card = docFrom(blog('author-bio'), 'https://startwire.example/2010/08/small-touch.php').querySelector('h1')!;
    expect(metaLineByline(card, ['StartWire'], 'startwire.example')).toEqual([]);
  });

  it('reads the microdata author of a feature whose header sits outside the headline’s block', () => {
    const html = `<html><head><title>How the Anchors Took Down Their Boss</title><meta name="author" content="">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2016-09-02T08:00:00Z"></head><body>
      <div class="lede-feature"><h1 class="lede-title">The Revenge of the Anchors</h1>
      <span class="lede-authors"><span>By</span> <span itemprop="author" itemscope itemtype="http://schema.org/Person">
      <a href="/author/gina-sorel/" rel="author"><span>Gina Sorel</span></a><meta itemprop="name" content="Gina Sorel"></span></span></div>
      <article itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">How the Anchors Took Down Their Boss</h1>
      ${body(6, 'It took fifteen days to end the long reign of the network’s chairman, one of the most storied runs in broadcasting.')}
      </article>
      <div class="feed"><div class="feed-item"><div class="headline">A Guide to the Races Worth Watching</div>
      <div class="byline"><span>By</span> <span>Ned Ruark</span></div></div></div></body></html>`;
    const x = read(html, 'https://magazine.example/2016/09/how-the-anchors-took-down-their-boss.html');
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Gina Sorel']);
    // A comment's author is no author of the story.
    const comment = docFrom(
      `<div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Pat Vale</span></div>`,
      'https://magazine.example/x',
    );
    expect(microdataAuthor(comment, [], 'magazine.example')).toEqual([]);
  });

  it('reads the writer from the credits block under a magazine’s text, not its photographer', () => {
    const html = `<html><head><title>Palvelu muuttaa maksut mobiiliksi – Tuottaja</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2015-02-23T09:00:00Z"></head><body>
      <article><h1 class="single-title">Palvelu muuttaa maksut mobiiliksi</h1>
      <section class="entry-content">${body(5, 'Verkkopalvelun uudistus on osa yhtiön monikanavastrategiaa, jonka tavoitteena on tehdä maksuasioiden hoitamisesta helppoa.')}
      <h6>Teksti: Aino Rautio<br> Kuvat: Eero Salmi<br> Graafi: Liisa Koski</h6></section></article></body></html>`;
    const x = read(html, 'https://tuottaja.example/palvelu-muuttaa-maksut-mobiiliksi/');
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Aino Rautio']);
  });

  it('keeps a company blog’s own staff credit as its byline', () => {
    const html = (author: string) => `<html><head><title>The Best New Tables of 2025 | The Nook Blog</title>
      <meta property="og:site_name" content="Nook"><meta property="og:type" content="article"><meta name="author" content="${author}">
      <meta property="article:published_time" content="2025-11-04T09:00:00Z"></head><body>
      <article><h1>The Best New Tables of 2025</h1><span class="byline"><strong>By </strong><a href="/author/staff/" rel="author">${author}</a></span>
      ${body(5, 'Book these tables on Nook before everyone else does: Nook members get first access to new openings all year.')}
      </article></body></html>`;
    expect(read(html('Nook Staff'), 'https://blog.nook.example/2025/11/best-new-tables/').article?.authors).toEqual(['Nook Staff']);
    // Another outlet's staff is no credit of this company.
    expect(read(html('Ledger Staff'), 'https://blog.nook.example/2025/11/best-new-tables/').article?.authors).toBeUndefined();
  });

  it('keeps the news agency the JSON-LD credits as a co-author beside the reporter', () => {
    const html = `<html><head><title>Kommission prüft Einfluss von Clipbox auf Wahlen | 20 Stunden</title>
      <meta property="og:site_name" content="20 Stunden">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kommission prüft Einfluss von Clipbox auf Wahlen","datePublished":"2024-12-17T11:17:15Z",
      "author":[{"@type":"Person","name":"Lena Furrer"},{"@type":"Person","name":"Deutsche Presse-Agentur"}]}</script>
      </head><body><article><h1>Kommission prüft Einfluss von Clipbox auf Wahlen</h1><p>von Lena Furrer, Deutsche Presse-Agentur</p>
      ${body(5, 'Die Kommission prüft, ob Clipbox ausländische Einflüsse bei Wahlen ausreichend bekämpft, und es drohen Strafen.')}
      </article></body></html>`;
    const x = read(html, 'https://www.20stunden.example/story/kommission-prueft-clipbox-103241818');
    expect(x.article?.authors).toEqual(['Lena Furrer', 'Deutsche Presse-Agentur']);
  });
});

describe('the company a story is about', () => {
  it('reads a press portal’s loose-text release by its "About X" line, a lower-case brand with its legal form included', () => {
    const root = docFrom('<div><p>text</p></div>', 'https://portal.example/x').body;
    const lines = [
      'Bochum, 11. März 2015. – Die quellwerk GmbH hat ihr neues Release freigegeben.',
      'Über die quellwerk GmbH',
      'Die quellwerk GmbH entwickelt und vertreibt das Archivsystem quellwerk. Das Unternehmen beschäftigt zurzeit 75 Mitarbeiter.',
    ];
    expect(boilerplate(root, [], lines)).toEqual({ name: 'quellwerk GmbH', text: lines[2], headed: true });
    // A lower-case phrase with no legal form is no company's name ("Über die neue Version").
    expect(
      boilerplate(
        root,
        [],
        ['Über die neue Version', 'Die neue Version unterscheidet sich in vielen Punkten von der alten und bringt neue Funktionen.'],
      ),
    ).toBeUndefined();
  });

  it('keeps "Fox News"-like full names whose extra word is only a rival’s name with a legal form', () => {
    const text = (n: number) =>
      Array.from({ length: n }, (_, i) => `Vex News aired the chairman’s shows for years, and Vex executives kept quiet about him (${i}).`);
    expect(
      subject('How Vex News Women Took Down Their Chairman', [
        'It took fifteen days to end the reign of the chairman at Vex News, one of the most storied runs in media.',
        'Vex News built a powerful channel, and Vex & Pals was its morning show.',
        'Vex owner News Corp. said it would review the claims, and News Corp. later settled.',
        ...text(8),
      ]),
    ).toBe('Vex News');
  });

  it('reads the company a scene-set feature names first in the lead, when the story keeps returning to it', () => {
    expect(COMPANY_AFTER.test(' - a premium WordPress hosting service celebrating its first birthday')).toBe(true);
    expect(COMPANY_AFTER.test(' - a long walk from the station')).toBe(false);
    expect(
      subject(
        'Personal Touch Yields Success for Husband & Wife Team',
        [
          'In the heart of downtown Mesa, Arizona, sits Forgehall, a shared office of designers and engineers.',
          'The desks are those of Jon and Mia Teller, the founders (and only employees) of Nook.io - a premium WordPress hosting service.',
          'Nook.io actually isn’t the first venture the couple has launched together.',
          'Nook.io was born with these principles in mind.',
          'One year later, Nook.io has built a strong following of users.',
          'Nook.io was bootstrapped, says Jon.',
        ],
        'A couple in Arizona built a small business on friendly service.',
      ),
    ).toBe('Nook.io');
  });

  it('names the maker of the drug a headline names when the text says "X, the drug company that makes Y"', () => {
    expect(ownerOf('Quellora', ['Harwick, the drug company that makes Quellora, later ran a study of its own.'], () => true, true)).toBe(
      'Harwick',
    );
    // A possessive is not read as the maker when only makers count ("Vantor’s Quellora" may be a unit's story).
    expect(ownerOf('Quellora', ['Vantor’s Quellora sold well.'], () => true, true)).toBeUndefined();
    expect(
      subject('Quellora: even if regulators lift limits, will the diabetes drug make a comeback?', [
        'Regulators may ease the limits on Quellora, the diabetes pill once tied to heart attacks.',
        'Quellora’s sales fell sharply after the 2007 review.',
        'Two years later, Harwick, the drug company that makes Quellora, later ran a study of its own showing no increase in risk.',
        'Doctors say few patients will go back to Quellora.',
        'Doctors may still prescribe Quellora to some patients.',
      ]),
    ).toBe('Harwick');
  });
});
