import { describe, expect, it } from 'vitest';
import { cap, cleanLine, httpUrlOf } from '../lib/extract/clean';
import { toIsoDate } from '../lib/extract/dates';
import { linkedinCompanyUrl, parseSize } from '../lib/extract/facts';
import { parseLenient, readJsonLd, typesOf } from '../lib/extract/json-ld';
import { brandFromTitle } from '../lib/extract/metadata';
import { registrableDomain, ownDomain } from '../lib/db/domains';
import { urlKey } from '../lib/db/url-key';
import { docFrom } from './helpers/dom';

describe('JSON-LD', () => {
  it('reads @graph, arrays and single nodes, and skips a broken block without losing the others', () => {
    const doc = docFrom(`<head>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"A"},{"@type":"Organization","name":"Org A"}]}</script>
      <script type="application/ld+json">[{"@type":"Person","name":"P"},{"@type":"NewsArticle","headline":"H"}]</script>
      <script type="application/ld+json">{"@type": "Organization", "name": "Broken" "url": }</script>
      <script type="APPLICATION/LD+JSON; charset=utf-8">{"@type":"schema:Corporation","name":"Typed"}</script>
    </head>`);
    const ld = readJsonLd(doc);
    expect(ld.nodes.map((n) => n.name ?? n.headline)).toEqual(['A', 'Org A', 'P', 'H', 'Typed']);
    expect(ld.skipped).toBe(1);
    expect(typesOf(ld.nodes[4]!)).toEqual(['Corporation']);
  });

  it('repairs comments, trailing commas and raw newlines in strings', () => {
    expect(parseLenient('// c\n{"a": "x\ny", /* c */ "b": [1,2,],}')).toEqual({ a: 'x\ny', b: [1, 2] });
    expect(parseLenient('<!--{"a":1}-->')).toEqual({ a: 1 });
    expect(parseLenient('not json at all')).toBeUndefined();
  });

  it('quotes values a template wrote bare, and leaves strings, numbers and literals alone', () => {
    // energetyka24.com: `"@author": Daniel Czyżewski,` made the whole NewsArticle block unreadable.
    expect(
      parseLenient(
        '{"@type": "NewsArticle", "@author": Daniel Czyżewski,\n "@publisher": Energetyka24,\n "n": 2, "ok": true, "u": "a: b // c", "e": "", "x": null}',
      ),
    ).toEqual({
      '@type': 'NewsArticle',
      '@author': 'Daniel Czyżewski',
      '@publisher': 'Energetyka24',
      n: 2,
      ok: true,
      u: 'a: b // c',
      e: '',
      x: null,
    });
    const doc = docFrom('<script type="application/ld+json">{"@type": "NewsArticle", "author": Jan Kowalski, "headline": "H"}</script>');
    expect(readJsonLd(doc).nodes.map((n) => n.author)).toEqual(['Jan Kowalski']);
  });

  it('survives JSON nested 10,000 deep', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const doc = docFrom(
      `<script type="application/ld+json">${deep}</script><script type="application/ld+json">{"@type":"Organization","name":"Still here"}</script>`,
    );
    expect(readJsonLd(doc).nodes.map((n) => n.name)).toEqual(['Still here']);
  });
});

describe('cleaning strings from pages', () => {
  it('drops bidi overrides, zero-width and control characters', () => {
    expect(cleanLine('Ac\u200Bme\u202E Robotics\u0007  Ltd')).toBe('Acme Robotics Ltd');
  });
  it('never splits a surrogate pair when capping', () => {
    expect(cap('ab😀cd', 4)).toBe('ab…');
  });
  it('keeps only http(s) links', () => {
    expect(httpUrlOf('javascript:alert(1)')).toBeUndefined();
    expect(httpUrlOf('data:text/html,<script>')).toBeUndefined();
    expect(httpUrlOf('/about', 'https://acme.com/x')).toBe('https://acme.com/about');
    expect(httpUrlOf('https://user:pw@acme.com/')).toBeUndefined();
  });
});

describe('dates, sizes, names', () => {
  it.each([
    ['2025-10-14T07:30:00+01:00', '2025-10-14'],
    ['March 5, 2024', '2024-03-05'],
    ['5. März 2024', '2024-03-05'],
    ['1er juin 2023', '2023-06-01'],
    ['Oct 2019', '2019-10'],
    ['2016', '2016'],
    ['05/03/2024', '2024'],
    ['yesterday', undefined],
  ])('%s → %s', (input, iso) => expect(toIsoDate(input)).toBe(iso));

  it.each([
    ['51-200 employees', 51, 200],
    ['1,001-5,000', 1001, 5000],
    ['10,001+ employees', 10001, undefined],
    ['more than 400 people', 400, undefined],
    ['1.200 Mitarbeiter', 1200, 1200],
  ])('size %s', (raw, min, max) => {
    const s = parseSize(raw);
    expect([s.sizeMin, s.sizeMax]).toEqual([min, max]);
    expect(s.size).toBe(raw);
  });

  it('finds the brand in a title', () => {
    expect(brandFromTitle('About us | Fernhill Robotics', 'www.fernhill-robotics.com')).toBe('Fernhill Robotics');
    expect(brandFromTitle('Quillstone — Company', 'quillstone.io')).toBe('Quillstone');
    // Ornaments and a welcome are no part of the name.
    expect(brandFromTitle(':: Welkom bij Autoschade Peter Leunissen ::', 'www.autoschadepeterleunissen.nl')).toBe(
      'Autoschade Peter Leunissen',
    );
    expect(brandFromTitle('Willkommen bei Schreinerei Keller » Home', 'www.schreinerei-keller.ch')).toBe('Schreinerei Keller');
    expect(brandFromTitle('*** Welcome to Brightwater Logistics ***', 'brightwater-logistics.co.uk')).toBe('Brightwater Logistics');
  });

  it('normalises LinkedIn company URLs', () => {
    expect(linkedinCompanyUrl('https://de.linkedin.com/company/Acme-Robotics/about/?trk=x')).toBe(
      'https://www.linkedin.com/company/acme-robotics/',
    );
    expect(linkedinCompanyUrl('https://www.linkedin.com/in/someone/')).toBeUndefined();
  });
});

describe('domains and URL keys', () => {
  it('finds registrable domains with multi-part and private suffixes', () => {
    expect(registrableDomain('https://careers.acme.co.uk/jobs')).toBe('acme.co.uk');
    expect(registrableDomain('jobs.example.com.au')).toBe('example.com.au');
    expect(registrableDomain('https://someone.github.io/')).toBe('someone.github.io');
    expect(ownDomain('https://www.linkedin.com/company/acme/')).toBeUndefined();
    expect(ownDomain('https://en.wikipedia.org/wiki/Acme')).toBeUndefined();
  });

  it('gives one key to one page however it was reached', () => {
    const key = urlKey('https://acme.com/about');
    expect(urlKey('https://www.acme.com/about/?utm_source=news&utm_medium=email#team')).toBe(key);
    expect(urlKey('https://ACME.com/about')).toBe(key);
    expect(urlKey('https://acme.com/about?b=2&a=1')).toBe(urlKey('https://acme.com/about?a=1&b=2'));
    expect(urlKey('https://acme.com/about?page=2')).not.toBe(key);
    expect(urlKey('https://de.linkedin.com/in/jane/')).toBe(urlKey('https://www.linkedin.com/in/jane'));
  });
});
