import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../lib/extract/byline';
import { extract } from './helpers/extract-page';

// Bylines where real blogs and Japanese news sites put them: a post's own footer under the text,
// a "writer" class, a Japanese "著者：" label. Pages written here to imitate those structures.

const body = [
  '<p>Two well-known tools scan the whole address space of the internet in minutes, and both are used by researchers and attackers alike.</p>',
  '<p>Our honeypots show that the two are used in quite different ways, and this post describes what we saw over six months.</p>',
  '<p>The first tool sends far more packets per second, while the second one is used mostly for slow and steady scans.</p>',
].join('');

describe('a byline in the story’s own footer', () => {
  it('the author link in the footer of the article that holds the headline is the byline', () => {
    const x = extract(
      `<html><head><title>Two scanners compared | Quarry Security Diary</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2019-02-18T08:00:00Z"></head>
      <body><main><article class="main-inner"><header class="title-box"><div class="title-box-inner"><h1 class="post-title">Two scanners compared: what our honeypots saw</h1></div></header>
      <div class="container"><div class="content">${body}
      <footer class="post-meta"><p class="post-author"><span class="screen-reader-text">投稿者</span><a href="/blog/author/mhoshino/" rel="author">Mika Hoshino</a></p></footer>
      </div></div></article></main>
      <footer class="site-footer"><p>Written by <a href="/blog/author/editor/" rel="author">Site Editor</a></p></footer></body></html>`,
      'https://sect.quarry.example/d/2019/02/134052.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Mika Hoshino']);
  });

  it('the page’s own footer is not the story’s byline', () => {
    const x = extract(
      `<html><head><title>Two scanners compared | Quarry Security Diary</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2019-02-18T08:00:00Z"></head>
      <body><main><article><h1>Two scanners compared: what our honeypots saw</h1>${body}</article></main>
      <footer class="site-footer"><p><a href="/blog/author/editor/" rel="author">Site Editor</a></p></footer></body></html>`,
      'https://sect.quarry.example/d/2019/02/134052.html',
    );
    expect(x.article?.authors).toBeUndefined();
  });
});

describe('Japanese bylines', () => {
  it('"著者：後藤大地", "文／山田太郎": the label goes, the name stays', () => {
    expect(splitAuthors('著者：後藤大地')).toEqual(['後藤大地']);
    expect(splitAuthors('文／山田太郎')).toEqual(['山田太郎']);
  });

  it('a name in a "writer" span beside the date is the byline', () => {
    const x = extract(
      `<html><head><meta charset="utf-8"><title>アップルがプライバシーを前面に出す理由 - テックジャパン</title><meta property="og:type" content="article"><meta property="article:published_time" content="2019-04-13T08:00:00+09:00"></head>
      <body><div class="leaf-headline"><h1>アップルがプライバシーを前面に出す理由</h1>
      <div class="leaf-headline-inner"><span class="writer">松田次郎</span><span class="date">2019年04月13日 08時00分</span></div></div>
      <div class="article-body"><p>アップルは今週、新しいプライバシー機能を発表した。利用者の情報を端末の中で処理する仕組みを広げるという。</p>
      <p>同社はこれまでも、広告のために利用者を追跡しないと繰り返し述べてきた。新機能はその方針をさらに進めるものだ。</p>
      <p>一方で、人工知能の分野では大量のデータが必要になる。プライバシーとの両立が課題になると専門家は指摘する。</p></div></body></html>`,
      'https://japan.techjapan.example/article/35135610/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['松田次郎']);
  });
});
