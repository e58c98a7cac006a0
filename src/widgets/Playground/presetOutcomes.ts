import type { PresetMeasure } from './measurePreset';

/**
 * What the presets with measured stories measured (scripts/measure-presets.ts printed this; run
 * it with --check to measure again and compare). presets.test.ts checks the stories quote it.
 */
export const presetOutcomes: Record<
  'waveformSrn' | 'waveformClockwork' | 'xorEkf' | 'xorBptt',
  PresetMeasure
> = {
  waveformSrn: {
    firstLosses: [0.08220986707044202, 0.08226517771994979, 0.08218264272881645],
    checkpoints: {
      '100': {
        metric: 0.16362365281736735,
        lossSmoothed: 0.0819892869148796,
      },
      '600': {
        metric: 0.16357198664717512,
        lossSmoothed: 0.08544139557197303,
      },
    },
    below: null,
  },
  waveformClockwork: {
    firstLosses: [0.08220986707044202, 0.0821748376761264, 0.08207466819842776],
    checkpoints: {
      '100': {
        metric: 0.06205235988854357,
        lossSmoothed: 0.03668839945343669,
      },
      '600': {
        metric: 0.0027955350252330514,
        lossSmoothed: 0.002160978780540125,
      },
    },
    below: null,
  },
  xorEkf: {
    firstLosses: [0.8001609358547074, 0.6974115074251197, 0.6912540953394103],
    checkpoints: {
      '60': {
        metric: 0.642,
        lossSmoothed: 0.6394803074124977,
      },
      '200': {
        metric: 0.665,
        lossSmoothed: 0.5866983054165675,
      },
    },
    below: {
      threshold: 0.65,
      step: 36,
    },
  },
  xorBptt: {
    firstLosses: [0.7023154577717199, 0.7000926206439141, 0.6993983677073358],
    checkpoints: {
      '60': {
        metric: 0.6675,
        lossSmoothed: 0.6788181810161927,
      },
      '200': {
        metric: 0.665,
        lossSmoothed: 0.5905864002606879,
      },
      '400': {
        metric: 0.671,
        lossSmoothed: 0.5206419535295195,
      },
    },
    below: {
      threshold: 0.65,
      step: 95,
    },
  },
};
