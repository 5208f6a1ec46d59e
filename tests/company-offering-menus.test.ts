import { describe, expect, it } from 'vitest';
import { qualifiedOfferingLabel } from '../lib/extract/offering-menus';
import { menuProducts } from '../lib/extract/site-menus';
import { tidyOfferings } from '../lib/extract/offering-names';
import { docFrom } from './helpers/dom';

const products = (html: string, url = 'https://acme-it.example/') => menuProducts(docFrom(html, url), new URL(url));
const list = (items: string[], folder = 'x') =>
  '<ul>' + items.map((t) => `<li><a href="/${folder}/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`).join('') + '</ul>';

describe('a menu labelled with a qualified kind of offering', () => {
  it('names the offerings of a kind ("Managed Services", "IT Solutions", "Our Pest Control Services")', () => {
    for (const label of [
      'managed services',
      'it solutions',
      'our pest control services',
      'electrical services',
      'sanitär-leistungen',
      'featured products',
    ])
      expect(qualifiedOfferingLabel(label), label).toBe(true);
  });

  it("refuses the customers' desk, the partners', the segments served, the ordering pages and a pitch", () => {
    for (const label of [
      'why choose our services',
      'how we deliver solutions',
      'customer services',
      'online services',
      'partner solutions',
      'residential solutions',
      'special services',
      'additional order services',
    ])
      expect(qualifiedOfferingLabel(label), label).toBe(false);
  });

  it('reads every top item of a mega menu whose labels qualify the kind, and skips the brands resold', () => {
    const html =
      '<nav><ul>' +
      `<li><a href="/it/">IT Solutions</a>${list(['Virtualization', 'Server Consolidation'])}</li>` +
      `<li><a href="/tech/">Technology</a>${list(['Dell', 'Lenovo', 'Cisco'])}</li>` +
      `<li><a href="/ms/">Managed Services</a>${list(['Cloud Backup', 'Hosted Email'])}</li>` +
      '<li><a href="/about/">About Us</a></li></ul></nav>';
    expect(products(html)).toEqual(['Virtualization', 'Server Consolidation', 'Cloud Backup', 'Hosted Email']);
  });

  it('reads the columns of one panel as one line, and leaves out the tabs that head them', () => {
    const html =
      '<nav><ul><li><a href="/services/">Services</a><div class="panel">' +
      list(['Data', 'Security']) +
      list(['Data Strategy', 'Data Governance']) +
      list(['Penetration Testing', 'Identity Management']) +
      '</div></li><li><a href="/about/">About</a></li></ul></nav>';
    expect(products(html)).toEqual(['Data Strategy', 'Data Governance', 'Penetration Testing', 'Identity Management']);
  });

  it("keeps a panel's first column when its items name offerings of their own, not the other columns' families", () => {
    const html =
      '<nav><ul><li><a href="/ms/">Managed Services</a><div class="panel">' +
      list(['Infrastructure as a Service (IaaS)', 'Platform as a Service (PaaS)', 'Cloud Breakdown of Responsibilities']) +
      list(['Entry Cloud for Linux', 'Enterprise Cloud for Linux']) +
      list(['Hosted Exchange', 'Mail Archiving']) +
      list(['Disaster Recovery Plus', 'Suite Membership']) +
      '</div></li><li><a href="/about/">About</a></li></ul></nav>';
    expect(products(html)).toEqual([
      'Infrastructure as a Service (IaaS)',
      'Platform as a Service (PaaS)',
      'Entry Cloud for Linux',
      'Enterprise Cloud for Linux',
      'Hosted Exchange',
      'Mail Archiving',
      'Disaster Recovery Plus',
      'Suite Membership',
    ]);
  });

  it("leaves out a column's tiers, items that differ only in their numbers", () => {
    const html =
      '<nav><ul><li><a href="/ms/">Managed Services</a><div>' +
      list(['Cloud Backup', 'Hosted Email']) +
      list(['Ingest with 30 Day Retention', 'Ingest with 60 Day Retention', 'Ingest with 1 Year Retention', 'Suite Membership']) +
      '</div></li></ul></nav>';
    expect(products(html)).toEqual(['Cloud Backup', 'Hosted Email', 'Suite Membership']);
  });

  it("refuses a brand's range that repeats the label's qualifier, subsidiaries, and a section's pages", () => {
    const brand = `<nav><ul><li><a href="/regin/">Regin Products</a>${list(['Regin Tapes', 'Regin Tools', 'Regin Oil'])}</li></ul></nav>`;
    expect(products(brand, 'https://plumbing-supplies.example/')).toEqual([]);
    const subsidiaries = `<nav><ul><li><a href="/it/">Engineering Services</a>${list(['Acme Infotech Limited', 'Acme Valves Limited', 'Acme Works'])}</li></ul></nav>`;
    expect(products(subsidiaries)).toEqual([]);
    const pitch = `<nav><ul><li><a href="/x/">Remodeling Services</a>${list(['Prompt, accurate proposals', 'We keep working until you are satisfied', 'Kitchens'])}</li></ul></nav>`;
    expect(products(pitch)).toEqual([]);
    const section = `<nav><ul><li><a href="/gp/">Project Solutions</a>${list(['Overview', 'Where We Are', 'Case Studies', 'Voltage Reference'])}</li></ul></nav>`;
    expect(products(section)).toEqual([]);
  });
});

