// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { charModelSpec, OTHER_SYMBOL, readSymbols } from '../../core/charModel';
import { createModel, initParams } from '../../core/model';
import { LangContext } from '../../ui/LangContext';
import { SampleSettings } from './SampleSettings';
import { SampleText } from './SampleText';
import { StatePanel } from './StatePanel';

afterEach(cleanup);

// A model whose vocabulary has the "other" symbol, with a large bias on it so that it is the
// most likely prediction: the places a reader sees symbols must name it, never print U+FFFD.
const symbols = ['a', '猫', OTHER_SYMBOL];
const model = createModel(charModelSpec('gru', 4, 1, symbols.length));
const params = initParams(model, 1);
params[model.layout.size - 1] = 5; // head bias of the last output: the "other" symbol
const probe = [0, 2, 1, 2];
const steps = readSymbols(model, params, probe).steps;
const noop = () => {};

describe.each([
  ['en', '⟨other⟩'],
  ['zh', '⟨其他⟩'],
] as const)('the "other" symbol in %s', (lang, placeholder) => {
  it('is named in the sample, the seed and its hint, never shown as U+FFFD', () => {
    const { container } = render(
      <LangContext.Provider value={lang}>
        <SampleText
          temperature={1}
          seedShown={`a${OTHER_SYMBOL}`}
          sample={`猫${OTHER_SYMBOL}a${OTHER_SYMBOL}`}
          onResample={noop}
        />
        <SampleSettings
          props={{ temperature: 1, seedText: '', sampleLength: 20 }}
          firstSymbol={OTHER_SYMBOL}
          unknownInSeed={0}
          setProps={noop}
        />
      </LangContext.Provider>,
    );
    expect(container.textContent).not.toContain('\uFFFD');
    expect(container.querySelector('[data-testid="sample"]')!.textContent).toBe(
      `猫${placeholder}a${placeholder}`,
    );
  });

  it('is named in the hidden-state readout, the heatmap and the predictions', () => {
    const { container } = render(
      <LangContext.Provider value={lang}>
        <StatePanel
          probe=""
          probeSymbols={probe.map((i) => symbols[i]!)}
          steps={steps}
          unknown={0}
          layers={1}
          layer={0}
          symbols={symbols}
          focus={{ t: 3, unit: 0 }}
          onProbe={noop}
          onLayer={noop}
          onFocus={noop}
        />
      </LangContext.Provider>,
    );
    expect(container.textContent).not.toContain('\uFFFD');
    expect(container.querySelector('[data-testid="focus-readout"]')!.textContent).toContain(
      `“${placeholder}”`,
    );
    const top = container.querySelector('[data-testid="predictions"] th')!.textContent;
    expect(top).toBe(`“${placeholder}”`);
  });
});
