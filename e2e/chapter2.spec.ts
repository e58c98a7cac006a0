import type { Locator, Page } from '@playwright/test';
import { cliffDescent, pascanuCliff } from '../src/core/lessons';
import { bpttStepperMeta } from '../src/widgets/BPTTStepper/meta';
import { buildBpttModel } from '../src/widgets/BPTTStepper/model';
import { cliffMeta } from '../src/widgets/Cliff/meta';
import { gradientFlowMeta } from '../src/widgets/GradientFlow/meta';
import { jobsFor, measureJacobians, runJob, tabulate } from '../src/core/experiments';
import { latchMeta } from '../src/widgets/Latch/meta';
import { expect, hydrated, openMoreSettings, seriousAxe, test, widgetsReady } from './fixtures';

// The chapter's widgets where readers meet them: on /en/02-training/ and /zh/02-training/, with
// the MDX tags' defaults, checked against the engine and against the numbers the readers are
// asked to predict and then read off the figures (the prose's predict-then-check prompts).

const WIDGETS = ['BPTTStepper', 'AlgorithmRace', 'GradientFlow', 'Latch', 'Cliff'];

async function openChapter(page: Page, lang: 'en' | 'zh', query = ''): Promise<void> {
  await page.goto(`/${lang}/02-training/${query}`);
  await hydrated(page);
  expect(await widgetsReady(page)).toBe(WIDGETS.length);
  for (const name of WIDGETS) await expect(page.locator(`[data-widget="${name}"]`)).toHaveCount(1);
}

/** The largest step of a descent, as the core computes it. */
function largestStep(lr: number, clipThreshold?: number): number {
  const d = cliffMeta.props.parse({});
  const path = cliffDescent(pascanuCliff, d, { lr, steps: d.steps, clipThreshold });
  let largest = 0;
  for (let k = 1; k < path.length; k++)
    largest = Math.max(
      largest,
      Math.hypot(path[k]!.w - path[k - 1]!.w, path[k]!.b - path[k - 1]!.b),
    );
  return largest;
}

/** What the figures show with their defaults, checked in the page (either language). */
async function expectQuotedNumbers(page: Page): Promise<void> {
  // BPTTStepper: run to the end; ‖∂E/∂W‖ is the engine's; δ at t = 0 and t = 7 of the large-W
  // preset are 1.5 and 0.08: δ is largest at the first steps, as the prompt has readers check.
  const bptt = page.locator('[data-widget="BPTTStepper"]');
  const model = buildBpttModel(bpttStepperMeta.props.parse({}));
  const steppers = bptt.locator('[role="group"]').first().getByRole('button');
  await steppers.last().click();
  await expect(bptt.getByTestId('bptt-summary')).toContainText(
    `‖∂E/∂W‖ = ${Math.hypot(...model.trace.gradW.data).toFixed(4)}`,
  );
  // The presets sit under the figure's "More settings".
  await openMoreSettings(bptt);
  await bptt.locator('select').first().selectOption('large');
  await steppers.last().click();
  const rows = bptt.getByTestId('bptt-table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  const large = buildBpttModel({
    ...bpttStepperMeta.props.parse({}),
    word: 'recurrent',
    wScale: 2.5,
  });
  const delta = (t: number) => Math.hypot(...large.trace.deltas[t]!);
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText(delta(0).toFixed(4));
  await expect(rows.nth(7).locator('td').nth(2)).toHaveText(delta(7).toFixed(4));
  expect(delta(0).toFixed(1)).toBe('1.5');
  expect(delta(7).toFixed(2)).toBe('0.08');

  // GradientFlow: the table is the engine's, and the lag-49 norm is ≈ 2 × 10⁻⁴ although σ₁ ≈ 1.83.
  const flow = page.locator('[data-widget="GradientFlow"]');
  const core = measureJacobians(gradientFlowMeta.props.parse({}));
  const lag49 = flow
    .getByTestId('lag-table')
    .locator('tbody tr')
    .filter({ has: page.locator('th', { hasText: /^49$/ }) });
  const shown = Number(await lag49.locator('td').first().getAttribute('data-value'));
  expect(Math.abs(shown - core.measured[49]!)).toBeLessThanOrEqual(1e-9 * core.measured[49]!);
  expect(shown).toBeGreaterThan(1.5e-4);
  expect(shown).toBeLessThan(2.5e-4);
  await expect(flow.getByTestId('caption')).toContainText('1.831');

  // Cliff: the default start is catapulted (22.0) and clipping holds every step to η·θ = 2.00.
  const cliff = page.locator('[data-widget="Cliff"]');
  const d = cliffMeta.props.parse({});
  const plain = Number(await cliff.getByTestId('plain-largest').getAttribute('data-value'));
  const clipped = Number(await cliff.getByTestId('clipped-largest').getAttribute('data-value'));
  expect(Math.abs(plain - largestStep(d.lr))).toBeLessThanOrEqual(1e-9 * plain);
  expect(plain.toFixed(1)).toBe('22.0');
  expect(clipped).toBeLessThanOrEqual(d.lr * d.threshold + 1e-12);
  expect(clipped.toFixed(2)).toBe('2.00');
  expect(
    Number.isFinite(Number(await cliff.getByTestId('clipped-loss').getAttribute('data-value'))),
  ).toBe(true);
}

