// Screenshots of the Embed dialog (RecurrenceStepper in chapter 1, W hidden and the word locked,
// its live preview ready) for the README's "Embedding in a course", from a running preview
// server. Usage: BASE_URL=http://localhost:4173 node scripts/embed-screenshots.mjs [out dir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [outDir = 'docs/screenshots/embed'] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const shots = [
  { lang: 'en', width: 1440, height: 1000, hide: 'Hide W', lock: 'Lock word', embed: 'Embed' },
  { lang: 'zh', width: 390, height: 1000, hide: '隐藏 W', lock: '锁定 word', embed: '嵌入' },
];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    reducedMotion: 'reduce',
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`${base}/${shot.lang}/01-basics/#RecurrenceStepper-1`);
  const figure = page.locator('[data-widget="RecurrenceStepper"][data-status="ready"]').first();
  await figure.waitFor({ timeout: 30_000 });
  await figure.getByRole('button', { name: shot.embed, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(shot.hide, { exact: true }).check();
  await dialog.getByLabel(shot.lock, { exact: true }).check();
  // At 390 px the preview sits below the fold, and a frame loads when scrolled to.
  await page.getByTestId('embed-preview').scrollIntoViewIfNeeded();
  await page
    .frameLocator('[data-testid="embed-preview"]')
    .locator('[data-widget="RecurrenceStepper"][data-status="ready"]')
    .waitFor({ timeout: 30_000 });
  await dialog.getByRole('heading').first().scrollIntoViewIfNeeded();
  const path = `${outDir}/dialog-${shot.lang}-${shot.width}.png`;
  await page.screenshot({ path });
  console.log(path);
  await page.close();
}
await browser.close();
