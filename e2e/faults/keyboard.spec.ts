import { expect, hydrated, test } from '../fixtures';

// Issue 11's fault table, keyboard only: Tab from the top of chapter 1 reaches every figure's
// main controls (the first control under each picture) — Embeddings' word field included, which
// lived behind a closed "More settings" before.

test('Tab walks chapter 1 through every figure’s main control', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/01-basics/');
  await hydrated(page);
  const figures = await page
    .locator('[data-widget]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')!));
  const reached = new Set<string>();
  let wordField = false;
  for (let i = 0; i < 600 && (reached.size < figures.length || !wordField); i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const widget = el?.closest('[data-widget]')?.getAttribute('data-widget') ?? null;
      const main = el?.closest('.figure-layout__controls') !== null;
      const label = el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : '';
      return { widget, main, label };
    });
    if (at.widget && at.main) reached.add(at.widget);
    if (at.widget === 'Embeddings' && at.label === 'Your words (from the vocabulary)')
      wordField = true;
  }
  expect([...reached].sort()).toEqual([...figures].sort());
  expect(wordField).toBe(true);
});
