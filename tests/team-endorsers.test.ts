import { describe, expect, it } from 'vitest';
import { teamMembers } from '../lib/extract/team';
import { docFrom } from './helpers/dom';

// Cards written here in the manner of a design school's "where our graduates work" wall and of a
// company's own team list with departments after the comma.
const card = (name: string, title: string) =>
  `<div class="card"><img src="/p/${name.split(' ')[0]}.jpg" alt="${name}"><h4 class="name">${name}</h4><p class="title">${title}</p></div>`;
const page = (cards: Array<[string, string]>) =>
  `<html><body><main><h2>Our people</h2><div class="grid">${cards.map(([n, t]) => card(n, t)).join('')}</div></main></body></html>`;
const people = (html: string, url = 'https://school.example/graphic-design-course') =>
  teamMembers(docFrom(html, url), new URL(url), { role: 'about' }).map((p) => `${p.name} | ${p.title ?? ''}`);

describe('people: cards signed with roles at other firms are endorsements, not staff', () => {
  it('a wall of graduates at three and more firms gives nobody', () => {
    const wall = page([
      ['Linda Gao', 'Art Director, Warner Bros'],
      ['Joseph Lebus', 'Design Director, Porto Rocha'],
      ['Sarah Galley', 'Founder, Hey Girl Studio'],
      ['Mason Hage', 'Senior Designer, Uncommon Creative Studio'],
      ['Chloe Delhumeau', 'Designer, McCann'],
    ]);
    expect(people(wall)).toEqual([]);
  });

  it('a team list whose titles name departments after the comma keeps everyone', () => {
    const team = page([
      ['Ana Ruiz', 'Director, Sales'],
      ['Ben Ortiz', 'Manager, Marketing and Communications'],
      ['Cleo Park', 'Head, Customer Success'],
      ['Dan Moss', 'Vice President, Engineering'],
    ]);
    expect(people(team, 'https://acme.example/about/team')).toEqual([
      'Ana Ruiz | Director, Sales',
      'Ben Ortiz | Manager, Marketing and Communications',
      'Cleo Park | Head, Customer Success',
      'Dan Moss | Vice President, Engineering',
    ]);
  });

  it('a team list that names one parent firm after every title keeps everyone', () => {
    const team = page([
      ['Ana Ruiz', 'Chief Executive, Volta Holdings'],
      ['Ben Ortiz', 'Chief Financial Officer, Volta Holdings'],
      ['Cleo Park', 'General Counsel, Volta Holdings'],
    ]);
    expect(people(team, 'https://volta.example/about/leadership')).toHaveLength(3);
  });
});
