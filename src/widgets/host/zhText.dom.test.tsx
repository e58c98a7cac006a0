// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageScheduler } from '../../sim';
import { LangContext } from '../../ui/LangContext';
import { englishWords } from '../../ui/testing/englishWords';
import { widgetList } from '../list';
import { WidgetHost } from './WidgetHost';

afterEach(cleanup);
beforeAll(() => pageScheduler.setPageVisible(false));
afterAll(() => pageScheduler.setPageVisible(true));

/** What a Chinese reader may see in Latin letters: code, math, keys and the reader's own text. */
const NOT_PROSE =
  'code, pre, kbd, samp, .katex, math, script, style, textarea, bdi, [data-reader-text]';

/**
 * Words a figure shows in Latin letters on purpose, by figure: data a reader looks at (the
 * translation example's English sentence, the corpus names), not interface text.
 */
const DATA: Readonly<Record<string, readonly string[]>> = {
  SequenceShapes: ['love', 'cats'],
  // The test sequence of the a/b counting language, and the task's parameter by its name.
  GateTraces: ['baaaabbbb', 'babbbbab', 'abbba'],
  AlgorithmRace: ['lag'],
  // A paper's sentence quoted in the original, with its translation beside it.
  Variants: [
    'none',
    'the',
    'variants',
    'can',
    'improve',
    'upon',
    'standard',
    'architecture',
    'significantly',
    'and',
    'demonstrate',
    'forget',
    'gate',
    'output',
    'activation',
    'function',
    'its',
    'most',
    'critical',
    'components',
  ],
};

/** Every visible English word of `root`: text, the options of its selects, labels for assistive tech. */
function englishIn(root: HTMLElement, allowed: readonly string[]): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    const words = englishWords(text).filter((w) => !allowed.includes(w));
    if (words.length) found.push(`${where}: ${text.trim().slice(0, 120)}`);
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(NOT_PROSE) || el.closest('[hidden]')) continue;
    check(n.textContent ?? '', el.tagName.toLowerCase());
  }
  for (const el of root.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
    if (el.closest(NOT_PROSE)) continue;
    for (const name of ['aria-label', 'title', 'placeholder'])
      check(el.getAttribute(name) ?? '', `@${name}`);
  }
  return found;
}

async function mountInChinese(index: number, params: Record<string, string>) {
  const entry = widgetList[index]!;
  const { container } = render(
    <LangContext.Provider value="zh">
      <WidgetHost widget={entry} params={params} embedded />
    </LangContext.Provider>,
  );
  const root = container.querySelector(`[data-widget="${entry.info.name}"]`) as HTMLElement;
  for (let i = 0; i < 400 && root.dataset['status'] === 'loading'; i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  await act(async () => {});
  // Every disclosure open: "More settings" and the rest are read too.
  for (const d of container.querySelectorAll('details')) d.open = true;
  return container;
}

describe('a figure on a Chinese page shows no English sentence', { timeout: 120_000 }, () => {
  it.each(widgetList.map((entry, i) => [entry.info.name, i] as const))(
    '%s',
    async (name, index) => {
      const container = await mountInChinese(index, {});
      expect(englishIn(container, DATA[name] ?? [])).toEqual([]);
    },
  );

  it('a refused link value is reported in Chinese', async () => {
    const index = widgetList.findIndex((e) => e.info.name === 'RecurrenceStepper');
    const container = await mountInChinese(index, { word: '', uScale: 'NaN', nonsense: 'x' });
    expect(englishIn(container, [])).toEqual([]);
  });
});
