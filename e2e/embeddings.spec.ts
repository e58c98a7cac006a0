import type { Page } from '@playwright/test';
import { expect, openInChapter, recordStatuses, test } from './fixtures';

async function openEmbeddings(page: Page, query = '') {
  await page.goto(`/embed.html?widget=Embeddings${query}`);
  const widget = page.locator('[data-widget="Embeddings"]');
  await expect(widget.getByTestId('training-status')).toBeVisible();
  return widget;
}

const tableValues = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('td[data-value]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));

test('one-hot similarities are 0 off the diagonal; learned ones show the roles', async ({
  page,
}) => {
  const statuses = await recordStatuses(page);
  const widget = await openEmbeddings(page, '&words=cat,dog,lion,bread,apple');
  // One-hot: the identity, as printed.
  const oneHot = await tableValues(page, 'onehot-sim-table');
  expect(oneHot).toEqual([
    1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1,
  ]);
  await expect(widget.getByTestId('onehot-sim-table').locator('tbody td').nth(1)).toHaveText(
    '0.00',
  );
  // The session trains in a worker, with a progress bar; the widget says it is running, then
  // ready once done.
  await expect(widget.getByTestId('training-status')).toHaveAttribute('data-done', 'true', {
    timeout: 60_000,
  });
  await expect(widget).toHaveAttribute('data-status', 'ready');
  expect((await statuses()).join(' → ')).toMatch(/running → ready$/);
  await expect(widget.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute(
    'value',
    '200',
  );
  // Learned: the printed means, within roles far above between roles.
  const stats = widget.getByTestId('learned-stats');
  const text = (await stats.textContent())!;
  const [within, between] = [...text.matchAll(/(−?\d\.\d\d)/g)].map((m) =>
    Number(m[1]!.replace('−', '-')),
  );
  expect(within!).toBeGreaterThan(0.6);
  expect(within! - between!).toBeGreaterThan(0.5);
  // Animals with animals, foods with foods, in the displayed matrix of the reader's words.
  const m = await tableValues(page, 'learned-sim-table');
  const at = (i: number, j: number) => m[i * 5 + j]!;
  expect(at(0, 1)).toBeGreaterThan(at(0, 3) + 0.3); // cat–dog > cat–bread
  expect(at(3, 4)).toBeGreaterThan(at(0, 4) + 0.3); // bread–apple > cat–apple
  await expect(widget.getByTestId('neighbours')).toContainText(/cat: (dog|mouse|lion)/);
});

test('values on hover and from the keyboard; unknown words get a message', async ({ page }) => {
  const widget = await openEmbeddings(page, '&words=cat,dog,bread');
  const map = widget.getByTestId('onehot-sim').locator('svg.heatmap');
  await map.focus();
  await expect(widget.getByTestId('onehot-sim-readout')).toHaveText(
    'similarity(“cat”, “cat”) = 1.00',
  );
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('onehot-sim-readout')).toHaveText(
    'similarity(“cat”, “dog”) = 0.00',
  );
  await widget.getByTestId('onehot-sim').locator('[data-cell="2,0"]').hover();
  await expect(widget.getByTestId('onehot-sim-readout')).toHaveText(
    'similarity(“bread”, “cat”) = 0.00',
  );

  await widget.getByTestId('more-settings').locator('summary').click();
  const input = widget.getByLabel('Your words (from the vocabulary)');
  await input.fill('cat unicorn dog');
  await expect(widget.getByTestId('unknown')).toContainText(
    'Not in the vocabulary: “\u2068unicorn\u2069”',
  );
  await expect(widget.getByTestId('onehot-table').locator('tbody tr')).toHaveCount(2);
});

test('fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openEmbeddings(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(widget.getByTestId('training-status')).toHaveAttribute('data-done', 'true', {
    timeout: 60_000,
  });
});

test('on the English chapter page, dark theme: what the prose says, with readable cell values', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = await openInChapter(page, 'Embeddings', 'en');
  await expect(widget.getByTestId('training-status')).toHaveAttribute('data-done', 'true', {
    timeout: 60_000,
  });
  // Each value drawn on a cell keeps the black or white the chart chose for that cell: a theme
  // colour on top once made the values on light cells white on white in the dark theme.
  for (const map of ['onehot-sim', 'learned-sim']) {
    const fills = await widget
      .getByTestId(map)
      .locator('.heatmap__cells text')
      .evaluateAll((ts) =>
        ts.map((t) => [t.getAttribute('fill'), getComputedStyle(t).fill] as const),
      );
    expect(fills.length).toBeGreaterThan(0);
    for (const [attr, shown] of fills)
      expect(shown).toBe(attr === '#ffffff' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
  }

  // The chapter: roles form blocks, but foods, breakable things and motion verbs (all of which
  // end a sentence) share one block, because the model predicts the next word.
  const table = widget.getByTestId('learned-all-table');
  // The first header names the row labels' column; the words follow.
  const labels = await table.locator('thead th:not(:first-child)').allTextContents();
  const m = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.dataset.value))),
    );
  expect(labels).toHaveLength(25);
  const mean = (as: string[], bs: string[]) => {
    let sum = 0;
    for (const a of as) for (const b of bs) sum += m[labels.indexOf(a)]![labels.indexOf(b)]!;
    return sum / (as.length * bs.length);
  };
  const foods = ['bread', 'cookie', 'apple', 'rice'];
  const things = ['glass', 'plate', 'cup', 'vase'];
  const motion = ['walks', 'runs', 'jumps'];
  const animals = ['cat', 'dog', 'mouse', 'lion'];
  expect(mean(['cat', 'dog'], ['mouse', 'lion'])).toBeGreaterThan(0.7);
  expect(mean(foods, things)).toBeGreaterThan(0.7);
  expect(mean(foods, motion)).toBeGreaterThan(0.7);
  expect(mean(animals, foods)).toBeLessThan(0.2);
});

test('a U+202E in a share link’s words stays inside that word (issue 11, item 9)', async ({
  page,
}) => {
  const widget = await openEmbeddings(page, '&words=cat,%E2%80%AEevil,dog');
  const unknown = widget.getByTestId('unknown');
  await expect(unknown).toBeVisible();
  const isolated = await unknown.evaluate((el) =>
    [...el.querySelectorAll('bdi')].map((b) => b.textContent),
  );
  expect(isolated).toEqual(['“\u2068\u202Eevil\u2069”']);
  // The text after the isolate is laid out left to right: its first word comes before its last.
  const order = await unknown.evaluate((el) => {
    const range = document.createRange();
    const text = [...el.childNodes].find((n) => n.textContent!.includes('figure shows'))!;
    const at = (word: string) => {
      const i = text.textContent!.indexOf(word);
      range.setStart(text, i);
      range.setEnd(text, i + word.length);
      return range.getBoundingClientRect();
    };
    const [a, b] = [at('figure'), at('others')];
    return a.top === b.top ? Math.sign(b.left - a.left) : 1;
  });
  expect(order).toBe(1);
});
