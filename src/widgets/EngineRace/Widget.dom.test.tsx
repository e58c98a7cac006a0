// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ENGINES, pickFastest, type EngineKind } from '../../sim';

const ENGINE_LABEL = en.engineReasons.engine;
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

// A tiny model and budget: jsdom has no Worker, so every engine trains in main-thread slices.
const tiny = { hidden: 8, batch: 1, budgetMs: 60, warmup: 1 };

function renderRace(lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('EngineRace')!} props={{ id: 'EngineRace-1', ...tiny }} />
    </LangContext.Provider>,
  );
  return utils.container.querySelector('[data-widget="EngineRace"]') as HTMLElement;
}

const LABELS: Record<string, string> = {
  core: 'Typed arrays',
  webgl: 'WebGL (GPU)',
  wasm: 'WASM',
  cpu: 'CPU (tfjs)',
  simd: 'Our WebAssembly SIMD engine (float32)',
};

describe('EngineRace', () => {
  it('races every engine of the registry; table, bars and auto’s pick agree', async () => {
    const root = renderRace();
    const status = await screen.findByTestId('race-status', {}, { timeout: 20_000 });
    await waitFor(() => expect(status.textContent).toMatch(/^Press “Race”/));
    // One row per engine of the registry, WebGL unavailable here (jsdom has none) with why.
    const table = screen.getByTestId('race-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(ENGINES.length + 1));
    fireEvent.click(screen.getByRole('button', { name: 'Race the engines' }));
    await waitFor(
      () => expect(status.textContent).toBe(`All ${ENGINES.length} engines measured.`),
      {
        timeout: 60_000,
      },
    );
    const bars = [...root.querySelectorAll<SVGGElement>('.rate-bar')];
    expect(bars).toHaveLength(ENGINES.length);
    const rows = within(table).getAllByRole('row').slice(1);
    const rates: Partial<Record<EngineKind, number>> = {};
    ENGINES.forEach((engine, i) => {
      const cells = within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      const head = within(rows[i]!).getByRole('rowheader').textContent;
      expect(head).toBe(LABELS[engine] ?? ENGINE_LABEL[engine]);
      expect(bars[i]!.dataset['label']).toBe(head);
      const value = bars[i]!.dataset['value'];
      if (cells[2] === 'measured') {
        const rate = Number(value);
        expect(rate).toBeGreaterThan(0);
        expect(cells[0]).toBe(rate.toLocaleString('en', { maximumFractionDigits: 1 }));
        expect(cells[1]).toBe((rate * 25).toLocaleString('en', { maximumFractionDigits: 0 }));
        rates[engine] = rate;
      } else {
        expect(cells[2]).toMatch(/^unavailable: ./);
        expect(value).toBe('');
      }
    });
    expect(rates.core).toBeGreaterThan(0);
    expect(within(rows[ENGINES.indexOf('webgl')]!).getAllByRole('cell')[2]!.textContent).toBe(
      'unavailable: this browser offers no WebGL',
    );
    const pick = pickFastest(rates, ENGINES);
    const auto = screen.getByTestId('race-auto');
    expect(auto.dataset['engine']).toBe(LABELS[pick.engine]);
    expect(screen.getByTestId('race-reason').textContent).toBe(
      `Fastest here (steps per second measured: ${pick.measured
        .map(([e, r]) => `${ENGINE_LABEL[e]} ${Math.round(r)}`)
        .join(', ')}).`,
    );
    expect(root.querySelector('.rate-bar--winner')?.getAttribute('data-label')).toBe(
      LABELS[pick.engine],
    );
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
  });

  it('speaks Chinese', async () => {
    renderRace('zh');
    expect(
      await screen.findByRole('button', { name: '让引擎比赛' }, { timeout: 20_000 }),
    ).toBeTruthy();
  });
});
