import { expect, hydrated, sitePages, test } from '../fixtures';

// Issue 11 #6, WCAG reflow: no chapter page scrolls sideways at 320 CSS px — what a 1280 px
// window shows at 400% zoom — in either language, with every figure mounted.

test.use({ viewport: { width: 320, height: 640 } });

for (const { path } of sitePages().filter((p) => p.chapter !== null)) {
  test(`${path} fits 320 px without scrolling sideways`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    await hydrated(page);
    // Figures mount as the reader reaches them: bring each into view until it has drawn.
    const widgets = page.locator('[data-widget]');
    for (let i = 0; i < (await widgets.count()); i++) {
      await widgets.nth(i).scrollIntoViewIfNeeded();
      await expect(widgets.nth(i)).toHaveAttribute('data-status', /ready|running|error/, {
        timeout: 30_000,
      });
    }
    const wide = await page.evaluate(() => {
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
    expect(wide.out, 'elements wider than the viewport').toEqual([]);
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.width);
  });
}
