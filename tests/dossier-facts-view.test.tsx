import { describe, expect, it } from 'vitest';
import { ExtractionSummary } from '../components/ExtractionSummary';
import { FactList } from '../components/FactList';
import { OpenRoleList, ROLES_SHOWN } from '../components/OpenRoleList';
import { companyMarkdown } from '../lib/export/company-markdown';
import { factsForView } from '../lib/facts';
import type { OpenRole } from '../lib/prep/open-roles';
import type { Company } from '../lib/schema/dossier';
import { cutAtWord, sourceName } from '../lib/ui/format';
import { clipRecord, companyRecord } from './helpers/records';
import { mount } from './helpers/render';

// A company read from an encyclopedia page (as the built extension shows Wikipedia's "Microsoft"):
// the lead paragraph is both "what it does" and the start of the About text, the size is a bare
// headcount, and the page's title is the company's name.
const LEAD = 'Northwind Traders is an American food distribution company selling speciality foods to restaurants and grocers.';
const ABOUT = `${LEAD} Its best-known brands are Harbour Pantry and Fieldstone. It ranked No. 210 in the 2020 Fortune 500.`;
const encyclopedia = clipRecord('k1', 'https://en.encyclopedia.example/wiki/Northwind_Traders', {
  title: 'Northwind Traders',
  siteName: 'Encyclopedia Example',
  kind: 'company-profile',
  extraction: { title: 'x' },
});
const company = (facts: Company['facts']): Company => companyRecord('c1', 'Northwind Traders', { facts });
const at = (value: string, sourceClipId = 'k1') => [{ value, sourceClipId, at: 1 }];

describe('the dossier facts of a company read from an encyclopedia page', () => {
  it('names the site a fact came from, not only the page title that is the company’s own name', () => {
    const v = mount(
      <FactList company={company({ industry: at('Food distribution') })} clipsById={new Map([['k1', encyclopedia]])} onPin={() => {}} />,
    );
    expect(v.text()).toContain('Every fact below comes from Northwind Traders (Encyclopedia Example)');
    v.unmount();
    // A company's own page whose title names its site says it once.
    expect(sourceName({ title: 'About Northwind Traders', siteName: 'Northwind Traders' })).toBe('About Northwind Traders');
    expect(sourceName({ title: 'About us' })).toBe('About us');
  });

  it('shows an About text that opens with "what it does" only from where it adds something', () => {
    const facts = factsForView(company({ summary: at(LEAD), description: at(ABOUT) }));
    expect(facts.description?.[0]?.value).toBe(
      'Its best-known brands are Harbour Pantry and Fieldstone. It ranked No. 210 in the 2020 Fortune 500.',
    );
    expect(facts.summary?.[0]?.value).toBe(LEAD);
    const v = mount(
      <FactList
        company={company({ summary: at(LEAD), description: at(ABOUT) })}
        clipsById={new Map([['k1', encyclopedia]])}
        onPin={() => {}}
      />,
    );
    expect(v.text().split('speciality foods').length - 1).toBe(1);
    v.unmount();
    // Two About texts that disagree stay whole: either can still be picked.
    const two = factsForView(
      company({ summary: at(LEAD), description: [...at(ABOUT), ...at('Another text about the company and its food business.', 'k2')] }),
    );
    expect(two.description?.map((e) => e.value)).toContain(ABOUT);
    // An About text that shares only a few opening words is not cut.
    const other = factsForView(
      company({ summary: at(LEAD), description: at('Northwind Traders is an American food distribution company founded in Seattle.') }),
    );
    expect(other.description?.[0]?.value).toBe('Northwind Traders is an American food distribution company founded in Seattle.');
  });

  it('says a bare headcount in people, in the panel and the Markdown export', () => {
    const c = company({ size: at('221,000') });
    const v = mount(<FactList company={c} clipsById={new Map([['k1', encyclopedia]])} onPin={() => {}} />);
    expect(v.root.querySelector('[data-fact=size]')?.textContent).toBe('about 221,000 people');
    v.unmount();
    const md = companyMarkdown(c, [], [encyclopedia]);
    expect(md).toContain('- **Size:** about 221,000 people — [Northwind Traders (Encyclopedia Example)]');
  });
});

describe('a careers page listing dozens of roles (Vercel’s, 53)', () => {
  const role = (i: number, matchesTarget = false): OpenRole => ({
    title: `Role ${i}`,
    location: 'United States',
    sourceClipId: 'k1',
    source: 'careers',
    seenAt: 1,
    matchesTarget,
  });
  it('shows the first few and every role matching the target, the rest on asking', () => {
    const roles = [...Array.from({ length: 20 }, (_, i) => role(i)), role(20, true)];
    const v = mount(<OpenRoleList roles={roles} />);
    const titles = () => [...v.root.querySelectorAll('li.role strong')].map((e) => e.textContent);
    expect(titles()).toEqual([...Array.from({ length: ROLES_SHOWN }, (_, i) => `Role ${i}`), 'Role 20']);
    expect(v.text()).toContain('Your target role');
    v.click(v.button('Show all 21 open roles'));
    expect(titles()).toHaveLength(21);
    expect(v.root.querySelector('button')).toBeNull();
    v.unmount();
    // A short list has no button.
    const few = mount(<OpenRoleList roles={roles.slice(0, 3)} />);
    expect(few.root.querySelector('button')).toBeNull();
    few.unmount();
  });
});

