import { describe, expect, it } from 'vitest';
import { lowerWordsOf, nameRuns } from '../lib/extract/article/names';
import { storySubject } from '../lib/extract/article/subject';

// Misses read on fresh-17 (German trade press; stories written here in the same shapes, with
// invented names and text).
// (German capitalises its nouns too: only the names before them are checked.)
const runs = (text: string, n = 2) =>
  nameRuns(text, lowerWordsOf([text]))
    .map((r) => r.name)
    .slice(0, n);

describe('articles: fresh-17 causes', () => {
  it('parts a German office compound into the company and the person ("Tesla-CEO Elon Musk")', () => {
    expect(runs('Laut Borkan-CEO Ida Venn wächst das Geschäft.')).toEqual(['Borkan', 'Ida Venn']);
    expect(runs('Es knirscht zwischen Halvar-Chef Jens Olm und dem Aufsichtsrat.')).toEqual(['Halvar', 'Jens Olm']);
    expect(runs('Das sagte HVG-Betriebsratschefin Mara Quast am Montag.')).toEqual(['HVG', 'Mara Quast']);
    // Alone (no name after it) the compound stays one word, as before.
    expect(runs('Der Halvar-Chef sagte nichts.', 1)).toEqual(['Halvar-Chef']);
  });

  it('drops the German noun that says what a name is ("dem Investor Signa", "der Luftfahrtzulieferer FACC")', () => {
    expect(runs('Die Baufirmen werden von dem Investor Lindgrat nicht bezahlt.')).toEqual(['Baufirmen', 'Lindgrat']);
    expect(runs('Es geht nur um die Firma Lindgrat Development.', 1)).toEqual(['Lindgrat Development']);
    expect(runs('Der heimische Luftfahrtzulieferer KMWT produziert mehr.', 1)).toEqual(['KMWT']);
    expect(runs('Der Luxusgüterkonzern Varenne Holding meldet Rekorde.', 1)).toEqual(['Varenne Holding']);
    // A firm a person's name is compounded with: the person, then the firm.
    expect(runs('Rolf Harnisch-Firma Lindgrat in Sorge')).toEqual(['Rolf Harnisch', 'Lindgrat']);
    expect(runs('Mit seiner KI-Firma zAI will er mehr.', 1)).toEqual(['zAI']);
  });

  it('names the firm a headline calls "Person-Firma X", not the person or the owner’s other company', () => {
    const subject = storySubject({
      title: 'Olm-Firma zAI veröffentlicht erstes Modell, Nutzung auf Halvar-Computern möglich',
      excerpt:
        'Mit seiner KI-Firma zAI hat Halvar-CEO Jens Olm ein erstes Produkt veröffentlicht. Es könnte auch auf den Computern der Autos laufen.',
      paragraphs: [
        'Im Juli ging Olm selbst mit dem neuen KI-Unternehmen zAI an den Start. Am Wochenende hat es ein erstes Produkt veröffentlicht.',
        'Das Modell sei als künstliche Intelligenz gedacht, schreibt zAI in einer Ankündigung von Samstag.',
        'Und auch Halvar könnte nach seinen Angaben in dieses Ökosystem einbezogen werden, wenn das Modell auf den Halvar-Computern laufe.',
        'Halvar hatte zuletzt mehr Autos verkauft als erwartet, und Halvar will die Computer weiter ausbauen.',
      ],
      exclude: ['Halvarmag.de'],
      keywords: ['Jens Olm', 'KI', 'Halvar'],
      lang: 'de-DE',
    });
    expect(subject).toBe('zAI');
  });

  it('reads a company that writes its name in lower case, when the editor tags it ("creditshelf kooperiert mit …")', () => {
    const clues = {
      title: 'lendbox kooperiert mit finhaus und plant Akquisition der Korvell GmbH',
      excerpt: 'Die geplante Kooperation von lendbox mit finhaus stützt alle drei Säulen der Strategie von lendbox.',
      paragraphs: [
        'Die lendbox Aktiengesellschaft ist im Bereich der digitalen Mittelstandsfinanzierung tätig. lendbox plant die Akquisition der Korvell GmbH, einem Spezialisten für besicherte Finanzierung.',
        'Für lendbox eröffnet die geplante Akquisition der Korvell GmbH die Möglichkeit, die Risikoanalyse zu erweitern. Das Angebot für lendbox-Kunden wächst.',
        'Nach der Transaktion wird finhaus neuer Aktionär der lendbox, und Korvell wächst unter dem Dach von lendbox.',
      ],
      exclude: ['IT Geldmagazin'],
      lang: 'de-DE',
    };
    expect(storySubject({ ...clues, keywords: ['lendbox', 'Finhaus'] })).toBe('lendbox');
    // Untagged, a lower-case word is no name: the capitalised company is all a reader can go by.
    expect(storySubject({ ...clues, keywords: [] })).toBe('Korvell');
  });
});
