import { describe, expect, it } from 'vitest';
import { describesCompany } from '../lib/extract/about-text';
import { tidyOfferings } from '../lib/extract/offering-names';
import { teamMembers } from '../lib/extract/team';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

// Small pages written here in the manner of the company pages fresh-25 missed at first sight: a
// static-site builder that stamps Article JSON-LD on every page (fresh25-alteuhle), a pricing
// page with badges in capitals (fresh25-employmentboost), team cards with teachers' titles
// (fresh24-greenwichhouse) or a first name alone (fresh25-technischbouwadvies), a training firm's
// course cards (fresh25-alocoaching) and product headings with a tagline (fresh25-baumannhonig).

const para = (s: string) =>
  `<p>${s} Wir treffen uns jeden zweiten Dienstag im Stadtteilzentrum und laden alle Interessierten herzlich ein, vorbeizuschauen und mitzureden.</p>`;
const builderLd = (headline: string) =>
  `<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${headline}","datePublished":"2026-01-14T16:29+01:00","author":{"@type":"Person","name":"InfraTeam"},"publisher":{"@type":"Organization","name":"InfraTeam"}}</script>`;
const builderPage = (path: string, headline: string, lead = '') =>
  extract(
    `<html><head><title>${headline}</title>${builderLd(headline)}</head><body><header><a href="/">Initiativgruppe</a></header><main><h1>${headline}</h1>${lead}${[1, 2, 3, 4, 5].map((i) => para(`Abschnitt ${i}: unser Wohnprojekt im alten Finanzamt.`)).join('')}</main></body></html>`,
    `https://wohnprojekt.example${path}`,
  );

describe('page kind: an About or team slug under a builder’s Article JSON-LD', () => {
  it('"/ueber-uns.html" that shows no date and no byline is the company’s page', () => {
    expect(builderPage('/ueber-uns.html', 'Über uns').kind).toBe('company-page');
    expect(builderPage('/over-ons/', 'Over ons').kind).toBe('company-page');
  });

  it('the same site’s post under a headline’s slug stays a story', () => {
    expect(
      builderPage('/sommerfest-im-alten-finanzamt-war-ein-voller-erfolg.html', 'Sommerfest im alten Finanzamt war ein voller Erfolg').kind,
    ).toBe('article');
  });

  it('an About slug whose page shows its date and a byline stays a story', () => {
    const lead = '<p class="byline">Von Maria Beispiel</p><time datetime="2026-01-14">14. Januar 2026</time>';
    expect(builderPage('/ueber-uns.html', 'Über uns', lead).kind).toBe('article');
  });
});

describe('page kind: a pricing page’s badges in capitals are no dateline', () => {
  const plan = (badge: string, name: string) =>
    `<div class="plan"><p>${badge}</p><p>Our writers prepare your documents within five business days, with two rounds of revisions and a cover letter in the same voice.</p><h3>${name}</h3></div>`;
  const pricing = (lead: string) =>
    extract(
      `<html><head><title>Professional Resume Writing Services</title><meta property="og:type" content="article"></head><body><header><a href="/">Resume Boost</a><a href="tel:888-555-0100">CALL</a></header><main><h1>Professional Resume Writing Services</h1>${lead}${plan('BEST VALUE', 'Professional Resume Writing Package')}${plan('MOST POPULAR', 'Professional Resume + Coaching Session')}<p>Call us on <a href="tel:888-555-0100">888-555-0100</a>.</p></main></body></html>`,
      'https://resumeboost.example/professional-resume-writing-services-packages/',
    );

  it('"BEST VALUE" over a plan names no place: the page is the company’s', () => {
    expect(pricing('').kind).toBe('company-page');
  });

  it('a slogan in capitals over the lead ("WHEN TIME IS OF THE ESSENCE") names no place either', () => {
    const slogan =
      '<p>WHEN TIME IS OF THE ESSENCE</p><p>Rush service delivers your resume within 48 hours of your intake session, reviewed by a certified writer.</p>';
    expect(pricing(slogan).kind).toBe('company-page');
  });
});

