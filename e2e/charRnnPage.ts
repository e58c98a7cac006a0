// What the CharRNN specs share: opening the figure, reading its loss line, the corpora and
// the shipped models.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { corpusTrainingText } from '../src/core/charModel';
import { loadModel } from '../src/core/model';
import { expect } from './fixtures';

const widgetOf = (page: Page) => page.locator('[data-widget="CharRNN"]');

export async function open(page: Page, query = '', lang: 'en' | 'zh' = 'en'): Promise<Locator> {
  await page.goto(`/embed.html?widget=CharRNN&lang=${lang}${query}`);
  const widget = widgetOf(page);
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

/** The loss line's numbers, read at one instant (training may go on between two reads). */
export async function lossOf(widget: Locator) {
  return widget.getByTestId('loss').evaluate((line) => ({
    bits: Number(line.getAttribute('data-bits') || NaN),
    step: Number(line.getAttribute('data-step')),
    untrained: Number(line.getAttribute('data-untrained')),
  }));
}

export const corpusRaw = (lang: 'en' | 'zh') =>
  readFileSync(path.join(process.cwd(), 'content', 'corpus', `${lang}.txt`), 'utf8');

export const corpusSymbols = (lang: 'en' | 'zh') =>
  new Set(Array.from(corpusTrainingText(corpusRaw(lang))));

/** The shipped model of a language, with the symbols it was trained on. */
export const shippedModel = (lang: 'en' | 'zh') => {
  const file = loadModel(
    readFileSync(path.join(process.cwd(), 'public', 'models', `charrnn-${lang}.json`), 'utf8'),
  );
  return { ...file, symbols: JSON.parse(String(file.meta?.symbols)) as string[] };
};

/**
 * Clicks "One step" (More settings open) and waits for the loss line to name `step`. When it
 * does not, the failure says what the figure showed instead: its status, the readout (held
 * notice, messages), the engine badge, and — for a click that never happened — where the button
 * stood over the page's next frames and how many frames the page drew in a second. A lost step
 * seen once in 418 runs left no trace; the likely cause, since removed, was the whole-text score
 * line vanishing at every step, which moved the button between Playwright's check that it stood
 * still and its click. A later run of 418 once waited 60 s for the button to stand still.
 */
export async function oneStep(widget: Locator, step: number): Promise<void> {
  const button = widget.getByRole('button', { name: 'One step' });
  try {
    await button.click({ timeout: 30_000 });
    await expect(widget.getByTestId('loss')).toHaveAttribute('data-step', String(step));
  } catch (error) {
    const status = await widget.getAttribute('data-status');
    const readout = await widget.locator('.char-rnn__readout-lines').innerText();
    const badge = await widget.locator('.engine-badge').first().innerText();
    const disabled = await button.isDisabled();
    const frames = await button.evaluate(frameReport);
    throw new Error(
      `${(error as Error).message}\nfigure status: ${status}; One step disabled: ${disabled}\n` +
        `readout: ${readout}\nengine: ${badge}\n${frames}`,
      { cause: error },
    );
  }
}

/** In the page: the element's position over the next animation frames, and frames per second. */
async function frameReport(el: Element): Promise<string> {
  const places = new Set<string>();
  let frames = 0;
  const until = performance.now() + 1000;
  await new Promise<void>((done) => {
    const tick = () => {
      frames++;
      const r = el.getBoundingClientRect();
      places.add(
        `${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
      );
      if (performance.now() < until) requestAnimationFrame(tick);
      else done();
    };
    requestAnimationFrame(tick);
    // No frame at all (a page that draws none) must not hang the report.
    setTimeout(done, 2000);
  });
  return `frames in 1 s: ${frames}; button at: ${[...places].slice(0, 8).join(' | ')}; page ${document.visibilityState}`;
}
