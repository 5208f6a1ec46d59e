import { describe, expect, it } from 'vitest';
import { authorCards } from '../lib/extract/article/author-cards';
import { docFrom } from './helpers/dom';

// The shape of fresh16-kroll: a carousel of expert cards under the company's own report.
const card = (first: string, last: string, role: string, practice: string, city: string, linkedin?: string) => `
  <div class="BioCardV2"><a href="/experts/${last.toLowerCase()}"><img alt="${first} ${last}"></a>
    <div class="flex"><a class="mainDiv" href="/experts/${last.toLowerCase()}"><div class="flex-col">
      <p class="h6">${first}<!-- --> <!-- -->${last}</p><label>${role}</label><label>${practice}</label><label>${city}</label>
    </div></a>
    <div class="contact">${linkedin ? `<a href="${linkedin}"><span class="icon"></span>${first} ${last}</a>` : ''}
      <a href="tel:+1-650-354-4020"><span></span>+1 650 354 4020</a></div></div></div>`;

describe("the authors of a company's own report, in cards with their titles", () => {
  it('reads each card: the role and the practice (not the city), and the LinkedIn link in the same card', () => {
    const doc = docFrom(
      `<html><body><article><p>Cybersecurity M&amp;A activity accelerated markedly in Q3.</p></article><div class="slick">` +
        card(
          'Nina',
          'Castell',
          'Managing Director',
          'Technology Investment Banking',
          'Munich',
          'https://www.linkedin.com/in/nina-castell-12/',
        ) +
        card('Omar', 'Reyes', 'Director', 'Mergers and Acquisitions (M&amp;A) Advisory', 'London') +
        `</div></body></html>`,
    );
    expect(authorCards(doc, ['Nina Castell', 'Omar Reyes'])).toEqual([
      {
        name: 'Nina Castell',
        title: 'Managing Director, Technology Investment Banking',
        profileUrl: 'https://www.linkedin.com/in/nina-castell-12/',
      },
      { name: 'Omar Reyes', title: 'Director, Mergers and Acquisitions (M&A) Advisory' },
    ]);
  });

  it('takes no author whose name stands alone or over a line that is no role', () => {
    const doc = docFrom(
      `<html><body><p>By <span>Nina Castell</span></p><div><h4>Omar Reyes</h4><p>Read all his posts</p></div></body></html>`,
    );
    expect(authorCards(doc, ['Nina Castell', 'Omar Reyes'])).toEqual([]);
  });
});

describe("one author's card", () => {
  it("is a post's byline, which people leave out", () => {
    const doc = docFrom(`<html><body>${card('Nina', 'Castell', 'Chief Marketing Officer', 'AI at Work', 'Redmond')}</body></html>`);
    expect(authorCards(doc, ['Nina Castell'])).toEqual([]);
  });
});
