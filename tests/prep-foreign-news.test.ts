import { describe, expect, it } from 'vitest';
import { newsQuestion } from '../lib/prep/bank/news';
import { HEDGED, REPORTED } from '../lib/prep/event-guards';
import { foreignClause, foreignDeed } from '../lib/prep/foreign-news';
import { companyNews } from '../lib/prep/news';
import type { Clip } from '../lib/schema/dossier';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2023, 10, 29);
const clip = clips({ idPrefix: 'fn', publishedAt: '2023-11-06', siteName: 'Fachblatt' });
const story = (title: string, text: string, lang = 'de'): Clip => {
  const c = clip('article', title, text);
  return { ...c, extraction: { ...c.extraction, lang, article: { title, excerpt: text } } };
};

describe('news from a story not in English', () => {
  it('says the deed in English and keeps what it was done to in the story’s words', () => {
    expect(foreignDeed('Acme testet eine neue Kartenfunktion in der App.', ['Acme'], true)).toEqual({
      text: 'Acme is testing “eine neue Kartenfunktion in der App”',
      byCompany: true,
      verb: 'test',
      underWay: true,
    });
    // Norwegian, Polish, Dutch: the same deeds.
    expect(foreignDeed('Nordmat lanserer en ny yoghurt for barn.', ['Nordmat'], false)?.text).toBe(
      'Nordmat launched “en ny yoghurt for barn”',
    );
    expect(foreignDeed('Polmet buduje nową halę produkcyjną.', ['Polmet'], true)?.text).toBe('Polmet is building “nową halę produkcyjną”');
    expect(foreignDeed('Brouwers opent een tweede winkel.', ['Brouwers'], true)?.text).toBe('Brouwers is opening “een tweede winkel”');
  });

  it('says a place or a partner as a name, and puts the German place after the thing', () => {
    expect(foreignDeed('Die Firma Putzprofi expandiert nach Graz.', ['Putzprofi'], true)?.text).toBe('Putzprofi is expanding to Graz');
    expect(foreignDeed('Kreditwerk kooperiert mit Finleap und plant mehr.', ['Kreditwerk'], false)?.text).toBe(
      'Kreditwerk partnered with Finleap',
    );
    expect(foreignDeed('Flugco baut in Bremen ein Trainingszentrum.', ['Flugco'], true)?.text).toBe(
      'Flugco is building “ein Trainingszentrum” in Bremen',
    );
    // "expandiert" to no name is no place the sheet can say.
    expect(foreignDeed('Putzprofi expandiert nach und nach.', ['Putzprofi'], true)).toBeUndefined();
  });

  it('reads nothing when the company is not the doer, the verb is unknown or the object is a sentence retold', () => {
    // German puts the verb first after an adverbial: "arbeitet sich Filana" is a figure of speech, not a deed.
    expect(foreignDeed('Mit Know-how arbeitet sich Putzprofi bis nach Graz.', ['Putzprofi'], true)).toBeUndefined();
    expect(foreignDeed('Die Kommission untersucht Acme wegen der Wahlen.', ['Acme'], true)).toBeUndefined();
    expect(foreignDeed('Acme weist die Vorwürfe zurück.', ['Acme'], true)).toBeUndefined();
    expect(
      foreignDeed('Acme testet seit Monaten eine neue Funktion für alle Nutzer in der App in Europa.', ['Acme'], true),
    ).toBeUndefined();
  });

  it('takes work "on" something only when no stronger deed is told', () => {
    const said = ['Acme arbeitet an einem neuen Feature für die Stories.', 'Acme testet eine neue Videofunktion in den Stories.'];
    expect(foreignClause(said, ['Acme'], true)?.text).toBe('Acme is testing “eine neue Videofunktion in den Stories”');
    expect(foreignClause(said.slice(0, 1), ['Acme'], true)?.text).toBe('Acme is working on “einem neuen Feature für die Stories”');
  });

  it('gives a news item only for a story the page says is not in English, asked forward while under way', () => {
    const acme = company('Acme');
    const de = story(
      'Acme arbeitet an neuer Videofunktion',
      'Acme testet eine neue Videofunktion in den Stories. Mehr dazu lesen Sie hier im Artikel.',
    );
    const [n] = companyNews([de], acme, NOW);
    expect(n).toMatchObject({ text: 'Acme is testing “eine neue Videofunktion in den Stories”', recent: true, underWay: true });
    // Under the hook, the story's own opening, as before any reader read it.
    expect(n!.lead).toBe('Acme testet eine neue Videofunktion in den Stories. Mehr dazu lesen Sie hier im Artikel.');
    expect(newsQuestion(n!)).toBe(
      'I read that Acme is testing “eine neue Videofunktion in den Stories”. What will decide whether it rolls out, and how do you hear from the people trying it?',
    );
    // The same words on a page read as English give nothing: the headline reader speaks for English pages.
    expect(companyNews([{ ...de, extraction: { ...de.extraction, lang: 'en' } }], acme, NOW)).toEqual([]);
    // Four years on, it is background, told in the past.
    const [old] = companyNews([de], acme, Date.UTC(2027, 10, 29));
    expect(newsQuestion(old!)).toMatch(/^In November 2023, Acme tested “eine neue Videofunktion in den Stories”\. Looking back/);
  });
});

