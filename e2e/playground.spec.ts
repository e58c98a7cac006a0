import type { Page } from '@playwright/test';
import { format } from '../src/i18n';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { expect, hydrated, test } from './fixtures';

/**
 * The RNN Playground page in both languages: a preset trains a few steps, a share link restores
 * the settings and trains the same losses, an unsupported combination shows the engine's reason,
 * bad input gets a message. Each test trains only a few small steps (the stories' full runs are
 * measured in Node, see presets.ts).
 */
/** The link a chapter gives for the "forget bias 5" preset (README, The RNN Playground). */
const LSTM_BIAS_5_LINK =
  '?Playground.cell=lstm&Playground.forgetBias=5&Playground.task=addingModern&Playground.taskParams=%7B%22T%22%3A100%7D&Playground.batch=16&Playground.steps=600#Playground';

async function openPlayground(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
  const widget = page.locator('[data-widget="Playground"]');
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return widget;
}

for (const [lang, strings] of [
  ['en', en],
  ['zh', zh],
] as const) {
  const s = strings.playground;
  const w = strings.widget;

  test.describe(`/${lang}/playground/`, () => {
    test('the home page links to it; a preset trains a few steps and tells its measured story', async ({
      page,
    }) => {
      await page.goto(lang === 'en' ? '/' : '/zh/');
      await page.getByRole('link', { name: s.homeLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/playground/$`));
      const widget = await openPlayground(page, `/${lang}/playground/`);
      await widget.getByLabel(w.preset).selectOption('srnAdding');
      await expect(widget.getByTestId('playground-story')).toHaveText(s.stories['srnAdding']!);
      await expect(widget.getByTestId('playground-task')).toHaveValue('addingModern');
      const status = widget.getByTestId('playground-status');
      await widget.getByRole('button', { name: s.step, exact: true }).click();
      await expect(status).toHaveAttribute('data-step', '1', { timeout: 15_000 });
      await widget.getByRole('button', { name: s.step, exact: true }).click();
      await expect(status).toHaveAttribute('data-step', '2', { timeout: 15_000 });
      expect(Number(await status.getAttribute('data-loss'))).toBeGreaterThan(0);
      await expect(widget.getByTestId('playground-loss')).not.toHaveAttribute('data-points', '0');
      await expect(widget.getByTestId('playground-states')).toHaveAttribute('data-units', '32');

      // The EKF's story: one sequence trains on the typed arrays (the EKF runs only there).
      await widget.getByLabel(w.preset).selectOption('xorEkf');
      await expect(widget.getByTestId('playground-story')).toHaveText(s.stories['xorEkf']!);
      await expect(status).toHaveAttribute('data-step', '0');
      await widget.getByRole('button', { name: s.step, exact: true }).click();
      await expect(status).toHaveAttribute('data-step', '1', { timeout: 15_000 });
      await expect(widget.getByTestId('playground-states')).toHaveAttribute('data-units', '8');
    });

    test('a share link restores the settings and the same seed trains the same losses', async ({
      page,
      context,
    }) => {
      const widget = await openPlayground(page, `/${lang}/playground/`);
      await widget.getByTestId('playground-cell').selectOption('gru');
      await widget.getByTestId('playground-hidden').fill('6');
      await widget.getByTestId('playground-seed').fill('7');
      await widget.getByTestId('playground-task').selectOption('latch');
      await widget.getByTestId('playground-param-T').fill('9');
      await expect(widget.getByTestId('playground-params')).toHaveAttribute('data-count', /\d+/);
      const count = await widget.getByTestId('playground-params').getAttribute('data-count');
      const status = widget.getByTestId('playground-status');
      for (let k = 1; k <= 3; k++) {
        await widget.getByRole('button', { name: s.step, exact: true }).click();
        await expect(status).toHaveAttribute('data-step', String(k));
      }
      const loss = await status.getAttribute('data-loss');
      // The Watch job read the weights of step 3: gates, per-step gradients, RTRL = BPTT.
      await expect(widget.getByTestId('playground-watch-status')).toHaveAttribute(
        'data-step',
        '3',
        { timeout: 15_000 },
      );
      const agreement = widget.getByTestId('playground-agreement');
      expect(Number(await agreement.getAttribute('data-relative'))).toBeLessThan(1e-8);
      await expect(widget.getByTestId('playground-gate-z')).toBeVisible();
      await expect(widget.getByTestId('playground-gradients')).toHaveAttribute('data-steps', /\d+/);
      await widget.getByRole('button', { name: w.share }).click();
      const link = await widget.getByLabel(w.shareLabel).inputValue();
      expect(link).toContain('Playground.cell=gru');

      const other = await context.newPage();
      const restored = await openPlayground(other, link);
      await expect(restored.getByTestId('playground-cell')).toHaveValue('gru');
      await expect(restored.getByTestId('playground-hidden')).toHaveValue('6');
      await expect(restored.getByTestId('playground-task')).toHaveValue('latch');
      await expect(restored.getByTestId('playground-param-T')).toHaveValue('9');
      await expect(restored.getByTestId('playground-params')).toHaveAttribute('data-count', count!);
      const again = restored.getByTestId('playground-status');
      for (let k = 1; k <= 3; k++) {
        await restored.getByRole('button', { name: s.step, exact: true }).click();
        await expect(again).toHaveAttribute('data-step', String(k));
      }
      await expect(again).toHaveAttribute('data-loss', loss!);
    });

    test('a chapter’s preset link opens its story; an unsupported combination and bad input get a message, never a crash', async ({
      page,
    }) => {
      const widget = await openPlayground(page, `/${lang}/playground/${LSTM_BIAS_5_LINK}`);
      await expect(widget.getByTestId('playground-story')).toHaveText(s.stories['lstmBias5']!);
      await widget.getByTestId('playground-cell').selectOption('jordan');
      await widget.getByLabel(s.bidirectional).check();
      const refused = widget.getByTestId('playground-refused');
      // The refusal in the page's language (a code with values, worded by the page).
      await expect(refused).toContainText(s.problems.modelSpec.jordanLayers);
      await expect(widget.getByRole('button', { name: s.step, exact: true })).toBeDisabled();
      await widget.getByLabel(s.bidirectional).uncheck();
      await expect(refused).toHaveCount(0);

      // The EKF takes RTRL's Jacobians, which a Jordan network's cell-internal output lacks.
      await widget.getByTestId('playground-algorithm').selectOption('ekf');
      await expect(refused).toContainText(
        format(s.problems.training.rtrlJacobians, { algorithm: s.algorithms.ekf }).trim(),
      );
      await widget.getByTestId('playground-algorithm').selectOption('bptt');

      await widget.getByTestId('playground-lr').fill('NaN');
      await expect(widget.getByText(s.badLr)).toBeVisible();
      await widget.getByTestId('playground-hidden').fill('100000');
      await expect(widget.getByRole('alert').filter({ hasText: '1024' })).toBeVisible();
      await widget.getByTestId('playground-hidden').fill('1024');
      await widget.getByTestId('playground-layers').fill('8');
      await expect(refused).toContainText(s.refusedTitle);
      await expect(widget).toHaveAttribute('data-status', 'ready');
    });
  });
}