test('English chapter 2: five widgets ready at 360 px, no overflow, the numbers the text quotes; dark theme: no serious accessibility issue', async ({
  page,
}) => {
  test.slow(true, 'five figures, their numbers, then axe over them, on a shared 2-core machine');
  await page.setViewportSize({ width: 360, height: 740 });
  await openChapter(page, 'en');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectQuotedNumbers(page);
  // pages.spec.ts scans the whole page in the light theme; this adds the dark one, on the same
  // page (the theme follows the system's, switched live): every widget, after the steps above.
  await page.emulateMedia({ colorScheme: 'dark' });
  const axe = await seriousAxe(page).include('[data-widget]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('Chinese chapter 2: the same widgets and numbers, with Chinese controls', async ({ page }) => {
  await openChapter(page, 'zh');
  const bptt = page.locator('[data-widget="BPTTStepper"]');
  await bptt.getByRole('button', { name: /前向一步/ }).click();
  await expect(bptt.getByTestId('bptt-position')).toContainText('t = 0');
  await expect(
    page.locator('[data-widget="AlgorithmRace"]').getByRole('button', { name: /开始/ }),
  ).toBeVisible();
  await expect(
    page.locator('[data-widget="GradientFlow"]').getByRole('button', { name: /训练/ }).first(),
  ).toBeVisible();
  await expect(
    page.locator('[data-widget="Latch"]').getByRole('button', { name: /运行实验/ }),
  ).toBeVisible();
  await bptt.locator('[role="group"]').first().getByRole('button').first().click();
  await expect(bptt.getByTestId('bptt-position')).not.toContainText('t = 0');
  await expectQuotedNumbers(page);
});

/** The number of heatmap columns GradientFlow has measured. */
const columns = async (flow: Locator) =>
  Number(await flow.getByTestId('heatmap-srn').getAttribute('data-columns'));

test('the training widgets run in the page: RTRL = BPTT, GradientFlow waits off screen, the latch', async ({
  page,
}) => {
  test.slow(true, 'three widgets train one after the other on a shared 2-core machine');
  // GradientFlow with long columns, so its 40 take many seconds: still training when scrolled
  // away and back.
  await openChapter(
    page,
    'en',
    '?GradientFlow-1.every=200&GradientFlow-1.T=100&GradientFlow-1.hidden=48',
  );

  // AlgorithmRace: RTRL's and BPTT's gradients agree to 1e-6 in the page.
  const race = page.locator('[data-widget="AlgorithmRace"]');
  await race.scrollIntoViewIfNeeded();
  await race.getByRole('button', { name: /Start the race/ }).click();
  await expect(race).toHaveAttribute('data-status', 'running');
  const agreement = race.getByTestId('race-agreement');
  await expect(agreement).toHaveAttribute('data-relative', /\d/, { timeout: 30_000 });
  expect(Number(await agreement.getAttribute('data-relative'))).toBeLessThan(1e-6);
  await race.getByRole('button', { name: /Pause/ }).click();
  await expect(race).toHaveAttribute('data-status', 'ready');

  // GradientFlow: training stops while the figure is scrolled away, and goes on when it is back.
  const flow = page.locator('[data-widget="GradientFlow"]');
  await flow.scrollIntoViewIfNeeded();
  await flow.getByRole('button', { name: /^Train$/ }).click();
  await expect(flow).toHaveAttribute('data-status', 'running');
  await expect.poll(() => columns(flow), { timeout: 30_000 }).toBeGreaterThan(2);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Holding: the column in hand has landed, and nothing moves while the figure is away.
  await expect(flow.locator('.flow')).toHaveAttribute('data-held', 'true');
  await expect(flow.getByTestId('progress')).toContainText(
    'Paused while the figure is off screen.',
  );
  const away = await columns(flow);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  expect(await columns(flow)).toBe(away);
  await flow.scrollIntoViewIfNeeded();
  await expect.poll(() => columns(flow), { timeout: 30_000 }).toBeGreaterThan(away);
  await flow.getByRole('button', { name: /Pause/ }).click();
  await expect(flow).toHaveAttribute('data-status', 'ready');

  // Latch: a small experiment set from the keyboard, with the engine's results.
  const latch = page.locator('[data-widget="Latch"]');
  await latch.scrollIntoViewIfNeeded();
  await openMoreSettings(latch);
  for (const label of ['Longest lag T', 'Runs per lag and method', 'Budget per run (sequences)']) {
    await latch.getByLabel(label).focus();
    await page.keyboard.press('Home');
  }
  await expect(latch.getByTestId('latch-progress')).toContainText('8 training runs');
  await latch.getByRole('button', { name: /Run the experiment/ }).click();
  await expect(latch.getByTestId('latch-progress')).toHaveText('All 8 runs done.', {
    timeout: 30_000,
  });
  const settings = latchMeta.props.parse({ maxLag: 2, runs: 4, budget: 100 });
  const [row] = tabulate(
    settings,
    jobsFor(settings).map((job) => runJob(settings, job)),
  );
  const cells = latch.getByTestId('latch-table').locator('tbody tr').first().locator('td');
  await expect(cells.nth(0)).toHaveText(`${row!.gd!.solved} / 4`);
  await expect(cells.nth(2)).toHaveText(`${row!.rs!.solved} / 4`);
});
