// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../LangContext';
import { MoreSettings } from './MoreSettings';

afterEach(cleanup);

describe('MoreSettings', () => {
  it('starts closed, opens from its summary, and stays open while the figure re-renders', () => {
    const view = (n: number) => (
      <MoreSettings>
        <label>
          Seed <input defaultValue={n} />
        </label>
      </MoreSettings>
    );
    const { rerender } = render(view(1));
    const details = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(screen.getByText('More settings').tagName).toBe('SUMMARY');
    // The controls exist while closed (prerendered, and a share link can restore them).
    expect(screen.getByLabelText('Seed')).toBeTruthy();
    details.open = true;
    fireEvent(details, new Event('toggle'));
    rerender(view(2));
    expect(details.open).toBe(true);
    details.open = false;
    fireEvent(details, new Event('toggle'));
    rerender(view(3));
    expect(details.open).toBe(false);
  });

  it('says 更多设置 in Chinese', () => {
    render(
      <LangContext.Provider value="zh">
        <MoreSettings>x</MoreSettings>
      </LangContext.Provider>,
    );
    expect(screen.getByText('更多设置').tagName).toBe('SUMMARY');
  });
});
