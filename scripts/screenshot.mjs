// Takes screenshots of pages of a running site (default: the preview server on :4173) in
// Debian's Chromium. Usage: node scripts/screenshot.mjs <path> <out.png> [width] [selector] [theme]
import { chromium } from '@playwright/test';

const [path = '/', out = 'shot.png', width = '1200', selector, theme] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
});
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(base + path);
if (selector) {
  // The sticky header would cover the top of an element scrolled into view.
  await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page
    .locator(`${selector}[data-status="ready"], ${selector} [data-status="ready"]`)
    .first()
    .waitFor({ timeout: 15000 })
    .catch(() => {});
  await el.screenshot({ path: out });
} else {
  await page.screenshot({ path: out, fullPage: false });
}
await browser.close();
