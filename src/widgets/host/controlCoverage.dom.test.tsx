// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { widgetList } from '../list';
import { WidgetHost } from './WidgetHost';

afterEach(cleanup);

/** The props of a widget that a mounted control sets (every control, More settings included). */
async function controlledKeys(index: number): Promise<Set<string>> {
  const entry = widgetList[index]!;
  const seen = new Set<string>();
  const { container } = render(
    <LangContext.Provider value="en">
      <WidgetHost
        widget={entry}
        embedded
        controls={{ hide: [], lock: [], onControl: (key) => seen.add(key) }}
      />
    </LangContext.Provider>,
  );
  const root = container.querySelector(`[data-widget="${entry.info.name}"]`) as HTMLElement;
  for (let i = 0; i < 200 && root.dataset['status'] === 'loading'; i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  await act(async () => {});
  return seen;
}

describe('hide= and lock= reach every setting', { timeout: 120_000 }, () => {
  it.each(widgetList.map((entry, i) => [entry.info.name, i] as const))(
    '%s: every prop of its schema has a control that honours them',
    async (_name, index) => {
      const meta = await widgetList[index]!.loadMeta();
      const seen = await controlledKeys(index);
      const missing = Object.keys(meta.props.shape).filter((key) => !seen.has(key));
      expect(missing).toEqual([]);
    },
  );
});
