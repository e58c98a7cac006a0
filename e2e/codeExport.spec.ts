import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { loadModel } from '../src/core/model';
import { meanLoss } from '../src/sim/export/exportInput';
import { expect, openInChapter, openMoreSettings, overflowingElements, test } from './fixtures';

/** The text of a file the page gave for download. */
async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await (download as Download).path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

const program = (view: Locator) => view.getByTestId('code-export-program');

const NAMES = {
  en: {
    typescript: 'TypeScript (this site’s engine)',
    pytorch: 'PyTorch',
    hidden: 'Hidden units',
    weights: /Download the weights/,
  },
  zh: {
    typescript: 'TypeScript（本站引擎）',
    pytorch: 'PyTorch',
    hidden: '隐藏单元数',
    weights: /下载权重/,
  },
};

for (const lang of ['en', 'zh'] as const) {
  test(`CodeExport writes the reader's settings into the programs and downloads them (${lang})`, async ({
    page,
  }) => {
    const widget = await openInChapter(page, 'CodeExport', lang, '05-implementation');
    const view = widget.getByTestId('code-export').first();
    // The reader picks a GRU: every program says so; PyTorch writes the cell out.
    await widget.getByRole('radio', { name: 'GRU' }).check();
    await expect(program(view)).toContainText('// Model: GRU, input');
    await openMoreSettings(widget);
    const hidden = widget.getByRole('slider', { name: NAMES[lang].hidden });
    await hidden.focus();
    await page.keyboard.press('ArrowRight');
    await expect(program(view)).toContainText('hidden 9');
    await view.getByRole('tab', { name: NAMES[lang].pytorch }).click();
    await expect(program(view)).toContainText('class GRULayer(torch.nn.Module):');
    await expect(program(view)).toContainText(
      '# Optimiser: adam, learning rate 0.01; clipping: norm 1.',
    );
    const py = await downloaded(page, () =>
      view.getByRole('button', { name: /program\.py/ }).click(),
    );
    expect(py.name).toBe('program.py');
    expect(py.text).toContain('hidden 9');
    const weights = await downloaded(page, () =>
      view.getByRole('button', { name: NAMES[lang].weights }).click(),
    );
    expect(weights.name).toBe('unrolled-weights.json');
    const saved = loadModel(weights.text);
    expect(saved.model.spec.cell.kind).toBe('gru');
    expect(saved.model.spec.hiddenSize).toBe(9);
    // At 320 px the programs scroll in their own box; nothing pushes the page sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await overflowingElements(widget)).toEqual([]);
  });
}

test('the Code tool on CharRNN exports the weights its session holds', async ({ page }) => {
  const widget = await openInChapter(page, 'CharRNN', 'en');
  // The shipped model arrives after the figure is ready; both downloads are of those weights
  // (a download before it came would rightly hold the seed's, and the two would differ).
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await widget.getByTestId('code-tool').click();
  const view = widget
    .getByRole('region', { name: 'This figure’s model as a program' })
    .getByTestId('code-export');
  await expect(program(view)).toContainText('// Exported from Unrolled (CharRNN');
  await expect(program(view)).toContainText('createTask("charCorpus"');
  const fromTool = await downloaded(page, () =>
    view.getByRole('button', { name: /Download the weights/ }).click(),
  );
  // CharRNN's own download of its weights (under More settings): the same model, bit for bit.
  await openMoreSettings(widget);
  const own = await downloaded(page, () =>
    widget.getByRole('button', { name: 'Download weights', exact: true }).click(),
  );
  const a = JSON.parse(fromTool.text) as { spec: unknown; params: { data: string } };
  const b = JSON.parse(own.text) as { spec: unknown; params: { data: string } };
  expect(a.spec).toEqual(b.spec);
  expect(a.params.data).toBe(b.params.data);
  // The loss the programs print is the engine's for those weights on the batch they embed.
  await view.getByRole('tab', { name: 'TensorFlow.js' }).click();
  const batchLine = /^const BATCH = (.*);$/m.exec((await program(view).textContent()) ?? '');
  const batch = JSON.parse(batchLine![1]!) as {
    oneHot: boolean;
    inputs: number[][];
    targets: number[][];
  };
  expect(batch.oneHot).toBe(true);
  const { model, params } = loadModel(fromTool.text);
  const V = model.spec.inputSize;
  const samples = batch.inputs.map((xs, n) => ({
    inputs: xs.map((x) => Float64Array.from({ length: V }, (_, k) => (k === x ? 1 : 0))),
    targets: batch.targets[n]!,
  }));
  expect(Number(await view.getAttribute('data-loss'))).toBeCloseTo(
    meanLoss(model, params, samples),
    10,
  );
});
