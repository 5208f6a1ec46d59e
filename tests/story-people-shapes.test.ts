import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { storyPeople } from '../lib/extract/article/story-people';
import { withStoryFacts } from '../lib/extract/article/story-facts';

// Shapes of a company's people that went unread on tune articles (invented names and text): a
// show's anchor or host and a unit's head before their name ("Fox Business anchor", "AT&T
// Entertainment CEO"), a bare founder or owner, the head a release labels beside its issuer
// ("(Headquarters: Tokyo, CEO: …)"), and the people a company's own post names with their titles.
describe('story people: more shapes', () => {
  it('reads an anchor, a host or a lead of the company, or of a unit named by its first word', () => {
    expect(
      storyPeople(
        [
          'Borkan anchor Jane Roe said the show would go on.',
          'Borkan Business host Ida Mossel and Borkan Search lead Lena Hart agreed.',
          'Kestrel anchor Tom Bell did not.',
        ],
        'Borkan News',
        'Borkan in turmoil',
      ),
    ).toEqual([
      { name: 'Jane Roe', title: 'Borkan anchor' },
      { name: 'Ida Mossel', title: 'Borkan Business host' },
      { name: 'Lena Hart', title: 'Borkan Search lead' },
    ]);
  });

  it('reads a bare founder or owner of the company last named, not a former one, one being succeeded or another firm’s', () => {
    expect(
      storyPeople(
        [
          'Fundraising at Borkan fell after founder Mara Lind tried to cut the grants. Co-founder Ivo Strand recently stepped back.',
          'That did not persuade owner Karl Bemis to keep him, nor former owner Tom Bell.',
          'At Kestrel, co-founder Ada Brun and owner Ole Vik stayed.',
          'Borkan named a new chief. She succeeds co-founder Eva Dahl, who will become its CTO.',
        ],
        'Borkan',
        'Borkan cancels its walks',
      ),
    ).toEqual([
      { name: 'Mara Lind', title: 'founder' },
      { name: 'Ivo Strand', title: 'Co-founder' },
      { name: 'Karl Bemis', title: 'owner' },
    ]);
  });

  it('reads the head a release labels beside its issuer’s name, and no one beside another name', () => {
    expect(
      storyPeople(
        [
          'OSLO, June 22, 2015 - Borkan Co., Ltd. (Headquarters: Oslo, CEO: Ivo Strand, "Borkan") announced today that its unit was approved.',
          'Kestrel Inc. (Headquarters: Bergen, CEO: Tom Bell) is its partner.',
        ],
        'Borkan',
        'Borkan unit approved',
      ),
    ).toEqual([{ name: 'Ivo Strand', title: 'CEO' }]);
    expect(
      storyPeople(
        ['ボルカン株式会社（本社：岡山市北区田町1-10-1、代表取締役社長 山田太郎)は、新製品を発売しました。'],
        'ボルカン株式会社',
        'x',
      ),
    ).toEqual([{ name: '山田太郎', title: '代表取締役社長' }]);
  });

  it('reads the people a company’s own post names with their titles, not others’ by a bare role', () => {
    const x = {
      kind: 'article',
      url: 'https://borkan.example/blog/remote',
      article: { title: 'Remote work' },
    } as unknown as PageExtraction;
    const out = withStoryFacts(x, {
      title: 'Remote work',
      paragraphs: [
        'Teams at Borkan work from home. So I asked Jane Roe, Corporate Vice President of the Cloud Tools Engineering team, to share her tips.',
        'Our customers agree: owner Ole Vik runs his café on Borkan.',
      ],
      known: 'Borkan',
      siteNames: ['Borkan'],
      own: true,
      announced: false,
    });
    expect(out.people).toEqual([{ name: 'Jane Roe', title: 'Corporate Vice President of the Cloud Tools Engineering team' }]);
  });
});
