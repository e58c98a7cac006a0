import { addingTask } from './adding';
import { charCorpusTask } from './charCorpus';
import { COPY_DEFAULTS, copyTask } from './copy';
import { countingTask } from './counting';
import { twoSequenceTask, TWO_SEQUENCE_DEFAULTS, latchTask } from './latch';
import { task2a, task2b, task2c } from './longLag';
import { MACKEY_GLASS_DEFAULTS, mackeyGlassTask } from './mackeyGlass';
import { multiplicationTask } from './multiplication';
import { parityTask } from './parity';
import { continualEmbeddedReberTask, embeddedReberTask, reberTask } from './reber';
import { SINE_DEFAULTS, sineTask } from './sine';
import { SPIKE_TIMING_DEFAULTS, spikeTimingTask } from './spikeTiming';
import { temporalOrderTask } from './temporalOrder';
import { temporalXorTask } from './temporalXor';
import type { Task } from './types';
import { waveformTask } from './waveform';

/**
 * Every task by name, with the default parameters of its source paper where it has them, so
 * the UI can list tasks and build one from a name plus overrides. The key equals the created
 * task's `name`.
 */
interface TaskRegistryEntry<P extends object> {
  /** One line for menus. */
  readonly description: string;
  /** The paper the task comes from (author year). */
  readonly source: string;
  readonly defaults: Readonly<P>;
  /** Builds the task from the defaults overridden by `params`. */
  create(params?: Partial<P>): Task;
}

function entry<P extends object>(
  description: string,
  source: string,
  defaults: P,
  make: (p: P) => Task,
): TaskRegistryEntry<P> {
  return { description, source, defaults, create: (params) => make({ ...defaults, ...params }) };
}

/** A small bilingual default corpus; Chinese characters are single symbols. */
const DEFAULT_CORPUS =
  'the cat sat on the mat. the dog sat on the log. 循环神经网络记得过去。 the cat saw the dog. ';

/** All task constructors by name, with defaults (see each generator for the task and its source). */
export const taskRegistry = {
  charCorpus: entry(
    'Next-character prediction on a text',
    'Karpathy 2015',
    { text: DEFAULT_CORPUS, seqLength: 25 },
    (p) => charCorpusTask(p.text, p.seqLength),
  ),
  reber: entry('Reber grammar, next symbol', 'Cleeremans et al. 1989', {}, () => reberTask()),
  embeddedReber: entry(
    'Embedded Reber grammar, next symbol',
    'Fahlman 1991; Hochreiter & Schmidhuber 1997',
    {},
    () => embeddedReberTask(),
  ),
  continualEmbeddedReber: entry(
    'Endless stream of embedded Reber strings',
    'Gers, Schmidhuber & Cummins 2000',
    { length: 200 },
    (p) => continualEmbeddedReberTask(p.length),
  ),
  adding1997: entry('Adding problem (original)', 'Hochreiter & Schmidhuber 1997', { T: 100 }, (p) =>
    addingTask('hochreiter1997', p.T),
  ),
  addingModern: entry('Adding problem (two halves)', 'Arjovsky et al. 2016', { T: 100 }, (p) =>
    addingTask('modern', p.T),
  ),
  multiplication: entry(
    'Multiplication problem',
    'Hochreiter & Schmidhuber 1997',
    { T: 100 },
    (p) => multiplicationTask(p.T),
  ),
  temporalOrder6a: entry('Temporal order, 2 symbols', 'Hochreiter & Schmidhuber 1997', {}, () =>
    temporalOrderTask('6a'),
  ),
  temporalOrder6b: entry('Temporal order, 3 symbols', 'Hochreiter & Schmidhuber 1997', {}, () =>
    temporalOrderTask('6b'),
  ),
  twoSequence: entry(
    'Two-sequence problem: class in the first steps, then noise',
    'Bengio, Simard & Frasconi 1994',
    TWO_SEQUENCE_DEFAULTS,
    (p) => twoSequenceTask(p),
  ),
  latch: entry(
    'Latch one bit for T steps',
    'Bengio, Simard & Frasconi 1994',
    { T: 50, noiseStd: 0 },
    (p) => latchTask(p.T, p.noiseStd),
  ),
  temporalXor: entry('Temporal XOR bit stream', 'Elman 1990', { length: 300 }, (p) =>
    temporalXorTask(p.length),
  ),
  task2a: entry('Long lag, two sequences', 'Hochreiter & Schmidhuber 1997', { p: 100 }, (p) =>
    task2a(p.p),
  ),
  task2b: entry('Long lag, random middle', 'Hochreiter & Schmidhuber 1997', { p: 100 }, (p) =>
    task2b(p.p),
  ),
  task2c: entry(
    'Very long lag with distractors',
    'Hochreiter & Schmidhuber 1997',
    { p: 100, q: 100 },
    (p) => task2c(p.p, p.q),
  ),
  waveform320: entry('Generate a 320-step waveform with no input', 'Koutník et al. 2014', {}, () =>
    waveformTask(),
  ),
  sine: entry('Sine one-step prediction', 'Jaeger 2001', SINE_DEFAULTS, (p) => sineTask(p)),
  mackeyGlass: entry(
    'Mackey–Glass chaotic series prediction',
    'Mackey & Glass 1977; Jaeger 2001',
    { ...MACKEY_GLASS_DEFAULTS, length: 500, historyNoise: 0.2, horizon: 1 },
    (p) => mackeyGlassTask(p),
  ),
  parity: entry('Parity of a bit string, at the end', 'Bengio et al. 1994', { length: 50 }, (p) =>
    parityTask(p.length, 'final'),
  ),
  runningParity: entry('Running parity at every step', 'Bengio et al. 1994', { length: 50 }, (p) =>
    parityTask(p.length, 'running'),
  ),
  spikeTiming: entry(
    'Answer a spike one measured gap after two input spikes',
    'Gers, Schraudolph & Schmidhuber 2002',
    SPIKE_TIMING_DEFAULTS,
    (p) => spikeTimingTask(p),
  ),
  copy: entry('Copy K symbols after a delay', 'Arjovsky, Shah & Bengio 2016', COPY_DEFAULTS, (p) =>
    copyTask(p),
  ),
  anbn: entry(
    'aⁿbⁿ: predict the b’s and the end (counting)',
    'Gers & Schmidhuber 2001; Weiss, Goldberg & Yahav 2018',
    { maxN: 10, minN: 1 },
    (p) => countingTask('anbn', p.maxN, p.minN),
  ),
  anbncn: entry(
    'aⁿbⁿcⁿ: predict the b’s, the c’s and the end (counting)',
    'Gers & Schmidhuber 2001; Weiss, Goldberg & Yahav 2018',
    { maxN: 10, minN: 1 },
    (p) => countingTask('anbncn', p.maxN, p.minN),
  ),
} as const;

/** A registered task name (equal to the created task's `name`). */
type TaskName = keyof typeof taskRegistry;

/** The registered task names, in registry order. */
export const taskNames = Object.keys(taskRegistry) as TaskName[];

/** Builds a task by name (e.g. from a URL or saved state). Throws on an unknown name. */
export function createTask(name: string, params: Record<string, unknown> = {}): Task {
  if (!Object.hasOwn(taskRegistry, name)) {
    throw new Error(`unknown task name ${JSON.stringify(name)}; known: ${taskNames.join(', ')}`);
  }
  const e = taskRegistry[name as TaskName] as unknown as TaskRegistryEntry<object>;
  return e.create(params);
}
