// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
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
    // Having read the model, the panel stops listening: the programs stay as opened.
    expect(listeners.size).toBe(0);
  });
});
