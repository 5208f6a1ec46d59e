import { describe, expect, it } from 'vitest';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// A small firm's static site (fresh26-pharmaciensremplacants): the footer's Organization microdata
// links its url to the home page's file, and writes its whole street line as the address.
// Invented firm and street.
const URL_ = 'https://www.remplacants-sante.example/notre-equipe.html';
const PAGE = `<!DOCTYPE html><html lang="fr"><head><title>Notre équipe | Remplaçants Santé</title></head><body>
  <nav><ul><li><a href="index.html">Accueil</a></li><li><a href="notre-equipe.html">Notre équipe</a></li><li><a href="contact.html">Contact</a></li></ul></nav>
  <main><h1>Notre équipe</h1><p>Une équipe de pharmaciens expérimentés, disponibles partout au Québec pour vos remplacements.</p></main>
  <footer><div itemscope itemtype="http://schema.org/Organization">
    <a href="index.html" itemprop="url"><span itemprop="name">Remplaçants Santé</span></a> |
    <address itemprop="address">1200, rue Saint-Denis, Montréal, H2X 3J6.</address>
  </div></footer></body></html>`;

describe("a small firm's site named by its home page's file", () => {
  it('takes the folder for the website, never the index file', () => {
    const x = extractPageFull(docFrom(PAGE, URL_), new URL(URL_));
    expect(x.company?.website).toBe('https://www.remplacants-sante.example/');
    expect(x.company?.domain).toBe('remplacants-sante.example');
  });

  it('reads the microdata street line as the address, its town as the headquarters', () => {
    const x = extractPageFull(docFrom(PAGE, URL_), new URL(URL_));
    expect(x.company?.headquarters).toBe('Montréal');
    expect(x.company?.address).toBe('1200, rue Saint-Denis, Montréal, H2X 3J6');
  });
});
