import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { extractPageFull } from '../lib/extract/full';
import { runClipper } from '../lib/extract/run';
import { runCompanyDetails } from '../lib/extract/run-details';
import { soughtRole } from '../lib/extract/vacancy-page';
import { docFrom } from './helpers/dom';

// One vacancy on an employer's own site, without JobPosting JSON-LD or an ATS's markup: the
// clipper reads it as a company page, the details script finds the one role and its offer's
// sections, and the clip is a job posting. Pages written by us in the layouts small firms use
// (a glazier's Dutch vacancy, a German electrician's "(m/w/d)" offer, an English studio's role).

const page = (title: string, body: string) =>
  `<html lang="nl"><head><title>${title}</title></head><body><header><nav><a href="/">Home</a><a href="/diensten">Diensten</a><a href="/vacatures">Vacatures</a></nav></header><main>${body}</main><footer>© Bakker Glas | Dorpsstraat 3, Dokkum</footer></body></html>`;

const DUTCH = page(
  'Vacatures | Bakker Glas',
  `<h1>Glaszetter gezocht!</h1><p>Kom werken bij Bakker Glas in Dokkum.</p><p>💼 Fulltime 📍 Dokkum 🛠 Ervaren glaszetter</p>
   <h2>Over de functie</h2><p>Bakker Glas plaatst en vervangt glas bij particulieren en bedrijven.</p>
   <h2>Wat ga je doen?</h2><ul><li>Glas plaatsen en vervangen</li><li>Onderhoud en reparatie</li></ul>
   <h2>Wat vragen wij?</h2><ul><li>Ervaring als glaszetter</li><li>Rijbewijs B</li></ul>
   <h2>Wat bieden wij?</h2><ul><li>Marktconform salaris</li></ul>
   <h2>Interesse?</h2><p>Stuur je motivatie naar Jan Bakker.</p>`,
);

const GERMAN = `<html lang="de"><head><title>Elektroniker (m/w/d) – Elektro Huber GmbH</title><meta property="og:site_name" content="Elektro Huber"></head><body><main>
  <h1>Elektroniker für Energie- und Gebäudetechnik (m/w/d)</h1><p>Standort: Rosenheim</p><p>Vollzeit, unbefristet</p>
  <h3>Ihre Aufgaben</h3><p>Installation von Anlagen in Neubauten.</p>
  <h3>Ihr Profil</h3><p>Abgeschlossene Ausbildung als Elektroniker.</p>
  <h3>Wir bieten</h3><p>Ein Firmenfahrzeug und Weiterbildung.</p></main></body></html>`;

const CAREERS_INDEX = `<html><head><title>Karriere | Elektro Huber</title></head><body><main><h1>Karriere</h1>
  <h2>Elektroniker (m/w/d)</h2><h3>Ihre Aufgaben</h3><p>…</p><h3>Ihr Profil</h3><p>…</p>
  <h2>Kaufmann für Büromanagement (m/w/d)</h2><h3>Ihre Aufgaben</h3><p>…</p><h3>Ihr Profil</h3><p>…</p>
  <h3>Wir bieten</h3><p>…</p></main></body></html>`;

const ABOUT = `<html><head><title>About | Northlight Studio</title></head><body><main><h1>Designing calm software</h1>
  <h2>What we offer</h2><p>Product design, research and prototyping for health start-ups.</p>
  <h2>About you</h2><p>You run a team that wants to ship.</p><h2>Contact</h2><p>hello@northlight.example</p></main></body></html>`;

const read = (html: string, url: string) => extractPageFull(docFrom(html, url), new URL(url));

