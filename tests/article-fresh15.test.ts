import { describe, expect, it } from 'vitest';
import { publicationName } from '../lib/extract/article/publication';
import { storySubject } from '../lib/extract/article/subject';
import { ADJECTIVE_BEFORE, COMPANY_BEFORE_DE } from '../lib/extract/article/subject-cues';
import { isSiteDesk } from '../lib/extract/article/site-desk';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { withoutMarkup } from '../lib/text/markup';
import { docFrom } from './helpers/dom';

// Misses read on fresh-15 (pages written here in the same shapes: invented names and text).
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));
const body = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');

describe('articles: fresh-15 causes', () => {
  it('reads an excerpt whose meta description holds escaped markup as the text a reader sees', () => {
    expect(withoutMarkup('See <a href="https://lists.example/msg/1.html"> this posting</a> by Ada Lind for details.')).toBe(
      'See this posting by Ada Lind for details.',
    );
    // Not markup: a comparison and a heart.
    expect(withoutMarkup('When 3 < 5 and 7 > 2 <3')).toBe('When 3 < 5 and 7 > 2 <3');
    const html = `<html><head><title>Packing hot fields apart | Lumen Ada Lind's Blog</title>
      <meta name="description" content="See &lt;a href=&quot;https://lists.example/msg/1.html&quot;&gt; this posting&lt;/a&gt; by Ada Lind for details -- packing is something we wanted for a long time.">
      <meta property="og:type" content="article"><meta name="author" content="Ada Lind">
      <meta name="publish_date" content="2012-11-23 16:12:50"></head><body>
      <div class="blogtitle"><a href="https://blogs.lumen.com/ada">Ada's Blog</a></div>
      <article><h1>Packing hot fields apart</h1><p class="byline">By Ada Lind</p>
      ${body(4, 'See this posting by Ada Lind for details. The virtual machine lays out the fields of an object by their size, and hot fields that share a cache line slow each other down.')}
      </article></body></html>`;
    const x = read(html, 'https://blogs.lumen.com/ada/packing-hot-fields-apart');
    expect(x.kind).toBe('article');
    expect(x.article?.excerpt).toBe('See this posting by Ada Lind for details -- packing is something we wanted for a long time.');
    // A staff blog on the company's "blogs." address, named "Lumen Ada Lind's Blog": Lumen's own,
    // though the post never names Lumen.
    expect(x.article?.aboutCompany).toBe('Lumen');
  });

  it('drops a broadcaster’s regional desk credited beside its reporter', () => {
    expect(isSiteDesk('Mdr Thüringen', ['MDR', undefined])).toBe(true);
    expect(isSiteDesk('Josh Smith', ['Josh'])).toBe(false);
    expect(isSiteDesk('David Straub', ['MDR'])).toBe(false);
    const html = `<html><head><title>Ist das Thüringer Brot eine Illusion? Das harte Geschäft mit dem Brot | RDM.DE</title>
      <meta property="og:title" content="Ist das Thüringer Brot eine Illusion? Das harte Geschäft mit dem Brot | RDM.DE">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ist das Thüringer Brot eine Illusion? Das harte Geschäft mit dem Brot","datePublished":"2023-04-28T05:00:00+02:00","publisher":{"@type":"Organization","name":"RDM"}}</script>
      </head><body><main><h1><span class="dachzeile">Bäckereien</span>
      <span class="headline">Das harte Geschäft mit dem Brot: Warum immer weniger in Thüringen gebacken wird</span></h1>
      <p class="author">von <a href="mailto:jan.roth@rdm.example">Jan Roth, RDM THÜRINGEN</a></p>
      ${body(5, 'Beim Brotkonsum gehört Thüringen zu den Spitzenreitern, doch gebacken wird im Freistaat in immer weniger Betrieben, sagt der Verband.')}
      </main></body></html>`;
    const x = read(html, 'https://www.rdm.example/nachrichten/thueringen/baeckerei-brot-100.html');
    expect(x.article?.authors).toEqual(['Jan Roth']);
    // The kicker the page marks as one ("dachzeile"), which no metadata title carries, is no part of the headline.
    expect(x.article?.title).toBe('Das harte Geschäft mit dem Brot: Warum immer weniger in Thüringen gebacken wird');
    // A kicker the social title repeats is the headline's own opening.
    const kept = read(
      html.replace(
        /Ist das Thüringer Brot eine Illusion\? Das harte Geschäft mit dem Brot \| RDM\.DE/g,
        'Bäckereien: Das harte Geschäft mit dem Brot: Warum immer weniger in Thüringen gebacken wird | RDM.DE',
      ),
      'https://www.rdm.example/nachrichten/thueringen/baeckerei-brot-100.html',
    );
    expect(kept.article?.title).toBe('Bäckereien: Das harte Geschäft mit dem Brot: Warum immer weniger in Thüringen gebacken wird');
  });

  it('names a paper whose metadata gives its address by the words that spell that address', () => {
    expect(
      publicationName({
        hostname: 'www.wexcombeherald.com',
        ogSiteName: 'wexcombeherald.com',
        title: 'Clinic offers genetic testing - wexcombeherald.com',
        copyrightMeta: 'Copyright (c) 2013 Wexcombe Herald UGC',
      }),
    ).toBe('Wexcombe Herald');
    expect(
      publicationName({ hostname: 'www.ulmer-abendblatt.de', ogSiteName: 'ulmer-abendblatt.de', ldPublisher: 'Ulmer Abendblatt' }),
    ).toBe('Ulmer Abendblatt');
    // Nothing writes it out: the address stays.
    expect(publicationName({ hostname: 'www.wexcombeherald.com', ogSiteName: 'wexcombeherald.com' })).toBe('wexcombeherald.com');
  });

  it('reads no German noun as a company for a company word two words before it', () => {
    expect(COMPANY_BEFORE_DE.test('ob der chinesische Konzern bei ')).toBe(false);
    expect(COMPANY_BEFORE_DE.test('ob der Konzern solche ')).toBe(false);
    expect(COMPANY_BEFORE_DE.test('der Konzern ')).toBe(true);
    expect(COMPANY_BEFORE_DE.test('ein Unternehmen namens ')).toBe(true);
    const title = 'Klipp: Brüssel untersucht Wahleinmischung';
    const excerpt =
      'Die EU-Kommission prüft, ob Klipp ausländische Einflüsse bei Wahlen ausreichend bekämpft. Strafen drohen bei Verstössen.';
    const paragraphs = [
      'Die Europäische Kommission untersucht den Einfluss von Klipp auf die Präsidentschaftswahlen.',
      'Die Kommission hat ein Verfahren gegen die Online-Plattform Klipp eröffnet. Es soll geprüft werden, ob der chinesische Konzern bei Wahlen genug gegen Einmischung vorgeht.',
      'Klipp weist die Vorwürfe zurück und betont, keine bezahlte politische Werbung zu akzeptieren.',
      'Plattformen wie Klipp müssen nach dem Gesetz mehr Regeln befolgen. Vorwürfe gegen Klipp gibt es seit Monaten.',
      'Der Verteidigungsrat hatte Klipp nach dem Erfolg eines Kandidaten Einmischung vorgeworfen.',
      'Wann immer wir eine solche Einmischung vermuten, insbesondere bei Wahlen, müssen wir handeln, sagt die Präsidentin.',
    ];
    // "wie Klipp", "gegen Klipp", "hatte Klipp" make no adjective of the word before it, and "die
    // Online-Plattform Klipp" uses it as a company: the name the headline's kicker gives.
    expect(storySubject({ title, excerpt, paragraphs, exclude: [], lang: 'de' })).toBe('Klipp');
    expect(ADJECTIVE_BEFORE.test('Vorwürfe gegen ')).toBe(false);
    expect(ADJECTIVE_BEFORE.test('strengere ')).toBe(true);
  });

  it('reads the firm a German lead visits, in quotes after a compound of "-betrieb", past the excerpt it repeats', () => {
    expect(COMPANY_BEFORE_DE.test('beim mittelständischen Schlachtbetrieb "')).toBe(true);
    expect(COMPANY_BEFORE_DE.test('bereitet der Energiekonzern ')).toBe(true);
    const excerpt =
      'Beim Brotkonsum gehört Thüringen zu den Spitzenreitern - doch gebacken wird im Freistaat immer weniger. Naht das Ende der echten Thüringer Semmel?';
    const paragraphs = [
      'von Jan Roth, RDM THÜRINGEN',
      `${excerpt} Zu Besuch beim mittelständischen Backbetrieb "Saaler Korngold".`,
      'Noch dampfen die Brote in der Backstube, um auf einem Band gleich zur nächsten Station weitergeschoben zu werden.',
      'Auch wenn die Produktion hier in Saalfeld bei der Firma "Saaler Korngold" nicht auf Masse setzt, wird jede Nacht gebacken.',
      'Geschäftsführer Kevin Albrecht führt durch die Backstube, vorbei an Männern mit Schiebern und Körben voller Brötchen.',
      'Korngold backt pro Woche rund 8000 Brote und beliefert Bäckereien in ganz Thüringen, sagt Albrecht.',
      'Bei "Saaler Korngold" in Saalfeld wird seit drei Generationen gebacken.',
    ];
    const title = 'Das harte Geschäft mit dem Brot: Warum immer weniger in Thüringen gebacken wird';
    expect(storySubject({ title, excerpt, paragraphs, exclude: ['RDM'], lang: 'de' })).toBe('Saaler Korngold');
  });

  it('takes no product the story gives as another’s ("Lumina’s Zento-4 Coder") for a company', () => {
    const title = 'AI Coding Agents Tested: Zento-4 Excels in Puzzle Challenge';
    const excerpt =
      'Tech Weekly tested four AI coding agents—Lumina’s Zento-4 Coder, Orbix’s Helix Pro, Quillon’s Sage 3 and Varda’s Nimbus 2—on recreating a puzzle game in Python. Zento-4 excelled.';
    const paragraphs = [
      'The test pitted models like Lumina’s Zento-4 Coder, Orbix’s Helix Pro, Quillon’s Sage 3 and Varda’s Nimbus 2 against each other on one puzzle game.',
      'For instance, Zento-4 Coder delivered a polished version on its first try, complete with a graphical interface and sound.',
      'Delving deeper into the performances, Lumina’s Zento-4 Coder emerged as the standout, producing a fully playable game.',
      'The success of agents like Zento-4 Coder stems from training on vast code repositories, and Zento-4 variants often lead the pack.',
    ];
    const subject = storySubject({ title, excerpt, paragraphs, exclude: ['Tech Weekly'], lang: 'en' });
    expect(subject).not.toBe('Zento-4 Coder');
    expect(subject).not.toBe('Zento-4');
  });

  it('takes the issuer of a release on a trade site’s press-release address from its summary', () => {
    const html = `<html><head><title>The “Night Shift Radio” Best Mystery Podcasts of 2025 - Podwire</title>
      <meta property="og:site_name" content="Podwire">
      <meta name="description" content="“Night Shift Radio” releases annual list of top ten mystery titles">
      <meta property="article:published_time" content="2025-12-15T10:00:00Z"></head><body>
      <nav><a href="/news">News</a><a href="/press-release">Press Releases</a></nav>
      <main><h1>The “Night Shift Radio” Best Mystery Podcasts of 2025</h1><p>Press Release · December 15 2025</p>
      <p>Mystery podcasts “Cold Lake” and “Harbor Lights” are the best mystery podcasts of 2025. The shows were the top two in the annual episode of “Night Shift Radio,” the original mystery review podcast.</p>
      <p>“The past year offered many variations on the themes within mystery,” said host Mara Quist.</p>
      <p>“Night Shift Radio” is the original mystery review podcast, hosted by the author and journalist Mara Quist.</p>
      </main></body></html>`;
    const x = read(html, 'https://podwire.example/press-release/best-mystery-podcasts-2025');
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Night Shift Radio');
    // The same story outside a release's address is left to the story's own subject.
    const y = read(html, 'https://podwire.example/news/best-mystery-podcasts-2025');
    expect(y.article?.aboutCompany).not.toBe('Night Shift Radio');
  });
});
