/* global window, requestAnimationFrame -- the callbacks passed to evaluate() run in the page */
// Measures long main-thread tasks (PerformanceObserver 'longtask', > 50 ms) in Debian's Chromium
// against a running site (default: the preview server on :4173), in the cases of issue 11 #14:
// three figures training in three frames of one page, a 5 MB paste into CharRNN's text box, a
// keystroke in that box, and loading a 50 MB file as CharRNN's weights.
// Usage: BASE_URL=http://localhost:4517 node scripts/long-tasks.mjs [seconds=10] [three|paste|file…]
// (the cases to run; all three by default). The machine's load changes what a task costs: note
// `uptime` with each number, and compare builds measured back to back. With TRACE=1 each case is
// also traced (Chromium's trace, as DevTools records it) and reports each task's CPU time
// (`tdur`) beside its wall-clock time: on a loaded machine a task waits for a core, so its
// wall-clock time says more about the machine than about the page; its CPU time does not.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { heavyTaskDetail, traceSummary } from './long-tasks-trace.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const seconds = Number(process.argv[2] ?? 10);
const cases = process.argv.length > 3 ? process.argv.slice(3) : ['three', 'paste', 'file'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// Every frame records its own long tasks from its first script on.
await context.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
});

/**
 * Long tasks recorded by the top frame since `clear`: same-origin frames share its event loop,
 * and each frame's observer sees the same tasks, so the top frame's list is the whole count.
 */
const collect = async (page) =>
  (await page.evaluate(() => window.__longTasks)).sort((a, b) => b - a);
const clear = (page) =>
  Promise.all(page.frames().map((f) => f.evaluate(() => (window.__longTasks = []))));
const summary = (tasks) =>
  tasks.length === 0
    ? 'no task over 50 ms'
    : `${tasks.length} tasks over 50 ms, longest ${tasks[0]} ms (${tasks.slice(0, 8).join(', ')})`;
const tracing = process.env.TRACE === '1';
/** Runs `work` with the page traced (when TRACE=1); prints the trace's task summary. */
async function traced(page, label, work) {
  if (tracing) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await work();
  if (!tracing) return;
  const trace = await browser.stopTracing();
  console.log(`  ${label}, traced: ${traceSummary(trace)}`);
  if (process.env.DETAIL === '1')
    for (const line of heavyTaskDetail(trace)) console.log(`    ${line}`);
}
const ready = (frame, name) =>
  frame.locator(`[data-widget="${name}"][data-status="ready"]`).waitFor({ timeout: 60_000 });

// 1. Three figures training at once, each in its own frame.
if (cases.includes('three')) {
  const page = await context.newPage();
  await page.route(`${base}/long-tasks-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: ['CharRNN', 'GradientFlow', 'Latch']
        .map(
          (w) =>
            `<iframe name="${w}" src="/embed.html?widget=${w}" width="1200" height="700"></iframe>`,
        )
        .join('\n'),
    }),
  );
  await page.goto(`${base}/long-tasks-host.html`);
  const frame = (name) => page.frames().find((f) => f.name() === name);
  for (const w of ['CharRNN', 'GradientFlow', 'Latch']) await ready(frame(w), w);
  await clear(page);
  await traced(page, 'three figures', async () => {
    await frame('CharRNN').getByRole('button', { name: 'Train', exact: true }).click();
    await frame('GradientFlow').getByRole('button', { name: 'Train', exact: true }).click();
    await frame('Latch')
      .getByRole('button', { name: /Run the experiment/ })
      .click();
    await page.waitForTimeout(seconds * 1000);
  });
  console.log(`three figures training, ${seconds} s: ${summary(await collect(page))}`);
  await page.close();
}

// 2. CharRNN's text box: a 5 MB paste, then single keystrokes; 3. a 50 MB weights file.
if (cases.includes('paste')) {
  const charRnn = await context.newPage();
  await charRnn.goto(`${base}/embed.html?widget=CharRNN`);
  await ready(charRnn.mainFrame(), 'CharRNN');
  // Settled: the first score of the weights is in (its drawing is not the paste's cost).
  await charRnn.locator('[data-testid="eval-loss"][data-bits]').waitFor({ timeout: 60_000 });
  await charRnn.getByLabel('Text', { exact: true }).selectOption('pasted');
  const box = charRnn.getByLabel('Paste or type a text to train on');
  // A real paste (Ctrl+V from the clipboard), the text made in the page: handing 5 MB to
  // Playwright's fill() would cost the page's thread a long task of its own (the DevTools
  // message that carries it), which no reader's paste has.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await charRnn.evaluate(() =>
    navigator.clipboard.writeText(
      'the quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(5e6 / 45)).slice(0, 5e6),
    ),
  );
  await box.focus();
  await clear(charRnn);
  const settle = () =>
    charRnn.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
  await traced(charRnn, '5 MB paste', async () => {
    await box.press('ControlOrMeta+V');
    await settle();
  });
  const kept = await box.evaluate((el) => el.value.length);
  console.log(`5 MB paste (the box kept ${kept} characters): ${summary(await collect(charRnn))}`);
  await clear(charRnn);
  await box.press('End');
  await traced(charRnn, '5 keystrokes', async () => {
    for (let i = 0; i < 5; i++) await box.press('a');
    await settle();
  });
  console.log(`5 keystrokes in the 5 MB box: ${summary(await collect(charRnn))}`);

  await charRnn.close();
}

if (cases.includes('file')) {
  const files = await context.newPage();
  await files.goto(`${base}/embed.html?widget=CharRNN`);
  await ready(files.mainFrame(), 'CharRNN');
  await clear(files);
  // A model file of the right form whose parameters are 50 MB of base64: it is read, parsed and
  // refused (wrong size). Written to disk, so the browser reads it as it would a reader's file.
  const file = path.join(os.tmpdir(), 'unrolled-long-tasks-50mb.json');
  const header =
    '{"format":"unrolled-model","version":1,"spec":{"cell":{"kind":"srn","activation":"tanh"},"inputSize":40,"hiddenSize":32,"outputSize":40,"output":"softmax","layers":1,"bidirectional":false},"params":{"dtype":"float64","encoding":"base64-le","data":"';
  writeFileSync(file, header + 'A'.repeat(50e6 - header.length - 3) + '"}}');
  await files.getByTestId('more-settings').locator('summary').click();
  await traced(files, '50 MB file', async () => {
    await files.getByLabel('Load weights from a file').setInputFiles(file, { timeout: 120_000 });
    await files.getByTestId('files-message').waitFor({ timeout: 60_000 });
  });
  console.log(`50 MB weights file: ${summary(await collect(files))}`);
}
await browser.close();
