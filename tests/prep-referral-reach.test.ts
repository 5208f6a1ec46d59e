import { describe, expect, it } from 'vitest';
import { onlyInQuarrel } from '../lib/prep/dispute-side';
import { suggestQuestions } from '../lib/prep/engine';
import { referrals } from '../lib/prep/referrals';
import { roleLevel } from '../lib/prep/roles';
import { signals } from '../lib/prep/signals';
import { storyFriends } from '../lib/prep/story-friends';
import { company, person, self, storyClip } from './helpers/prep-records';

// blind-15 vw-meb-student offered the works council's head who criticised the chief executive as a
// name to ask for; blind-17 drewfox-distillery-peer could not offer the friend the story says he
// distilled his first rye with. Stories written here copy the pages' structure, not their text.

const dispute = storyClip(
  'c-dispute',
  'https://news.example/autos/1',
  'article',
  'Streit vor der Betriebsversammlung bei Autobau',
  'Der Streit zwischen Konzernchef Karl Maier und dem Aufsichtsrat geht weiter. Die Betriebsratschefin Petra Lenz kritisierte Maier deshalb ungewöhnlich scharf. Lenz warf ihm vor, sich nicht für die Sorgen der Belegschaft zu interessieren. Der Ingenieur Jan Kurz zeigte den neuen Prototyp in Halle 4.',
);

describe('the other side of a dispute is never a referral', () => {
  it('reads a person whose every sentence is a quarrel as its other side, and someone named for their work as not', () => {
    expect(onlyInQuarrel('Petra Lenz', [dispute])).toBe(true);
    expect(onlyInQuarrel('Jan Kurz', [dispute])).toBe(false);
    // A lawsuit told of someone is a quarrel too (blind-9 foxnews: an anchor's lawsuit against the chief).
    const suit = storyClip(
      'c-suit',
      'https://news.example/media/2',
      'article',
      'Inside the fall of the network chief',
      'The lawsuit of anchor Dana Kerr, who says she was demoted after she refused him, names the chief. The engineer Omar Said rebuilt the studio.',
    );
    expect(onlyInQuarrel('Dana Kerr', [suit])).toBe(true);
    expect(onlyInQuarrel('Omar Said', [suit])).toBe(false);
    // A name the story does not hold is no quarrel.
    expect(onlyInQuarrel('Eva Roth', [dispute])).toBe(false);
  });

  it('reads a name holding a bracket or a plus literally, without throwing', () => {
    // A name as typed by hand, written so in the story: its surname is no pattern.
    const odd = storyClip(
      'c-odd',
      'https://news.example/autos/3',
      'article',
      'Betriebsversammlung bei Autobau',
      'Die Sprecherin Petra Lenz (Betriebsrat kritisierte Maier scharf. Der Ingenieur Jan C++ zeigte den Prototyp. Jan C zeigte ihn.',
    );
    expect(onlyInQuarrel('Petra Lenz (Betriebsrat', [odd])).toBe(true);
    expect(onlyInQuarrel('Jan C++', [odd])).toBe(false);
    // Attacks on systems and a run of good years are no quarrel.
    const security = storyClip(
      'c-sec',
      'https://news.example/tech/4',
      'article',
      'Acme reports',
      'Jane Roe, who heads security at Acme, said ransomware attacks doubled this year. Roe said Acme grew for the third year in a row with record sales.',
    );
    expect(onlyInQuarrel('Jane Roe', [security])).toBe(false);
    const city = storyClip(
      'c-city',
      'https://news.example/at/5',
      'article',
      'Werk',
      'Der Ingenieur Jan Kurz eröffnete das Werk in Klagenfurt.',
    );
    expect(onlyInQuarrel('Jan Kurz', [city])).toBe(false);
  });

  it('drops her from the closing names, keeps the engineer, and never offers the compound-titled chief executive', () => {
    const co = { name: 'Autobau' };
    const lenz = person('Petra Lenz', { currentTitle: 'Betriebsratschefin und Aufsichtsrätin', sourceClipIds: ['c-dispute'] });
    const kurz = person('Jan Kurz', { currentTitle: 'Ingenieur', sourceClipIds: ['c-dispute'] });
    const maier = person('Karl Maier', { currentTitle: 'Autobau-Chef', sourceClipIds: ['c-dispute'] });
    const names = referrals([lenz, kurz, maier], undefined, 'engineering', [dispute], co).map((r) => r.name);
    expect(names).toEqual(['Jan Kurz']);
  });

  it('reads German compounds of the chief ("VW-Chef", "Konzernchef") as the top, never a head chef', () => {
    expect(roleLevel('VW-Chef')).toBe('executive');
    expect(roleLevel('Volkswagen-Chef')).toBe('executive');
    expect(roleLevel('Konzernchef')).toBe('executive');
    expect(roleLevel('Vorstandsvorsitzende')).toBe('executive');
    expect(roleLevel('Küchenchef')).not.toBe('executive');
    expect(roleLevel('Sous-Chef')).not.toBe('executive');
  });
});

