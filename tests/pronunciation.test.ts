import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { extractPageFull } from '../lib/extract/full';
import { withoutPronunciation } from '../lib/extract/pronunciation';
import { runClipper } from '../lib/extract/run';
import { docFrom } from './helpers/dom';

// A Wikipedia lead opens with how to say the name; "What it does" must not (IKEA's card read
// "IKEA (/aɪˈkiːə/ eye-KEE-ə, Swedish: [ɪˈkêːa]) is a multinational conglomerate …").

const URL_ = 'https://en.wikipedia.org/wiki/Fjordhus';
const PAGE = `<html><head><title>Fjordhus - Wikipedia</title><link rel="canonical" href="${URL_}"></head><body>
  <h1 id="firstHeading">Fjordhus</h1><div id="mw-content-text"><div class="mw-parser-output">
  <table class="infobox vcard"><tbody><tr><th class="infobox-above">Fjordhus AB</th></tr>
  <tr><th class="infobox-label">Industry</th><td class="infobox-data">Retail</td></tr>
  <tr><th class="infobox-label">Founded</th><td class="infobox-data">1951</td></tr>
  <tr><th class="infobox-label">Headquarters</th><td class="infobox-data">Malmö, Sweden</td></tr></tbody></table>
  <p><b>Fjordhus</b> (<span class="IPA">/ˈfjɔːrdhuːs/</span> <i>FYORD-hoos</i>, Swedish: <span class="IPA">[ˈfjûːɖhʉːs]</span>) is a Swedish maker of
  flat-pack kitchens (sold in 40 countries) that designs and sells cabinets and worktops. It was founded in 1951.</p>
  </div></div></body></html>`;

describe('a pronunciation guide is no part of what a company does', () => {
  it('drops a parenthesis holding phonetic letters or a "listen" label, and keeps every other one', () => {
    expect(withoutPronunciation('IKEA (/aɪˈkiːə/ eye-KEE-ə, Swedish: [ɪˈkêːa]) is a multinational conglomerate.')).toBe(
      'IKEA is a multinational conglomerate.',
    );
    expect(withoutPronunciation('Nike (listen) makes shoes (and shirts).')).toBe('Nike makes shoes (and shirts).');
    // Letters that are phonetic in a transcription are ordinary in some languages' spelling.
    expect(withoutPronunciation('Mærsk er et dansk rederi (især kendt for containerfart) grundlagt i 1904.')).toBe(
      'Mærsk er et dansk rederi (især kendt for containerfart) grundlagt i 1904.',
    );
    expect(withoutPronunciation('Η εταιρεία (Ελληνικά Πετρέλαια, ιδρύθηκε 1998) είναι διυλιστήριο.')).toBe(
      'Η εταιρεία (Ελληνικά Πετρέλαια, ιδρύθηκε 1998) είναι διυλιστήριο.',
    );
    expect(withoutPronunciation('Nike, Inc. (/naɪki/ NY-kee) is an American company.')).toBe('Nike, Inc. is an American company.');
    expect(withoutPronunciation('MSCI Inc. (formerly Morgan Stanley Capital International) is a finance company.')).toBe(
      'MSCI Inc. (formerly Morgan Stanley Capital International) is a finance company.',
    );
  });

  it('the whole extraction (command line, eval) and the extension’s background give the same summary', async () => {
    const full = extractPageFull(docFrom(PAGE, URL_), new URL(URL_));
    expect(full.company?.summary).toMatch(/^Fjordhus is a Swedish maker of flat-pack kitchens \(sold in 40 countries\) that designs/);
    expect(full.company?.description).not.toMatch(/ˈ|FYORD/);

    const access: TabAccess = {
      getTab: async () => ({ url: URL_, title: 'Fjordhus - Wikipedia', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(PAGE, URL_), URL_),
    };
    const { extraction } = await extractTab(access, 1);
    expect(extraction.company?.summary).toBe(full.company?.summary);
    expect(extraction.company?.description).toBe(full.company?.description);
  });
});
