import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Issue 11's fault table, keyboard only: in every figure, "More settings" opens from the
// keyboard and then every control (buttons, fields, selects, sliders, disclosures) is reached
// by Tab in turn.

const widgetNames = readdirSync(path.resolve(process.cwd(), 'src/widgets')).filter((name) =>
  existsSync(path.resolve(process.cwd(), 'src/widgets', name, 'meta.ts')),
);

/** Marks every visible, enabled control of the figure and returns how many there are. */
const markControls = (page: Page) =>
  page.locator('[data-widget]').evaluate((root) => {
    const controls = [
      ...root.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, summary, a[href], [tabindex="0"]',
      ),
    ].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        // A radio group is one Tab stop (its checked radio); arrows move inside it.
        !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
    controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return controls.length;
  });

const focusedMark = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);

for (const name of widgetNames) {
  test(`${name}: every control is reached by Tab, More settings opens by keyboard`, async ({
    page,
  }) => {
    await page.goto(`/embed.html?widget=${name}`);
    const widget = page.locator('[data-widget]');
    await expect(widget).toHaveAttribute('data-status', /ready|running/, { timeout: 30_000 });
    const more = widget.locator('details > summary').first();
    if (await more.count()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await expect(widget.locator('details').first()).toHaveAttribute('open', '');
    }
    const n = await markControls(page);
    expect(n).toBeGreaterThan(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    // Each control once, plus slack for the page's own links; no trap stops the walk.
    for (let i = 0; i < n + 10 && reached.size < n; i++) {
      await page.keyboard.press('Tab');
      const mark = await focusedMark(page);
      if (mark !== null) reached.add(mark);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll('[data-kb]')]
          .filter((el) => !seen.includes(el.getAttribute('data-kb')!))
          .map((el) => el.outerHTML.slice(0, 90)),
      [...reached],
    );
    expect(missed).toEqual([]);
  });
}