describe("a services menu's families open into their leaves", () => {
  it('takes the leaves of forty and more practice areas, not the family headings', () => {
    const leaves = (k: number) => Array.from({ length: 10 }, (_, i) => `Matter ${k}-${i + 1}`);
    const html =
      '<nav><ul><li><a href="/practice-areas/">Practice Areas</a><ul>' +
      [1, 2, 3, 4].map((k) => `<li><a href="/pa/f${k}">Family ${k}</a>${list(leaves(k))}</li>`).join('') +
      '</ul></li></ul></nav>';
    const got = products(html);
    expect(got).toHaveLength(40);
    expect(got).toContain('Matter 4-10');
    expect(got).not.toContain('Family 1');
  });

  it('opens a single family whose submenu sits inside the services menu', () => {
    const html =
      '<nav><ul><li><a href="/electrical-services/">Electrical Services</a><ul>' +
      '<li><a href="/repair">Electrical Repair</a></li><li><a href="/panels">Panel Upgrades</a></li>' +
      `<li><a href="/lighting">Lighting</a>${list(['Recessed Lighting', 'Landscape Lighting'])}</li>` +
      '</ul></li></ul></nav>';
    expect(products(html)).toEqual(['Electrical Repair', 'Panel Upgrades', 'Recessed Lighting', 'Landscape Lighting']);
  });

  it('opens the families a family holds, down to the leaves', () => {
    const html =
      '<nav><ul><li><a href="/services/">Services</a><ul>' +
      '<li><a href="/s/accounting">Traditional Accounting</a><ul>' +
      `<li><a href="/s/audit">Audit & Assurance</a>${list(['Internal Audits', 'Specialized Audits'])}</li>` +
      `<li><a href="/s/tax">Tax</a>${list(['Tax Planning Services', 'Tax Compliance Services'])}</li>` +
      '</ul></li>' +
      `<li><a href="/s/hr">HR Solutions</a>${list(['Payroll Services', 'Benefit Plan Audit'])}</li>` +
      '</ul></li></ul></nav>';
    expect(products(html)).toEqual([
      'Internal Audits',
      'Specialized Audits',
      'Tax Planning Services',
      'Tax Compliance Services',
      'Payroll Services',
      'Benefit Plan Audit',
    ]);
  });

  it('opens no family for an item that is no offering ("Why us?")', () => {
    const html =
      '<nav><ul><li><a href="/services/">Services</a><ul>' +
      `<li><a href="/why">Why Acme?</a>${list(['Best Shop', 'Big Range'])}</li>` +
      `<li><a href="/repair">Repairs</a>${list(['Bike Repair', 'Wheel Truing'])}</li>` +
      `<li><a href="/ins">Insurance</a>${list(['Bike Insurance', 'Theft Cover'])}</li>` +
      '</ul></li></ul></nav>';
    expect(products(html)).toEqual(['Bike Repair', 'Wheel Truing', 'Bike Insurance', 'Theft Cover']);
  });
});