describe('description: a meta line that defines the company may name what it helps with', () => {
  it('"X is a … company that helps clients land better jobs" describes the company', () => {
    expect(
      describesCompany(
        'Employment BOOST is a professional resume writing company that helps clients land better jobs and create high flying careers.',
      ),
    ).toBe(true);
    expect(describesCompany('Stellwerk ist ein Personaldienstleister, der Fachkräften Jobs in der Region Hannover vermittelt.')).toBe(true);
  });

  it('a line about the page’s jobs that defines nothing is still no description', () => {
    expect(describesCompany('See our open jobs and careers in engineering, sales and support across our three offices.')).toBe(false);
  });
});

describe('people: teachers’ cards and a first name on a person’s card', () => {
  const teacher = (name: string, title: string) =>
    `<article class="gridview archive_post"><div class="featimg"><a href="/person/${name.toLowerCase().replace(/ /g, '-')}/"><img src="/p.jpg" alt="${name}"></a></div><h2><a href="/person/${name.toLowerCase().replace(/ /g, '-')}/">${name}</a></h2><div class="meta_item"><span class="lbl"></span><span class="val">${title}</span></div></article>`;

  it('a faculty grid of "Piano Teacher", "Cello Teacher" cards lists its teachers', () => {
    const html = `<html><body><main><h1>Private Music Lessons</h1><section><h1>Piano</h1>${teacher('Alexandra Saraceno', 'Piano Teacher')}${teacher('Rachel Gawell Burns', 'Cello Teacher')}${teacher('Luke Norris', 'Woodwind Faculty')}</section></main></body></html>`;
    const url = 'https://musicschool.example/program/private-music-lessons/';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'other' }).map((p) => `${p.name} | ${p.title}`)).toEqual([
      'Alexandra Saraceno | Piano Teacher',
      'Rachel Gawell Burns | Cello Teacher',
      'Luke Norris | Woodwind Faculty',
    ]);
  });

  it('"<div class="person-card"><strong>Levi</strong><span>Tekenaar & adviseur</span>" on an About page is a person', () => {
    const html =
      '<html><body><main><h1>Over ons</h1><p>Levi begeleidt de intake en de technische uitwerking van uw bouwplan.</p><div class="person-card"><strong>Levi</strong><span>Tekenaar &amp; adviseur</span><p>Uw vaste contactpersoon voor tekenwerk en planbeoordeling.</p></div></main></body></html>';
    const url = 'https://bouwadvies.example/over-ons.html';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'about' })).toEqual([{ name: 'Levi', title: 'Tekenaar & adviseur' }]);
  });

  it('a first name in a plain box with a role word stays nobody', () => {
    const html =
      '<html><body><main><h1>Over ons</h1><div class="box"><strong>Dakkapel</strong><span>Adviseur voor uw dakkapel</span></div></main></body></html>';
    const url = 'https://bouwadvies.example/over-ons.html';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'about' })).toEqual([]);
  });

  it('a person’s card that gives only a role and a degree ("Geschäftsführer" over "Diplomingenieur") names nobody', () => {
    const card = (role: string, degree: string) =>
      `<div class="team-card"><div class="team-card__avatar"><svg viewBox="0 0 24 24"><circle cx="12" cy="7" r="4"/></svg></div><h3>${role}</h3><p class="team-card__role">${degree}</p><p class="team-card__text">Technische Leitung und Projektplanung.</p></div>`;
    const html = `<html><body><main><h2>Unser Team</h2><div class="grid">${card('Geschäftsführer', 'Diplomingenieur')}${card('Geschäftsführer', 'Elektrotechnikermeister')}</div></main></body></html>`;
    const url = 'https://lueftung.example/ueber-uns';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'about' })).toEqual([]);
  });
});

