import type { Locator } from '@playwright/test';
import { en } from '../src/i18n/en';
import { ENGINES, pickFastest, type EngineKind } from '../src/sim';

const ENGINE_LABEL = en.engineReasons.engine;
import { STRINGS, tinyRace } from './engineRacePage';
import { expect, openInChapter, test } from './fixtures';

/** Each engine's row: its label, the table's cells and the bar's exact value. */
async function readRows(widget: Locator) {
  const rows = widget.getByTestId('race-table').locator('tbody tr');
  await expect(rows).toHaveCount(ENGINES.length);
  const out = [];
  for (let i = 0; i < ENGINES.length; i++) {
    const row = rows.nth(i);
    const label = (await row.locator('th').textContent())!;
    const cells = await row.locator('td').allTextContents();
    const bar = widget.locator(`.rate-bar[data-label="${label}"]`);
    out.push({ engine: ENGINES[i]!, label, cells, value: (await bar.getAttribute('data-value'))! });
  }
  return out;
}

test('en: every engine races on the chapter page; table, bars and auto’s pick agree', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'EngineRace', 'en', '05-implementation');
  await tinyRace(widget, 'en');
  await widget.getByRole('button', { name: STRINGS.en.race }).click();
  const status = widget.getByTestId('race-status');
  await expect(status).toHaveText(`All ${ENGINES.length} engines measured.`, { timeout: 60_000 });
  const rows = await readRows(widget);
  const rates: Partial<Record<EngineKind, number>> = {};
  for (const { engine, cells, value } of rows) {
    if (cells[2] !== 'measured') {
      expect(cells[2]).toMatch(/^unavailable: ./);
      continue;
    }
    const rate = Number(value);
    expect(rate).toBeGreaterThan(0);
    expect(cells[0]).toBe(rate.toLocaleString('en', { maximumFractionDigits: 1 }));
    expect(cells[1]).toBe((rate * 25).toLocaleString('en', { maximumFractionDigits: 0 }));
    rates[engine] = rate;
  }
  // Chromium has WebAssembly and (SwiftShader) WebGL: typed arrays and WASM at least are measured.
  expect(rates.core).toBeGreaterThan(0);
  expect(rates.wasm).toBeGreaterThan(0);
  const pick = pickFastest(rates, ENGINES);
  await expect(widget.getByTestId('race-reason')).toHaveText(
    `Fastest here (steps per second measured: ${pick.measured
      .map(([e, r]) => `${ENGINE_LABEL[e]} ${Math.round(r)}`)
      .join(', ')}).`,
  );
  const winner = rows.find((r) => r.engine === pick.engine)!.label;
  await expect(widget.getByTestId('race-auto')).toHaveAttribute('data-engine', winner);
  await expect(widget.locator('.rate-bar--winner')).toHaveAttribute('data-label', winner);
});
