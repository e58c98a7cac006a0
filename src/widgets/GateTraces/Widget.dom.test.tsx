// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { gateTrace, gateTraceSpec } from '../../core/experiments';
import { createModel, initParams } from '../../core/model';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { SHOWN_STREAM } from './training';

afterEach(cleanup);

function renderTraces(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('GateTraces')!} props={{ id: 'GateTraces-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="GateTraces"]') as HTMLElement;
  return { ...utils, root };
}

const mapValues = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('rect[data-value]')].map((r) =>
    Number(r.getAttribute('data-value')),
  );

describe('GateTraces', () => {
  it('shows the untrained network’s gates as the core traces them, then trains on Train and pauses', async () => {
    const { root } = renderTraces({ hidden: 3 });
    const status = await screen.findByTestId('training-status', {}, { timeout: 10_000 });
    await act(async () => {});
    expect(root.dataset['status']).toBe('ready');
    expect(status.textContent).toContain('Not trained yet');
    const model = createModel(gateTraceSpec(3, 1));
    const expected = gateTrace(model, initParams(model, 1), SHOWN_STREAM);
    expect(mapValues('map-f')).toEqual(expected.f.flat());
    expect(mapValues('map-c')).toEqual(expected.c.flat());
    expect(screen.getByTestId('map-i').querySelectorAll('.gate-heatmap__marks text')).toHaveLength(
      SHOWN_STREAM.keys.length,
    );

    fireEvent.click(screen.getByRole('button', { name: /Train/ }));
    await waitFor(() => expect(Number(status.dataset['step'])).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    await waitFor(() => expect(mapValues('map-f')).not.toEqual(expected.f.flat()), {
      timeout: 20_000,
    });
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await waitFor(() => expect(status.textContent).toMatch(/Paused at update \d+ of 1500/), {
      timeout: 10_000,
    });
    const held = Number(status.dataset['step']);
    await new Promise((r) => setTimeout(r, 300));
    expect(Number(status.dataset['step'])).toBe(held);
  }, 60_000);

  it('speaks Chinese on Chinese pages', async () => {
    renderTraces({}, 'zh');
    const status = await screen.findByTestId('training-status', {}, { timeout: 10_000 });
    expect(status.textContent).toContain('还没有训练');
    expect(screen.getByText('遗忘门 f')).toBeTruthy();
    expect(screen.getByRole('button', { name: /训练/ })).toBeTruthy();
  });
});
