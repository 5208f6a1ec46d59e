import { describe, expect, it } from 'vitest';
import { signedPeople } from '../lib/extract/signed-people';

describe('the person a page is signed by', () => {
  it("reads a letter's signature and a one-person firm's name over its title", () => {
    // The shape of fresh19-rkinsurance's chairman's note and fresh20-mikekhorev's header.
    const letter = ['Thank you for allowing us to serve your needs.', 'Jane Q. Roe, Jr.', 'Chairman and CEO', 'Privacy Policy'];
    expect(signedPeople(letter, 'www.acme-insurance.example')).toEqual([{ name: 'Jane Q. Roe, Jr.', title: 'Chairman and CEO' }]);
    const header = ['Blog', 'Contact', 'Dana Whitcombe', 'SEO expert and consultant.', 'Grow your traffic.'];
    expect(signedPeople(header, 'danawhitcombe.example')).toEqual([{ name: 'Dana Whitcombe', title: 'SEO expert and consultant' }]);
  });

  it("never a menu's entries, a customer's testimonial or another firm's title", () => {
    // A menu: the name is not the site's and no letter closes before it.
    expect(signedPeople(['Products', 'Content Hub', 'Content marketing software'], 'acme.example')).toEqual([]);
    // A customer's letter to the firm, closed as a letter (fresh6-fincar).
    const praise = ['You have been a pleasure to deal with, an asset to your company.', 'Regards', 'Sam Poe', 'Director', 'Poe Marine'];
    expect(signedPeople(praise, 'acme.example')).toEqual([]);
    // A title at another firm is that firm's person.
    expect(signedPeople(['Thank you, we are glad.', 'Jo Ng', 'Founder at Paperbell'], 'jong.example')).toEqual([]);
    // A name whose letters only sit inside the address is no owner's ("royALROSSini").
    expect(signedPeople(['Menu', 'Home', 'Al Ross', 'Manager', 'Book a table'], 'royalrossini.example')).toEqual([]);
    expect(signedPeople(['Menu', 'Home', 'Al Ross', 'Manager', 'Book a table'], 'www.alrossdesign.example')).toEqual([
      { name: 'Al Ross', title: 'Manager' },
    ]);
  });
});
