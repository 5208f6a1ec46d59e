/**
 * A large signed-in LinkedIn profile for the benchmark, generated (never copied): the 2025–2026
 * layout as saved from a real session — hashed class names on every element, profile cards as
 * `section[componentkey="com.linkedin.sdui.profile.card.ref<URN><Card>"]`, each card rendered twice
 * (a `div` placeholder and the `section`), an activity feed of long posts, "People also viewed"
 * and the API answers of the 2024 layout kept as HTML-escaped JSON in `<code id="bpr-guid-…">`
 * blocks (positions, educations, skills, and a previous profile's blocks left by an in-app
 * navigation). Megabytes of markup, most of it furniture the extractor must not walk twice.
 *
 * Deterministic: the same size gives the same page.
 */
const URN = 'ACoAAB7xQpUBm3kZr9TtWcYd0LhNvE2sFaG4iJo';
const OTHER_URN = 'ACoAAC9yRtVCn4lAs0UuXdZe1MiOwF3tGbH5jKp';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS =
  'platform teams shipped reliability migration customers growth hiring roadmap latency cost pipeline launch metrics onboarding partners quarter design review incident analytics search payments security mobile retention pricing experiment'.split(
    ' ',
  );

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LargeProfile {
  html: string;
  url: string;
  name: string;
  positions: number;
}

