// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../LangContext';
import { StepControls } from './StepControls';

afterEach(cleanup);

function Stepper({ count = 4, start = 0 }: { count?: number; start?: number }) {
  const [t, setT] = useState(start);
  return <StepControls t={t} count={count} onStep={setT} />;
}

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('StepControls', () => {
  it('steps with ⇤ ◀ ▶ ⇥, says where it is, and disables the ends', () => {
    render(<Stepper />);
    expect(screen.getByTestId('position').textContent).toBe('Step t = 0 of 3');
    expect(button(/Back to t = 0/).disabled).toBe(true);
    expect(button(/Step back/).disabled).toBe(true);
    fireEvent.click(button(/Step forward/));
    fireEvent.click(button(/Step forward/));
    expect(screen.getByTestId('position').textContent).toBe('Step t = 2 of 3');
    fireEvent.click(button(/Step back/));
    expect(screen.getByTestId('position').textContent).toBe('Step t = 1 of 3');
    fireEvent.click(button(/Last step/));
    expect(screen.getByTestId('position').textContent).toBe('Step t = 3 of 3');
    expect(button(/Step forward/).disabled).toBe(true);
    expect(button(/Last step/).disabled).toBe(true);
    fireEvent.click(button(/Back to t = 0/));
    expect(screen.getByTestId('position').textContent).toBe('Step t = 0 of 3');
  });

  it('answers Home, ←, → and End when the group has focus', () => {
    render(<Stepper />);
    const group = screen.getByRole('group', { name: 'Time steps' });
    button(/Step forward/).focus();
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(screen.getByTestId('position').textContent).toBe('Step t = 2 of 3');
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(screen.getByTestId('position').textContent).toBe('Step t = 1 of 3');
    fireEvent.keyDown(group, { key: 'End' });
    expect(screen.getByTestId('position').textContent).toBe('Step t = 3 of 3');
    fireEvent.keyDown(group, { key: 'Home' });
    expect(screen.getByTestId('position').textContent).toBe('Step t = 0 of 3');
  });

  it('hands focus on when the pressed button disables itself, instead of dropping it', () => {
    render(<Stepper />);
    const last = button(/Last step/);
    last.focus();
    fireEvent.click(last);
    expect(last.disabled).toBe(true);
    expect(document.activeElement).toBe(button(/Step back/));
    const first = button(/Back to t = 0/);
    first.focus();
    fireEvent.click(first);
    expect(document.activeElement).toBe(button(/Step forward/));
    // End by keyboard from ▶: focus lands on ◀, the nearest enabled button.
    fireEvent.keyDown(screen.getByRole('group'), { key: 'End' });
    expect(document.activeElement).toBe(button(/Step back/));
  });

  it('takes a widget’s own position text and speaks Chinese', () => {
    render(
      <LangContext.Provider value="zh">
        <StepControls t={1} count={3} onStep={() => {}} position="读到 “b”" positionTestId="pos" />
      </LangContext.Provider>,
    );
    expect(screen.getByTestId('pos').textContent).toBe('读到 “b”');
    expect(screen.getByRole('button', { name: /前进一步/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: '时间步' })).toBeTruthy();
  });

  it('takes a figure’s own button words and group name, keeping the glyphs', () => {
    render(
      <StepControls
        t={0}
        count={3}
        onStep={() => {}}
        labels={{ forward: 'Forward step', last: 'Run to the end' }}
        groupLabel="Forward and backward steps"
      />,
    );
    const group = screen.getByRole('group', { name: 'Forward and backward steps' });
    expect(group.textContent).toContain('Forward step ▶');
    expect(screen.getByRole('button', { name: 'Run to the end' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step back' })).toBeTruthy();
  });
});