describe('a main menu of service lines, each opening its services', () => {
  const line = (name: string, leaves: string[]) => `<li><a href="/${name.toLowerCase()}/">${name}</a>${list(leaves)}</li>`;

  it('takes the services of every line, not the lines nor the About menu', () => {
    const html =
      '<header><nav><ul>' +
      '<li><a href="/">Home</a></li>' +
      line('Heating', ['Heating Repair', 'Heating Installation', 'Furnaces']) +
      line('Electrical', ['Panel Upgrades', 'Rewiring', 'Generator Installation']) +
      line('About', ['Our Team', 'Careers']) +
      '</ul></nav></header>';
    expect(products(html)).toEqual([
      'Heating Repair',
      'Heating Installation',
      'Furnaces',
      'Panel Upgrades',
      'Rewiring',
      'Generator Installation',
    ]);
  });

  it('takes the lines that name products too once two lines name services, without a line repeating its own name', () => {
    const html =
      '<header><nav><ul>' +
      line('Cooling', ['Cooling', 'AC Repair', 'AC Installation', 'Heat Pumps']) +
      line('Heating', ['Heating Repair', 'Furnaces']) +
      line('Air Quality', ['Air Purifiers', 'Energy Recovery Ventilators', 'UV Germicidal Light']) +
      line('About', ['Our Team', 'Careers']) +
      '</ul></nav></header>';
    expect(products(html)).toEqual([
      'AC Repair',
      'AC Installation',
      'Heat Pumps',
      'Heating Repair',
      'Furnaces',
      'Air Purifiers',
      'Energy Recovery Ventilators',
      'UV Germicidal Light',
    ]);
    // One line of services alone makes no tree: the product line is not taken on its word.
    const one =
      '<header><nav><ul>' +
      line('Heating', ['Heating Repair', 'Furnaces']) +
      line('Air Quality', ['Air Purifiers', 'Humidifiers']) +
      '</ul></nav></header>';
    expect(products(one)).not.toContain('Air Purifiers');
  });

  it("refuses a shop's tree of goods, which names no service", () => {
    const html =
      '<header><nav><ul>' +
      '<li><a href="/">Home</a></li>' +
      line('Women', ['Dresses', 'Shoes', 'Coats']) +
      line('Men', ['Shirts', 'Shoes', 'Coats']) +
      '</ul></nav></header>';
    expect(products(html)).toEqual([]);
  });
});

describe('a "Solutions" menu beside a menu of industries', () => {
  const nav = (solutions: string[]) =>
    '<nav><ul>' +
    `<li><a href="/solutions/">Solutions</a>${list(solutions)}</li>` +
    `<li><a href="/industries/">Industries</a>${list(['Banking', 'Healthcare', 'Retail'])}</li>` +
    '</ul></nav>';

  it("reads the firm's capabilities when the industries are listed apart", () => {
    expect(products(nav(['Cloud', 'Cybersecurity', 'Internal Audit']))).toEqual(['Cloud', 'Cybersecurity', 'Internal Audit']);
  });

  it('refuses a menu of sentences or of industries', () => {
    expect(products(nav(['Drive Innovation with AI', 'Strengthen Your Security', 'Unlock Insights for Leaders']))).toEqual([]);
    expect(products(nav(['Cloud for Banking', 'Energy Industry', 'Audit for Retail']))).toEqual([]);
  });
});

describe('a software maker’s "Software" or "Platform" menu', () => {
  it('reads the products under each family a "Software" menu opens, and not the "Hardware" it resells', () => {
    const family = (name: string, items: string[]) =>
      `<li><a href="/software/${name.toLowerCase()}/">${name}</a>${list(items, 'software')}</li>`;
    const html =
      '<nav><ul>' +
      '<li><a href="/company/">Company</a>' +
      list(['Markets', 'Recruitment']) +
      '</li>' +
      `<li><a href="/software/">Software</a><ul>${family('Time Tracking', ['TimeDesk', 'TimeDesk Web'])}${family('Access Control', ['DoorKeeper', 'DoorKeeper Online'])}</ul></li>` +
      '<li><a href="/hardware/">Hardware</a>' +
      list(['Zebra P430i', 'Magicard Enduro']) +
      '</li></ul></nav>';
    expect(products(html, 'https://timedesk.example/')).toEqual(['TimeDesk', 'TimeDesk Web', 'DoorKeeper', 'DoorKeeper Online']);
  });

  it('reads a "Platform" menu of modules, without its overview', () => {
    const html = `<header><ul><li><a href="/platform/">Platform</a>${list(['Platform Overview', 'Session Replay', 'Feature Flags', 'Experiments'], 'platform')}</li><li><a href="/about/">About</a></li></ul></header>`;
    expect(products(html)).toEqual(['Session Replay', 'Feature Flags', 'Experiments']);
  });
});

describe('a "Product" menu (singular)', () => {
  const menu = (items: string[]) =>
    `<header><ul><li><a href="/product/">Product</a>${list(items, 'app')}</li><li><a href="/about/">About</a></li></ul></header>`;

  it('is a line of products when its items carry the company’s name, each without its glued badge', () => {
    const html = menu(['Quillo Design', 'Dev Mode', 'Quillo SlidesNew', 'Quillo SitesBeta', 'Downloads', 'Release notes']);
    expect(products(html, 'https://www.quillo.example/')).toEqual(['Quillo Design', 'Dev Mode', 'Quillo Slides', 'Quillo Sites']);
  });

  it("tours one product's features otherwise: no product", () => {
    expect(products(menu(['Intake', 'Plan', 'Build', 'Monitor', 'Pricing']), 'https://www.quillo.example/')).toEqual([]);
  });
});