describe('the popup’s preview of a company page', () => {
  it('says a bare headcount in people', () => {
    const v = mount(
      <ExtractionSummary
        extraction={{
          kind: 'company-profile',
          url: 'https://en.encyclopedia.example/wiki/N',
          title: 'N',
          extractor: 't',
          sources: {},
          company: { name: 'Northwind Traders', size: '221,000' },
        }}
      />,
    );
    expect(v.text()).toContain('Sizeabout 221,000 people');
    v.unmount();
  });
});

describe('long facts on the printed sheet', () => {
  const LONG =
    "Northwind Traders is an American food distribution company selling speciality foods to restaurants and grocers. Headquartered at the Northwind campus in Redmond, Washington, Northwind's best-known brands are Harbour Pantry and Fieldstone.";
  it('are cut at a sentence, a list item or a word, never mid-word', () => {
    expect(cutAtWord(LONG, 220)).toBe(
      'Northwind Traders is an American food distribution company selling speciality foods to restaurants and grocers.',
    );
    const list = 'Azure, Bing, LinkedIn, Yammer, Microsoft 365, OneDrive, Outlook.com, GitHub, Microsoft Store, Windows Update';
    expect(cutAtWord(list, 70)).toBe('Azure, Bing, LinkedIn, Yammer, Microsoft 365, OneDrive, Outlook.com, …');
    expect(cutAtWord('one two three four five six seven eight nine ten eleven', 30)).toBe('one two three four five six…');
    expect(cutAtWord('short', 30)).toBe('short');
  });
});

describe('a services menu of dozens read as products (warrenaverett: 42)', () => {
  const items = Array.from({ length: 42 }, (_, i) => `Service ${i + 1}`);
  const many = company({ products: [{ value: items, sourceClipId: 'k1', at: 1 }] });
  it('shows the first ten in the dossier and the rest on asking', () => {
    const v = mount(<FactList company={many} clipsById={new Map([['k1', encyclopedia]])} onPin={() => {}} />);
    const products = () => v.root.querySelector('[data-fact=products]')?.textContent ?? '';
    expect(products()).toContain('Service 10, …');
    expect(products()).not.toContain('Service 11');
    v.click(v.button('Show all 42 products'));
    expect(products()).toContain('Service 42');
    expect(v.root.querySelector('[data-fact=products] button')).toBeNull();
    v.unmount();
    // A list of twelve is shown whole: a button to see two more is not worth it.
    const twelve = mount(
      <FactList
        company={company({ products: [{ value: items.slice(0, 12), sourceClipId: 'k1', at: 1 }] })}
        clipsById={new Map([['k1', encyclopedia]])}
        onPin={() => {}}
      />,
    );
    expect(twelve.root.querySelector('[data-fact=products]')?.textContent).toContain('Service 12');
    expect(twelve.root.querySelector('button')).toBeNull();
    twelve.unmount();
  });
  it('says the first eight and a count in the popup', () => {
    const v = mount(
      <ExtractionSummary
        extraction={{
          kind: 'company-page',
          url: 'https://n.example/',
          title: 'N',
          extractor: 't',
          sources: {},
          company: { name: 'N', products: items },
        }}
      />,
    );
    expect(v.text()).toContain('Service 8, and 34 more');
    expect(v.text()).not.toContain('Service 9');
    v.unmount();
  });
});

describe('a company’s accounts elsewhere (fresh17-happycoffee)', () => {
  it('are named by network and handle, an opaque channel id left out', () => {
    const socials = [
      'https://www.facebook.com/HappyCoffee.org',
      'https://www.youtube.com/channel/UC1y4BvIeLkNnTLnjplEQaWQ',
      'https://www.pinterest.de/happycoffee_org/',
      'https://www.youtube.com/@warrenaverett',
      'https://mastodon.example/@acme',
    ];
    const v = mount(
      <FactList
        company={company({ socials: [{ value: socials, sourceClipId: 'k1', at: 1 }] })}
        clipsById={new Map([['k1', encyclopedia]])}
        onPin={() => {}}
      />,
    );
    const links = [...v.root.querySelectorAll('[data-fact=socials] a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Facebook: HappyCoffee.org',
      'YouTube',
      'Pinterest: happycoffee_org',
      'YouTube: warrenaverett',
      'mastodon.example/@acme',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(socials);
    v.unmount();
  });
});
