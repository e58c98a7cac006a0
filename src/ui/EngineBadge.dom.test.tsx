// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../i18n';
import { EngineBadge, type EngineBadgeProps } from './EngineBadge';
import { LangContext } from './LangContext';

afterEach(cleanup);

function renderBadge(props: Partial<EngineBadgeProps> = {}, lang: Lang = 'en') {
  const onChange = vi.fn();
  const all: EngineBadgeProps = {
    engine: 'webgl',
    requested: 'webgl',
    reason: null,
    where: 'worker',
    symbolsPerSecond: 1840.4,
    unit: 'chars',
    onChange,
    ...props,
  };
  const { container } = render(
    <LangContext.Provider value={lang}>
      <EngineBadge {...all} />
    </LangContext.Provider>,
  );
  return { container, onChange };
}

describe('EngineBadge', () => {
  it('says what trains and how fast, with the number formatted', () => {
    const { container } = renderBadge();
    expect(container.querySelector('.engine-badge__status')!.textContent).toBe(
      'running on WebGL · 1,840 chars/s (in a background thread)',
    );
    expect(container.querySelector('.engine-badge__reason')).toBeNull();
  });

  it('names the wasm engine, and its scalar build where this browser has no WASM SIMD', () => {
    const simd = renderBadge({ engine: 'simd', requested: 'simd' });
    expect(simd.container.querySelector('.engine-badge__text')!.textContent).toBe(
      'running on WASM SIMD · 1,840 chars/s',
    );
    cleanup();
    const reason = 'this browser has no WebAssembly SIMD: the wasm engine runs its scalar build.';
    const scalar = renderBadge({ engine: 'simd', requested: 'simd', scalar: true, reason }, 'zh');
    expect(scalar.container.querySelector('.engine-badge__text')!.textContent).toMatch(
      /^运行于 WASM（标量版本）/,
    );
    expect(scalar.container.querySelector('.engine-badge__reason')!.textContent).toContain(reason);
  });

  it('shows the fallback reason, and no rate while nothing runs', () => {
    const { container } = renderBadge({
      engine: 'wasm',
      symbolsPerSecond: null,
      where: 'thread',
      reason: 'webgl: WebGL is not available in this environment.',
    });
    expect(container.querySelector('.engine-badge__status')!.textContent).toBe(
      'running on WASM (on the page’s thread)',
    );
    expect(container.querySelector('.engine-badge__reason')!.textContent).toBe(
      'Why: webgl: WebGL is not available in this environment.',
    );
  });

  it('says it is starting before an engine has been picked', () => {
    const { container } = renderBadge({ engine: null, symbolsPerSecond: null });
    expect(container.querySelector('.engine-badge__status')!.textContent).toBe(
      'starting the engine…',
    );
  });

  it('has a labelled select that changes the engine, from the keyboard too', () => {
    const { onChange } = renderBadge();
    const select = screen.getByLabelText('Training engine') as HTMLSelectElement;
    expect(select.value).toBe('webgl');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Auto (fastest here)',
      'Typed arrays',
      'Our WebAssembly SIMD engine (float32)',
      'WebGL (GPU)',
      'WASM',
      'CPU (tfjs)',
    ]);
    fireEvent.change(select, { target: { value: 'core' } });
    expect(onChange).toHaveBeenCalledWith('core');
    fireEvent.change(select, { target: { value: 'auto' } });
    expect(onChange).toHaveBeenLastCalledWith('auto');
  });

  it('disables what cannot run, saying why', () => {
    renderBadge({ unavailable: { webgl: 'the WebGL context was lost on this page' } });
    const webgl = screen.getByRole('option', { name: /^WebGL/ }) as HTMLOptionElement;
    expect(webgl.disabled).toBe(true);
    expect(webgl.textContent).toBe(
      'WebGL (GPU) — unavailable: the WebGL context was lost on this page',
    );
    expect((screen.getByRole('option', { name: 'WASM' }) as HTMLOptionElement).disabled).toBe(
      false,
    );
  });

  it('speaks Chinese', () => {
    const { container } = renderBadge({ engine: 'core', symbolsPerSecond: 12345 }, 'zh');
    expect(container.querySelector('.engine-badge__status')!.textContent).toBe(
      '运行于 类型化数组 · 每秒 12,345 个字符（在后台线程中）',
    );
    expect(screen.getByLabelText('训练引擎')).toBeTruthy();
  });
});
