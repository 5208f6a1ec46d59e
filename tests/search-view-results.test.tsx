import { describe, expect, it } from 'vitest';
import { SearchView, withoutTitle } from '../components/SearchView';
import { saveClip } from '../lib/db/save-clip';
import type { SearchHit } from '../lib/search/search';
import { companyNames } from '../lib/ui/dossier-queries';
import { companyPage, freshDb } from './helpers/factories';
import { mount } from './helpers/render';

// Search results as the side panel showed them after clipping real pages (an encyclopedia page
// naming a founder as "technical adviser", his own profile as "Co-chair" of a foundation; a German
// news story whose text opens with its headline).
const hits: SearchHit[] = [
  { kind: 'person', id: 'p1', title: 'Ada Brennan', subtitle: 'technical adviser', companyId: 'c1', personId: 'p1' },
  { kind: 'person', id: 'p2', title: 'Ada Brennan', subtitle: 'Co-chair', companyId: 'c2', personId: 'p2' },
  {
    kind: 'clip',
    id: 'k1',
    title: 'Übernahme: Northwind schluckt die Gerätesparte von Fabrikam',
    subtitle: 'Techblatt News',
    snippet: 'Übernahme: Northwind schluckt die Gerätesparte von Fabrikam Übernahme erledigt: Wie Northwind heute mitteilte, übernimmt…',
  },
];

describe('search results', () => {
  it('tell two people of one name apart by where they work', () => {
    const v = mount(
      <SearchView
        query="ada"
        terms={['ada']}
        hits={hits}
        onQuery={() => {}}
        onOpen={() => {}}
        companyNames={
          new Map([
            ['c1', 'Northwind'],
            ['c2', 'Brennan Foundation'],
          ])
        }
      />,
    );
    const lines = [...v.root.querySelectorAll('.result .small.muted')].map((e) => e.textContent);
    expect(lines).toContain('technical adviser · Northwind');
    expect(lines).toContain('Co-chair · Brennan Foundation');
    v.unmount();
  });

  it('show a clip’s snippet without the headline it repeats, and the title on two lines rather than cut', () => {
    const v = mount(<SearchView query="northwind" terms={['northwind']} hits={hits} onQuery={() => {}} onOpen={() => {}} />);
    const snippet = v.root.querySelector('.snippet')!.textContent!;
    expect(snippet).toBe('Übernahme erledigt: Wie Northwind heute mitteilte, übernimmt…');
    expect(v.root.querySelector('.result strong')!.className).toContain('clamp-2');
    v.unmount();
    // A snippet that is only the title, or does not open with it, is left alone or dropped.
    expect(withoutTitle('A title long enough…', 'A title long enough')).toBeUndefined();
    expect(withoutTitle('…and then the text', 'A title long enough')).toBe('…and then the text');
  });
});

describe('the names beside people found', () => {
  it('are read for the companies still in the dossier, each once', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://www.northwind.example/', { name: 'Northwind' }));
    const names = await companyNames(db, [a.companyId!, a.companyId!, 'gone']);
    expect([...names]).toEqual([[a.companyId, 'Northwind']]);
    expect(await companyNames(db, [])).toEqual(new Map());
  });
});