const feature = storyClip(
  'c-feature',
  'https://reader.example/food/1',
  'article',
  'Hollow Creek Distillery pours new spirits',
  'Dana Brooks owns Hollow Creek Brewery and its distillery. Brooks took a week-long course in Kentucky. In 2016, she distilled her first gin with her old friend Sam Ortiz at Riverbend Distilling, in Elk Rapids, and began aging it. The chef Lee Park ran dinners with Brooks, and Park buys from his friend Mo Adams.',
  { siteName: 'City Reader', publishedAt: '2023-11-01' },
);

describe('a friend of the person met, named by a story about them, is a referral', () => {
  it('reads the friend and where they work, never someone else’s friend', () => {
    const f = storyFriends(person('Dana Brooks'), [feature]);
    expect(f.map((x) => [x.name, x.relation, x.org])).toEqual([['Sam Ortiz', 'friend', 'Riverbend Distilling']]);
    expect(f[0]!.evidence).toMatch(/^In 2016, she distilled/);
    // A story that does not name the person met gives no friend of theirs.
    expect(storyFriends(person('Alex Stone'), [feature])).toEqual([]);
    // A friend's firm at the end of the sentence is named without its full stop.
    const end = storyClip(
      'c-end',
      'https://reader.example/food/2',
      'article',
      'Dana Brooks',
      'Dana Brooks brews with her business partner Ana Ruiz of Sauce and Bread Kitchen.',
    );
    expect(storyFriends(person('Dana Brooks'), [end]).map((x) => x.org)).toEqual(['Sauce and Bread Kitchen']);
  });

  it('asks the person met for the friend in the closing question, with the story as its ground', () => {
    const co = company('Hollow Creek Distillery');
    const s = signals({
      person: person('Dana Brooks', { currentCompanyId: co.id, currentTitle: 'Owner', sourceClipIds: ['c-feature'] }),
      company: co,
      clips: [{ ...feature, companyId: co.id }],
      self: self({ name: 'Luis', targetRole: 'Head brewer', field: 'Craft brewing', exploring: 'adding a small still to a brewpub' }),
      now: Date.UTC(2023, 10, 20),
    } as never);
    const closing = suggestQuestions(s, 30).questions.find((q) => q.intent === 'referral')!;
    expect(closing.text).toBe(
      'Would your friend Sam Ortiz at Riverbend Distilling be open to a short conversation about adding a small still to a brewpub? Who else should I talk to, and may I mention you?',
    );
    expect(closing.basis).toContain('clip:c-feature');
  });
});

describe('a job posting read as a person is no referral', () => {
  it('drops a "person" whose title carries a workload or a posting’s gender note, keeps a real colleague', () => {
    const co = { name: 'Airloop' };
    const posting = person('Project Controls', { currentTitle: 'Cost Controller (100%)' });
    const german = person('Werk Halle', { currentTitle: 'Schichtleiter (m/w/d)' });
    const real = person('Lea Brandt', { currentTitle: 'Process Engineer' });
    expect(referrals([posting, german, real], undefined, 'engineering', [], co).map((r) => r.name)).toEqual(['Lea Brandt']);
  });
});

describe('a spokesperson is no referral', () => {
  it('drops a press contact quoted in the news, unless the user aims at communications work or knows them', () => {
    const co = { name: 'Orchard' };
    const spokes = person('Josh Rowe', { currentTitle: 'Orchard spokesman' });
    const presse = person('Ina Vogt', { currentTitle: 'Pressesprecherin' });
    const real = person('Lea Brandt', { currentTitle: 'Enterprise Account Manager' });
    expect(referrals([spokes, presse, real], undefined, 'sales', [], co).map((r) => r.name)).toEqual(['Lea Brandt']);
    expect(referrals([spokes, real], undefined, 'marketing', [], co).map((r) => r.name)).toContain('Josh Rowe');
  });
});
