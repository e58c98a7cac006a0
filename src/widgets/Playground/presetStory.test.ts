import { describe, expect, it } from 'vitest';
import { playgroundMeta } from './meta';
import { runKeyOf, storyPreset } from './presetStory';
import { playgroundPresets } from './presets';

const settings = (values: object) => playgroundMeta.props.parse(values);
const ekf = settings(playgroundPresets.xorEkf.values);

describe('a run and its story, whatever the step budget', () => {
  it('the step budget and the Watch axis do not make another run; any other setting does', () => {
    expect(runKeyOf({ ...ekf, steps: 40, watchAxis: 'time' })).toBe(runKeyOf(ekf));
    expect(runKeyOf({ ...ekf, seed: 2 })).not.toBe(runKeyOf(ekf));
    expect(runKeyOf({ ...ekf, ekfQ: 0.001 })).not.toBe(runKeyOf(ekf));
  });

  it('a preset keeps its story at any budget, and loses it with any other change', () => {
    for (const [key, preset] of Object.entries(playgroundPresets)) {
      expect(storyPreset(settings(preset.values))).toBe(key);
      expect(storyPreset(settings({ ...preset.values, steps: 40 }))).toBe(key);
      expect(storyPreset(settings({ ...preset.values, seed: 9 }))).toBe('');
    }
  });
});
