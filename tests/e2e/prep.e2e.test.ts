import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, clickButton, type Harness, launch, openPopup, PROD_BUILD, readStore, statusText } from './harness';

const PROFILE = 'http://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/';
const ABOUT = 'http://www.brightwater-logistics.co.uk/about';

let h: Harness;
let page: Page;
let panel: Page;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/': 'tests/fixtures/pages/linkedin-person-signed-in-2024.html',
    'www.brightwater-logistics.co.uk/about': 'tests/fixtures/pages/company-about-microdata.html',
  });
  page = await h.context.newPage();
  for (const url of [ABOUT, PROFILE]) {
    await page.goto(url);
    const popup = await openPopup(h, page);
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
  }
});
afterAll(() => h?.close());

describe('the prep sheet, from planning to the thank-you', () => {
  it('saves the user’s own profile in the options page', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByLabel('Your name').fill('Sam Okoye');
    await options.getByLabel('Schools (one per line)').fill('University of Manchester');
    await options.getByLabel('Your field').fill('Civil engineering');
    await options.getByLabel('The role you are aiming for').fill('Data engineer');
    await options.getByLabel('What you are exploring, in a line').fill('Moving from site engineering into data platforms');
    await options.getByRole('button', { name: 'Save my profile' }).click();
    await options.getByRole('status').waitFor();
    await options.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });
    const [self] = (await readStore(options, 'self')) as Array<{ name: string; targetRole: string }>;
    expect(self).toMatchObject({ name: 'Sam Okoye', targetRole: 'Data engineer' });
  });

  it('plans an informational interview from the person and shows a grounded sheet', async () => {
    panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 1000 });
    await panel.getByRole('button', { name: 'Maren Okafor-Lindqvist' }).click();
    await panel.getByRole('button', { name: 'Plan an informational interview' }).click();
    await panel.getByLabel('Where (a place or a video link)').fill('https://meet.example/maren');
    await panel.getByLabel('My goal for this conversation').fill('Learn how the data platform team hires');
    await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
    await panel
      .getByRole('heading', { name: /Maren Okafor-Lindqvist/ })
      .first()
      .waitFor();
    const text = (await panel.locator('main').textContent()) ?? '';
    // Grounded in the clipped profile and company, with reasons.
    expect(text).toContain('Head of Data Platform');
    expect(text).toMatch(/Why: /);
    expect(text).toContain('Already known');
    expect(text).toContain('Brightwater Logistics');
    // Her own post on her profile's Activity card is a hook, quoted short, dated from its age on the page.
    expect(text).toContain('Maren posted: “We are hiring two senior data engineers in Manchester (hybrid)”');
    expect(text).toContain('their LinkedIn post, dated approximately');
    const intro = await panel.getByRole('textbox', { name: 'Your 30-second introduction' }).inputValue();
    expect(intro).toContain("I'm Sam Okoye");
    expect(intro).toMatch(/^Hi Maren,/);
    expect(await panel.locator('.question--must').count()).toBe(3);
    // The coach's sheet: why this person, the questions in the order of the conversation with
    // their minutes (the ask for names last), more if there is time, research first.
    expect(text).toContain('Why this person');
    expect(text).toMatch(/\d+ min · /);
    const questions = panel.locator('li.question');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(10);
    expect(await questions.last().textContent()).toMatch(/talk to/);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-prep-sheet.png'), fullPage: true });
    // The coach's parts one by one, readable at full size.
    for (const [name, file] of [
      ['Why this person', 'why'],
      ['Hooks from your research', 'hooks'],
      ['Questions', 'questions'],
      ['More if there is time', 'more'],
      ["Research first, don't ask", 'research'],
    ] as const) {
      const region = panel.getByRole('region', { name, exact: true });
      if (await region.count()) await region.screenshot({ path: join(ARTIFACTS, `sidepanel-prep-${file}.png`) });
    }
  });

  it('pulls a question from “more if there is time” onto the list, before the ask for names, and moves it up', async () => {
    const before = await panel.locator('li.question').count();
    const more = panel.getByRole('region', { name: 'More if there is time' });
    const pulled = ((await more.locator('li').first().locator('span').first().textContent()) ?? '').trim();
    await more
      .getByRole('button', { name: /^Add to my questions/ })
      .first()
      .click();
    // The ask for names stays last, as the sheet says.
    await panel.getByText(`Added as question ${before}, before the closing ask.`).waitFor();
    await panel.waitForFunction((n) => document.querySelectorAll('li.question').length === n, before + 1);
    const added = panel.locator('li.question').nth(before - 1);
    expect(await added.textContent()).toContain(pulled);
    expect(await panel.locator('li.question').last().textContent()).toMatch(/talk to/);
    // The keyboard stays in the list it was working in: on the next question to pull.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Add to my questions/);
    await added.getByRole('button', { name: 'Move up' }).click();
    await panel.waitForFunction(
      (t) => document.querySelectorAll('li.question')[document.querySelectorAll('li.question').length - 3]?.textContent?.includes(t),
      pulled,
    );
    expect(await more.textContent()).not.toContain(pulled);
  });

  it('deletes a question with a way back', async () => {
    const count = await panel.locator('li.question').count();
    const second = ((await panel.locator('li.question').nth(1).locator('.question__text').textContent()) ?? '').replace(/^2\.\s*/, '');
    await panel.getByRole('group', { name: 'Question 2' }).getByRole('button', { name: 'Delete' }).click();
    await panel.waitForFunction((n) => document.querySelectorAll('li.question').length === n, count - 1);
    // The keyboard is not dropped to the page: it is on the question that took its place.
    expect(await panel.evaluate(() => document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'))).toBe('Question 2');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Put back as it was.').waitFor();
    await panel.waitForFunction((n) => document.querySelectorAll('li.question').length === n, count);
    expect(await panel.locator('li.question').nth(1).textContent()).toContain(second.trim());
    // Cleared as a user would: the next tick must not be re-rendered against a notice going away
    // before its write lands (Playwright's check() reads the box at once).
    await panel.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('shows the next meeting and its must-asks in the popup on the person’s page', async () => {
    await page.goto(PROFILE);
    const popup = await openPopup(h, page);
    await popup.waitFor(`document.body.textContent.includes('Next meeting')`);
    expect(await popup.evaluate<number>(`document.querySelectorAll('.must-asks li').length`)).toBe(3);
    await popup.screenshot(join(ARTIFACTS, 'popup-next-meeting.png'));
  });

  it('during the meeting: marks a question asked with a note; after it: a thank-you draft naming it', async () => {
    const first = panel.locator('.question').first();
    await first.getByRole('checkbox').check();
    const notes = first.getByLabel('What they said');
    await notes.fill('Start by rebuilding one nightly batch job as a streaming pipeline.');
    await notes.blur();
    await panel.getByRole('button', { name: 'Meeting done' }).click();
    const draft = panel.getByLabel('Thank-you draft');
    await draft.waitFor();
    // The note is saved on blur and "Meeting done" right after: the two writes race, and the draft
    // (read live from the dossier) names the note once its write lands — under load, a moment later.
    await expect
      .poll(() => draft.inputValue(), { timeout: 5_000 })
      .toContain('start by rebuilding one nightly batch job as a streaming pipeline');
    expect(await draft.inputValue()).toMatch(/^Dear Maren,/);
    await panel.getByLabel('Name', { exact: true }).fill('Ioana Petrescu');
    await panel.getByRole('button', { name: 'Add referral' }).click();
    await panel.getByRole('button', { name: 'Ioana Petrescu' }).waitFor();
    const people = (await readStore(panel, 'people')) as Array<{ name: string; referredBy?: string; id: string }>;
    const maren = people.find((p) => p.name === 'Maren Okafor-Lindqvist')!;
    expect(people.find((p) => p.name === 'Ioana Petrescu')?.referredBy).toBe(maren.id);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-follow-up.png'), fullPage: true });
  });

  it('opens a print view of the sheet', async () => {
    const [interview] = (await readStore(panel, 'interviews')) as Array<{ id: string }>;
    const print = await h.extensionPage(`print.html#${interview!.id}`);
    await print.getByRole('heading', { name: /Informational interview/ }).waitFor();
    await print.emulateMedia({ media: 'print' });
    await print.screenshot({ path: join(ARTIFACTS, 'print-view.png'), fullPage: true });
    const pdf = await print.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
