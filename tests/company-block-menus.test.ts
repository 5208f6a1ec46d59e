import { describe, expect, it } from 'vitest';
import { menuGroups } from '../lib/extract/menu-groups';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

const url = 'https://northwind-data.example/';
const products = (html: string) => menuProducts(docFrom(html, url), new URL(url));
const groups = (html: string) => menuGroups(docFrom(html, url), new URL(url));

/** A menu built of blocks, not a list: every link alone in its own wrapper. */
const blocks = (
  items: string[],
  wrap = (a: string) => `<div class="menu-link"><a href="/services/${a.toLowerCase().replace(/\W+/g, '-')}"><span>${a}</span></a></div>`,
) => items.map(wrap).join('');

describe('a menu built of blocks instead of a list', () => {
  it('reads the links each alone in a wrapper as one run under its label', () => {
    const html = `<header><div class="col"><p class="col-title">Services</p>${blocks(['Data Warehousing', 'BI Consulting', 'Data Migration'])}</div></header>`;
    expect(groups(html)).toContainEqual({
      label: 'Services',
      items: ['Data Warehousing', 'BI Consulting', 'Data Migration'],
      nested: false,
    });
    expect(products(html)).toEqual(['Data Warehousing', 'BI Consulting', 'Data Migration']);
  });

  it("takes an item's name, not the blurb written as a second block right after it", () => {
    const wrap = (a: string) =>
      `<div class="item"><a href="/services/${a.toLowerCase()}"><span class="x1">${a}</span><span class="x2">Simple and powerful</span></a></div>`;
    const html = `<nav><div class="col"><p>Services</p>${blocks(['Docs', 'Wikis', 'Projects'], wrap)}</div></nav>`;
    expect(products(html)).toEqual(['Docs', 'Wikis', 'Projects']);
  });

  it('keeps two words of one name that a space separates', () => {
    const wrap = (a: string) => `<div><a href="/services/x"><span>${a}</span> <span>Audits</span></a></div>`;
    const html = `<nav><div><p>Services</p>${blocks(['Energy', 'Safety', 'Quality'], wrap)}</div></nav>`;
    expect(products(html)).toEqual(['Energy Audits', 'Safety Audits', 'Quality Audits']);
  });

  it('never reads a wrapper that holds more than its link, nor linked headings (a featured strip)', () => {
    const wrap = (a: string) => `<div class="card"><a href="/services/x">${a}</a><p>Read how we do it.</p></div>`;
    const html = `<main><div><p>Services</p>${blocks(['Energy', 'Safety', 'Quality'], wrap)}</div></main>`;
    expect(groups(html)).toEqual([]);
    const strip = `<div><h1><a href="/products/">Shop our syrups</a></h1><div>${['Cherry', 'Mango', 'Lime'].map((f) => `<h4><a href="/products/${f}">${f}</a></h4>`).join('')}</div></div>`;
    expect(groups(strip)).toEqual([]);
  });
});

describe('a menu built of blocks other than divs, and its dropdown control', () => {
  const link = (a: string) => `<a href="/care/${a.toLowerCase().replace(/\W+/g, '-')}">${a}</a>`;

  it('reads a run of links in a <span> dropdown under the link that opens it', () => {
    const html = `<nav><span class="drop"><a href="/care/">Leistungen</a><span class="panel"><span>${['Prophylaxe', 'Implantologie', 'Kieferorthopädie'].map(link).join('')}</span></span></span></nav>`;
    expect(products(html)).toEqual(['Prophylaxe', 'Implantologie', 'Kieferorthopädie']);
  });

  it('reads cards in a <dl> each by its name, not its blurb', () => {
    const card = (a: string) =>
      `<span class="item"><a href="/service/${a.toLowerCase()}"><dt><span>${a}</span></dt><dd>We do this well for you.</dd></a></span>`;
    const html = `<section><h2>Services</h2><dl>${['Hosting', 'Audits', 'Support'].map(card).join('')}</dl></section>`;
    expect(products(html)).toEqual(['Hosting', 'Audits', 'Support']);
  });

  it("takes a dropdown's control as the label of the links its panel holds", () => {
    const item = (a: string) => `<a class="dropdown-link" href="/${a.toLowerCase()}"><div class="icon"></div><div>${a}</div></a>`;
    const grid = `<div class="grid">${['Outreach', 'Warmup', 'Ledger', 'Inbox'].map(item).join('')}</div>`;
    const html = `<nav><div class="dropdown"><div class="dropdown-toggle"><div>Products</div></div><nav class="dropdown-list"><div class="container"><div class="column">${grid}</div></div></nav></div></nav>`;
    expect(products(html)).toEqual(['Outreach', 'Warmup', 'Ledger', 'Inbox']);
  });

  it('reads the columns of a panel a button opens by aria-controls as one line', () => {
    const col = (head: string, items: string[]) => `<div class="col"><p>${head}</p><div>${items.map(link).join('')}</div></div>`;
    const html = `<header><ul><li><button aria-controls="panel-1" aria-expanded="false">Products</button></li><li><a href="/about">About</a></li></ul>
      <div id="panel-1" class="panel"><div class="row">${col('Build', ['Designer', 'Builder', 'Runner'])}${col('Test', ['Checker', 'Monitor', 'Tracer'])}</div></div></header>`;
    expect(products(html)).toEqual(['Designer', 'Builder', 'Runner', 'Checker', 'Monitor', 'Tracer']);
  });

  it("never takes a hamburger's control for a line's label", () => {
    const html = `<header><button aria-controls="nav" aria-expanded="false">Menu</button><nav id="nav"><div>${['Pricing', 'Blog', 'Careers'].map(link).join('')}</div></nav></header>`;
    expect(products(html)).toEqual([]);
  });
});
