import { describe, expect, it } from 'vitest';
import { appointedPeople } from '../lib/extract/appointments';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

describe('people a company announces in a new role', () => {
  it('reads "to have Jane Roe, …, as our new President and CEO" before the shorter role of the headline', () => {
    const paragraphs = [
      'Experience is thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO.',
      'We asked him to share some insights into the business.',
    ];
    expect(appointedPeople(paragraphs, 'Introducing Junior Gaspard, New CEO at Experience')).toEqual([
      { name: 'Junior Gaspard', title: 'President and CEO' },
    ]);
    expect(appointedPeople([], 'Introducing Junior Gaspard, New CEO at Experience')).toEqual([{ name: 'Junior Gaspard', title: 'CEO' }]);
  });

  it('reads appointments in English, German, French and Dutch', () => {
    expect(
      appointedPeople([
        'Northwind has appointed Dana Whitcombe as Chief Financial Officer, effective March 1.',
        'Luis Ferreira-Koh has been named Head of Sales at Northwind.',
        'Die Nordwind GmbH ernennt Jana Roth zur Geschäftsführerin.',
        'Ventdunord nomme Anne Leroy au poste de directrice générale.',
        'Pieter de Vries is benoemd tot algemeen directeur.',
      ]),
    ).toEqual([
      { name: 'Dana Whitcombe', title: 'Chief Financial Officer' },
      { name: 'Luis Ferreira-Koh', title: 'Head of Sales' },
      { name: 'Jana Roth', title: 'Geschäftsführerin' },
      { name: 'Anne Leroy', title: 'directrice générale' },
      { name: 'Pieter de Vries', title: 'algemeen directeur' },
    ]);
  });

  it('names no one where the phrase after "as" is no job', () => {
    expect(
      appointedPeople([
        'We welcome Dana Whitcombe as a guest speaker at our summit.',
        'Customers have Microsoft Teams as their main tool.',
        'We named Northwind Traders as our partner of the year.',
      ]),
    ).toEqual([]);
  });

  it("finds the new CEO in a company's own blog post", () => {
    const url = 'https://www.northwind.example/blog/introducing-dana-whitcombe-new-ceo/';
    const html = `<html><head><title>Introducing Dana Whitcombe, New CEO at Northwind | Northwind</title>
      <meta property="og:site_name" content="Northwind"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2018-04-09T10:00:00Z"></head><body>
      <header><a href="/">Northwind</a><nav><a href="/blog/">Blog</a></nav></header>
      <article><h1>Introducing Dana Whitcombe, New CEO at Northwind</h1><p class="byline">By Josh</p>
      <p>Northwind is thrilled to have Dana Whitcombe, long time Northwinder, as our new President and CEO. We asked her to share some insights into the business of Northwind and what is next on the horizon for the company.</p>
      <p>Q: What have you learned in your past roles that helps you most as CEO at Northwind?</p>
      <p>A: Listening. Empathetic listening to truly understand where a person is coming from is the biggest lesson I have learned at Northwind over the years, and I use it every day.</p></article>
      <footer>© 2018 Northwind <a href="https://twitter.com/northwind" aria-label="Twitter">t</a>
      <a href="https://www.linkedin.com/company/northwind-llc" aria-label="LinkedIn">in</a></footer></body></html>`;
    const x = extractPageFull(docFrom(html, url), new URL(url));
    expect(x.kind).toBe('article');
    expect(x.people).toEqual([{ name: 'Dana Whitcombe', title: 'President and CEO' }]);
    // The post is the company's announcement, as a release is: the company's facts, from its own site.
    expect(x.company).toEqual({
      name: 'Northwind',
      website: 'https://www.northwind.example/',
      domain: 'northwind.example',
      socials: ['https://twitter.com/northwind', 'https://www.linkedin.com/company/northwind-llc'],
      linkedinUrl: 'https://www.linkedin.com/company/northwind-llc/',
    });
  });
});
