import type { PresetMeasure } from './measurePreset';
import type { playgroundPresets } from './presets';

/**
 * What every preset measured (scripts/measure-presets.ts printed this; run
 * it with --check to measure again and compare). presets.test.ts checks the stories quote it.
 */
export const presetOutcomes: Record<keyof typeof playgroundPresets, PresetMeasure> = {
  reber: {
    firstLosses: [1.9544822644726767, 1.8469667776946284, 1.9655498409924426],
    checkpoints: {
      '333': {
        metric: 0.6014492753623188,
        lossSmoothed: 0.6195319848604349,
      },
      '2000': {
        metric: 0.5434782608695652,
        lossSmoothed: 0.5934903699878946,
      },
    },
    below: null,
  },
  srnAdding: {
    firstLosses: [0.5810709696774627, 0.522411286563121, 0.7145823693456008],
    checkpoints: {
      '600': {
        metric: 0.20338335478065428,
        lossSmoothed: 0.08545696490974873,
      },
    },
    below: null,
  },
  lstmBias0: {
    firstLosses: [0.5599163694294697, 0.5074293573367541, 0.7142730548203052],
    checkpoints: {
      '600': {
        metric: 0.20620497433304852,
        lossSmoothed: 0.08508716046092892,
      },
    },
    below: null,
  },
  lstmBias5: {
    firstLosses: [0.6441940021888476, 0.5217407889464081, 0.5730101498962873],
    checkpoints: {
      '500': {
        metric: 0.1986934614121651,
        lossSmoothed: 0.08054318761780821,
      },
      '600': {
        metric: 0.005955444444411158,
        lossSmoothed: 0.009731266096678362,
      },
    },
    below: null,
  },
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
      '40': {
        metric: 0.6433333333333333,
        lossSmoothed: 0.6485281699728187,
      },
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
      step: 39,
    },
  },
  xorBptt: {
    firstLosses: [0.7023154577717199, 0.7000926206439141, 0.6993983677073358],
    checkpoints: {
      '40': {
        metric: 0.5836666666666667,
        lossSmoothed: 0.6873739656428849,
      },
      '60': {
        metric: 0.6675,
        lossSmoothed: 0.6788181810161927,
      },
      '94': {
        metric: 0.6668333333333333,
        lossSmoothed: 0.6502505607637689,
      },
      '95': {
        metric: 0.6655,
        lossSmoothed: 0.6496008153817245,
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

/**
 * The EKF's temporal XOR measured the same way in Chromium 156
 * (scripts/measure-presets-browser.mjs): the filter magnifies the last bit in which that
 * browser's Math.exp and Math.log differ from Node's (V8 11.3) into another curve. Every other
 * preset agrees with Node's record to 10⁻⁸ there, so its stories quote one number; the EKF's
 * stories quote the range of the two.
 */
export const ekfInChromium: PresetMeasure = {
  firstLosses: [0.8145187144576616, 0.6819799480011968, 0.6802349625581693],
  checkpoints: {
    '40': {
      metric: 0.6618333333333334,
      lossSmoothed: 0.626357936376638,
    },
    '60': {
      metric: 0.6616666666666666,
      lossSmoothed: 0.6111201056066876,
    },
    '200': {
      metric: 0.6493333333333333,
      lossSmoothed: 0.5652208893251218,
    },
  },
  below: {
    threshold: 0.65,
    step: 17,
  },
};
