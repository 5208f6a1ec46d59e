import { describe, expect, it } from 'vitest';
import { serviceCards } from '../lib/extract/service-cards';

const card = (name: string) => [
  name,
  `We take care of ${name.toLowerCase()} for companies of every size, from the first call to the last invoice.`,
];

describe("the names of a services section's cards, read from the page's lines", () => {
  it('reads the cards under a kicker, a heading that names services and the sentence under it', () => {
    const lines = [
      'services',
      'Mobile app development services by Acme',
      'From idea to launch, backend or frontend, Acme supports you every step of the way with mobile technology.',
      ...card('Mobile app audit'),
      ...card('Mobile app migration'),
      ...card('DevOps'),
      'Our Products',
      'Everything we build is written by us and kept up to date for as long as you use it, with no extra fee.',
    ];
    expect(serviceCards(lines)).toEqual(['Mobile app audit', 'Mobile app migration', 'DevOps']);
  });

  it('reads German headings too, once when the section repeats', () => {
    const lines = ['Unsere Leistungen', ...card('Gebäudereinigung'), ...card('Industriereinigung'), ...card('Glasreinigung')];
    expect(serviceCards([...lines, ...lines])).toEqual(['Gebäudereinigung', 'Industriereinigung', 'Glasreinigung']);
  });

  it('reads nothing under a heading that names no services, a breadcrumb, or fewer than three cards', () => {
    expect(serviceCards(['Benefits', ...card('Stronger connections'), ...card('Scalability'), ...card('Market reach')])).toEqual([]);
    expect(serviceCards(['Business Solutions', ...card('Forms'), ...card('Segments'), ...card('Email')])).toEqual([]);
    expect(serviceCards(['Home Services Business lawyer', ...card('Business Lawyer NYC'), ...card('Planning'), ...card('Wills')])).toEqual(
      [],
    );
    expect(serviceCards(['Our services', ...card('Repairs'), ...card('Installs')])).toEqual([]);
  });
});
