import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierDefinition } from '../lib/cli/prep-dossier';

// The eval's loader does what the user would when the pages name the person met but extraction
// read nobody: add them by hand at the dossier's company (ui19), rather than give up.
const URL = 'https://www.handelsrundschau.de/unternehmen/industrie/brennwerk-solartechnik-stellenabbau-chemnitz/29481736.html';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-prep-dossier-'));
  mkdirSync(join(dir, 'manifest'));
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'manifest', 'm.json'), JSON.stringify([{ id: 'story', url: URL }]));
  // A German story about job cuts. Its CEO ("Vorstandschefin Katrin Lodemann") is extracted since
  // art23; the person met here, Jonas Adler, is named by no page (met through an introduction).
  copyFileSync(join(__dirname, 'fixtures/pages/news-german.html'), join(dir, 'pages', 'story.html'));
  return dir;
}

const definition = (over: Partial<DossierDefinition>): DossierDefinition => ({
  id: 'brennwerk-lodemann',
  note: 'One German story about job cuts; the CEO is quoted.',
  pages: [{ id: 'story', company: 'Brennwerk Solartechnik AG' }],
  meet: 'Jonas Adler',
  self: {},
  meeting: { when: '2026-12-10T10:00:00Z', timeZone: 'Europe/Berlin', durationMinutes: 30 },
  expect: { questions: [3, 8] },
  ...over,
});

describe('the prep eval adds the person met by hand when no page gave them', () => {
  it('at the company the pages are saved to, with the title the definition gives', async () => {
    const built = await buildDossier(definition({ meetTitle: 'Personalleiter' }), corpus());
    expect(built.problems).toEqual([]);
    expect(built.addedByHand).toEqual(['Jonas Adler (Personalleiter) at Brennwerk Solartechnik AG']);
    expect(built.input.person).toMatchObject({ name: 'Jonas Adler', currentTitle: 'Personalleiter' });
    expect(built.input.company?.name).toBe('Brennwerk Solartechnik AG');
    expect(built.sheet.meeting?.who).toBe('Jonas Adler');
  });

  it('not when the dossier names no company to add them at', async () => {
    const built = await buildDossier(definition({ pages: ['story'] }), corpus());
    expect(built.addedByHand).toEqual([]);
    expect(built.problems).toContain('nobody called Jonas Adler in the dossier');
  });
});
