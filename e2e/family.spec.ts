import type { Locator, Page } from '@playwright/test';
import { createModel } from '../src/core/model';
import { familyMeta } from '../src/widgets/Family/meta';
import { MEMBERS, memberSpec, type Member } from '../src/widgets/Family/members';
import { runMember } from '../src/widgets/Family/step';
import { expect, openInChapter, test } from './fixtures';

const defaults = familyMeta.props.parse({});
const sizes = {
  inputSize: defaults.inputSize,
  hiddenSize: defaults.hiddenSize,
  outputSize: defaults.outputSize,
  layers: defaults.layers,
  peepholes: defaults.peepholes,
};

async function openFamily(page: Page, query = '') {
  await page.goto(`/embed.html?widget=Family${query}`);
  const widget = page.locator('[data-widget="Family"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

/**
 * The values table, full precision, by node id (from its data-values), after checking that each
 * row shows those numbers to three decimals.
 */
async function shownValues(widget: Locator): Promise<Record<string, number[]>> {
  const table = widget.getByTestId('values-table');
  const values = JSON.parse((await table.getAttribute('data-values'))!) as Record<string, number[]>;
  const shown = await table.locator('tbody tr td:last-child').allTextContents();
  expect(shown).toEqual(
    Object.values(values).map((v) => v.map((x) => x.toFixed(3).replace('-', '−')).join(', ')),
  );
  return values;
}

async function openMoreSettings(widget: Locator) {
  await widget.getByTestId('more-settings').locator('summary').click();
}

/**
 * Shown values equal the engine's in Node to 1e-12 (Chromium's and Node's V8 may differ in the
 * last bit of Math.exp and Math.tanh).
 */
function expectSameValues(shown: Record<string, number[]>, expected: Record<string, number[]>) {
  expect(Object.keys(shown).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, values] of Object.entries(expected)) {
    expect(shown[id], id).toHaveLength(values.length);
    values.forEach((v, i) => expect(shown[id]![i], `${id}[${i}]`).toBeCloseTo(v, 12));
  }
}

function expectedValues(member: Member, t: number, s = sizes) {
  const run = runMember(memberSpec(member, s, defaults.seed), defaults.seed);
  return Object.fromEntries([...run.steps[t]!].map(([k, v]) => [k, Array.from(v)]));
}

test('every member’s diagram renders with the core engine’s parameter count', async ({ page }) => {
  const widget = await openFamily(page);
  for (const member of MEMBERS) {
    const name = {
      srn: 'SRN (Elman)',
      jordan: 'Jordan',
      bidirectional: 'Bidirectional',
      deep: 'Deep',
      esn: 'Echo state',
      gru: 'GRU',
      lstm: 'LSTM',
      cwrnn: 'Clockwork',
    }[member];
    await widget.getByRole('radio', { name }).check();
    await expect(widget.getByTestId('diagram')).toHaveAttribute('data-member', member);
    const spec = memberSpec(member, sizes, defaults.seed);
    const expected =
      spec.kind === 'model'
        ? createModel(spec.spec).layout.size
        : spec.config.outputSize * (1 + spec.config.inputSize + spec.config.reservoirSize);
    if (member !== 'cwrnn')
      await expect(widget.getByTestId('param-count')).toHaveText(`Trained parameters: ${expected}`);
    else
      await expect(widget.getByTestId('param-count')).toHaveAttribute(
        'data-layout',
        String(expected),
      );
    const nodes = widget.locator('g.family-node');
    expect(await nodes.count()).toBeGreaterThanOrEqual(4);
    expect(await widget.locator('path.family-edge').count()).toBeGreaterThanOrEqual(3);
    expectSameValues(await shownValues(widget), expectedValues(member, 0));
  }
});

test('sizes change the count live, as createModel counts it', async ({ page }) => {
  const widget = await openFamily(page, '&member=lstm');
  await openMoreSettings(widget);
  const hidden = widget.getByLabel('Hidden size H');
  await hidden.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(hidden).toHaveValue('6');
  await widget.getByLabel('Peephole connections').check();
  const spec = memberSpec('lstm', { ...sizes, hiddenSize: 6, peepholes: true }, 1);
  if (spec.kind !== 'model') throw new Error('model expected');
  await expect(widget.getByTestId('param-count')).toHaveText(
    `Trained parameters: ${createModel(spec.spec).layout.size}`,
  );
  await expect(widget.locator('g.family-node--gate')).toHaveCount(4);
});

test('a clockwork RNN counts without its masked blocks and says why', async ({ page }) => {
  const widget = await openFamily(page, '&member=cwrnn&hiddenSize=8');
  const spec = memberSpec('cwrnn', { ...sizes, hiddenSize: 8 }, 1);
  if (spec.kind !== 'model') throw new Error('model expected');
  const layout = createModel(spec.spec).layout.size;
  await expect(widget.getByTestId('param-count')).toHaveText(`Trained parameters: ${layout - 24}`);
  await expect(widget.getByTestId('param-explanation')).toContainText(
    `The layout holds ${layout} entries; the 24 below the block diagonal`,
  );
});

test('stepping one time step shows the core engine’s values, from the keyboard too', async ({
  page,
}) => {
  const widget = await openFamily(page, '&member=gru');
  // Keyboard: the member radios move with the arrow keys.
  await widget.getByRole('radio', { name: 'GRU' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await expect(widget.getByTestId('diagram')).toHaveAttribute('data-member', 'lstm');
  const step = widget.getByRole('button', { name: 'Step forward' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('position')).toHaveText('Time step t = 1 of 5');
  expectSameValues(await shownValues(widget), expectedValues('lstm', 1));
  // The animation runs through the stages and ends with every node computed.
  await expect(widget.getByTestId('diagram')).toHaveAttribute('data-animating', 'false');
  const total = await widget.locator('g.family-node').count();
  await expect(widget.locator('g.family-node.is-computed')).toHaveCount(total);
  // Focus a node: its values appear as text.
  await widget.locator('g.family-node[data-node="l0.fwd.c"]').focus();
  const c = expectedValues('lstm', 1)['l0.fwd.c']!.map((v) => v.toFixed(3).replace('-', '−'));
  await expect(widget.getByTestId('node-readout')).toHaveText(`cₜ = [${c.join(', ')}]`);
});

test('under reduced motion a step shows everything at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openFamily(page, '&member=deep&layers=3');
  await widget.getByRole('button', { name: 'Step forward' }).click();
  await expect(widget.getByTestId('diagram')).toHaveAttribute('data-animating', 'false');
  const total = await widget.locator('g.family-node').count();
  await expect(widget.locator('g.family-node.is-computed')).toHaveCount(total);
  expectSameValues(await shownValues(widget), expectedValues('deep', 1, { ...sizes, layers: 3 }));
});

test('fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openFamily(page, '&member=lstm&peepholes=true');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await widget.getByRole('button', { name: 'Step forward' }).click();
  await expect(widget.getByTestId('position')).toContainText('t = 1');
});

test('a step button that disables itself hands focus on, never to the page (issue 11, item 8)', async ({
  page,
}) => {
  const widget = await openFamily(page);
  await widget.getByRole('button', { name: 'Step forward' }).click();
  await widget.getByRole('button', { name: 'Back to t = 0' }).click();
  await expect(widget.getByTestId('position')).toHaveText('Time step t = 0 of 5');
  await expect(widget.getByRole('button', { name: 'Step forward' })).toBeFocused();
  await widget.getByRole('button', { name: 'Last step' }).click();
  await expect(widget.getByTestId('position')).toHaveText('Time step t = 5 of 5');
  await expect(widget.getByRole('button', { name: 'Step back' })).toBeFocused();
});

// 360 px, and a 1280 px window at 200% zoom (640 CSS px): every slider keeps a usable track.
for (const width of [360, 640]) {
  test(`every size slider keeps a track of at least 120 px at ${width} px (issue 11, item 7)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const widget = await openFamily(page, '&member=deep');
    await openMoreSettings(widget);
    const tracks = await widget
      .locator('input[type="range"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(tracks).toHaveLength(4);
    expect(Math.min(...tracks)).toBeGreaterThanOrEqual(120);
  });
}

test('on the Chinese chapter page: the parameter counts the chapter quotes, from the engine', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'Family', 'zh');
  const quoted = { srn: 42, gru: 106, lstm: 138, cwrnn: 36 } as const;
  const names = { srn: 'SRN（Elman）', gru: 'GRU', lstm: 'LSTM', cwrnn: '时钟 RNN' } as const;
  for (const member of ['srn', 'gru', 'lstm', 'cwrnn'] as const) {
    const spec = memberSpec(member, sizes, defaults.seed);
    if (spec.kind !== 'model') throw new Error('model expected');
    const layout = createModel(spec.spec).layout.size;
    // The clockwork RNN trains its layout minus the blocks of W held at zero.
    const masked = member === 'cwrnn' ? 6 : 0;
    expect(layout - masked).toBe(quoted[member]);
    await widget.getByRole('radio', { name: names[member] }).check();
    await expect(widget.getByTestId('diagram')).toHaveAttribute('data-member', member);
    await expect(widget.getByTestId('param-count')).toHaveText(`训练的参数：${quoted[member]}`);
  }
  await widget.getByRole('button', { name: '前进一步' }).click();
  expectSameValues(await shownValues(widget), expectedValues('cwrnn', 1));
});
