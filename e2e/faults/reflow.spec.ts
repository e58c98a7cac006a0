import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sitePages, test } from '../fixtures';

// Issue 11's fault table, reflow (WCAG 1.4.10): no page scrolls sideways at 320 CSS px, which is
// also what a 1280 px window shows at 400% zoom. Every page in both languages, the not-found
// page, and every figure alone in an embed; each page scrolled through so its figures load.

test.use({ viewport: { width: 320, height: 640 } });

const widgetNames = readdirSync(path.resolve(process.cwd(), 'src/widgets')).filter((name) =>
  existsSync(path.resolve(process.cwd(), 'src/widgets', name, 'meta.ts')),
);

/** Scrolls to every figure in turn and waits until its code has arrived (or it says it failed). */
async function loadEveryFigure(page: Page) {
  const figures = page.locator('[data-widget]');
  const n = await figures.count();
  for (let i = 0; i < n; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i)).not.toHaveAttribute('data-status', 'loading', {
      timeout: 30_000,
    });
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** How far the page scrolls sideways, and what sticks out when it does. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    const culprits =
      over > 0
        ? [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 1)
            .slice(-3)
            .map((el) => el.outerHTML.slice(0, 100))
        : [];
    return { over, culprits };
  });

const pages = [...sitePages().map((p) => p.path), '/en/no-such-page/', '/zh/no-such-page/'];

test('no page scrolls sideways at 320 px (400% zoom)', async ({ page }) => {
  test.setTimeout(240_000);
  for (const url of pages) {
    await page.goto(url);
    await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
    await loadEveryFigure(page);
    expect(await sideways(page), url).toEqual({ over: 0, culprits: [] });
  }
});

test('no figure alone in an embed scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(180_000);
  expect(widgetNames.length).toBeGreaterThanOrEqual(12);
  for (const name of widgetNames) {
    await page.goto(`/embed.html?widget=${name}&lang=${name.length % 2 ? 'zh' : 'en'}`);
    await loadEveryFigure(page);
    // The More settings disclosure open too: its controls must reflow as well.
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await sideways(page), name).toEqual({ over: 0, culprits: [] });
  }
});
