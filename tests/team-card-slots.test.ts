import { describe, expect, it } from 'vitest';
import type { PageRole } from '../lib/extract/page-role';
import { teamMembers } from '../lib/extract/team';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

const people = (html: string, role: PageRole, url = 'https://vermessung.example/ueber-uns.html') =>
  teamMembers(docFrom(html, url), new URL(url), { role });

// A surveyor's About page: photo cards whose line under the name is a degree, a trainee's word or a
// role; a telephone line and a mail link follow.
const card = (name: string, ...lines: string[]) =>
  `<figure><img src="images/${name.split(' ')[1]!.toLowerCase()}.jpg" alt="${name}"><figcaption><h3> ${name} </h3>` +
  lines.map((l) => `<p>${l}</p>`).join('') +
  `<p>fon (0 72 22) 9 14 99 - 01</p><a href="mailto:x@vermessung.example">E-Mail schreiben</a></figcaption></figure>`;

describe('people: the title line of repeated cards, in whatever words', () => {
  it('takes the line under the name where another card has a role word in the same place', () => {
    const html =
      '<main><h1>Über uns</h1><div class="row">' +
      card('Jonas Ebner', 'Dipl.-Ing. (FH) Vermessung,', 'Geschäftsführer') +
      card('Lea Brandt', 'B.Sc. Geodäsie und Navigation') +
      card('Mara Quint', 'Auszubildende') +
      card('Timo Sauer', 'Auszubildender') +
      '</div></main>';
    expect(people(html, 'about')).toEqual([
      { name: 'Jonas Ebner', title: 'Dipl.-Ing. (FH) Vermessung, Geschäftsführer' },
      { name: 'Lea Brandt', title: 'B.Sc. Geodäsie und Navigation' },
      { name: 'Mara Quint', title: 'Auszubildende' },
      { name: 'Timo Sauer', title: 'Auszubildender' },
    ]);
  });

  it('takes a title set in capitals ("CHEF DE PROJET") as a title, not a name', () => {
    const item = (name: string, role: string) =>
      `<li class="list-item"><div class="list-item-media"><img src="assets/${name.split(' ')[0]!.toLowerCase()}.jpg" alt=""></div>` +
      `<div class="list-item-content"><div class="list-item-content__text-wrapper"><h2 class="list-item-content__title">${name}</h2>` +
      `<div class="list-item-content__description"><p>${role}</p><p>Gère le planning et la coordination du projet web.</p></div></div></div></li>`;
    const html =
      '<main><h1>Notre équipe</h1><ul class="user-items-list">' +
      item('Yanis Morel', 'CHEF DE PROJET') +
      item('Loïc Garnier', 'CONTENT MANAGER') +
      item('Hugo Lemaire', 'DEVELOPPEUR WEB') +
      '</ul></main>';
    expect(people(html, 'team', 'https://agence.example/notre-equipe')).toEqual([
      { name: 'Yanis Morel', title: 'CHEF DE PROJET' },
      { name: 'Loïc Garnier', title: 'CONTENT MANAGER' },
      { name: 'Hugo Lemaire', title: 'DEVELOPPEUR WEB' },
    ]);
  });

  it('takes no line of feature cards, where no card has a role word in that place', () => {
    const feature = (name: string) =>
      `<div class="col"><div class="box"><img src="/img/${name.replace(/ /g, '-').toLowerCase()}.jpg" alt="${name}">` +
      `<h3>${name}</h3><p>Starting at</p><p>$149</p></div></div>`;
    const html =
      '<main><h2>Our treatments</h2><div class="grid">' +
      feature('Bed Bug Treatment') +
      feature('Cockroach Treatment') +
      feature('Flea Treatment') +
      '</div></main>';
    expect(people(html, 'home', 'https://pest.example/')).toEqual([]);
  });
});

