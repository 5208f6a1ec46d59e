import { describe, expect, it } from 'vitest';
import { ClipList } from '../components/ClipList';
import { ExtractionSummary } from '../components/ExtractionSummary';
import type { Clip } from '../lib/schema/dossier';
import { calmCaps, sourceName } from '../lib/ui/format';
import { mount } from './helpers/render';

// Titles German and Dutch small-business pages shout (fresh17-viehbacher, fresh17-hairstylehier),
// as the built extension listed them in the dossier, the popup and the "facts come from" line.
describe('a title in capitals', () => {
  it('is said in a calm voice, part by part, acronyms kept', () => {
    expect(calmCaps('INTERNATIONALE FORDERUNGSBEITREIBUNG')).toBe('Internationale Forderungsbeitreibung');
    expect(calmCaps('CONTACT - HairStyle Hier')).toBe('Contact - HairStyle Hier');
    expect(calmCaps('HR CONSULTING | ACME GMBH')).toBe('HR Consulting | Acme GmbH');
    // The page's own styling inside a sentence-case title, and short acronyms, stay.
    expect(calmCaps('Happy Coffee SIDAMO Bio Bohnen')).toBe('Happy Coffee SIDAMO Bio Bohnen');
    expect(calmCaps('IBM')).toBe('IBM');
    expect(calmCaps('Die 10 BESTEN Tipps')).toBe('Die 10 BESTEN Tipps');
  });

  it('is calm where the dossier lists the clip and names its source', () => {
    const clip: Clip = {
      id: 'k1',
      url: 'http://viehbacher.example/de/forderungsbeitreibung',
      urlKey: 'x',
      title: 'INTERNATIONALE FORDERUNGSBEITREIBUNG',
      siteName: 'Kanzlei Viehbacher',
      kind: 'company-page',
      capturedAt: 0,
      updatedAt: 0,
      extraction: { kind: 'company-page', url: 'http://viehbacher.example/', title: 'x', extractor: 't', sources: {} },
    };
    const v = mount(<ClipList clips={[clip]} total={1} onShowAll={() => {}} />);
    expect(v.text()).toContain('Internationale Forderungsbeitreibung');
    expect(v.text()).not.toContain('FORDERUNGSBEITREIBUNG');
    v.unmount();
    expect(sourceName(clip)).toBe('Internationale Forderungsbeitreibung (Kanzlei Viehbacher)');
    // A masthead in capitals (fresh17-industriemagazin) under the clip's title and in the popup.
    const story = { ...clip, title: 'Luftfahrtbranche hebt ab', siteName: 'INDUSTRIEMAGAZIN' };
    const list = mount(<ClipList clips={[story]} total={1} onShowAll={() => {}} />);
    expect(list.text()).toContain('Industriemagazin');
    expect(list.text()).not.toContain('INDUSTRIEMAGAZIN');
    list.unmount();
    const popup = mount(
      <ExtractionSummary
        extraction={{
          kind: 'article',
          url: 'https://i.example/',
          title: 'x',
          extractor: 't',
          sources: {},
          article: { siteName: 'INDUSTRIEMAGAZIN' },
        }}
      />,
    );
    expect(popup.text()).toContain('SourceIndustriemagazin');
    popup.unmount();
  });
});