describe('an employer’s own page for one vacancy is a job posting', () => {
  it('a Dutch vacancy: "gezocht" marks the role, its offer has the sections of one', () => {
    const x = read(DUTCH, 'https://bakkerglas.example/vacatures.html');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.title).toBe('Glaszetter');
    expect(x.job?.company).toBe('Bakker Glas');
    expect(x.job?.location).toBe('Dokkum');
    expect(x.job?.employmentType).toBe('Fulltime');
    expect(x.job?.description).toContain('Rijbewijs B');
    // The offer from its heading on: the site's menu is no part of it.
    expect(x.job?.description?.startsWith('Glaszetter gezocht!')).toBe(true);
    expect(x.text).not.toContain('Diensten');
    expect(x.company).toBeUndefined();
  });

  it('a German "(m/w/d)" offer with a labelled place', () => {
    const x = read(GERMAN, 'https://elektro-huber.example/karriere/elektroniker');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.title).toBe('Elektroniker für Energie- und Gebäudetechnik');
    expect(x.job?.company).toBe('Elektro Huber');
    expect(x.job?.location).toBe('Rosenheim');
    expect(x.job?.employmentType).toBe('Vollzeit');
  });

  it('a careers page with several roles, and an About page with an offer of services, stay company pages', () => {
    expect(read(CAREERS_INDEX, 'https://elektro-huber.example/karriere.html').kind).toBe('company-page');
    expect(read(ABOUT, 'https://northlight.example/about').kind).toBe('company-page');
  });

  it('reads the role a heading names, and none from a careers heading', () => {
    expect(soughtRole('Vacature: Monteur zonnepanelen')).toEqual({ title: 'Monteur zonnepanelen', marked: true });
    expect(soughtRole('Chef de chantier (H/F)')).toEqual({ title: 'Chef de chantier', marked: true });
    expect(soughtRole('Senior Product Designer')).toEqual({ title: 'Senior Product Designer', marked: false });
    expect(soughtRole('Karriere bei Elektro Huber')).toBeUndefined();
    expect(soughtRole('Werken bij Bakker Glas')).toBeUndefined();
  });
});

describe('in the browser the clip becomes a job posting once the details script has read it', () => {
  it('the background takes the details script’s job posting over the clipper’s company page', async () => {
    const url = 'https://bakkerglas.example/vacatures.html';
    const access: TabAccess = {
      getTab: async () => ({ url, title: 'Vacatures | Bakker Glas', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(DUTCH, url), url),
      runDetails: async () => runCompanyDetails(docFrom(DUTCH, url), url),
    };
    const first = runClipper(docFrom(DUTCH, url), url);
    expect(first.ok ? (first.extraction as { kind: string }).kind : first.code).toBe('company-page');
    const clip = await extractTab(access, 1);
    expect(clip.extraction.kind).toBe('job-posting');
    expect(clip.extraction.job?.title).toBe('Glaszetter');
    expect(clip.partial).toBeUndefined();
  });
});

describe('a vacancy page without a heading for its role', () => {
  it('takes the heading just above the offer’s first section', () => {
    const html = `<html><head><title>Vacature | Dataweg</title><meta property="og:site_name" content="Dataweg"></head><body><main>
      <h2>-</h2><h3>Python Developer</h3><h4>Jouw werkzaamheden</h4><p>Je bouwt koppelingen.</p>
      <h4>Jouw profiel</h4><p>HBO-niveau.</p><h4>Wij bieden</h4><p>Een leaseauto.</p></main></body></html>`;
    const x = read(html, 'https://www.dataweg.example/vacature0001.html');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.title).toBe('Python Developer');
  });

  it('takes a notice line set in bold, its workload and the labelled place after the pin', () => {
    const html = `<html><head><title>Vacatures | Kruipruimte Service</title></head><body><main>
      <p><b>🧰 Vacature: Medewerker Kruipruimte (Fulltime)<br>📍 Standplaats: Leiden<br>🏢 Kruipruimte Service</b></p>
      <h3>Over ons</h3><p>Wij isoleren kruipruimtes.</p><h3>Wat ga je doen?</h3><p>Isolatie aanbrengen.</p>
      <h3>Wat breng jij mee?</h3><p>Rijbewijs B.</p><h3>Wat bieden wij jou?</h3><p>Een vast contract.</p></main></body></html>`;
    const x = read(html, 'https://kruipruimteservice.example/vacatures.html');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.title).toBe('Medewerker Kruipruimte');
    expect(x.job?.location).toBe('Leiden');
    expect(x.job?.employmentType).toBe('Fulltime');
  });

  it('an About heading over the sections is no role', () => {
    expect(soughtRole('Over ons')).toBeUndefined();
  });
});
