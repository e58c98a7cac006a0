// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { inDocumentOrder } from '../../ui/figure/testing';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { fmtLength, fmtLoss } from './format';
import { cliffMeta } from './meta';
import { runBoth, summarize } from './model';

const defaults = cliffMeta.props.parse({});

function stubReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: reduce && query.includes('reduce'),
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList,
  );
}

beforeEach(() => stubReducedMotion(true));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderCliff(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Cliff')!} props={{ id: 'Cliff-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Cliff"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('runs', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

const cell = (id: string) => screen.getByTestId(id);
const value = (id: string) => Number(cell(id).getAttribute('data-value'));

/** The table must show exactly the core's numbers for both runs after `shown` steps. */
function expectTable(p: typeof defaults, shown: number) {
  const runs = runBoth(p);
  for (const id of ['plain', 'clipped'] as const) {
    const s = summarize(runs[id], shown);
    expect(value(`${id}-steps`)).toBe(s.steps);
    expect(value(`${id}-loss`)).toBe(s.loss);
    expect(value(`${id}-largest`)).toBe(s.largestStep);
    expect(value(`${id}-clipped`)).toBe(s.clippedSteps);
    expect(cell(`${id}-loss`).textContent).toBe(fmtLoss(s.loss));
    expect(cell(`${id}-largest`).textContent).toContain(fmtLength(s.largestStep));
  }
}

// jsdom is slow at d3's DOM work on a loaded machine: allow more than the default 5 s.
describe('Cliff', { timeout: 20_000 }, () => {
  it('shows both finished runs from the default start, with the core’s numbers and the catapult', async () => {
    const { root } = renderCliff();
    expect(root.dataset['status']).toBe('loading');
    await ready(root);
    expectTable(defaults, 200);
    const runs = runBoth(defaults);
    const plain = summarize(runs.plain, 200);
    expect(cell('verdict').textContent).toContain(`catapulted at step ${plain.largestAt}`);
    expect(cell('bound').textContent).toContain('η·θ = 2.00');
    // The map: colour bands, iso-lines, both trajectories with one marker per point.
    const svg = cell('map').querySelector('svg')!;
    expect(svg.querySelectorAll('.contour-map__bands rect').length).toBeGreaterThan(100);
    expect(svg.querySelector('.contour-map__lines')!.getAttribute('d')!.length).toBeGreaterThan(
      100,
    );
    expect(svg.querySelectorAll('.trajectory--plain .trajectory__markers path')).toHaveLength(201);
    expect(svg.querySelectorAll('.trajectory--clipped .trajectory__markers path')).toHaveLength(
      201,
    );
    expect(svg.querySelector('.trajectory--plain .trajectory__mark-text')!.textContent).toBe(
      `plain: step ${plain.largestAt}, length ${fmtLength(plain.largestStep)}`,
    );
  });

  it('moves the crosshair with the arrow keys and starts both descents with Enter', async () => {
    const { root } = renderCliff();
    await ready(root);
    const map = screen.getByRole('application');
    map.focus();
    fireEvent.keyDown(map, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(map, { key: 'ArrowUp' });
    fireEvent.keyDown(map, { key: 'ArrowUp', shiftKey: true });
    expect(cell('crosshair').textContent).toContain('w = 3.65, b = -1.55');
    // Moving the crosshair alone starts nothing.
    expect(cell('start').textContent).toContain('w = 4.15, b = -2.10');
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(cell('start').textContent).toContain('w = 3.65, b = -1.55');
    // Reduced motion: the run jumps to its end.
    expectTable({ ...defaults, w: 3.65, b: -1.55 }, 200);
    // The crosshair stays inside the map.
    for (let i = 0; i < 8; i++) fireEvent.keyDown(map, { key: 'ArrowDown', shiftKey: true });
    expect(cell('crosshair').textContent).toContain('b = -5.00');
  });

  it('animates a new start step by step without reduced motion, reporting running then ready', async () => {
    stubReducedMotion(false);
    vi.useFakeTimers();
    const { root } = renderCliff({ steps: 10 });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(screen.getByTestId('runs')).toBeTruthy();
    const map = screen.getByRole('application');
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(root.dataset['status']).toBe('running');
    expect(cell('position').textContent).toBe('Step 0 of 10');
    await act(async () => {
      vi.advanceTimersByTime(40 * 3);
    });
    expect(cell('position').textContent).toBe('Step 3 of 10');
    expectTable({ ...defaults, w: 4.2, steps: 10 }, 3);
    await act(async () => {
      vi.advanceTimersByTime(40 * 20);
    });
    expect(cell('position').textContent).toBe('Step 10 of 10');
    expect(root.dataset['status']).toBe('ready');
  });

  it('puts the map first, then steps/play and θ; presets, η and the step count under More settings', async () => {
    const { root } = renderCliff();
    await ready(root);
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    const order = [
      cell('map'),
      screen.getByRole('group', { name: 'Descent steps' }),
      screen.getByLabelText('Clipping threshold θ'),
      cell('verdict'),
      cell('runs'),
      more,
    ];
    expect(inDocumentOrder(order)).toBe(true);
    expect(more.open).toBe(false);
    for (const label of ['Preset', 'Learning rate η', 'Steps computed'])
      expect(more.contains(screen.getByLabelText(label))).toBe(true);
    // Settings under More settings still work: 100 steps computed.
    fireEvent.change(screen.getByLabelText('Steps computed'), { target: { value: '100' } });
    expectTable({ ...defaults, steps: 100 }, 100);
    // The runs' key says solid/dashed and circle/square, not colour alone.
    const key = screen.getByRole('list', { name: 'The two descents' });
    expect(key.querySelector('[data-pattern="dashed"][data-marker="square"]')).toBeTruthy();
  });

  it('pauses a playing run where it is, and plays on from there', async () => {
    stubReducedMotion(false);
    vi.useFakeTimers();
    const { root } = renderCliff({ steps: 10 });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    fireEvent.click(screen.getByRole('button', { name: /Step 0/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(root.dataset['status']).toBe('running');
    await act(async () => {
      vi.advanceTimersByTime(40 * 4);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(root.dataset['status']).toBe('ready');
    await act(async () => {
      vi.advanceTimersByTime(40 * 10);
    });
    expect(cell('position').textContent).toBe('Step 4 of 10');
    expectTable({ ...defaults, steps: 10 }, 4);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await act(async () => {
      vi.advanceTimersByTime(40 * 10);
    });
    expect(cell('position').textContent).toBe('Step 10 of 10');
  });

  it('steps, rewinds and jumps to the end; the table follows', async () => {
    const { root } = renderCliff();
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Step 0/ }));
    expectTable(defaults, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(cell('position').textContent).toBe('Step 2 of 200');
    expectTable(defaults, 2);
    expect(
      cell('map').querySelectorAll('.trajectory--plain .trajectory__markers path'),
    ).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: /To the end/ }));
    expectTable(defaults, 200);
  });

  it('hands focus on when “Step 0” or “To the end” disables itself', async () => {
    const { root } = renderCliff();
    await ready(root);
    const rewind = screen.getByRole('button', { name: /Step 0/ }) as HTMLButtonElement;
    rewind.focus();
    fireEvent.click(rewind);
    expect(rewind.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Step' }));
    const toEnd = screen.getByRole('button', { name: /To the end/ }) as HTMLButtonElement;
    toEnd.focus();
    fireEvent.click(toEnd);
    expect(toEnd.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Step back' }));
  });

  it('recomputes when the threshold slider moves, and a tiny threshold keeps every step short', async () => {
    const { root } = renderCliff();
    await ready(root);
    const slider = screen.getByLabelText('Clipping threshold θ');
    // Log slider: positions are hundredths of a decade; −100 is θ = 0.1.
    fireEvent.change(slider, { target: { value: '-100' } });
    const p = { ...defaults, threshold: 0.1 };
    expectTable(p, 200);
    expect(value('clipped-largest')).toBeLessThanOrEqual(0.2 + 1e-12);
    expect(cell('bound').textContent).toContain('η·θ = 0.200');
  });

  it('applies a preset and speaks Chinese on Chinese pages', async () => {
    const { root } = renderCliff({}, 'zh');
    await ready(root);
    fireEvent.change(screen.getByLabelText('预设'), { target: { value: 'plateau' } });
    expectTable({ ...defaults, w: 6, b: -4 }, 200);
    expect(screen.getByRole('button', { name: /走一步/ })).toBeTruthy();
    expect(root.getAttribute('aria-label')).toBe(cliffMeta.title.zh);
  });
});
