import { describe, expect, it } from 'vitest';
import { waveform320 } from '../../core/tasks';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { compose } from './compose';
import { measurePreset } from './measurePreset';
import { playgroundMeta } from './meta';
import { presetOutcomes as record } from './presetOutcomes';
import { playgroundPresets } from './presets';

/**
 * The presets' stories quote numbers measured in Node (scripts/measure-presets.ts, recorded in
 * presetOutcomes.ts). Here: the record is these presets' runs (their first steps agree to
 * rounding; the cheap run is measured whole), the stories quote the record, and the record
 * bears out each story's claim.
 */
const two = (v: number) => v.toPrecision(2);
const at = (key: keyof typeof record, step: number) => record[key].checkpoints[step]!;
/** The waveform's variance: the mean squared error of the best constant output. */
const wave = waveform320();
const mean = wave.reduce((s, v) => s + v, 0) / wave.length;
const variance = wave.reduce((s, v) => s + (v - mean) ** 2, 0) / wave.length;

describe('Playground presets', () => {
  it('every preset composes a session that trains (none is refused)', () => {
    for (const [key, preset] of Object.entries(playgroundPresets)) {
      const c = compose(playgroundMeta.props.parse(preset.values));
      expect(c.ok, key).toBe(true);
    }
  });

  it('share one set of props, so a preset leaves nothing of the run before it', () => {
    const keys = Object.values(playgroundPresets).map((p) => Object.keys(p.values).sort());
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it('the recorded runs are these presets’ runs: their first three losses agree', () => {
    for (const key of Object.keys(record) as (keyof typeof record)[]) {
      const { firstLosses } = measurePreset(playgroundPresets[key].values, [3]);
      expect(firstLosses.length, key).toBe(3);
      firstLosses.forEach((loss, i) =>
        expect(Math.abs(loss - record[key].firstLosses[i]!), key).toBeLessThan(1e-12),
      );
    }
  });

  it('BPTT on temporal XOR, measured again to sequence 100, gives the recorded numbers', () => {
    const run = measurePreset(playgroundPresets.xorBptt.values, [60, 100], 0.65);
    expect(run.checkpoints[60]!.lossSmoothed).toBeCloseTo(at('xorBptt', 60).lossSmoothed, 12);
    expect(run.checkpoints[60]!.metric).toBeCloseTo(at('xorBptt', 60).metric, 12);
    expect(run.below).toEqual(record.xorBptt.below);
  });

  it('the record bears out the stories’ claims', () => {
    // The clockwork generates the waveform; the SRN does no better than a constant.
    expect(at('waveformSrn', 600).metric).toBeGreaterThan(0.99 * variance);
    expect(at('waveformClockwork', 600).metric).toBeLessThan(at('waveformSrn', 600).metric / 10);
    expect(at('waveformClockwork', 100).metric).toBeLessThan(at('waveformSrn', 100).metric / 2);
    // The EKF's loss falls below 0.65 nats in fewer sequences; BPTT catches up later.
    expect(record.xorEkf.below!.step!).toBeLessThan(record.xorBptt.below!.step! / 2);
    expect(at('xorEkf', 60).lossSmoothed).toBeLessThan(at('xorBptt', 60).lossSmoothed - 0.02);
    expect(at('xorBptt', 400).lossSmoothed).toBeLessThan(at('xorEkf', 200).lossSmoothed);
  });

  it('the stories quote the record, in both languages', () => {
    const quotes: Record<keyof typeof record, string[]> = {
      waveformSrn: [
        two(at('waveformSrn', 600).metric),
        two(variance),
        two(at('waveformClockwork', 600).metric),
      ],
      waveformClockwork: [
        two(at('waveformClockwork', 100).metric),
        two(at('waveformClockwork', 600).metric),
        two(at('waveformSrn', 600).metric),
      ],
      xorEkf: [
        two(at('xorEkf', 60).lossSmoothed),
        String(record.xorEkf.below!.step),
        two(at('xorBptt', 60).lossSmoothed),
        String(record.xorBptt.below!.step),
      ],
      xorBptt: [
        two(at('xorBptt', 60).lossSmoothed),
        String(record.xorBptt.below!.step),
        two(at('xorEkf', 200).lossSmoothed),
        two(at('xorBptt', 200).lossSmoothed),
        two(at('xorBptt', 400).lossSmoothed),
      ],
    };
    for (const strings of [en, zh])
      for (const [key, numbers] of Object.entries(quotes))
        for (const n of numbers)
          expect(strings.playground.stories[key], `${key}: ${n}`).toContain(n);
  });
});
