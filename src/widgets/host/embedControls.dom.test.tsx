// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { findWidget } from '../list';
import { WidgetHost } from './WidgetHost';

afterEach(cleanup);

async function renderEmbed(
  params: Record<string, string>,
  hide: string[],
  lock: string[],
  lang: 'en' | 'zh' = 'en',
) {
  const { container } = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('PhasedGate')!}
        params={params}
        controls={{ hide, lock }}
        embedded
      />
    </LangContext.Provider>,
  );
  const root = container.querySelector('[data-widget="PhasedGate"]') as HTMLElement;
  await screen.findAllByRole('slider', {}, { timeout: 10_000 });
  await act(async () => {});
  return root;
}

const slider = (name: RegExp) => screen.queryByRole('slider', { name });

describe('an embed’s hide= and lock=', { timeout: 30_000 }, () => {
  it('hides a named control, shows a locked one disabled at the URL’s value, leaves the rest', async () => {
    await renderEmbed({ period: '12' }, ['openRatio'], ['period']);
    expect(slider(/Open ratio/)).toBeNull();
    const period = slider(/Period τ/) as HTMLInputElement;
    expect(period.disabled).toBe(true);
    expect(period.value).toBe('12');
    const shift = slider(/Shift ψ/) as HTMLInputElement | null;
    // Under More settings but mounted, and free.
    expect(shift).not.toBeNull();
    expect(shift!.disabled).toBe(false);
  });

  it('keeps a locked value through Reset', async () => {
    await renderEmbed({ period: '12' }, [], ['period']);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await act(async () => {});
    expect((slider(/Period τ/) as HTMLInputElement).value).toBe('12');
  });

  it('says in place which hide/lock names the figure does not have, and works on', async () => {
    const root = await renderEmbed({}, ['nope', 'period'], ['<b>x</b>']);
    const issues = root.querySelector('.widget__issues')!.textContent!;
    expect(issues).toContain('Ignored “hide=nope”');
    expect(issues).toContain('Ignored “lock=<b>x</b>”');
    expect(issues).toContain('period, shift, openRatio, leak');
    // The markup stays text.
    expect(root.querySelector('.widget__issues b')).toBeNull();
    expect(slider(/Period τ/)).toBeNull();
    expect((slider(/Open ratio/) as HTMLInputElement).disabled).toBe(false);
  });

  it('says it in Chinese on a Chinese embed', async () => {
    const root = await renderEmbed({}, ['nope'], [], 'zh');
    const issues = root.querySelector('.widget__issues')!.textContent!;
    expect(issues).toContain('已忽略“hide=nope”');
    expect(issues).toContain('它的设置有：period、shift、openRatio、leak。');
  });
});
