import { nmse } from '../core/metrics';
import {
  createModel,
  forward,
  initParams,
  type ModelSpec,
  parameterCount,
  type Sample,
} from '../core/model';
import { blockView } from '../core/params';
import { createRng, uniform } from '../core/rng';
import { waveform320 } from '../core/tasks';
import { createTrainer } from '../core/train';
import { fmt, type ReproRow } from './common';

/**
 * Sequence generation after Koutník et al. (2014), whose setup we could not read (only the
 * abstracts): here the networks get NO input and must produce a 320-step waveform from their own
 * dynamics (free-running); SRN, LSTM and clockwork RNN compared at (nearly) equal numbers of
 * trainable parameters. Our waveform is a synthetic stand-in for the paper's audio (see
 * tasks/waveform.ts).
 */
function generationNmse(spec: ModelSpec, seed: number, iterations: number) {
  const wave = waveform320();
  const sample: Sample = {
    inputs: Array.from(wave, () => new Float64Array(0)),
    targets: Array.from(wave, (v) => Float64Array.of(v)),
  };
  const model = createModel(spec);
  const params = initParams(model, seed);
  // With no input and zero biases the state would stay at zero forever: start biases random.
  const rng = createRng(seed + 17);
  for (const b of model.layout.blocks) {
    if (b.cols === 1 && !b.name.startsWith('head.'))
      blockView(params, b).forEach((_, k, v) => (v[k] = uniform(rng, -0.5, 0.5)));
  }
  const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 1 });
  for (let i = 0; i < iterations; i++) trainer.bpttStep(params, [sample]);
  const out = forward(model, params, sample.inputs).logits;
  return { nmse: nmse(out, sample.targets as Float64Array[]), parameters: parameterCount(model) };
}

const generationSpecs: Record<'srn' | 'lstm' | 'clockwork', ModelSpec> = (() => {
  const base = {
    inputSize: 0,
    outputSize: 1,
    output: 'linear',
    layers: 1,
    bidirectional: false,
  } as const;
  return {
    srn: { ...base, cell: { kind: 'srn', activation: 'tanh' }, hiddenSize: 14 },
    lstm: { ...base, cell: { kind: 'lstm', peepholes: false, forgetBias: 1 }, hiddenSize: 7 },
    clockwork: {
      ...base,
      cell: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4, 8, 16, 32] },
      hiddenSize: 18,
    },
  };
})();

export function reproduceClockwork(seeds = [1, 2, 3], iterations = 5000): ReproRow {
  const results = Object.fromEntries(
    Object.entries(generationSpecs).map(([name, spec]) => {
      const runs = seeds.map((seed) => generationNmse(spec, seed, iterations));
      const sorted = runs.map((r) => r.nmse).sort((a, b) => a - b);
      return [
        name,
        {
          median: sorted[Math.floor(sorted.length / 2)]!,
          best: sorted[0]!,
          parameters: runs[0]!.parameters,
        },
      ];
    }),
  ) as Record<keyof typeof generationSpecs, { median: number; best: number; parameters: number }>;
  const { srn, lstm, clockwork } = results;
  return {
    experiment: 'Free-running generation of a 320-step waveform at equal parameter counts',
    source: 'Koutník, Greff, Gomez & Schmidhuber 2014 (abstracts read)',
    published:
      'CW-RNN "improves the performance significantly in the tasks tested" over the SRN; beats the LSTM on one reading of the arXiv v1 abstract; their table of NMSE: not checked',
    measured: `median NMSE over ${seeds.length} runs: CW-RNN ${fmt(clockwork.median)}, LSTM ${fmt(lstm.median)}, SRN ${fmt(srn.median)} (parameters ${clockwork.parameters}, ${lstm.parameters}, ${srn.parameters})`,
    // Only the claim we could read: the CW-RNN does best. The LSTM–SRN order was not checked.
    reproduced: clockwork.median < lstm.median && clockwork.median < srn.median,
    details: { iterations, cwBest: clockwork.best, lstmBest: lstm.best, srnBest: srn.best },
  };
}