describe('products: course cards and headings with a tagline', () => {
  it('a training firm’s "formation-card" headings are its offerings', () => {
    const card = (t: string) =>
      `<div class="formation-card"><div class="formation-card-header"><span class="card-level">Avancé</span><h3>${t}</h3></div><div class="formation-card-body"><p>Public : chefs de projet.</p></div></div>`;
    const x = extract(
      `<html><head><title>Formations – ALO</title></head><body><main><h1>Nos formations</h1>${card('Piloter un projet IT au forfait')}${card('Diriger un programme IT multi-projets')}${card('Manager une équipe projet IT')}</main></body></html>`,
      'https://alo.example/formations.html',
    );
    expect(x.company?.products).toEqual([
      'Piloter un projet IT au forfait',
      'Diriger un programme IT multi-projets',
      'Manager une équipe projet IT',
    ]);
  });

  it('"Blütenhonig – Der Liebling unserer Kunden" names "Blütenhonig"; "Honigwein – Met" and "IT Consulting – Mac and PC" stay whole', () => {
    expect(tidyOfferings(['Blütenhonig – Der Liebling unserer Kunden', 'Waldhonig – Die Kraft der Natur', 'Honigwein – Met'])).toEqual([
      'Blütenhonig',
      'Waldhonig',
      'Honigwein – Met',
    ]);
    expect(tidyOfferings(['IT Consulting – Mac and PC', 'Roof Repair – The Fastest in Town'])).toEqual([
      'IT Consulting – Mac and PC',
      'Roof Repair',
    ]);
  });
});

describe('a law firm’s practice page and its contact people', () => {
  const practice = (path: string) =>
    extract(
      `<html><head><title>INTERNATIONALE FORDERUNGSBEITREIBUNG</title><meta property="og:type" content="article"><meta name="author" content="Super User"></head><body><main><h1>INTERNATIONALE FORDERUNGSBEITREIBUNG</h1>${Array.from(
        { length: 12 },
        (_, i) =>
          `<p>Abschnitt ${i + 1}: Wir setzen Ihre Forderungen gegen Schuldner in Deutschland, Österreich, Liechtenstein, der Schweiz und Italien durch, vom Mahnverfahren bis zur Zwangsvollstreckung des Titels im Ausland, mit Partnerkanzleien vor Ort.</p>`,
      ).join('')}</main></body></html>`,
      `https://kanzlei.example${path}`,
    );

  it('a page in the firm’s "/spezialisierung/" or "/practice-areas/" folder, showing no date, is the firm’s page', () => {
    expect(practice('/de/spezialisierung/internationale-forderungsbeitreibung').kind).toBe('company-page');
    expect(practice('/practice-areas/international-debt-collection').kind).toBe('company-page');
  });

  it('"» Wiebke Scharf" over "Rechtsanwaltsfachangestellte, Kanzleileitung" beside a photo is a contact person', () => {
    const person = (name: string, title: string, img: string) =>
      `<p><img src="/images/${img}.jpg" alt="${name}, ${title}" width="50" height="50"></p><p>» ${name}</p><p>${title}</p><p>E-Mail: <a href="mailto:${img}@kanzlei.example">${img}@kanzlei.example</a></p><hr>`;
    const html = `<html><body><main><p>Text</p></main><aside><h2 class="title"><span>Ihre Ansprechpartner</span></h2><div class="module-content">${person('Wiebke Scharf', 'Rechtsanwaltsfachangestellte, Kanzleileitung', 'scharf')}${person('Olga Lechzer', 'Geprüfte Rechtsfachwirtin', 'lechzer')}</div></aside></body></html>`;
    const url = 'https://kanzlei.example/de/spezialisierung/internationale-forderungsbeitreibung';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'other' }).map((p) => `${p.name} | ${p.title}`)).toEqual([
      'Wiebke Scharf | Rechtsanwaltsfachangestellte, Kanzleileitung',
      'Olga Lechzer | Geprüfte Rechtsfachwirtin',
    ]);
  });

  it('a bulleted list of towns beside a service line ("• Costa Mesa") names nobody', () => {
    const area = (county: string, towns: string[]) =>
      `<a class="card" href="/areas/${county.toLowerCase().replace(/ /g, '-')}"><div><h3>${county}</h3></div><ul>${towns.map((t) => `<li>• ${t}</li>`).join('')}</ul><div class="text-sm">Equipment Sales</div></a>`;
    const html = `<html><body><main><h2>Areas we serve</h2>${area('Orange County', ['Newport Beach', 'Costa Mesa', 'Huntington Beach'])}${area('Ventura County', ['Thousand Oaks', 'Simi Valley'])}</main></body></html>`;
    const url = 'https://gymrental.example/equipment-rental';
    expect(teamMembers(docFrom(html, url), new URL(url), { role: 'other' })).toEqual([]);
  });
});
