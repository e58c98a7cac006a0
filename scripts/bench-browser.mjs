/* global window, document */
// The browser half of `npm run bench`: serves the production build, opens bench.html in
// Debian's Chromium (headless; WebGL is SwiftShader's software renderer where there is no GPU),
// waits for every engine × model × size × batch measurement, prints a table and writes
// bench-results/bench-browser.json. Run `npm run build` first (npm run bench does).
//
//   node scripts/bench-browser.mjs [--quick] [--port=4327] [--query='engines=tf-webgl&sizes=32']
//
// --quick: H = 32 and 128 and shorter budgets (a few minutes); the port (also BENCH_PORT) lets
// the benchmark run beside another preview server; --query passes development filters to
// bench.html (see src/bench/main.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const arg = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const PORT = Number(arg('port') ?? process.env.BENCH_PORT ?? 4327);
const quick = process.argv.includes('--quick');
const extra = arg('query');
const search = [quick ? 'quick' : null, extra].filter(Boolean).join('&');
const server = spawn(
  'npx',
  ['vite', 'preview', '--configLoader', 'runner', '--port', String(PORT), '--strictPort'],
  // Its own process group: npx starts vite as a child, which a kill of npx alone leaves running
  // on the port (a later run would then measure through the old server).
  { stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(1);
  });
}

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
page.on('console', (m) => {
  if (m.type() === 'error') console.error('page console:', m.text());
});
await page.goto(`http://localhost:${PORT}/bench.html${search ? `?${search}` : ''}`);
const renderer = await page.evaluate(() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl
    ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    : 'no WebGL';
});
// Progress: each measurement as it arrives, on stderr (the table comes at the end).
for (let shown = 0, done = false; !done;) {
  await new Promise((r) => setTimeout(r, 1000));
  const state = await page.evaluate((from) => {
    const b = window.__bench;
    return { done: b?.done === true, fresh: b ? b.results.slice(from) : [] };
  }, shown);
  for (const r of state.fresh) process.stderr.write(`${JSON.stringify(r)}\n`);
  shown += state.fresh.length;
  done = state.done;
}
const { results, error } = await page.evaluate(() => window.__bench);
await browser.close();
stop();
if (error) throw new Error(error);

const f = (x) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
const key = (r) => `${r.model}|${r.H}|${r.B}`;
const byEngine = {};
for (const r of results.filter((r) => r.engine)) (byEngine[r.engine] ??= {})[key(r)] = r;
const engines = Object.keys(byEngine);
const rowKeys = [...new Set(results.filter((r) => r.engine).map(key))];
const table = (title, value) => {
  console.log(`\n${title} in Chromium (WebGL renderer: ${renderer}); V = 64, T = 25\n`);
  console.log(`| Model | H | batch | ${engines.join(' | ')} |`);
  console.log(`| --- | --- | --- | ${engines.map(() => '---').join(' | ')} |`);
  for (const k of rowKeys) {
    const [model, H, B] = k.split('|');
    const cells = engines.map((e) => {
      const r = byEngine[e][k];
      if (!r) return '—';
      if (r.error) return 'error';
      const fell =
        e !== 'core' && !e.startsWith('wasm-') && r.backend !== e.split('-')[1]
          ? ` (${r.backend})`
          : '';
      return `${f(value(r))}${fell}`;
    });
    console.log(`| ${model.toUpperCase()} | ${H} | ${B} | ${cells.join(' | ')} |`);
  }
};
table('Training steps per second', (r) => r.stepsPerSecond);
table('Characters per second (steps/s × T × batch)', (r) => r.charsPerSecond);

const rate = (engine, k) => {
  const r = byEngine[engine]?.[k];
  return r && !r.error ? r.stepsPerSecond : NaN;
};
const lstmRows = rowKeys.filter((k) => k.startsWith('lstm|'));
const ratios = (title, a, b) => {
  const line = lstmRows
    .map((k) => [k, rate(a, k) / rate(b, k)])
    .filter(([, r]) => !Number.isNaN(r))
    .map(([k, r]) => `H=${k.split('|')[1]} B=${k.split('|')[2]}: ${r.toFixed(2)}×`);
  if (line.length) console.log(`  ${title}: ${line.join(', ')}`);
};
console.log('\nLSTM, ratios of steps per second measured in this run:');
for (const backend of ['webgl', 'wasm', 'cpu']) {
  ratios(`ours / tfjs-layers on ${backend}`, `tf-${backend}`, `layers-${backend}`);
}
ratios(
  'WebGL: fused op with custom programs / fused op of tfjs ops',
  'tf-webgl',
  'tf-webgl-fusedops',
);
ratios(
  'WebGL: fused op of tfjs ops / op by op (autodiff)',
  'tf-webgl-fusedops',
  'tf-webgl-autodiff',
);
ratios(
  'WebGL: fused op with custom programs / op by op (autodiff)',
  'tf-webgl',
  'tf-webgl-autodiff',
);
ratios('WASM: fused op / op by op (autodiff)', 'tf-wasm', 'tf-wasm-autodiff');
ratios('CPU: fused op / op by op (autodiff)', 'tf-cpu', 'tf-cpu-autodiff');

