import { describe, expect, it } from 'vitest';
import { isGivenNamed, isKnownCompany } from '../lib/extract/article/known-names';
import { storyPeople } from '../lib/extract/article/story-people';
import { storySubject } from '../lib/extract/article/subject';

// Stories written here after the shape of real ones (fresh-14, -16, -18 and the brief's fresh-19
// misses): a company every reader knows is never called "the company", and a person every reader
// knows for one is never called anything but their name.

const story = (title: string, paragraphs: string[], lang = 'en') => storySubject({ title, paragraphs, exclude: ['Gadget Herald'], lang });

describe('the best-known companies need no word saying they are companies', () => {
  it('a deals post about Apple devices is about Apple (bgr.com)', () => {
    expect(
      story('The 10 best early Black Friday deals on Apple devices', [
        'Apple devices rarely go on sale, but this week Amazon has cut the price of AirPods and the iPad.',
        'The Apple Watch deal is the best we have seen, and Apple fans will like the MacBook Air price too.',
        'Apple AirPods Pro are down to $199 at Amazon.',
      ]),
    ).toBe('Apple');
  });

  it('a spill story that names BP again and again, under a headline naming no one (time.com)', () => {
    expect(
      story('Oil from Spill Could Still Pose Major Threat', [
        'Weeks after BP capped its runaway well, scientists say much of the oil is still under the water.',
        'BP has said most of the oil is gone. Researchers disagree with the BP figures.',
        'The federal estimate of what BP spilled is still being checked.',
      ]),
    ).toBe('BP');
  });

  it('a German headline on Skoda with one article before it is still about Skoda (autohaus.de)', () => {
    expect(
      story(
        'Skoda: Der lange Weg zum Strom',
        [
          'Der tschechische Hersteller Skoda hat früh auf den Enyaq gesetzt. Die Skoda-Händler sehen das anders.',
          'Bei der Skoda-Tochter geht es um die Frage, wie schnell der Stromer kommt. Skoda selbst bleibt vorsichtig.',
          'Der Enyaq ist das meistverkaufte Elektroauto von Skoda.',
        ],
        'de',
      ),
    ).toBe('Skoda');
  });

  it('a well-known name met only in passing is still no subject', () => {
    expect(
      story('Why the city’s bakeries are closing early this winter', [
        'Bakers across the city say flour and energy cost twice what they did.',
        'One owner said she now sells more through Amazon than at her counter.',
      ]),
    ).toBeUndefined();
  });

  it('a known name the story uses as a thing is no subject (chron.com: "the Jaguar")', () => {
    expect(
      story('New car sales plunge 10 percent in October', [
        'Dealers sold fewer cars in October; a Jaguar sat on one lot for months.',
        'The Jaguar F-Pace and the Jaguar I-Pace sold worst, dealers said.',
        'Buyers who wanted a Jaguar waited for discounts.',
      ]),
    ).toBeUndefined();
  });

  it('knows names, not words', () => {
    expect(isKnownCompany('Gazprom')).toBe(true);
    expect(isKnownCompany('target')).toBe(false);
    expect(isKnownCompany('Shell')).toBe(false);
  });
});

describe('a common given name makes a person, not a company', () => {
  it('a person the headline and the lead name is not the story’s company', () => {
    expect(
      story('Bob Fischer leaves the board after 20 years', [
        'Bob Fischer announced on Monday that he will step down from the board in June, ending two decades in the role.',
        'Bob Fischer joined in 2004 and led the Fischer Foundation for ten years.',
        'Fischer will stay on as an adviser.',
      ]),
    ).toBeUndefined();
  });

  it('nor is the given name alone, once the story names the person by it', () => {
    expect(
      story('Paul McGann wraps filming on Edgware Road', [
        'Paul McGann announced that filming has wrapped on the new drama.',
        'Paul announced the news on Monday; Paul said the cast was delighted.',
        'The producers said the film will be shown in the autumn.',
      ]),
    ).toBeUndefined();
  });

  it('reads two or three capitalised words opening on a common given name', () => {
    expect(isGivenNamed('Paul McGann')).toBe(true);
    expect(isGivenNamed('Daniela Cavallo')).toBe(true);
    expect(isGivenNamed('Paul')).toBe(false);
    expect(isGivenNamed('Morgan Stanley')).toBe(false);
    expect(isGivenNamed('Mark and Spencer')).toBe(false);
  });
});

describe('a second role joined to the first', () => {
  it('"CEO and co-founder", "Betriebsratschefin und Aufsichtsrätin" are one title', () => {
    expect(storyPeople(['Tesla CEO and co-founder Elon Musk said the plant would open in May.'], 'Tesla', 'Tesla opens plant')).toEqual([
      { name: 'Elon Musk', title: 'Tesla CEO and co-founder' },
    ]);
    expect(
      storyPeople(['VW-Betriebsratschefin und Aufsichtsrätin Daniela Cavallo kritisierte Diess scharf.'], 'Volkswagen', 'Krach bei VW'),
    ).toEqual([{ name: 'Daniela Cavallo', title: 'VW-Betriebsratschefin und Aufsichtsrätin' }]);
  });
});
