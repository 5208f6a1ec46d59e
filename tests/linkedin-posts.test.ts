import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveClip } from '../lib/db/save-clip';
import { activityDate, postDate } from '../lib/extract/linkedin-post-dates';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { Clip } from '../lib/schema/dossier';
import { PageExtraction } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';
import { freshDb } from './helpers/factories';

// Pages written here (tests/fixtures/posts), imitating LinkedIn's profile of 2025-2026 and its
// activity page of 2020-2024; the people and posts are invented.
const page = (name: string, url: string) => {
  const x = extractPage(docFrom(readFileSync(`tests/fixtures/posts/${name}`, 'utf8'), url), new URL(url));
  expect(PageExtraction.safeParse(x).success).toBe(true);
  return x;
};

describe('the person’s own posts on a 2026 profile (Activity and Featured cards)', () => {
  const x = page('sdui-profile-2026.html', 'https://www.linkedin.com/in/mira-olsen-7a1b2c/');
  const posts = x.person?.posts ?? [];
  const texts = posts.map((p) => p.text).join('\n');

  it('keeps her own post with its words, exact date and address, without the feed’s buttons and counts', () => {
    expect(x.person?.name).toBe('Mira Olsen');
    expect(posts[0]).toEqual({
      text: 'We moved the ferry-booking API from a nightly batch to event streams this quarter.\nThe hard part was not Kafka but agreeing what an event is. #platform',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7436712384921612345/',
      date: '2026-03-09',
      age: '3w',
    });
    expect(texts).not.toMatch(/\bmore\b|reactions|comments|\bLike\b|\bRepost\b|\bSend\b|Mira Olsen/);
  });

  it('keeps a featured post (she chose it for her profile), and only posts, not links', () => {
    expect(posts.find((p) => p.featured)).toMatchObject({
      date: '2025-07-01',
      text: expect.stringMatching(/^We just opened our Bergen office/),
    });
    expect(texts).not.toMatch(/Our launch, on our blog/);
  });

  it('keeps her words on a repost, never the original under them', () => {
    const repost = posts.find((p) => p.repost);
    expect(repost).toEqual({
      text: 'Proud of this team: three of our engineers spoke at the harbour tech meetup.',
      url: 'https://www.linkedin.com/posts/mira-olsen-7a1b2c_ferries-activity-share',
      age: '2mo',
      repost: true,
    });
    expect(texts).not.toMatch(/spring meetup/);
  });

  it('never takes another person’s post as hers: a plain repost, a post by someone else, a namesake’s profile', () => {
    expect(texts).not.toMatch(/Havn raised|Absolutely amazing|We are hiring platform engineers|Tulips/);
    expect(posts).toHaveLength(3);
  });
});

describe('the person’s own posts on an activity page (2020-2024 feed)', () => {
  const x = page('activity-page-2022.html', 'https://www.linkedin.com/in/tomasreyes/recent-activity/all/');
  const posts = x.person?.posts ?? [];

  it('reads the author from the feed and keeps his posts, newest first, with "…see more" and counts gone', () => {
    expect(x.person?.name).toBe('Tomas Reyes');
    expect(posts.map((p) => p.text)).toEqual([
      'After two years of on-call pain we rewrote the billing service in Go.\nLatency fell by half and so did the pages at 3 am.',
      'My team wrote up how we test payments. Worth a read if you run a ledger.',
      'I am starting as Engineering Manager at Quayside today.',
    ]);
    expect(posts[0]).toMatchObject({
      date: '2022-05-02',
      age: '2w',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:6926862857011212345/',
    });
    expect(posts[1]?.repost).toBe(true);
    // No activity id: only the age, which the reader turns into an approximate date.
    expect(posts[2]).toEqual({ text: 'I am starting as Engineering Manager at Quayside today.', age: '1yr' });
  });

  it('leaves out what he liked or commented on, and the original he reshared', () => {
    const all = posts.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/cutting its platform team|hiring a staff engineer|property tests|see more|87 comments|Like/);
  });
});

describe('the person’s own posts on a 2024 profile’s Activity card', () => {
  it('keeps what she posted, not what she reposted', () => {
    const x = extractPage(
      docFrom(
        readFileSync('tests/fixtures/pages/linkedin-person-signed-in-2024.html', 'utf8'),
        'https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/',
      ),
      new URL('https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/'),
    );
    expect(x.person?.posts).toEqual([
      {
        text: 'We are hiring two senior data engineers in Manchester (hybrid). Airflow, dbt, a lot of shipping containers. DM me if you want to know what on-call really looks like here.',
        age: '1w',
      },
    ]);
  });
});

describe('post dates', () => {
  it('reads the exact day from an activity id, and refuses an id that gives no plausible time', () => {
    expect(activityDate('7444433092200562688')).toBe('2026-03-30');
    expect(activityDate('123456789012345')).toBeUndefined();
  });

  it('turns an age into an approximate date against the clip’s time, to the precision the age allows', () => {
    const clipped = Date.UTC(2026, 2, 30, 18);
    expect(postDate({ date: '2026-03-09', age: '3w' }, clipped)).toEqual({ date: '2026-03-09', approx: false });
    expect(postDate({ age: '3h' }, clipped)).toEqual({ date: '2026-03-30', approx: true });
    expect(postDate({ age: '6d' }, clipped)).toEqual({ date: '2026-03-24', approx: true });
    expect(postDate({ age: '2w' }, clipped)).toEqual({ date: '2026-03-16', approx: true });
    expect(postDate({ age: '3mo' }, clipped)).toEqual({ date: '2025-12', approx: true });
    expect(postDate({ age: '1yr' }, clipped)).toEqual({ date: '2025', approx: true });
    expect(postDate({ age: 'yesterday' }, clipped)).toBeUndefined();
    expect(postDate({}, clipped)).toBeUndefined();
  });
});

describe('stored posts', () => {
  it('a profile clip keeps its posts through the write path, and a clip saved before posts existed still parses', async () => {
    const db = freshDb();
    const x = page('sdui-profile-2026.html', 'https://www.linkedin.com/in/mira-olsen-7a1b2c/');
    await saveClip(db, x, { now: Date.UTC(2026, 2, 30) });
    const [stored] = await db.clips.toArray();
    expect(stored?.extraction.person?.posts?.map((p) => p.date)).toEqual(['2026-03-09', '2025-07-01', undefined]);
    // The shape of a profile clip from before this field: no `posts`, nothing else changed.
    const { posts: _posts, ...older } = stored!.extraction.person!;
    expect(Clip.safeParse({ ...stored, extraction: { ...stored!.extraction, person: older } }).success).toBe(true);
  });
});
