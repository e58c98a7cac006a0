// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../LangContext';
import { SeedButton } from './SeedButton';

afterEach(cleanup);

describe('SeedButton', () => {
  it('shows the seed in use and asks for the next one, wrapping 9999 to 1', () => {
    const onSeed = vi.fn();
    const { rerender } = render(<SeedButton seed={41} onSeed={onSeed} />);
    fireEvent.click(screen.getByRole('button', { name: 'New random weights (seed 41)' }));
    expect(onSeed).toHaveBeenLastCalledWith(42);
    rerender(<SeedButton seed={9999} onSeed={onSeed} />);
    fireEvent.click(screen.getByRole('button', { name: /seed 9999/ }));
    expect(onSeed).toHaveBeenLastCalledWith(1);
  });

  it('speaks Chinese', () => {
    render(
      <LangContext.Provider value="zh">
        <SeedButton seed={3} onSeed={() => {}} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('button').textContent).toBe('换一组随机权重（种子 3）');
  });
});
