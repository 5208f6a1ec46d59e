import { describe, expect, it } from 'vitest';
import { biographyOpeners } from '../lib/extract/bio-openers';
import { titlePerson } from '../lib/extract/title-person';

describe("a small firm's people named where it tells their story", () => {
  it('reads a paragraph that opens with a full name and their career, and goes on about them', () => {
    const lines = [
      'About',
      'Ray Brownfield brings 40 years of agricultural property experience to Land Pro clientele across the state.',
      'During his career, Ray has worked in farm management and real estate brokerage.',
      'Dr. Adam DeCota has spent the last 10 years developing an advanced cosmetic practice. He trained in Boston.',
      'Jennifer Kramer, L.E., received her esthetician license in 1993. As a teenager, Jennifer struggled with acne herself.',
    ];
    expect(biographyOpeners(lines, ['land', 'pro'])).toEqual([
      { name: 'Ray Brownfield' },
      { name: 'Adam DeCota' },
      { name: 'Jennifer Kramer' },
    ]);
  });

  it('never a name the story does not go on about, a short line, or the company itself', () => {
    expect(
      biographyOpeners(
        ['Tom Brady has been the quarterback everyone talks about, and our stadium seats are the best in town for the game.'],
        [],
      ),
    ).toEqual([]);
    expect(biographyOpeners(['Jane Roe joined in 2010. She leads sales.'], [])).toEqual([]);
    expect(
      biographyOpeners(
        ['Land Pro brings 40 years of agricultural property experience to its clientele; Land Pro serves farmers and their families.'],
        ['land', 'pro'],
      ),
    ).toEqual([]);
  });

  it("reads a person and their role from the page's title", () => {
    expect(titlePerson('Ted Amenta, Owner/Broker | Amenta Realty')).toEqual({ name: 'Ted Amenta', title: 'Owner/Broker' });
    expect(titlePerson('Amenta Realty – Homes for sale in Port Jervis')).toBeUndefined();
  });
});
