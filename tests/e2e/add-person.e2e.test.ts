import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, clickButton, type Harness, launch, openPopup, PROD_BUILD, readStore, statusText } from './harness';
import { axePage } from './axe';

// The person the user will meet is often named by no page they clipped (an introduction, or a story
// extraction missed): the user adds them by hand on the company view and plans the meeting with them.
// The German story here names its CEO ("Vorstandschefin Katrin Lodemann"), whom extraction reads;
// the user meets the head of HR, Jonas Adler, whom no page names.
const STORY = 'http://www.handelsrundschau.de/unternehmen/industrie/brennwerk-solartechnik-stellenabbau-chemnitz/29481736.html';
const COMPANY = 'Brennwerk Solartechnik AG';

let h: Harness;
let panel: Page;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.handelsrundschau.de/unternehmen/industrie/brennwerk-solartechnik-stellenabbau-chemnitz/29481736.html':
      'tests/fixtures/pages/news-german.html',
  });
  const page = await h.context.newPage();
  await page.goto(STORY);
  const popup = await openPopup(h, page);
  await clickButton(popup, 'Clip to dossier');
  await statusText(popup);
});
afterAll(() => h?.close());

/** Both colour schemes of the panel as it is now, at the side panel's narrow width, each through axe. */
async function shoot(name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await axePage(panel)).toEqual([]);
    await panel.screenshot({ path: join(ARTIFACTS, `add-person-${name}-${scheme}.png`), fullPage: true });
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

describe('adding the person met by hand, then planning the meeting with them', () => {
  it('adds Jonas Adler on the company view of a company known from a story', async () => {
    panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('heading', { name: COMPANY }).waitFor();
    const people = panel.getByRole('list', { name: 'People' });
    await expect(people.textContent()).resolves.toContain('Katrin Lodemann');
    await panel.getByRole('button', { name: 'Add a person' }).click();
    // An empty name is refused in words, and nobody is added.
    await panel.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(panel.getByRole('alert').textContent()).resolves.toBe("Type the person's name first.");
    await panel.getByLabel('Name', { exact: true }).fill('Jonas Adler');
    await panel.getByLabel('Role (optional)').fill('Personalleiter');
    await shoot('form');
    // At 360 px the form's two buttons share a line ("Add to Brennwerk Solartechnik AG" pushed Cancel below).
    const add = await panel.getByRole('button', { name: 'Add person', exact: true }).boundingBox();
    const cancel = await panel.getByRole('button', { name: 'Cancel', exact: true }).boundingBox();
    expect(cancel!.y).toBe(add!.y);
    // At 200% zoom (180 CSS px) the open form does not push the panel sideways.
    await panel.setViewportSize({ width: 180, height: 900 });
    await expect(panel.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(180);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('button', { name: 'Add person', exact: true }).click();
    await panel.getByText(`Added Jonas Adler to ${COMPANY}.`).waitFor();
    // The notice answers the action; the People card follows the database a moment later (a live query).
    await people.getByText('Jonas Adler').waitFor();
    await expect(people.textContent()).resolves.toContain('Jonas Adler');
    await expect(people.textContent()).resolves.toContain('Personalleiter');
    await shoot('added');
    // The company still has no fact and no role: one card says what to clip, no empty cards.
    const headings = await panel.locator('main h2').allTextContents();
    expect(headings.map((t) => t.toLowerCase())).not.toContain('at a glance');
    await expect(panel.locator('main').textContent()).resolves.not.toMatch(/No (facts|people|open roles) yet/);
    const stored = (await readStore(panel, 'people')) as Array<{ name: string; status?: string; referredBy?: string }>;
    expect(stored.map((p) => p.name).sort()).toEqual(['Jonas Adler', 'Katrin Lodemann']);
    const jonas = stored.find((p) => p.name === 'Jonas Adler')!;
    expect(jonas.status).toBeUndefined();
    expect(jonas.referredBy).toBeUndefined();
  });

  it('plans the meeting with him: the prep sheet names him', async () => {
    await panel.getByRole('button', { name: 'Plan a meeting with Jonas Adler' }).click();
    // The form opens at once and names the person when their record is read ("With …" until then): wait for the name.
    await panel.locator('#plan-h + p', { hasText: 'Jonas Adler' }).waitFor();
    await panel.getByLabel('My goal for this conversation').fill('Learn how the Chemnitz site will change');
    // At 360 px the form's buttons stand one above the other at full width, not Cancel dropped alone under the long one.
    const plan = await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).boundingBox();
    const cancel = await panel.getByRole('button', { name: 'Cancel', exact: true }).boundingBox();
    expect(cancel!.width).toBe(plan!.width);
    expect(cancel!.y).toBeGreaterThan(plan!.y);
    await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
    await panel
      .getByRole('heading', { name: /Jonas Adler/ })
      .first()
      .waitFor();
    const text = (await panel.locator('main').textContent()) ?? '';
    expect(text).toContain('Brennwerk Solartechnik');
    await panel.screenshot({ path: join(ARTIFACTS, 'add-person-prep-sheet.png'), fullPage: true });
    const [interview] = (await readStore(panel, 'interviews')) as Array<{ personId?: string; companyId?: string }>;
    const person = ((await readStore(panel, 'people')) as Array<{ id: string; name: string; status?: string }>).find(
      (p) => p.name === 'Jonas Adler',
    );
    expect(interview?.personId).toBe(person?.id);
    expect(person?.status).toBe('scheduled');
  });
});
