import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModel, saveModel, type Sample } from '../../core/model';
import { createRng } from '../../core/rng';
import { createTask } from '../../core/tasks';
import { createTrainer } from '../../core/train';
import { dataSeedOf, evaluationBatch, evaluationCount, meanLoss } from './exportInput';
import { exportCase } from './exportCases';
import { pytorchProgram, tfjsProgram, typescriptProgram, WEIGHTS_FILE, type ExportInput } from '.';

/**
 * Runs the exported programs for real — the TypeScript ones with tsx on this checkout's engine,
 * the TensorFlow.js ones with node, the PyTorch ones with Debian's python3-torch — and compares
 * the losses they print with the engine's. One process per language runs all its cases (loading
 * tsx, tfjs or torch takes seconds), each program from its own files, as a reader would run it.
 */
const ROOT = resolve(__dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'unrolled-export-'));
/** Starting tsx, tfjs or torch takes seconds, more on a loaded machine. */
const RUN_TIMEOUT = 120_000;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The tfjs program imports the umbrella package @tensorflow/tfjs, as a reader installs it; this
 * project depends on its parts, so the test puts the same parts in a node_modules beside the
 * programs: tfjs-core with its gradients registered and the CPU backend, bundled as one module.
 */
function installTfjs(): void {
  const dir = join(work, 'node_modules/@tensorflow/tfjs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    '{"name":"@tensorflow/tfjs","type":"module","main":"index.js"}',
  );
  buildSync({
    stdin: {
      contents: [
        "export * from '@tensorflow/tfjs-core';",
        "import '@tensorflow/tfjs-core/dist/register_all_gradients';",
        "import '@tensorflow/tfjs-backend-cpu';",
      ].join('\n'),
      resolveDir: ROOT,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    // tfjs-core reaches Node's own modules (util) through require, which an ES module lacks.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
    outfile: join(dir, 'index.js'),
  });
}

/** Writes a case's weights file and program; returns the program's path. */
function writeCase(name: string, input: ExportInput, file: string, text: string): string {
  const model = createModel(input.config.spec);
  writeFileSync(join(work, `${name}.${WEIGHTS_FILE}`), saveModel(model, input.weights));
  writeFileSync(join(work, `${name}.${file}`), text);
  return join(work, `${name}.${file}`);
}

interface Run {
  readonly out: string;
  /** The program stopped: a thrown error (node) or sys.exit's message (python). */
  readonly stop?: string;
}

/** Imports each program in turn with its weights file as argv[2], capturing what it prints. */
const NODE_DRIVER = `
const cases = JSON.parse(process.argv[2]);
const print = console.log;
const results = {};
for (const [name, file, weights] of cases) {
  const lines = [];
  console.log = (...parts) => lines.push(parts.join(' '));
  process.argv[2] = weights;
  try {
    await import(file);
    results[name] = { out: lines.join('\\n') };
  } catch (error) {
    results[name] = { out: lines.join('\\n'), stop: String(error.message) };
  }
}
console.log = print;
print(JSON.stringify(results));
`;

const PYTHON_DRIVER = `
import contextlib, io, json, runpy, sys
results = {}
for name, file, weights in json.loads(sys.argv[1]):
    sys.argv = [file, weights]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(file, run_name="__main__")
        results[name] = {"out": out.getvalue()}
    except SystemExit as stop:
        results[name] = {"out": out.getvalue(), "stop": str(stop.code)}
print(json.dumps(results))
`;

function runAll(
  command: string[],
  driver: string,
  cases: readonly string[],
  file: string,
  program: (input: ExportInput) => string,
): { inputs: Record<string, ExportInput>; runs: Record<string, Run> } {
  const inputs = Object.fromEntries(cases.map((name) => [name, exportCase(name)]));
  const list = cases.map((name) => [
    name,
    writeCase(name, inputs[name]!, file, program(inputs[name]!)),
    `${name}.${WEIGHTS_FILE}`,
  ]);
  const driverFile = join(work, driver);
  writeFileSync(driverFile, driver.endsWith('.py') ? PYTHON_DRIVER : NODE_DRIVER);
  const out = execFileSync(command[0]!, [...command.slice(1), driverFile, JSON.stringify(list)], {
    cwd: work,
    encoding: 'utf8',
  });
  const runs = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, Run>;
  return { inputs, runs };
}

function printed(run: Run | undefined): { loss: number; after: number } {
  const loss = /^loss (\S+)$/m.exec(run?.out ?? '');
  const after = /^loss after \d+ steps (\S+)$/m.exec(run?.out ?? '');
  if (!loss || !after) throw new Error(`no losses in the program's output: ${JSON.stringify(run)}`);
  return { loss: Number(loss[1]), after: Number(after[1]) };
}

const engineLoss = (input: ExportInput) =>
  meanLoss(createModel(input.config.spec), input.weights, evaluationBatch(input.config));

/** The engine trained as the TS program trains: on the session's data stream after the batch. */
function engineAfterStream(input: ExportInput): number {
  const { config } = input;
  const model = createModel(config.spec);
  const params = input.weights.slice();
  let next: () => Sample;
  if (config.data.kind === 'task') {
    const task = createTask(config.data.name, { ...config.data.params });
    const rng = createRng(dataSeedOf(config));
    for (let k = 0; k < evaluationCount(config); k++) task.sample(rng);
    next = () => task.sample(rng);
  } else {
    const { samples } = config.data;
    let position = 0;
    next = () => samples[position++ % samples.length]!;
  }
  const trainer = createTrainer(model, config.train);
  for (let s = 0; s < input.trainSteps!; s++)
    trainer.bpttStep(params, Array.from({ length: config.batchSize ?? 1 }, next));
  return meanLoss(model, params, evaluationBatch(config));
}

/** The engine trained as the tfjs and PyTorch programs train: on the evaluation batch. */
function engineAfterBatch(input: ExportInput): number {
  const model = createModel(input.config.spec);
  const params = input.weights.slice();
  const evaluation = evaluationBatch(input.config);
  const trainer = createTrainer(model, input.config.train);
  for (let s = 0; s < input.trainSteps!; s++) trainer.bpttStep(params, evaluation);
  return meanLoss(model, params, evaluation);
}

describe('the exported TypeScript program (tsx, on this checkout’s engine)', () => {
  const cases = ['srnTanhText', 'gruDeepBi', 'clockwork', 'srnSamplesCycle'];
  let result: ReturnType<typeof runAll>;
  beforeAll(() => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    result = runAll([tsx], 'driver.mjs', cases, 'program.ts', (i) => typescriptProgram(i, ROOT));
  }, RUN_TIMEOUT);
  it.each(cases)('%s prints the engine’s loss, before and after training on', (name) => {
    const input = result.inputs[name]!;
    const { loss, after } = printed(result.runs[name]);
    expect(Math.abs(loss - engineLoss(input))).toBeLessThan(1e-12);
    expect(Math.abs(after - engineAfterStream(input))).toBeLessThan(1e-12);
    expect(Math.abs(after - loss)).toBeGreaterThan(1e-4);
  });
});

