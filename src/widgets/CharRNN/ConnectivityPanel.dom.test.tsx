// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { charModelSpec, OTHER_SYMBOL } from '../../core/charModel';
import { connectivity, recentShare } from '../../core/diagnostics';
import { createModel, initParams } from '../../core/model';
import type { Lang } from '../../i18n';
import { LangContext } from '../../ui/LangContext';
import { ConnectivityPanel } from './ConnectivityPanel';

afterEach(cleanup);

const symbols = ['a', 'b', ' ', OTHER_SYMBOL];
const model = createModel(charModelSpec('srn', 6, 1, symbols.length));
const params = initParams(model, 3).map((v) => 2 * v);
const indices = [0, 1, 2, 3, 0, 0, 1, 2, 1, 0, 3, 1];
const read = indices.map((i) => symbols[i]!);

/** The panel with its t in state, computing C(t, ·) with the core engine as the job would. */
function Harness({ lang }: { lang: Lang }) {
  const [t, setT] = useState(indices.length - 1);
  return (
    <LangContext.Provider value={lang}>
      <ConnectivityPanel
        symbols={read}
        t={t}
        setT={setT}
        norms={Array.from(connectivity(model, params, indices, t))}
        progress={null}
        held={false}
        error={null}
        training={false}
        otherLabel={lang === 'en' ? '⟨other⟩' : '⟨其他⟩'}
      />
    </LangContext.Provider>
  );
}

const cellValues = () =>
  Array.from(document.querySelectorAll('rect.connectivity-strip__cell')).map((r) =>
    r.hasAttribute('data-value') ? Number(r.getAttribute('data-value')) : null,
  );

describe('ConnectivityPanel', () => {
  it('colours each character by the engine’s C(t, k) and says how far back half of it reaches', () => {
    render(<Harness lang="en" />);
    const t = indices.length - 1;
    const norms = connectivity(model, params, indices, t);
    expect(cellValues()).toEqual(Array.from(norms));
    const readout = screen.getByTestId('connectivity-readout').textContent!;
    expect(readout).toContain(`(position ${t})`);
    expect(readout).toContain(
      `half of the influence comes from the last ${recentShare(norms, t)} `,
    );
    expect(readout).toContain(`90% from the last ${recentShare(norms, t, 0.9)}.`);
    expect(screen.getByTestId('connectivity-numbers').querySelectorAll('tbody tr')).toHaveLength(8);
  });

  it('moves t with the arrow keys, Home and End, and with a click', () => {
    render(<Harness lang="en" />);
    const strip = screen.getByTestId('connectivity-strip');
    const at = () => Number(strip.dataset['t']);
    expect(at()).toBe(11);
    fireEvent.keyDown(strip, { key: 'ArrowLeft' });
    expect(at()).toBe(10);
    expect(cellValues().slice(11)).toEqual([null]);
    fireEvent.keyDown(strip, { key: 'Home' });
    expect(at()).toBe(0);
    fireEvent.keyDown(strip, { key: 'ArrowLeft' });
    expect(at()).toBe(0);
    fireEvent.keyDown(strip, { key: 'End' });
    expect(at()).toBe(11);
    fireEvent.click(document.querySelectorAll('rect.connectivity-strip__cell')[4]!);
    expect(at()).toBe(4);
    expect(cellValues()).toEqual([
      ...Array.from(connectivity(model, params, indices, 4).slice(0, 5)),
      ...Array<null>(7).fill(null),
    ]);
  });

  it('names the "other" symbol and never shows U+FFFD, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { container, unmount } = render(<Harness lang={lang} />);
      expect(container.textContent).not.toContain('\uFFFD');
      expect(container.textContent).toContain(lang === 'en' ? '⟨other⟩' : '⟨其他⟩');
      unmount();
    }
  });
});
