import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-05-01', siteName: 'Own site' });
/** A page of the company's own site, in the language it is written in. */
const page = (co: Company, lang: string, text: string, extra: Partial<Clip['extraction']> = {}): Clip => {
  const c = clip('company-page', `About | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang, ...extra } };
};
const read = (co: Company, c: Clip, target?: string) => companyStatements([c], co, { target, meetingAt: NOW });

describe('statements: what a company says about itself on its own pages', () => {
  it('reads an exclusive distribution right in German, with the brand and the territory in English, and asks what it brings', () => {
    const co = company('Lichtwerk');
    const about = page(
      co,
      'de-CH',
      'Für die Markisen von SOLARIS® haben wir das exklusive Vertriebsrecht für Österreich und die Schweiz.\nLichtwerk gehört zur Baumhaus Holding AG, dem Spezialisten für Innenausbau.',
    );
    const st = read(co, about);
    expect(st.map((s) => [s.kind, s.text])).toEqual([
      ['exclusive', 'Holds the exclusive distribution right for SOLARIS in Austria and Switzerland'],
      ['parent', 'Part of Baumhaus Holding AG'],
    ]);
    // The page's own sentence stays as evidence, in its language.
    expect(st[0]!.evidence).toMatch(/^Für die Markisen von SOLARIS® haben wir das exklusive Vertriebsrecht/);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Sales manager' }), now: NOW };
    const s = signals(input);
    expect(
      pickHooks(s)
        .filter((h) => h.kind === 'statement')
        .map((h) => h.text),
    ).toEqual(['Holds the exclusive distribution right for SOLARIS in Austria and Switzerland', 'Part of Baumhaus Holding AG']);
    const q = suggestQuestions(s, 30).questions.find((x) => /SOLARIS/.test(x.text));
    expect(q?.text).toBe(
      'Lichtwerk holds the exclusive distribution right for SOLARIS in Austria and Switzerland. How much of the selling comes through that line, and how does it change the way a job is quoted?',
    );
    expect(q?.category).toBe('company');
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('takes no praise for a right: "exclusive" with no right and no territory, or an exclusive offer, gives nothing', () => {
    const co = company('Lichtwerk');
    expect(read(co, page(co, 'en', 'Discover our exclusive SOLARIS collection, designed for modern homes.'))).toEqual([]);
    expect(read(co, page(co, 'en', 'Exclusive offer for SOLARIS customers in Switzerland this spring only.'))).toEqual([]);
  });

  it('reads the group a company belongs to in French and Dutch, but only an organisation ("Teil der Lösung" is none)', () => {
    const fr = company('Arbres Nets');
    expect(read(fr, page(fr, 'fr', 'Arbres Nets fait partie du groupe Verdure SAS depuis sa création.')).map((s) => s.text)).toEqual([
      'Part of Verdure SAS',
    ]);
    const nl = company('Dakwerk');
    expect(read(nl, page(nl, 'nl', 'Wij zijn sinds 2020 onderdeel van de Bouwers Groep uit Utrecht.')).map((s) => s.text)).toEqual([
      'Part of Bouwers Groep',
    ]);
    const de = company('Lichtwerk');
    expect(read(de, page(de, 'de', 'Wir sind ein Teil der Lösung für Ihre Fenster und Fassaden.'))).toEqual([]);
    // A member of a group is said as a member, not as owned by it.
    expect(read(de, page(de, 'en', 'Lichtwerk is a member of the Glass Makers Group since 2019.')).map((s) => s.text)).toEqual([
      'A member of the Glass Makers Group',
    ]);
  });

  it('reads the client a company was set up for, and asks how much of the work still comes from it', () => {
    const co = company('Crewline');
    const about = page(
      co,
      'en',
      'Crewline was set up in 2023, after a large client — Northwind/Atlas — needed welders for three plants and nobody could deliver.',
    );
    expect(read(co, about).map((s) => s.text)).toEqual(['Set up in 2023 for a client, Northwind/Atlas']);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Account manager' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /Northwind/.test(x.text));
    expect(q?.text).toBe(
      'Crewline was set up in 2023 for a client, Northwind/Atlas. How much of the business still comes from Northwind/Atlas, and what did serving them teach you about what clients need?',
    );
    // What the page answers (when it was set up) is never asked.
    expect(suggestQuestions(signals(input), 30).questions.some((x) => /when (was|did)|how old/i.test(x.text))).toBe(false);
  });

  it('reads a prize won in Dutch with its organiser and month from the sentences before it, rendered in English', () => {
    const co = company('Stemwijzer');
    const about = page(
      co,
      'nl',
      'In maart 2025 deden Anna en Joris mee aan een hackathon georganiseerd door de Provincie Zeeland. De opdracht: luisteren naar inwoners. Ze wonnen de hackathon en bouwen nu een app.',
      { people: [{ name: 'Anna de Wit' }, { name: 'Joris Bakker' }] },
    );
    const [st] = read(co, about);
    expect(st).toMatchObject({ kind: 'award', text: 'Won a hackathon organised by Provincie Zeeland (March 2025)' });
  });

  it('takes no self-praise and no testimonial for a prize: "award-winning", "the awards we won", "haben Sie in mir einen Kunden gewonnen"', () => {
    const co = company('Lichtwerk');
    expect(read(co, page(co, 'en', 'Lichtwerk is an award-winning team of fitters since 2002, working across the region.'))).toEqual([]);
    expect(read(co, page(co, 'en', 'We are proud of the service awards we have won over the years.'))).toEqual([]);
    expect(
      read(co, page(co, 'de', 'Von der Beratung bis zur Montage haben Sie in mir einen zufriedenen Kunden gewonnen, ein toller Preis.')),
    ).toEqual([]);
  });

  it('reads the latest steps of a timeline, without its founding, the founder’s years before it, or a tally', () => {
    const co = company('Arbres Nets');
    const about = page(
      co,
      'fr',
      [
        '2006',
        'Formation du fondateur',
        'Brevet professionnel en élagage.',
        '2009',
        'Création de Arbres Nets',
        'Lancement de l’entreprise à Vienne.',
        '2014',
        'Ouverture d’un dépôt à Grenoble',
        'Deuxième équipe et premier camion-grue.',
        '2021',
        'Premier marché public',
        'Contrat d’entretien avec la commune.',
        '2026',
        '300+ chantiers · 4.9★',
        'Merci à nos clients.',
      ].join('\n'),
    );
    const [st] = read(co, about);
    expect(st?.text).toBe('Its own timeline: 2014 “Ouverture d’un dépôt à Grenoble”; 2021 “Premier marché public”');
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Arboriste grimpeur' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /2021/.test(x.text));
    expect(q?.text).toBe(
      'Arbres Nets marks 2014 (“Ouverture d’un dépôt à Grenoble”) and 2021 (“Premier marché public”) on its own timeline. What did each step change for the people doing the work, and what is the next one?',
    );
    // Two years on their own lines are no timeline.
    expect(read(co, page(co, 'fr', '2014\nOuverture d’un dépôt\n2021\nPremier marché public'))).toEqual([]);
  });

  it('lists the qualifications its people hold (not its insurance) and asks which one a newcomer needs first, never of a peer', () => {
    const co = company('Arbres Nets');
    const about = page(
      co,
      'fr',
      [
        'Certifications',
        'Nos garanties professionnelles',
        'Chaque chantier est réalisé dans le respect des normes en vigueur.',
        'Assurance décennale',
        'Tous nos travaux sont couverts pendant dix ans par notre assureur.',
        'Active',
        'Certificat de grimpe',
        'Spécialisation en techniques de grimpe et de travail en hauteur.',
        'À jour',
        'Habilitation électrique',
        'Habilitation pour travailler à proximité des lignes électriques.',
      ].join('\n'),
    );
    const [st] = read(co, about);
    expect(st).toMatchObject({
      kind: 'qualifications',
      text: 'Qualifications it lists: “Certificat de grimpe” and “Habilitation électrique”',
    });
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Tree climber' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /Habilitation/.test(x.text));
    expect(q).toMatchObject({
      category: 'getting-in',
      text: 'Arbres Nets lists “Certificat de grimpe” and “Habilitation électrique” among its qualifications. Which of these would someone starting as a tree climber need first, and how do people here get them?',
    });
    // A student met about their own start gets no career advice.
    const student = person('Léa Martin', {
      experience: [{ title: 'Intern', company: 'Arbres Nets', start: '2025-09' }],
    });
    const peer = signals({ ...input, person: student });
    expect(peer.peer).toBe(true);
    expect(suggestQuestions(peer, 30).questions.some((x) => /Habilitation/.test(x.text))).toBe(false);
  });

  it('reads a sentence naming the role the user wants, and asks what it demands of that role', () => {
    const co = company('Crewline');
    const about = page(co, 'en', 'A single point of contact. Every client gets a dedicated account manager.');
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Account manager' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /dedicated/.test(x.text));
    // A posting's title on a careers page is no sentence of the company's.
    expect(read(co, page(co, 'en', 'Senior Account Manager (m/f/d) – full time – Berlin office'), 'Account manager')).toEqual([]);
    expect(q).toMatchObject({
      category: 'role',
      text: 'Crewline’s own page says “Every client gets a dedicated account manager”. What does that ask of an account manager day to day, and where does it get difficult?',
    });
  });

  it('reads a partnership the company names, with the company as its subject; a person’s title "Partner of" is none', () => {
    const co = company('Kranwerk GmbH');
    const de = page(co, 'de-DE', 'Seit 2011 sind die Kranwerk Betriebe Vertriebspartner von Liebherr für ganz Norddeutschland.');
    expect(read(co, de).map((s) => s.text)).toEqual(['A partner of Liebherr since 2011']);
    const en = company('Ledgerly');
    const input: PrepInput = {
      company: en,
      clips: [page(en, 'en', 'Ledgerly is a certified partner of the Xero Developer Network in Europe.')],
      self: self({ targetRole: 'Account executive' }),
      now: NOW,
    };
    expect(signals(input).statements.map((s) => s.text)).toEqual(['A certified partner of the Xero Developer Network']);
    expect(suggestQuestions(signals(input), 30).questions.find((q) => /Xero/.test(q.text))?.text).toBe(
      'Ledgerly is a certified partner of the Xero Developer Network. How much of what you sell comes through the Xero Developer Network, and what does the partnership ask of your side?',
    );
    expect(read(en, page(en, 'en', 'Dirk Gilliard is a Partner of Gilliard Advisory Services in Denver.'))).toEqual([]);
    // "Member of" a group, with nobody named before it, says nothing of who.
    expect(read(co, page(co, 'de', 'Mitglied der Nordkran Holding GmbH seit vielen Jahren'))).toEqual([]);
  });

  it('reads the standing a company holds with a brand it resells, joining a rank said of the same brand elsewhere, and asks what it asks of the work', () => {
    const co = company('Lakeview Systems Inc.');
    const about = page(
      co,
      'en',
      'Since 1998, Lakeview has become one of Honeywell Scanning leading Value Added Resellers (VAR) serving retail and logistics.\nLakeview has achieved Platinum status with Honeywell.',
    );
    const st = read(co, about);
    expect(st.map((s) => [s.kind, s.text])).toEqual([['partner', 'A Platinum value-added reseller of Honeywell Scanning since 1998']]);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Account executive' }), now: NOW };
    expect(suggestQuestions(signals(input), 30).questions.find((q) => /Honeywell/.test(q.text))?.text).toBe(
      'Lakeview Systems has been a Platinum value-added reseller of Honeywell Scanning since 1998. What does keeping that standing with Honeywell Scanning ask of the people selling, and where does it give you an edge over other resellers?',
    );
    // "an authorised Apple reseller", the company speaking; a customer who buys from one says nothing of the company.
    expect(read(co, page(co, 'en', 'We are an authorised Apple reseller for schools in Ohio.')).map((s) => s.text)).toEqual([
      'An Authorised reseller of Apple',
    ]);
    expect(read(co, page(co, 'en', 'Customers can find one of Apple leading resellers in every mall.'))).toEqual([]);
    // A heading of its standings whose line speaks for it, a contractor's rank in a maker's programme (blind-16 comfortflow).
    const hvac = company('Willow Creek Heating');
    expect(
      read(
        hvac,
        page(hvac, 'en', 'Lennox Premier Dealers & Daikin Diamond Contractors: Our industry partnerships ensure expert repairs.'),
      ).map((s) => s.text),
    ).toEqual(['A Premier dealer of Lennox']);
    expect(read(hvac, page(hvac, 'en', 'Daikin Diamond Contractors: Our partnerships ensure expert repairs.')).map((s) => s.text)).toEqual([
      'A Diamond contractor of Daikin',
    ]);
    // A heading that names a brand with no line of the company's is still nobody's standing.
    expect(read(hvac, page(hvac, 'en', 'Daikin Diamond Contractors: find one near you.'))).toEqual([]);
    // The brand must be someone else's: "one of Lakeview's certified installers" is its own staff.
    expect(read(co, page(co, 'en', 'Lakeview trains one of Lakeview’s certified installers every month.'))).toEqual([]);
  });

  it('reads what a company lists under its own "offers:" line, the item naming the user’s target first, and asks where that work begins and ends', () => {
    const co = company('Lakeview Systems Inc.');
    const about = page(
      co,
      'en',
      'Lakeview offers:\nPre-sales solution engineers\nDeployment and installation services\nFREE phone support\nDepot repair contracts.\nWe Are Where You Are\nChicago',
    );
    expect(read(co, about, 'Solution engineer').map((s) => [s.kind, s.text])).toEqual([
      ['offers', 'It offers pre-sales solution engineers, deployment and installation services and free phone support'],
    ]);
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Solution engineer' }), now: NOW };
    expect(suggestQuestions(signals(input), 30).questions.find((q) => /offers/.test(q.text))?.text).toBe(
      'Lakeview Systems’ page lists pre-sales solution engineers, deployment and installation services and free phone support among what it offers. Where does the work of the pre-sales solution engineer begin and end, and who does it hand over to?',
    );
    // A menu of headings in title case, or a line nobody speaks, is no list of what it offers.
    expect(read(co, page(co, 'en', 'Our Services:\nBarcode Label Printers\nMobile Computer Repair\nRfid Site Surveys'))).toEqual([]);
    expect(read(co, page(co, 'en', 'Shipping options include:\nnext day air\nground freight\nlocal pickup'))).toEqual([]);
  });

  it('reads a page that recruits the reader into a career, and asks someone making that move what the first year asks of a newcomer; a footer link or a peer gets none', () => {
    const co = company('Valley Homes Realty');
    const team = page(
      co,
      'en',
      'Our Team ... Join Us!\nAre you looking for a career in Real Estate or an experienced agent seeking a change?\nOur Team of Professionals',
    );
    expect(read(co, team).map((s) => [s.kind, s.text])).toEqual([
      ['recruiting', 'Recruits on its own page: “Are you looking for a career in Real Estate or an experienced agent seeking a change?”'],
    ]);
    const input: PrepInput = { company: co, clips: [team], self: self({ targetRole: 'Real estate agent' }), now: NOW };
    const mine = suggestQuestions(signals(input), 30).questions.filter((q) => q.intent === 'my-move');
    expect(mine.map((q) => q.text)).toEqual([
      'Valley Homes Realty’s page asks: “Are you looking for a career in Real Estate or an experienced agent seeking a change?” When someone new to real estate joins, what does the first year ask of them, and who helps them through it?',
    ]);
    // A menu's link, and a careers perk that invites nobody, are no call to join.
    expect(read(co, page(co, 'en', 'Home\nJoin our team\nContact'))).toEqual([]);
    expect(read(co, page(co, 'en', 'We help you grow in your career with ongoing mentorship and events.'))).toEqual([]);
    // Someone with no move in view (no target role) is not asked about joining: the call stays a hook.
    const staying = signals({ ...input, self: self({}) });
    expect(staying.statements.some((s) => s.kind === 'recruiting')).toBe(true);
    expect(suggestQuestions(staying, 30).questions.some((q) => /first year/.test(q.text))).toBe(false);
  });

  it('reads whom a company says it serves — clients it names, or sectors — and asks about the sector nearest the user’s own work', () => {
    const co = company('Lakeview Systems Inc.');
    const about = page(
      co,
      'en',
      'Lakeview serves the manufacturing, warehousing and distribution, retail and health care sectors across the Midwest.',
    );
    expect(read(co, about).map((s) => [s.kind, s.text])).toEqual([
      ['clients', 'Serves manufacturing, warehousing, distribution and retail'],
    ]);
    const input: PrepInput = {
      company: co,
      clips: [about],
      self: self({ field: 'Warehouse operations', targetRole: 'Solution engineer' }),
      now: NOW,
    };
    expect(suggestQuestions(signals(input), 30).questions.find((q) => /serves/.test(q.text))?.text).toBe(
      'Lakeview Systems serves manufacturing, warehousing, distribution and retail. How much of the work is in warehousing, and how does it differ from manufacturing?',
    );
    const ad = company('Adwise');
    expect(
      read(ad, page(ad, 'en', 'Our clients include Movistar, Vodafone, Conde Nast or DIA Group, among others.')).map((s) => s.text),
    ).toEqual(['Clients it names: Movistar, Vodafone and Conde Nast']);
    expect(
      suggestQuestions(
        signals({
          company: ad,
          clips: [page(ad, 'en', 'Our clients include Movistar, Vodafone and DIA Group.')],
          self: self({ targetRole: 'Account manager' }),
          now: NOW,
        }),
        30,
      ).questions.find((q) => /Movistar/.test(q.text))?.text,
    ).toBe(
      'Adwise’s page names Movistar, Vodafone and DIA Group among its clients. How did Movistar become a client, and what does keeping a client like that ask of an account manager?',
    );
    // Brands a shop sells are not its clients.
    expect(read(ad, page(ad, 'en', 'With Adwise, you can shop coupons from top brands including Target, Macy’s and Best Buy.'))).toEqual(
      [],
    );
    // A person's record on a team card is theirs, not the company's word on its clients.
    expect(
      read(ad, page(ad, 'en', 'Molly Kittle has helped drive Adwise initiatives with clients including NBC, Cisco and Hasbro.')),
    ).toEqual([]);
    // Kinds of customer are no names ("small businesses, schools"), and a list of two sectors is no list.
    expect(read(ad, page(ad, 'en', 'Our customers include small businesses, churches, schools and nonprofits.'))).toEqual([]);
    expect(read(ad, page(ad, 'en', 'We are serving the retail and logistics sectors with care.'))).toEqual([]);
  });

  it('reads the equipment a company says it works with and what for, quoting a page in another language, and asks a trainee how they would learn it; praise with no purpose is none', () => {
    const co = company('Garage Verhoef');
    const nl = page(co, 'en', 'Wij hebben een moderne werkplaats voorzien van alle nieuwe technieken voor het uitlezen van storingen.');
    expect(read(co, nl).map((s) => [s.kind, s.text])).toEqual([
      [
        'equipment',
        'Its equipment: “Wij hebben een moderne werkplaats voorzien van alle nieuwe technieken voor het uitlezen van storingen”',
      ],
    ]);
    const input: PrepInput = {
      company: co,
      clips: [nl],
      self: self({ targetRole: 'Automotive technician', exploring: 'a work placement at a garage' }),
      now: NOW,
    };
    expect(suggestQuestions(signals(input), 20).questions.find((q) => /uitlezen/.test(q.text))?.text).toBe(
      'Garage Verhoef’s page says: “Wij hebben een moderne werkplaats voorzien van alle nieuwe technieken voor het uitlezen van storingen”. How does a trainee learn to work with that equipment, and how soon would they use it on a real job?',
    );
    const en = company('Brightline Labs');
    expect(
      read(en, page(en, 'en', 'Our lab is equipped with the latest EMC chambers for testing medical devices.')).map((s) => s.text),
    ).toEqual(['Equipped with the latest EMC chambers for testing medical devices']);
    // Praise of one's kit that names no task is no statement.
    expect(read(en, page(en, 'en', 'Our offices are equipped with state-of-the-art technology.'))).toEqual([]);
  });

  it('reads a first the company claims with its year, quoted as said; a bio ("he started …") is none', () => {
    const co = company('Sunhaus Builders');
    expect(read(co, page(co, 'en', 'In 2011 Sunhaus built the first passive house in Story County.')).map((s) => s.text)).toEqual([
      '“In 2011 Sunhaus built the first passive house in Story County”',
    ]);
    expect(read(co, page(co, 'en', 'After college in 1998, he started Sunhaus, the first green builder in the county.'))).toEqual([]);
  });

  it('takes a team card’s bio as the person’s path, not as the company’s statement', () => {
    const co = company('Crewline');
    const team = page(co, 'en', 'Dana Ruiz founded Ruiz Staffing Group in 2009 and is part of the Harbour Group board since 2015.', {
      people: [{ name: 'Dana Ruiz' }],
    });
    expect(read(co, team)).toEqual([]);
  });

  it('keeps the sheet within its budget: at most three statements as hooks, one question of each, eight questions for thirty minutes', () => {
    const co = company('Crewline');
    const about = page(
      co,
      'en',
      [
        'Crewline GmbH is part of the Harbour Group, which runs staffing in Poland.',
        'Crewline was set up in 2023, after a large client — Northwind/Atlas — needed welders for three plants.',
        'Today we are steadily expanding into the wider Mittelstand.',
        'We have held an unlimited AÜG licence since 1 March 2024.',
        'Every client gets a dedicated account manager.',
      ].join('\n'),
    );
    const input: PrepInput = { company: co, clips: [about], self: self({ targetRole: 'Account manager' }), now: NOW };
    const s = signals(input);
    expect(s.statements.map((x) => x.kind)).toEqual(['origin', 'parent', 'expansion', 'target-role', 'licence']);
    expect(pickHooks(s).filter((h) => h.kind === 'statement')).toHaveLength(3);
    const { questions } = suggestQuestions(s, 30);
    expect(questions.length).toBeLessThanOrEqual(8);
    // The licence is a fact the page states in full: a hook to have read, never a question.
    expect(questions.some((q) => /licen[cs]e/i.test(q.text))).toBe(false);
    expect(new Set(questions.map((q) => q.intent)).size).toBe(questions.length);
  });
});