/** About `targetBytes` of page (the activity feed grows until it is reached). */
export function largeLinkedinProfile(targetBytes = 3_000_000): LargeProfile {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const hash = () => Math.floor(rand() * 36 ** 6).toString(36);
  const cls = (n = 4) => Array.from({ length: n }, hash).join(' ');
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const publicId = 'henrike-valdottir-8a31b2';
  const url = `https://www.linkedin.com/in/${publicId}/`;
  const name = 'Henrike Valdóttir';

  const card = (key: string, inner: string) =>
    `<div class="${cls()}" componentkey="com.linkedin.sdui.profile.card.ref${URN}${key}"></div>` +
    `<section class="${cls(6)}" componentkey="com.linkedin.sdui.profile.card.ref${URN}${key}"><div class="${cls()}">${inner}</div></section>`;
  const p = (t: string) => `<p class="${cls(5)}">${esc(t)}</p>`;

  const top = card(
    'Topcard',
    `<div class="${cls()}" style="aspect-ratio: 4 / 1;"><a href="${url}overlay/background-photo/"><figure class="${cls()}"><img alt="Cover photo" src="https://media.licdn.com/dms/image/v2/cover.jpg"></figure></a></div>
    <a href="${url}"><div class="${cls()}"><h2 class="${cls(5)}">${esc(name)}</h2></div></a>
    <div class="${cls()}">${p('She/Her')}<div>${p('· 2nd')}</div></div>
    ${p('VP Engineering at Skerrywind | Building grid software for offshore wind')}
    ${p('Skerrywind · Reykjavik University')}
    <div class="${cls()}">${p('Reykjavík, Capital Region, Iceland')}${p('·')}<p class="${cls()}"><a href="${url}overlay/contact-info/">Contact info</a></p></div>
    <div role="button" class="${cls()}"><figure aria-hidden="true"><img alt=""></figure>${p('Skerrywind')}</div>
    <div role="button" class="${cls()}"><figure aria-hidden="true"><img alt=""></figure>${p('Reykjavik University')}</div>
    ${p('4,812 followers')}${p('500+ connections')}`,
  );
  const about = card(
    'About',
    `<h2 class="${cls()}">About</h2>${p('I lead the engineers who keep offshore wind farms talking to the grid. ' + sentence(60))}<span>…</span><button>more</button>${p('Top skills')}${p('Distributed systems • Energy markets • Hiring')}`,
  );
  const featured = card(
    'Featured',
    `<h2>Featured</h2>${p('Position')}${p('VP Engineering')}${p('Skerrywind')}${p('Mar 2021 – Present')}${p('Reykjavík, Iceland')}`,
  );

  // The API JSON of the 2024 layout: this profile's positions, and a previous profile's.
  const companies = ['Skerrywind', 'Nordgrid', 'Hafvind Systems', 'Ljós Analytics', 'Tindur Labs', 'Grjót Cloud', 'Eldvik Energy'];
  const included: Array<Record<string, unknown>> = [
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Profile',
      entityUrn: `urn:li:fsd_profile:${URN}`,
      publicIdentifier: publicId,
      firstName: 'Henrike',
      lastName: 'Valdóttir',
      headline: 'VP Engineering at Skerrywind | Building grid software for offshore wind',
      summary: 'I lead the engineers who keep offshore wind farms talking to the grid.',
      geoLocation: { geo: { defaultLocalizedName: 'Reykjavík, Capital Region, Iceland' } },
    },
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Profile',
      entityUrn: `urn:li:fsd_profile:${OTHER_URN}`,
      publicIdentifier: 'someone-else-77',
      firstName: 'Other',
      lastName: 'Person',
    },
  ];
  const positions = 24;
  for (let i = 0; i < positions; i++) {
    const year = 2021 - i;
    included.push({
      $type: 'com.linkedin.voyager.dash.identity.profile.Position',
      entityUrn: `urn:li:fsd_position:(${URN},${1000 + i})`,
      title: i === 0 ? 'VP Engineering' : `${pick(['Senior', 'Staff', 'Lead', 'Principal'])} ${pick(['Engineer', 'Architect', 'Manager'])}`,
      companyName: companies[i % companies.length],
      dateRange: { start: { year, month: 1 + (i % 12) }, ...(i ? { end: { year: year + 1, month: 1 + (i % 12) } } : {}) },
      description: sentence(80),
    });
    included.push({
      $type: 'com.linkedin.voyager.dash.identity.profile.Position',
      entityUrn: `urn:li:fsd_position:(${OTHER_URN},${2000 + i})`,
      title: 'Not this person',
      companyName: 'Elsewhere Inc',
    });
  }
  included.push({
    $type: 'com.linkedin.voyager.dash.identity.profile.Education',
    entityUrn: `urn:li:fsd_education:(${URN},1)`,
    schoolName: 'Reykjavik University',
    degreeName: 'MSc',
    fieldOfStudy: 'Computer Science',
    dateRange: { start: { year: 2008 }, end: { year: 2010 } },
  });
  const code = (id: number, json: unknown) =>
    `<code style="display: none" id="datalet-bpr-guid-${id}">{"request":"/voyager/api/graphql?queryId=voyagerIdentityDashProfiles.${hash()}","status":200,"body":"bpr-guid-${id}","method":"GET"}</code>` +
    `<code style="display: none" id="bpr-guid-${id}">${esc(JSON.stringify(json))}</code>`;

  const parts: string[] = [
    `<!DOCTYPE html>\n<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n<html lang="en" class="${cls(3)}"><head><meta charset="utf-8">`,
    `<title>${esc(name)} | LinkedIn</title><meta name="pageKey" content="d_flagship3_profile_view_base">`,
    `<style>${Array.from({ length: 3_000 }, () => `.${hash()}{display:flex;margin:${Math.floor(rand() * 24)}px}`).join('')}</style>`,
    `</head><body class="${cls()}"><header class="${cls()}"><nav class="${cls()}">${['Home', 'My Network', 'Jobs', 'Messaging', 'Notifications'].map((t) => `<a class="${cls()}" href="https://www.linkedin.com/feed/">${t}</a>`).join('')}</nav></header>`,
    `<main class="${cls(5)}">${top}${about}${featured}`,
  ];
  const aside = `<aside class="${cls()}"><section><h2>People also viewed</h2><ul>${Array.from(
    { length: 40 },
    (_, i) =>
      `<li class="${cls()}"><a href="https://www.linkedin.com/in/viewer-${i}/"><span aria-hidden="true">Viewer ${i}</span></a>${p('Engineer at Somewhere')}</li>`,
  ).join('')}</ul></section></aside>`;
  const tail = `${aside}</main>${code(1, { data: { $type: 'com.linkedin.restli.common.CollectionResponse' }, included })}${code(2, { included: included.slice(0, 2) })}<footer class="${cls()}">LinkedIn Corporation © 2026</footer></body></html>`;

  // The activity feed fills the page up to its size: posts with reactions and comments.
  let size = parts.join('').length + tail.length;
  const feed: string[] = [];
  for (let i = 0; size < targetBytes; i++) {
    const post = `<div class="${cls(6)}" data-urn="urn:li:activity:${7_100_000_000_000_000_000 + i}"><div class="${cls()}"><a href="${url}"><span aria-hidden="true">${esc(name)}</span><span class="visually-hidden">${esc(name)}</span></a>${p(`${1 + (i % 23)}h • Edited`)}</div><div class="${cls(5)}"><span dir="ltr">${esc(sentence(120))}</span></div><ul class="${cls()}">${Array.from({ length: 6 }, () => `<li class="${cls(3)}"><button class="${cls(4)}" aria-label="React Like"><span>${Math.floor(rand() * 900)}</span></button></li>`).join('')}</ul></div>`;
    feed.push(post);
    size += post.length;
  }
  parts.push(card('Activity', `<h2>Activity</h2>${feed.join('')}`));
  return { html: parts.join('') + tail, url, name, positions };
}
