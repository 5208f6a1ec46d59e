// Renders public/icon/*.png from one SVG with Debian's Chromium. Run: node tests/tools/make-icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#2f5bd3"/>
  <path d="M26 38c0-8 6-14 14-14h36c8 0 14 6 14 14v22c0 8-6 14-14 14H52l-16 14v-14c-6-1-10-6-10-14z" fill="#ffffff"/>
  <path d="M62 82h14c10 0 18-8 18-18V52h4c7 0 12 5 12 12v18c0 7-5 12-12 12v12l-14-12H74c-6 0-11-5-12-12z" fill="#a9c1ff"/>
  <rect x="40" y="40" width="34" height="6" rx="3" fill="#2f5bd3"/>
  <rect x="40" y="52" width="24" height="6" rx="3" fill="#2f5bd3"/>
</svg>`;

mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
