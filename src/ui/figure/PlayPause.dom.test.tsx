// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../LangContext';
import { PlayPause } from './PlayPause';

afterEach(cleanup);

function Player() {
  const [running, setRunning] = useState(false);
  return <PlayPause running={running} onToggle={setRunning} playLabel="Play: read it" />;
}

describe('PlayPause', () => {
  it('is one button whose words, glyph, pressed state and status follow the running state', () => {
    render(<Player />);
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('▶ Play: read it');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Paused');
    fireEvent.click(button);
    expect(button.textContent).toBe('‖ Pause');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Running');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('speaks Chinese and shows a widget’s own status', () => {
    render(
      <LangContext.Provider value="zh">
        <PlayPause running onToggle={() => {}} status="第 3 步" />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('button').textContent).toBe('‖ 暂停');
    expect(screen.getByRole('status').textContent).toBe('第 3 步');
  });
});