// The wasm engine ('wasm-simd', its scalar build 'wasm-scalar') against the others, every row.
const allRatios = (title, a, b) => {
  const line = rowKeys
    .map((k) => [k, rate(a, k) / rate(typeof b === 'function' ? b(k) : b, k)])
    .filter(([, r]) => !Number.isNaN(r))
    .map(([k, r]) => {
      const [model, H, B] = k.split('|');
      return `${model.toUpperCase()} H=${H} B=${B}: ${r.toFixed(2)}×`;
    });
  if (line.length) console.log(`  ${title}: ${line.join(', ')}`);
};
const fastestTfjs = (k) =>
  ['tf-webgl', 'tf-wasm', 'tf-cpu', 'layers-webgl', 'layers-wasm', 'layers-cpu']
    .filter((e) => !Number.isNaN(rate(e, k)))
    .reduce((best, e) => (rate(e, k) > rate(best, k) ? e : best), 'tf-wasm');
if (byEngine['wasm-simd']) {
  console.log('\nThe wasm engine, ratios of steps per second measured in this run:');
  allRatios('SIMD / typed arrays', 'wasm-simd', 'core');
  allRatios('scalar build / typed arrays', 'wasm-scalar', 'core');
  allRatios('SIMD / scalar build', 'wasm-simd', 'wasm-scalar');
  allRatios("SIMD / tfjs's WASM backend (our tfjs engine)", 'wasm-simd', 'tf-wasm');
  allRatios('SIMD / the fastest tfjs engine of the row', 'wasm-simd', fastestTfjs);
}

const limits = results.filter((r) => r.kind === 'limit');
if (limits.length) {
  console.log('\nThe limit: f32x4 matrix–vector product (4H × H) in this browser, GFLOP/s:');
  for (const l of limits) console.log(`  H = ${l.H}: ${l.gflops.toFixed(2)}`);
  const limitAt = (H) => limits.find((l) => String(l.H) === String(H))?.gflops ?? NaN;
  console.log(
    '\nTraining FLOP rate (matrix work only), GFLOP/s and share of the limit at that H:\n',
  );
  console.log(`| Model | H | batch | ${engines.join(' | ')} |`);
  console.log(`| --- | --- | --- | ${engines.map(() => '---').join(' | ')} |`);
  for (const k of rowKeys) {
    const [model, H, B] = k.split('|');
    const cells = engines.map((e) => {
      const r = byEngine[e][k];
      if (!r || r.error || r.gflops === undefined) return '—';
      return `${r.gflops.toFixed(2)} (${((100 * r.gflops) / limitAt(H)).toFixed(0)}%)`;
    });
    console.log(`| ${model.toUpperCase()} | ${H} | ${B} | ${cells.join(' | ')} |`);
  }
}

const charRnn = results.find((r) => r.kind === 'charRnn');
if (charRnn) {
  const { core, simd } = charRnn.charsPerSecond;
  console.log(
    `\nCharRNN (chapter 1, default settings: LSTM H = 32, V = ${charRnn.V}, 32 characters × batch 16, Adam), characters per second as its session trains:`,
  );
  console.log(`  typed arrays (the default before): ${f(core)}`);
  console.log(`  wasm engine (SIMD): ${f(simd)} (${(simd / core).toFixed(2)}×)`);
  console.log(
    `  auto picks ${charRnn.auto === 'simd' ? 'the wasm engine' : 'the typed arrays'}: ${charRnn.autoOverCore.toFixed(2)}× the typed arrays`,
  );
}

const picks = results.filter((r) => r.kind === 'autoPick');
if (picks.length) {
  console.log(
    "\nAuto-pick: the engine the sessions' 'auto' ends on, against the fastest of ours in this run:\n",
  );
  console.log('| Model | H | batch | picked | fastest | picked / fastest | within 10% |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of picks) {
    const verdict = p.error ? `error: ${p.error}` : p.within10 ? 'yes' : 'NO';
    console.log(
      `| ${p.model.toUpperCase()} | ${p.H} | ${p.B} | ${p.picked ?? '—'} | ${p.fastest ?? '—'} | ${p.ratio === undefined ? '—' : `${(p.ratio * 100).toFixed(0)}%`} | ${verdict} |`,
    );
  }
  const misses = picks.filter((p) => !p.within10).length;
  console.log(
    `\n${picks.length - misses} of ${picks.length} rows within 10% of the fastest engine.`,
  );
}

const main = results.filter((r) => r.kind === 'mainThread');
if (main.length) {
  console.log('\nLongest main-thread task while a session trains an LSTM (H = 128) for 3 s:');
  for (const r of main) {
    console.log(
      `  ${r.backend === 'worker' ? 'Web Worker' : 'main-thread slices'}: ${r.longestTaskMs === 0 ? 'no task over 50 ms' : `${r.longestTaskMs.toFixed(0)} ms`} (${r.steps} training steps)`,
    );
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench-browser.json',
  JSON.stringify({ date: new Date().toISOString(), renderer, results }, null, 2),
);
process.exit(0);