describe('the exported TensorFlow.js program (node, CPU backend, float32)', () => {
  const cases = [
    'srnReluDeepBi',
    'gruDeepBi',
    'lstmAddingLinear',
    'gruParitySigmoid',
    'gruAdagrad',
  ];
  const more = ['lstmPeepholes', 'srnSigmoid'];
  let result: ReturnType<typeof runAll>;
  beforeAll(() => {
    installTfjs();
    result = runAll(
      [process.execPath],
      'driver.mjs',
      [...cases, ...more, 'clockwork'],
      'program.mjs',
      tfjsProgram,
    );
  }, RUN_TIMEOUT);
  it.each([...cases, ...more])('%s prints the engine’s loss to 1e-5, and trains on', (name) => {
    const input = result.inputs[name]!;
    const { loss, after } = printed(result.runs[name]);
    const expected = engineLoss(input);
    expect(Math.abs(loss - expected) / expected).toBeLessThan(1e-5);
    // A few float32 updates (tfjs's RMSProp puts its epsilon inside the root): close, not equal.
    const trained = engineAfterBatch(input);
    expect(Math.abs(after - trained) / trained).toBeLessThan(1e-3);
    expect(Math.abs(after - loss)).toBeGreaterThan(1e-4);
  });
  it('refuses a clockwork RNN, saying why', () => {
    expect(result.runs.clockwork!.stop).toBe(
      'Not exported: This TensorFlow.js program has no clockwork RNN: its modules run on their own periods with a block-triangular W.',
    );
    expect(result.runs.clockwork!.out).toBe('');
  });
});

describe('the exported PyTorch program (Debian python3-torch, float64)', () => {
  const cases = [
    'srnTanhText',
    'srnReluDeepBi',
    'gruDeepBi',
    'lstmText',
    'lstmAddingLinear',
    'gruParitySigmoid',
    'gruAdagrad',
  ];
  const refused = ['lstmPeepholes', 'srnSigmoid', 'clockwork'];
  let result: ReturnType<typeof runAll>;
  beforeAll(() => {
    result = runAll(
      ['/usr/bin/python3'],
      'driver.py',
      [...cases, ...refused],
      'program.py',
      pytorchProgram,
    );
  }, RUN_TIMEOUT);
  it.each(cases)('%s prints the engine’s loss to 1e-6, and the same after training on', (name) => {
    const input = result.inputs[name]!;
    const { loss, after } = printed(result.runs[name]);
    expect(Math.abs(loss - engineLoss(input))).toBeLessThan(1e-6);
    expect(Math.abs(after - engineAfterBatch(input))).toBeLessThan(1e-6);
    expect(Math.abs(after - loss)).toBeGreaterThan(1e-4);
  });
  it.each(refused)('%s is refused with the reason', (name) => {
    expect(result.runs[name]!.stop).toMatch(/^Not exported: torch\.nn/);
    expect(result.runs[name]!.out).toBe('');
  });
});
