import type { Page } from '@playwright/test';
import { expect, hydrated, seriousA11yIssues, sitePages, test, widgetsReady } from './fixtures';

/**
 * Elements that stick out past the viewport's right edge outside any box that scrolls (what
 * pushes a page sideways), and the page's scroll width against the viewport's.
 */
function wideElements(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= width + 0.5) continue;
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') clipped = true;
      if (!clipped)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out };
  });
}

for (const { path, lang, chapter } of sitePages()) {
  test.describe(`${path}`, () => {
    test('is prerendered: title and typeset math are in the HTML before any script runs', async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`);
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html);
      expect(h1, 'an <h1> in the static HTML').not.toBeNull();
      expect(html).toContain(`<title>${h1![1]}`);
      if (chapter) {
        expect(html).toMatch(/class="katex"/);
        expect(html).toMatch(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/);
      }
    });

    // At 320 CSS px — what a 1280 px window shows at 400% zoom (WCAG reflow) and what a phone
    // shows: no page may scroll sideways, and a box that does scroll (a long equation, a wide
    // table) must take keyboard focus (axe: scrollable-region-focusable). One axe pass, here:
    // the pages show the same content at every width (no element exists only on wide screens),
    // and axe over a chapter of typeset math costs tens of seconds on a 2-core machine. Each
    // figure's own spec runs at desktop width.
    test('at 320 px: hydrates with no console error, no foreign request, every widget ready, no serious a11y issue, no sideways scrolling', async ({
      page,
    }) => {
      test.slow(chapter !== null, 'axe over a chapter full of typeset math');
      await page.setViewportSize({ width: 320, height: 640 });
      const html = await (await page.request.get(path)).text();
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('h1')).toBeVisible();
      // Every figure the prerendered page announced is there after hydration, and ready
      // (each brought into view: figures mount as the reader reaches them).
      const widgets = await widgetsReady(page);
      expect(widgets).toBe(html.match(/ data-widget="/g)?.length ?? 0);
      if (chapter === '01-basics')
        await expect(page.locator('[data-widget="RecurrenceStepper"]')).toHaveCount(1);
      const wide = await wideElements(page);
      expect(wide.out, 'elements wider than the viewport').toEqual([]);
      expect(wide.scrollWidth).toBeLessThanOrEqual(wide.width);
      expect(await seriousA11yIssues(page)).toEqual([]);
    });
  });
}

test('the home page links every part in order', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.parts a');
  await expect(links).toHaveCount(5);
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/en\/02-training\/$/);
  await expect(page.locator('.chapter__part')).toContainText('Part 2');
});
