// The CharRNN figure's own training text (a text file, not UI): the row trains what readers train.
// eslint-disable-next-line no-restricted-imports
import corpus from '../../content/corpus/en.txt?raw';
import { charModelSpec, corpusTrainingText, PRETRAINED, prepareText } from '../core/charModel';
import { resolveConfig } from '../sim/config';
import type { SessionConfig } from '../sim/types';
import { TypedArraySessionCore } from '../sim/typedArraySessionCore';
import { wasmTrainers } from '../sim/wasmSessionCore';
import { loadEngineModule } from '../wasm';
import { autoVerdict } from './autoPick';

/**
 * The CharRNN row: chapter 1's CharRNN with its default settings (the shipped LSTM's shape on
 * the project's English corpus: H = 32, one layer, 32 characters a sequence, batch 16, Adam,
 * clipping at 5), as its session trains it — guarded steps of a TypedArraySessionCore — on the
 * typed arrays (its default until this issue), on the wasm engine, and on what 'auto' picks.
 */
export function charRnnConfig(): SessionConfig {
  const prepared = prepareText(corpusTrainingText(corpus), PRETRAINED.seqLen);
  if (!prepared.ok) throw new Error('the project corpus does not prepare');
  const { text, symbols } = prepared.value;
  return {
    spec: charModelSpec(PRETRAINED.cell, PRETRAINED.hidden, PRETRAINED.layers, symbols.length),
    seed: 1,
    train: { optimiser: { kind: 'adam', lr: PRETRAINED.lr }, clipNorm: PRETRAINED.clip },
    data: { kind: 'task', name: 'charCorpus', params: { text, seqLength: PRETRAINED.seqLen } },
    batchSize: PRETRAINED.batch,
  };
}

/** Characters per second of a session core over about `budgetMs` after two warm-up steps. */
function charsPerSecond(core: TypedArraySessionCore, budgetMs: number): number {
  core.step();
  core.step();
  let steps = 0;
  const start = performance.now();
  do {
    core.step();
    steps++;
  } while (performance.now() - start < budgetMs || steps < 3);
  const seconds = (performance.now() - start) / 1000;
  return (steps * PRETRAINED.batch * PRETRAINED.seqLen) / seconds;
}

export async function measureCharRnn(budgetMs: number) {
  const config = charRnnConfig();
  const resolved = resolveConfig(config);
  const loaded = await loadEngineModule();
  const core = charsPerSecond(new TypedArraySessionCore(resolved), budgetMs);
  const simd = charsPerSecond(
    new TypedArraySessionCore(resolved, wasmTrainers(resolved, loaded)),
    budgetMs,
  );
  const auto = await autoVerdict(config);
  const picked = auto.engine === 'simd' ? simd : core;
  return {
    kind: 'charRnn',
    V: config.spec.inputSize,
    charsPerSecond: { core, simd },
    auto: auto.engine,
    autoRates: auto.rates,
    autoOverCore: picked / core,
  };
}
