import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// Small pages written here to imitate the marks forum software leaves: a forum thread or a
// question page is neither the company's own page nor a story about it (`other`), even when it
// carries a headline, a date and an author as a story does.

const posts = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<article class="post"><div class="author">member${i}</div><time datetime="2024-05-0${(i % 9) + 1}">May ${(i % 9) + 1}, 2024</time>
      <p>Post ${i + 1}: I had the same problem with the new release after upgrading the server last week and rolling back did not help.</p></article>`,
  ).join('');

describe('discussion pages are other', () => {
  it('a thread with DiscussionForumPosting JSON-LD and og:type article is other, with no company or story read from it', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T10:00:00Z">
      <meta property="og:site_name" content="Ferncastle Community"><title>Upgrade stuck at 80% - Help - Ferncastle Community</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Upgrade stuck at 80%","author":{"@type":"Person","name":"member0"},"datePublished":"2024-05-01T10:00:00Z"}</script>
      </head><body><h1>Upgrade stuck at 80%</h1>${posts(5)}</body></html>`,
      'https://community.ferncastle.example/t/upgrade-stuck-at-80/61255',
    );
    expect(x.kind).toBe('other');
    expect(x.article).toBeUndefined();
    expect(x.company).toBeUndefined();
  });

  it('a question page marked up as QAPage microdata is other', () => {
    const x = extract(
      `<html><head><title>How do I back up my whole system? - Ask Tidewell</title></head>
      <body itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
      <h1 itemprop="name">How do I back up my whole system?</h1>${posts(3)}</div></body></html>`,
      'https://ask.tidewell.example/q/7809',
    );
    expect(x.kind).toBe('other');
  });

  it('forum software known by its generator or its markup is other', () => {
    const head = (extra: string) =>
      `<html ${extra.startsWith('id=') ? extra : ''}><head>${extra.startsWith('<meta') ? extra : ''}<title>New case announced - Hardware - Oakridge Forums</title></head>
      <body><h1>New 2500X case announced, first thoughts</h1>${posts(4)}</body></html>`;
    expect(extract(head('<meta name="generator" content="XenForo 2.2">'), 'https://forums.oakridge.example/index.php').kind).toBe('other');
    expect(extract(head('id="XF"'), 'https://forums.oakridge.example/index.php').kind).toBe('other');
    expect(extract(head('<meta name="discourse_theme_id" content="3">'), 'https://forums.oakridge.example/latest').kind).toBe('other');
  });

  it('a WordPress forum (bbPress and its kin) and Hoop.la are known by the body they mark, even under og:type article', () => {
    const page = (body: string) =>
      `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Oakridge Woodshop"><title>Starting projects as a beginner</title></head>
      ${body}<h1>Starting projects as an absolute beginner</h1>${posts(5)}</body></html>`;
    const url = 'https://www.oakridge.example/community-help/starting-projects-as-a-beginner/';
    expect(extract(page('<body class="wp-singular topic-template-default single single-topic postid-312659">'), url).kind).toBe('other');
    expect(extract(page('<body class="article forum-template-default single single-forum postid-340636">'), url).kind).toBe('other');
    expect(extract(page('<body id="forumTopicPage" class="fixed-nav-bar">'), url).kind).toBe('other');
    // A blog post on the same kind of site keeps its kind: only the forum's post types count.
    const post = extract(page('<body class="wp-singular post-template-default single single-post postid-1">'), url);
    expect(post.kind).not.toBe('other');
  });

  it('the addresses forum software gives a thread are enough', () => {
    const page = `<html><head><title>Which version for Ubuntu 24.04?</title></head><body><h1>Which version should I install on Ubuntu 24.04?</h1>${posts(3)}</body></html>`;
    for (const url of [
      'https://bbs.ferncastle.example/viewtopic.php?id=309936',
      'https://forum.ferncastle.example/showthread.php?t=186269',
      'https://forums.ferncastle.example/threads/which-version-for-ubuntu.91732/',
      'https://forum.ferncastle.example/topic/156087/which-version-for-ubuntu',
      'https://forum.ferncastle.example/topic/188682-which-version-for-ubuntu/',
      'https://ask.ferncastle.example/questions/429163/which-version-for-ubuntu',
      'https://www.ferncastle.example/forums/topic/which-version-for-ubuntu/',
      'https://forum.ferncastle.example/forum/thread/63237-which-version-for-ubuntu/',
      'https://www.ferncastle.example/t/123270/which-version-for-ubuntu',
      'https://www.ferncastle.example/community/index.php?topic=589061.0',
      'https://discuss.ferncastle.example/d/2068-which-version-for-ubuntu',
      'https://www.ferncastle.example/discussions/topic/which-version-for-ubuntu/',
    ]) {
      expect(extract(page, url).kind, url).toBe('other');
    }
  });

  it('a news story with readers’ comments, and a company page with a community link, keep their kind', () => {
    const story = extract(
      `<html><head><meta property="og:type" content="article"><title>Ferncastle raises $40m</title>
      <script type="application/ld+json">[{"@type":"NewsArticle","headline":"Ferncastle raises $40m to expand in Europe","datePublished":"2024-05-01"},
      {"@type":"DiscussionForumPosting","headline":"Comments","url":"https://news.example/comments/1"}]</script></head>
      <body><article><h1>Ferncastle raises $40m to expand in Europe</h1><p>Ferncastle, the Leeds maker of invoicing software, said on Tuesday it had raised $40m.</p></article></body></html>`,
      'https://news.example/2024/05/01/ferncastle-raises-40m',
    );
    expect(story.kind).toBe('article');
    const home = extract(
      `<html><head><title>Ferncastle — invoicing for small firms</title><meta name="description" content="Ferncastle builds invoicing software for small firms."></head>
      <body><nav><a href="https://community.ferncastle.example/t/welcome/1">Community</a></nav><h1>Invoicing for small firms</h1><p>Ferncastle builds invoicing software.</p></body></html>`,
      'https://www.ferncastle.example/',
    );
    expect(home.kind).toBe('company-page');
    expect(home.company?.name).toBe('Ferncastle');
  });
});