describe("a footer's row of the site's own offerings", () => {
  const page = (row: string) =>
    '<html><head><title>Quillo — Interior Design and Architects in London</title></head><body>' +
    '<nav><a href="/">home</a> <a href="/about-us">about us</a> <a href="/contact">contact</a></nav>' +
    `<div id="footer"><p>${row}</p></div></body></html>`;
  const a = (href: string, t: string) => `<a href="${href}">${t}</a>`;

  it('reads a pipe-separated row of pages of one section, without the call to act that closes it', () => {
    const row = [
      a('/our-work/spa', 'Health Spa & Fitness Centre Interior Design'),
      a('/our-work/hotel', 'Hotel & Spa Interior Design'),
      a('/our-work/office', 'Office & Shop Interior Design'),
      a('/contact', 'Contact Interior Designer'),
    ].join(' | ');
    expect(products(page(row), 'https://www.quillo.example/')).toEqual([
      'Health Spa & Fitness Centre Interior Design',
      'Hotel & Spa Interior Design',
      'Office & Shop Interior Design',
    ]);
  });

  it('reads the page when a row holds icon links without text (a list of no items)', () => {
    const icons = '<p><a href="/a"> </a><a href="/b"> </a><a href="/c"> </a></p>';
    expect(products(page(icons), 'https://www.quillo.example/')).toEqual([]);
  });

  it('never a footer row of pages from all over the site', () => {
    const row = [a('/spa', 'Spa Interior Design'), a('/blog/hotel', 'Hotel Interior Design'), a('/office', 'Office Interior Design')].join(
      ' | ',
    );
    expect(products(page(row), 'https://www.quillo.example/')).toEqual([]);
  });
});

describe('a "Support" menu', () => {
  const menu = (support: string[]) =>
    '<nav><ul>' +
    `<li><a href="/ms/">Managed Services</a>${list(['Cloud Backup', 'Hosted Email'])}</li>` +
    `<li><a href="/support/">Support</a>${list(support)}</li>` +
    '<li><a href="/about/">About Us</a></li></ul></nav>';

  it('sells support when its items are plans and services', () => {
    expect(products(menu(['Full Maintenance Services', 'Next Business Day Onsite', 'Time & Material Services - 4 HR Response']))).toEqual([
      'Cloud Backup',
      'Hosted Email',
      'Full Maintenance Services',
      'Next Business Day Onsite',
      'Time & Material Services - 4 HR Response',
    ]);
  });

  it("is a help desk's otherwise: none of its items", () => {
    expect(products(menu(['Help Center', 'Professional Services', 'Status', 'Contact Support']))).toEqual(['Cloud Backup', 'Hosted Email']);
    expect(products(menu(['Managed Services Overview', 'Documentation', 'Support Services']))).toEqual(['Cloud Backup', 'Hosted Email']);
  });
});

describe("the menus' names, tidied in the background", () => {
  it('reads variants of one offering after a dash once, as the part they share', () => {
    expect(
      tidyOfferings([
        'Full Maintenance Services',
        'Time & Material Services - 4 HR Response',
        'Time & Material Services- Best Efforts Response',
        'Wi-Fi - Setup',
      ]),
    ).toEqual(['Full Maintenance Services', 'Time & Material Services', 'Wi-Fi - Setup']);
  });

  it('drops a tab that sorts the offerings by who buys them', () => {
    expect(tidyOfferings(['For Business', 'Parallels Desktop for Mac', 'Für Privatpersonen', 'Pour entreprises'])).toEqual([
      'Parallels Desktop for Mac',
    ]);
  });
});

describe("a firm's fields as its menu names them", () => {
  it('reads a "Kompetenzen", "Rechtsgebiete" or "Areas of Practice" menu, and a "Daten-Service" one open now', () => {
    for (const label of ['KOMPETENZEN', 'Rechtsgebiete', 'Areas of Practice', 'Daten-Service <span class="sr-only">(current)</span>']) {
      const html =
        '<nav><ul>' +
        `<li><a href="/k/">${label}</a>${list(['Gesellschaftsrecht', 'Handelsrecht', 'Steuerrecht'])}</li>` +
        '<li><a href="/blog/">Blog</a></li></ul></nav>';
      expect(products(html), label).toEqual(['Gesellschaftsrecht', 'Handelsrecht', 'Steuerrecht']);
    }
  });

  it('never a customer service desk written as one word', () => {
    const html =
      '<nav><ul>' +
      `<li><a href="/k/">Kunden-Service</a>${list(['Rücksendung', 'Lieferzeiten', 'Zahlungsarten'])}</li>` +
      '<li><a href="/blog/">Blog</a></li></ul></nav>';
    expect(products(html)).toEqual([]);
  });
});
