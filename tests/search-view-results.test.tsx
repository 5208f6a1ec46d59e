import { describe, expect, it } from 'vitest';
import { Highlight, SearchView, withoutTitle } from '../components/SearchView';
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

describe('the words searched for, marked in a snippet', () => {
  const marks = (text: string, terms: string[]) => {
    const v = mount(<Highlight text={text} terms={terms} />);
    const found = [...v.root.querySelectorAll('mark')].map((m) => m.textContent);
    const whole = v.text();
    v.unmount();
    return { found, whole };
  };
  it('are marked in a snippet cut with "…" (fresh17-aero-fraport: none was), accents and ligatures folded', () => {
    const snippet = '…hat dem Frankfurter Flughafenbetreiber Fraport im Sommer das lukrativste Quartal beschert. An…';
    expect(marks(snippet, ['fraport'])).toEqual({ found: ['Fraport'], whole: snippet });
    expect(marks('…die Büros in Zürich…', ['zurich', 'buros']).found).toEqual(['Büros', 'Zürich']);
    expect(marks('…the ﬁnance team…', ['finance'])).toEqual({ found: ['ﬁnance'], whole: '…the ﬁnance team…' });
    // Still only at the start of a word.
    expect(marks('…Profi Robotics…', ['ro']).found).toEqual(['Ro']);
  });
});
