/* global window, document */
// The browser half of `npm run bench`: serves the production build, opens bench.html in
// Debian's Chromium (headless; WebGL is SwiftShader's software renderer where there is no GPU),
// waits for every engine × model × size × batch measurement, prints a table and writes
// bench-results/bench-browser.json. Run `npm run build` first (npm run bench does).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4327;
const quick = process.argv.includes('--quick');
const server = spawn(
  'npx',
  ['vite', 'preview', '--configLoader', 'runner', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://localhost:${PORT}/bench.html`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the preview server did not start');
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`http://localhost:${PORT}/bench.html${quick ? '?quick' : ''}`);
const renderer = await page.evaluate(() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl
    ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    : 'no WebGL';
});
await page.waitForFunction(() => window.__bench?.done === true, null, {
  timeout: 30 * 60 * 1000,
  polling: 1000,
});
const { results, error } = await page.evaluate(() => window.__bench);
await browser.close();
stop();
if (error) throw new Error(error);

const f = (x) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
const key = (r) => `${r.model}|${r.H}|${r.B}`;
const byEngine = {};
for (const r of results.filter((r) => r.engine)) (byEngine[r.engine] ??= {})[key(r)] = r;
const engines = Object.keys(byEngine);
console.log(
  `\nTraining steps per second in Chromium (WebGL renderer: ${renderer}); V = 64, T = 25\n`,
);
console.log(`| Model | H | batch | ${engines.join(' | ')} |`);
console.log(`| --- | --- | --- | ${engines.map(() => '---').join(' | ')} |`);
for (const k of Object.keys(byEngine.core ?? {})) {
  const [model, H, B] = k.split('|');
  const cells = engines.map((e) => {
    const r = byEngine[e][k];
    return !r
      ? '—'
      : r.error
        ? 'error'
        : `${f(r.stepsPerSecond)}${r.backend !== e.split('-')[1] && e !== 'core' ? ` (${r.backend})` : ''}`;
  });
  console.log(`| ${model.toUpperCase()} | ${H} | ${B} | ${cells.join(' | ')} |`);
}
const ratio = (a, b) =>
  a && b && !a.error && !b.error ? a.stepsPerSecond / b.stepsPerSecond : NaN;
console.log('\nOur tfjs engine against tfjs-layers on the same backend (LSTM, batch 32):');
for (const backend of ['webgl', 'wasm', 'cpu']) {
  for (const H of quick ? [32, 128] : [32, 128, 256]) {
    const r = ratio(
      byEngine[`tf-${backend}`]?.[`lstm|${H}|32`],
      byEngine[`layers-${backend}`]?.[`lstm|${H}|32`],
    );
    console.log(`  ${backend} H=${H}: ${Number.isNaN(r) ? '—' : `${r.toFixed(2)}×`}`);
  }
}
console.log('\nLongest main-thread task while a session trains an LSTM (H = 128) for 3 s:');
for (const r of results.filter((r) => r.kind === 'mainThread')) {
  console.log(
    `  ${r.backend === 'worker' ? 'Web Worker' : 'main-thread slices'}: ${r.longestTaskMs === 0 ? 'no task over 50 ms' : `${r.longestTaskMs.toFixed(0)} ms`} (${r.steps} training steps)`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench-browser.json',
  JSON.stringify({ date: new Date().toISOString(), renderer, results }, null, 2),
);
process.exit(0);
