/**
 * Measures the Playground presets whose stories quote numbers (the typed-array session, the
 * page's held-out sequences, each preset's own seed) and prints them as the record
 * src/widgets/Playground/presetOutcomes.ts holds; with --check, exits 1 when the record differs.
 * Takes a few minutes (the LSTMs' 600 batches and the EKF's 200 sequences most):
 * `npx tsx scripts/measure-presets.ts`.
 */
import { measurePreset, type PresetMeasure } from '../src/widgets/Playground/measurePreset';
import { presetOutcomes } from '../src/widgets/Playground/presetOutcomes';
import { playgroundPresets } from '../src/widgets/Playground/presets';

const plan: Record<keyof typeof presetOutcomes, { at: number[]; below?: number }> = {
  reber: { at: [333, 2000] },
  srnAdding: { at: [600] },
  lstmBias0: { at: [600] },
  lstmBias5: { at: [500, 600] },
  waveformSrn: { at: [100, 600] },
  waveformClockwork: { at: [100, 600] },
  xorEkf: { at: [40, 60, 200], below: 0.65 },
  xorBptt: { at: [40, 60, 94, 95, 200, 400], below: 0.65 },
};

const measured: Record<string, PresetMeasure> = {};
for (const [key, { at, below }] of Object.entries(plan)) {
  const values = playgroundPresets[key as keyof typeof plan].values;
  const t0 = performance.now();
  measured[key] = measurePreset(values, at, below ?? null);
  console.error(`${key}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(JSON.stringify(measured, null, 2));
if (process.argv.includes('--check')) {
  const same = JSON.stringify(measured) === JSON.stringify(presetOutcomes);
  console.error(same ? 'the record matches' : 'the record DIFFERS from this measurement');
  process.exit(same ? 0 : 1);
}
