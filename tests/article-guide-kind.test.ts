import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// Small pages written here imitating undated guides and posts on companies', universities' and
// people's own sites ("History of coffee", "What is SEO?") and the service pages they resemble:
// both have a long text under an H1, so the kind is weighed on several cues, not on length.

const paragraph = (i: number) =>
  `<p>Part ${i + 1}: cold storage keeps the files a team rarely opens on cheaper disks, and the provider moves them back when someone asks for them again, which takes minutes rather than seconds.</p>`;
const text = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i)).join('');

const guide = (extra = '', paragraphs = 9) =>
  `<html><head><title>What is cold storage? | Brindle</title></head><body>
  <nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav>
  <main><h1>What is cold storage?</h1>
  <div class="table-of-contents"><a href="#how">How does it work?</a><a href="#when">When should you use it?</a></div>
  ${text(Math.ceil(paragraphs / 2))}<h2 id="how">How does cold storage work?</h2>${text(Math.floor(paragraphs / 2))}
  <h2 id="when">When should you use it?</h2>${extra}</main></body></html>`;

describe('undated guides and posts on a site’s own pages', () => {
  it('a long explainer with question headings, a table of contents and its headline as title is an article', () => {
    const x = extract(guide(), 'https://www.brindle.example/learn/what-is-cold-storage');
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('What is cold storage?');
  });

  it('the same text selling a service (quotes to request, prices, a Service in JSON-LD) stays the company’s page', () => {
    const sales = Array.from({ length: 6 }, () => '<a class="btn" href="/quote">Get a quote</a>').join('');
    const prices =
      '<ul><li>Starter $9/month</li><li>Team $29/month</li><li>Business $99/month</li><li>Archive $0.004/GB</li><li>Retrieval $0.01/GB</li></ul>';
    const ld =
      '<script type="application/ld+json">{"@type":"Service","name":"Cold storage","provider":{"@type":"Organization","name":"Brindle"}}</script>';
    const x = extract(guide(sales + prices + ld), 'https://www.brindle.example/learn/what-is-cold-storage');
    expect(x.kind).toBe('company-page');
  });

  it('twenty long paragraphs in a row weigh more than eight: an essay with no other cue but its title is an article', () => {
    const essay = (n: number) =>
      `<html><head><title>Notes on a small bakery</title></head><body><div class="page"><h1>Notes on a small bakery</h1>${text(n)}</div></body></html>`;
    expect(extract(essay(22), 'https://www.brindle.example/notes-bakery').kind).toBe('article');
    expect(extract(essay(12), 'https://www.brindle.example/notes-bakery').kind).toBe('company-page');
  });

  it('a long page the address files as the company’s own (careers, team, contact) stays the company’s page', () => {
    expect(extract(guide(), 'https://www.brindle.example/about/careers/').kind).toBe('company-page');
    expect(extract(guide(), 'https://www.brindle.example/contact-us/').kind).toBe('company-page');
  });

  it('a page with only a few long paragraphs in a row gives no story’s body to weigh, and stays the company’s page', () => {
    const x = extract(guide('', 4), 'https://www.brindle.example/learn/what-is-cold-storage');
    expect(x.kind).toBe('company-page');
  });

  it('where the site files the page weighs too: a long undated text under a folder or breadcrumb of advice, recipes or a blog is an article', () => {
    const plain = (crumbs = '') =>
      `<html><head><title>Storing coffee at home</title></head><body><nav class="breadcrumbs">${crumbs}</nav><div class="page"><h1>Storing coffee at home</h1>${text(16)}</div></body></html>`;
    // Sixteen long paragraphs and a title that repeats the headline: not enough alone.
    expect(extract(plain(), 'https://www.brindle.example/storing-coffee-at-home').kind).toBe('company-page');
    expect(extract(plain(), 'https://www.brindle.example/services/storing-coffee-at-home').kind).toBe('company-page');
    expect(extract(plain(), 'https://www.brindle.example/en/recipes-and-coffee-hacks/storing-coffee-at-home').kind).toBe('article');
    expect(extract(plain(), 'https://www.brindle.example/coffee-advice/storing-coffee-at-home/').kind).toBe('article');
    const trail = '<a href="/">Home</a> › <a href="/journal">Coffee Guides</a> › <a href="/journal/storing">Storing coffee</a>';
    expect(extract(plain(trail), 'https://www.brindle.example/journal/storing-coffee-at-home').kind).toBe('article');
    // A trail through the company's offering does not count.
    const offer = '<a href="/">Home</a> › <a href="/services">Services</a> › <a href="/services/storing">Storage</a>';
    expect(extract(plain(offer), 'https://www.brindle.example/services/storing-coffee-at-home').kind).toBe('company-page');
  });
});

describe('a post filed under a date', () => {
  it('a long text on an address filed under a full date is a post, though its headline is in no heading we read', () => {
    const page = `<html><head><title>brindle.example Notes on storage</title></head><body><h1>brindle.example</h1><h2>December 16, 2025</h2>
      <div class="entry"><b>Notes on storage</b>${text(10)}</div></body></html>`;
    expect(extract(page, 'https://brindle.example/archives/2025/12/16/notes_on_storage.html').kind).toBe('article');
    // The same page on an undated address gives no such cue.
    expect(extract(page, 'https://brindle.example/archives/notes_on_storage.html').kind).toBe('company-page');
  });
});