describe('a foreign story gives no deed it does not tell as fact', () => {
  it('takes no deed whose "object" is only how it is done ("mit Partnern auf Materialebene")', () => {
    expect(foreignDeed('Nordwerk entwickelt mit Partnern auf Materialebene.', ['Nordwerk'], true)).toBeUndefined();
    // The place before the thing still reads as a place.
    expect(foreignDeed('Nordwerk baut in Bremen ein Trainingszentrum.', ['Nordwerk'], true)?.text).toBe(
      'Nordwerk is building “ein Trainingszentrum” in Bremen',
    );
  });

  it('takes no deed from a story that hedges its claim ("angeblich", "reportedly")', () => {
    const told = ['Nordwerk entwickelt eigene Akkus für seine Geräte.'];
    expect(foreignClause(told, ['Nordwerk'], true)?.text).toBe('Nordwerk is developing “eigene Akkus für seine Geräte”');
    expect(foreignClause(told, ['Nordwerk'], true, ['Nordwerk arbeitet angeblich an eigenen Akkus'])).toBeUndefined();
    expect(foreignClause(told, ['Nordwerk'], true, ['Laut Gerüchten baut Nordwerk eigene Akkus'])).toBeUndefined();
    // A hedge only in the body (an aside about the past) leaves the news alone.
    expect(foreignClause([...told, 'Das Werk hatte angeblich 2019 Probleme.'], ['Nordwerk'], true, ['Nordwerk baut Akkus'])?.text).toBe(
      'Nordwerk is developing “eigene Akkus für seine Geräte”',
    );
  });

  it('asks the events reader’s lists whether a story tells its claim as fact: one list, one place (review)', () => {
    const told = ['Nordwerk expandiert nach Wien.'];
    expect(foreignClause(told, ['Nordwerk'], true, ['Nordwerk expandiert nach Wien'])?.text).toBe('Nordwerk is expanding to Wien');
    // A lead that reports a charge tells no deed either, as ALLEGED says for English stories.
    expect(foreignClause(told, ['Nordwerk'], true, ['Nordwerk wird Betrug vorgeworfen'])).toBeUndefined();
    expect(foreignClause(told, ['Nordwerk'], true, ['Nordwerk allegedly misled its investors'])).toBeUndefined();
    // And the English reader's HEDGED knows the foreign words of a rumour.
    for (const w of ['angeblich', 'Gerüchten', 'podobno', 'angivelig', 'reportedly']) {
      expect(REPORTED.test(`Nordwerk ${w} baut Akkus`)).toBe(true);
      expect(HEDGED.test(`Nordwerk ${w} launched Akkus`)).toBe(true);
    }
  });

  it('reads "arbeitet an" as work on a thing, never "arbeitet mit …" or "arbeitet in …"', () => {
    expect(foreignDeed('Nordwerk arbeitet an einer neuen App.', ['Nordwerk'], true, true)?.text).toBe(
      'Nordwerk is working on “einer neuen App”',
    );
    expect(foreignDeed('Nordwerk arbeitet mit Partnern an eigenen Akkus.', ['Nordwerk'], true, true)).toBeUndefined();
    expect(foreignDeed('Nordwerk arbeitet in Wien an einer neuen App.', ['Nordwerk'], true, true)).toBeUndefined();
  });
});

describe('a German verb split around its object', () => {
  // Sentences written here: "baut … ab" cuts, "baut … aus" expands; the stem alone reads as "builds".
  it('gives no deed when the clause ends in the verb’s particle', () => {
    expect(foreignDeed('Brennwerk baut 240 Stellen in Chemnitz ab.', ['Brennwerk'], false)).toBeUndefined();
    expect(foreignDeed('Brennwerk baut sein Werk in Freiberg aus.', ['Brennwerk'], true)).toBeUndefined();
  });

  it('still reads a deed whose clause ends in its object', () => {
    expect(foreignDeed('Brennwerk baut ein neues Werk in Freiberg.', ['Brennwerk'], false)?.text).toBe(
      'Brennwerk built “ein neues Werk in Freiberg”',
    );
  });
});
