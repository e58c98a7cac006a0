// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobReason } from '../../sim/jobs';
import type { JobPhase, JobRunControls } from '../jobPhase';
import { LangContext } from '../LangContext';
import { JobRunBar } from './JobRunBar';

afterEach(cleanup);

/** A stand-in job: toggle and stop move the phase as useJobRun's would. */
function Bar({ start = 'idle', reason = null }: { start?: JobPhase; reason?: JobReason | null }) {
  const [phase, setPhase] = useState<JobPhase>(start);
  const running = phase === 'running' || phase === 'held';
  const run: JobRunControls = {
    phase,
    reason,
    error: phase === 'error' ? 'out of memory' : null,
    running,
    stoppable: running || phase === 'paused',
    toggle: () => setPhase(running ? 'paused' : 'running'),
    stop: () => setPhase('stopped'),
  };
  return (
    <JobRunBar
      run={run}
      label="Train both cells"
      idle="Press “Train”: 8 runs."
      values={{ done: 3, total: 8 }}
      testId="progress"
    />
  );
}

const status = () => screen.getByTestId('progress');

describe('JobRunBar', () => {
  it('says a held run waits, and why, while the button still offers Pause', () => {
    render(<Bar start="held" reason="hidden-tab" />);
    expect(status().textContent).toBe('3 of 8 runs done; waiting while the tab is hidden.');
    expect(status().dataset['phase']).toBe('held');
    const button = screen.getByRole('button', { name: /Pause/ });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    cleanup();
    render(<Bar start="held" reason="offscreen" />);
    expect(status().textContent).toBe('3 of 8 runs done; waiting while the figure is off screen.');
  });

  it('runs, pauses, resumes and stops from the keyboard; Stop hands focus to the run button', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    expect(status().textContent).toBe('Press “Train”: 8 runs.');
    const stop = screen.getByRole('button', { name: /Stop/ }) as HTMLButtonElement;
    expect(stop.disabled).toBe(true);
    await user.tab();
    expect(document.activeElement!.textContent).toBe('▶ Train both cells');
    await user.keyboard('{Enter}');
    expect(status().textContent).toBe('3 of 8 runs done…');
    await user.keyboard(' ');
    expect(status().textContent).toBe('Paused after 3 of 8 runs.');
    expect(document.activeElement!.textContent).toBe('▶ Resume');
    await user.tab();
    expect(document.activeElement).toBe(stop);
    await user.keyboard('{Enter}');
    expect(status().textContent).toBe('Stopped after 3 of 8 runs.');
    expect(stop.disabled).toBe(true);
    expect(document.activeElement!.textContent).toBe('▶ Train both cells');
  });

  it('says what failed, offers "Run again" once done, and speaks Chinese', () => {
    render(<Bar start="error" />);
    expect(status().textContent).toBe(
      'The experiment stopped: out of memory. Your settings are kept; run it again.',
    );
    cleanup();
    render(<Bar start="done" />);
    expect(status().textContent).toBe('All 8 runs done.');
    expect(screen.getByRole('button', { name: /Run again/ })).toBeTruthy();
    cleanup();
    render(
      <LangContext.Provider value="zh">
        <Bar start="paused" reason="preempted" />
      </LangContext.Provider>,
    );
    expect(status().textContent).toBe(
      '已暂停：完成了 3 / 8 次（另一个图示开始运行了）。按“继续”接着运行。',
    );
    expect(screen.getByRole('button', { name: /继续/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /停止/ })).toBeTruthy();
  });
});
