import { describe, expect, it } from 'vitest';
import { teamMembers } from '../lib/extract/team';
import { docFrom } from './helpers/dom';

const people = (html: string, url = 'https://tasks.example/') => teamMembers(docFrom(html, url), new URL(url), { role: 'home' });

// A home page's template gallery: a tab per category ("Marketing & Sales"), each with cards of an
// illustration and a link into /templates/. Written like a person's card (picture, two capitalised
// words, a department word above), it lists things.
const gallery = (href: (slug: string) => string) =>
  '<main><h2>Start with a template</h2><ul>' +
  '<li><label class="tile"><input type="radio" name="cat" value="marketing-sales"><div class="tile-inner"><p><span class="tile-title">Marketing &amp; Sales</span></p></div>' +
  '<div class="tile-content"><ul class="templates-list"><li><div class="template-card"><div class="template-image"><img src="/img/campaign-tracker.png" alt=""></div>' +
  `<a class="template-link" href="${href('campaign-tracker')}">Campaign Tracker</a></div></li></ul></div></label></li>` +
  '<li><label class="tile"><input type="radio" name="cat" value="support"><div class="tile-inner"><p><span class="tile-title">Customer Support</span></p></div>' +
  '<div class="tile-content"><ul class="templates-list"><li><div class="template-card"><div class="template-image"><img src="/img/help-desk.png" alt=""></div>' +
  `<a class="template-link" href="${href('help-desk')}">Help Desk</a></div></li></ul></div></label></li>` +
  '<li><label class="tile"><input type="radio" name="cat" value="personal"><div class="tile-inner"><p><span class="tile-title">Personal</span></p></div>' +
  '<div class="tile-content"><ul class="templates-list"><li><div class="template-card"><div class="template-image"><img src="/img/reading-list.png" alt=""></div>' +
  `<a class="template-link" href="${href('reading-list')}">Reading List</a></div></li>` +
  '<li><div class="template-card"><div class="template-image"><img src="/img/meal-planner.png" alt=""></div>' +
  `<a class="template-link" href="${href('meal-planner')}">Meal Planner</a></div></li></ul></div></label></li>` +
  '</ul></main>';

describe('people: a catalogue item written like a person card is not a person', () => {
  it('drops a template card that links into /templates/ under a "Marketing & Sales" tab', () => {
    expect(people(gallery((slug) => `/templates/${slug}`))).toEqual([]);
  });

  it('drops it when the link is absolute and localised (/de/vorlagen/…)', () => {
    expect(people(gallery((slug) => `https://tasks.example/de/vorlagen/${slug}?ref=home`))).toEqual([]);
  });

  it('keeps a team card whose name links to the person’s page, photo and title beside it', () => {
    const html =
      '<main><h2>Our leadership team</h2><div class="grid">' +
      '<div class="card"><img src="/img/dana.jpg" alt="Dana Whitcombe"><a href="/team/dana-whitcombe">Dana Whitcombe</a><p class="role">Head of Sales</p></div>' +
      '<div class="card"><img src="/img/luis.jpg" alt="Luis Ferreira"><a href="/team/luis-ferreira">Luis Ferreira</a><p class="role">Chief Technology Officer</p></div>' +
      '</div></main>';
    expect(people(html)).toEqual([
      { name: 'Dana Whitcombe', title: 'Head of Sales' },
      { name: 'Luis Ferreira', title: 'Chief Technology Officer' },
    ]);
  });
});
