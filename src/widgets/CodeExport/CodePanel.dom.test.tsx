// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { initialWeights } from '../../sim';
import { LangContext } from '../../ui/LangContext';
import { compose } from '../Playground/compose';
import { playgroundMeta } from '../Playground/meta';
import type { ExportSnapshot, ExportSource } from '../training/exportSources';
import CodePanel from './CodePanel';

afterEach(cleanup);

describe('the Code panel', () => {
  it('opened before the figure has a model, shows the programs once the model exists', () => {
    const composed = compose(playgroundMeta.props.parse({ hidden: 3, task: 'latch' }));
    if (!composed.ok) throw new Error('refused');
    let snapshot: ExportSnapshot | null = null;
    const listeners = new Set<() => void>();
    const source: ExportSource = {
      read: () => snapshot,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
    render(
      <LangContext.Provider value="en">
        <CodePanel id="code" sources={[source]} figure="Test" />
      </LangContext.Provider>,
    );
    expect(screen.getByText(en.codeExport.nothing)).toBeTruthy();
    expect(listeners.size).toBe(1);
    const config = composed.config;
    snapshot = { config, weights: initialWeights(config), step: 0 };
    act(() => {
      for (const listener of [...listeners]) listener();
    });
    expect(screen.queryByText(en.codeExport.nothing)).toBeNull();
    expect(screen.getByTestId('code-export-program').textContent).toContain(
      '// Exported from Unrolled (Test, 0 steps',
    );
    // The programs stay as read; a report that changes nothing leaves them unmarked.
    const notify = () =>
      act(() => {
        for (const listener of [...listeners]) listener();
      });
    snapshot = { config, weights: initialWeights(config), step: 0 };
    notify();
    expect(screen.queryByTestId('code-export-stale')).toBeNull();
    // The figure trains on: the panel says its programs are of step 0 and offers a fresh export.
    const trained = initialWeights(config).map((w) => w + 0.5);
    snapshot = { config, weights: trained, step: 7 };
    notify();
    expect(screen.getByTestId('code-export-stale').textContent).toContain(
      'These programs hold the model as it was at step 0; the figure has changed since.',
    );
    expect(screen.getByTestId('code-export-program').textContent).toContain('(Test, 0 steps');
    // Marked stale, it stops reading the figure at every report.
    expect(listeners.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: en.codeExport.exportAgain }));
    expect(screen.queryByTestId('code-export-stale')).toBeNull();
    expect(screen.getByTestId('code-export-program').textContent).toContain('(Test, 7 steps');
    expect(listeners.size).toBe(1);
    // New weights at the same step (a file loaded) count as a change too.
    snapshot = { config, weights: initialWeights(config), step: 7 };
    notify();
    expect(screen.getByTestId('code-export-stale')).toBeTruthy();
  });

  it('says in Chinese that the figure changed since the export', () => {
    const composed = compose(playgroundMeta.props.parse({ hidden: 3, task: 'latch' }));
    if (!composed.ok) throw new Error('refused');
    const config = composed.config;
    let snapshot: ExportSnapshot = { config, weights: initialWeights(config), step: 3 };
    let notify = () => {};
    const source: ExportSource = {
      read: () => snapshot,
      subscribe: (listener) => {
        notify = listener;
        return () => undefined;
      },
    };
    render(
      <LangContext.Provider value="zh">
        <CodePanel id="code" sources={[source]} figure="Test" />
      </LangContext.Provider>,
    );
    snapshot = { ...snapshot, step: 4 };
    act(() => notify());
    expect(screen.getByTestId('code-export-stale').textContent).toBe(
      '这些程序里的模型停在第 3 步；此后这张图又有了变化。 按现在的模型重新导出',
    );
  });
});
