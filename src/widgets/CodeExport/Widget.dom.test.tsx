// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModel, saveModel } from '../../core/model';
import { createRng } from '../../core/rng';
import { createTask } from '../../core/tasks';
import { createTrainer } from '../../core/train';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { initialWeights } from '../../sim';
import { expectedLoss } from '../../sim/export';
import { LangContext } from '../../ui/LangContext';
import { defaultDataSeed } from '../../sim/config';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { codeExportMeta } from './meta';
import { codeExportConfig, TRAIN_STEPS } from './useCodeExportView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderFigure(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('CodeExport')!} props={{ id: 'CodeExport-1', ...props }} />
    </LangContext.Provider>,
  );
  await screen.findAllByTestId('code-export', {}, { timeout: 10_000 });
  const root = utils.container.querySelector('[data-widget="CodeExport"]') as HTMLElement;
  return root;
}

const defaults = codeExportMeta.props.parse({});
const figureView = () => screen.getAllByTestId('code-export')[0]!;
const program = () => within(figureView()).getByTestId('code-export-program');

/** Downloads as the page makes them: the file name and the text of each. */
function captureDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => `blob:${blobs.push(blob) - 1}`,
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, text: blobs[Number(this.href.slice(5))]!.text() });
  });
  return files;
}

describe('CodeExport', { timeout: 30_000 }, () => {
  it('writes the reader’s settings into the programs, and the loss the engine computes', async () => {
    await renderFigure({ cell: 'gru', hidden: 6, lr: 0.05, optimiser: 'rmsprop', clip: 2 });
    const config = codeExportConfig(
      { ...defaults, cell: 'gru', hidden: 6, lr: 0.05, optimiser: 'rmsprop', clip: 2 },
      en.codeExport.text,
    );
    const loss = expectedLoss({ config, weights: initialWeights(config) });
    expect(Number(figureView().dataset['loss'])).toBe(loss);
    expect(screen.getByTestId('code-export-steps').textContent).toContain(loss.toPrecision(10));
    const ts = program().textContent!;
    const V = config.spec.inputSize;
    expect(ts).toContain(`Model: GRU, input ${V}, hidden 6, output ${V} (softmax), 1 layer.`);
    expect(ts).toContain('Optimiser: rmsprop, learning rate 0.05; clipping: norm 2.');
    expect(ts).toContain('createTask("charCorpus"');
    // PyTorch: the GRU written out, since nn.GRU is a different function.
    fireEvent.click(within(figureView()).getByRole('tab', { name: 'PyTorch' }));
    expect(program().dataset['target']).toBe('pytorch');
    expect(program().textContent).toContain('class GRULayer(torch.nn.Module):');
    // The tabs move with the arrow keys.
    fireEvent.keyDown(within(figureView()).getByRole('tab', { name: 'PyTorch' }), {
      key: 'ArrowLeft',
    });
    expect(program().dataset['target']).toBe('tfjs');
    expect(program().textContent).toContain("import * as tf from '@tensorflow/tfjs';");
  });

  it('trains 50 steps and exports the weights the session holds', async () => {
    const files = captureDownloads();
    await renderFigure({ cell: 'srn', task: 'adding' });
    fireEvent.click(screen.getByTestId('code-export-train'));
    await waitFor(
      () =>
        expect(screen.getByTestId('code-export-steps').textContent).toMatch(
          /^Trained for 50 steps/,
        ),
      { timeout: 20_000 },
    );
    // The engine, trained as the session trains: BPTT on the data stream, batches of 4.
    const config = codeExportConfig(
      { ...defaults, cell: 'srn', task: 'adding' },
      en.codeExport.text,
    );
    const model = createModel(config.spec);
    const weights = initialWeights(config);
    const task = createTask('addingModern', { T: 16 });
    const rng = createRng(defaultDataSeed(config.seed));
    const trainer = createTrainer(model, config.train);
    for (let s = 0; s < TRAIN_STEPS; s++)
      trainer.bpttStep(
        weights,
        Array.from({ length: 4 }, () => task.sample(rng)),
      );
    const loss = expectedLoss({ config, weights });
    await waitFor(() => expect(Number(figureView().dataset['loss'])).toBeCloseTo(loss, 12));
    fireEvent.click(within(figureView()).getByRole('button', { name: /Download the weights/ }));
    fireEvent.click(within(figureView()).getByRole('button', { name: 'Download program.ts' }));
    expect(files.map((f) => f.name)).toEqual(['unrolled-weights.json', 'program.ts']);
    const saved = JSON.parse(await files[0]!.text) as { params: { data: string } };
    expect(saved.params.data).toBe(JSON.parse(saveModel(model, weights)).params.data);
    expect(await files[1]!.text).toContain('// Exported from Unrolled (CodeExport, 50 steps).');
  });

  it('says in Chinese what a target cannot run', async () => {
    await renderFigure({}, 'zh');
    expect(within(figureView()).getByRole('tab', { name: zh.codeExport.typescript })).toBeTruthy();
    const table = screen.getByRole('table', { name: zh.codeExport.tableCaption });
    expect(within(table).getAllByText(zh.codeExport.yes)).toHaveLength(3);
  });
});

describe('the Code tool', { timeout: 30_000 }, () => {
  it('opens the figure’s own model from the toolbar', async () => {
    const root = await renderFigure({ hidden: 5 });
    // The session registers with the host once it is subscribed (an effect after the first paint).
    const tool = await within(root).findByTestId('code-tool');
    expect(tool.textContent).toBe('Code');
    fireEvent.click(tool);
    expect(tool.getAttribute('aria-expanded')).toBe('true');
    const region = await screen.findByRole(
      'region',
      { name: en.codeExport.toolTitle },
      { timeout: 20_000 },
    );
    const view = within(region).getByTestId('code-export');
    expect(view.dataset['loss']).toBe(figureView().dataset['loss']);
    expect(within(view).getByTestId('code-export-program').textContent).toContain('hidden 5');
    expect(within(view).getByTestId('code-export-program').textContent).toContain(
      '(CodeExport, 0 steps)',
    );
    fireEvent.click(tool);
    expect(screen.queryByRole('region', { name: en.codeExport.toolTitle })).toBeNull();
  });

  it('is not offered by a figure that does not train', async () => {
    const { container } = render(
      <LangContext.Provider value="en">
        <WidgetHost widget={findWidget('CodeStepper')!} props={{ id: 'CodeStepper-1' }} />
      </LangContext.Provider>,
    );
    await screen.findByTestId('code-listing', {}, { timeout: 5000 });
    await act(async () => {});
    expect(within(container).getByRole('button', { name: 'Share link' })).toBeTruthy();
    expect(within(container).queryByTestId('code-tool')).toBeNull();
  });
});