describe('people: names and titles as team cards set them', () => {
  it('reads a name set on two lines when the photo beside it names the person', () => {
    const member = (first: string, last: string, role: string) =>
      `<div class="card"><div class="card-photo"><img src="images/${first}.jpg" alt="${first} ${last}"></div>` +
      `<div class="card-body"><span class="card-role">${role}</span><h3 class="card-name">${first}<br>${last}</h3>` +
      `<a href="mailto:${first.toLowerCase()}@binc.example">${first.toLowerCase()}@binc.example</a></div></div>`;
    const html =
      '<main><h1>Ons team</h1><div class="team-grid">' +
      member('Merel', 'Stokman', 'Director') +
      member('Sander', 'Wijnhoven', 'Regiomanager Oost-Noord Nederland') +
      member('Krijn', 'van Lent', 'Systeem &amp; Data Coordinator') +
      '</div></main>';
    expect(people(html, 'team', 'https://binc.example/ons-team.html')).toEqual([
      { name: 'Merel Stokman', title: 'Director' },
      { name: 'Sander Wijnhoven', title: 'Regiomanager Oost-Noord Nederland' },
      { name: 'Krijn van Lent', title: 'Systeem & Data Coordinator' },
    ]);
  });

  it('reads "Name / <span>PharmD</span>" written alike three times as a person and their title', () => {
    const member = (name: string) =>
      `<div class="grid_4"><div class="box13"><div class="mask"><img src="images/${name.replace(/ /g, '-')}.png" alt="${name}"></div>` +
      `<span class="h2">${name} / <span class="highlighted">PharmD</span></span>` +
      `<h4>Suite à son doctorat professionnel en Pharmacie, ${name.split(' ')[0]} oeuvre comme pharmacien remplaçant depuis 2013.</h4></div></div>`;
    const html =
      '<main><h1>Notre équipe</h1><div class="row">' +
      member('Noé Babin') +
      member('Axel Soucy') +
      member('Rémi Lanctot') +
      '</div></main>';
    expect(people(html, 'team', 'https://pharmaciens.example/notre-equipe.html')).toEqual([
      { name: 'Noé Babin', title: 'PharmD' },
      { name: 'Axel Soucy', title: 'PharmD' },
      { name: 'Rémi Lanctot', title: 'PharmD' },
    ]);
  });

  it('keeps a title above the name that its class marks as the role, though it is a team word', () => {
    const member = (name: string, role: string) =>
      `<div class="team-card"><div class="photo"><img src="img/team/${name.split(' ')[0]}.jpg" alt="${name}">` +
      `<div class="info"><p class="role">${role}</p></div></div><p class="name">${name}</p></div>`;
    const html =
      '<main><p class="eyebrow">Unser Team</p><div class="team-grid">' +
      member('Bastian Vogt', 'Geschäftsführung, Meister') +
      member('Melanie Vogt', 'Buchhaltung, Büro') +
      member('Andreas Lenz', 'Geselle') +
      '</div></main>';
    expect(people(html, 'team', 'https://schreinerei.example/unser-team.html')).toEqual([
      { name: 'Bastian Vogt', title: 'Geschäftsführung, Meister' },
      { name: 'Melanie Vogt', title: 'Buchhaltung, Büro' },
      { name: 'Andreas Lenz', title: 'Geselle' },
    ]);
  });
});

describe('kind: a team page whose first line is a title in capitals', () => {
  // A site builder's list of people: each description opens with the role in capitals, which reads
  // like a press release's place line ("BAAR, SWITZERLAND" over the lead) but dates nothing.
  const item = (name: string, role: string, text: string) =>
    `<li class="list-item"><div class="list-item-content"><h2 class="list-item-content__title">${name}</h2>` +
    `<div class="list-item-content__description"><p>${role}</p><p>${text}</p></div></div></li>`;
  const page =
    '<html><head><title>Notre Équipe — Agence Mirabelle</title><meta property="og:type" content="website"></head><body>' +
    '<main><h1>Une équipe engagée à construire votre réussite digitale.</h1><ul class="user-items-list">' +
    item('Yanis Morel', 'CHEF DE PROJET', 'Gère le planning, les ressources et la coordination du projet web de nos clients.') +
    item('Loïc Garnier', 'CONTENT MANAGER', 'Rédige, structure et optimise le contenu pour maximiser votre impact digital.') +
    item('Hugo Lemaire', 'DEVELOPPEUR WEB', 'Code et intègre les fonctionnalités techniques du site selon les maquettes.') +
    '</ul></main></body></html>';

  it('is the company’s page, with its people', () => {
    const x = extract(page, 'https://www.mirabelle.example/notre-equipe');
    expect(x.kind).toBe('company-page');
    expect(x.people?.map((p) => p.name)).toEqual(['Yanis Morel', 'Loïc Garnier', 'Hugo Lemaire']);
  });
});
