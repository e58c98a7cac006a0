import type { EsnConfig } from '../../core/esn';
import type { ModelSpec } from '../../core/model';

/** The eight members of the family the widget draws, in the order the chapter names them. */
export const MEMBERS = [
  'srn',
  'jordan',
  'bidirectional',
  'deep',
  'esn',
  'gru',
  'lstm',
  'cwrnn',
] as const;
export type Member = (typeof MEMBERS)[number];

/** The sizes the reader picks; each member uses the ones that apply to it. */
export interface FamilySizes {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** Stacked layers (deep RNN only). */
  readonly layers: number;
  /** LSTM peepholes (Gers & Schmidhuber 2000). */
  readonly peepholes: boolean;
}

/** A member as the engine knows it: a trainable model spec, or an echo state network. */
export type MemberSpec =
  | { readonly kind: 'model'; readonly spec: ModelSpec }
  | { readonly kind: 'esn'; readonly config: EsnConfig };

/** Periods of the clockwork modules, fastest first (Koutník et al. 2014 use powers of two). */
export const CLOCKWORK_PERIODS = [1, 2, 4, 8] as const;

/** The clockwork RNN splits H units into min(4, H) modules with periods 1, 2, 4, 8. */
export function clockworkPeriods(hiddenSize: number): number[] {
  return CLOCKWORK_PERIODS.slice(0, Math.min(CLOCKWORK_PERIODS.length, hiddenSize));
}

/** Reservoir sparsity of the drawn ESN: half the entries of W are zero (small N needs density). */
export const ESN_SPARSITY = 0.5;

/** The engine's specification of a member at the reader's sizes. */
export function memberSpec(member: Member, sizes: FamilySizes, seed: number): MemberSpec {
  const base = {
    inputSize: sizes.inputSize,
    hiddenSize: sizes.hiddenSize,
    outputSize: sizes.outputSize,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  } as const;
  const model = (spec: ModelSpec): MemberSpec => ({ kind: 'model', spec });
  switch (member) {
    case 'srn':
      return model({ ...base, cell: { kind: 'srn', activation: 'tanh' } });
    case 'jordan':
      return model({ ...base, cell: { kind: 'jordan', activation: 'tanh' } });
    case 'bidirectional':
      return model({ ...base, bidirectional: true, cell: { kind: 'srn', activation: 'tanh' } });
    case 'deep':
      return model({ ...base, layers: sizes.layers, cell: { kind: 'srn', activation: 'tanh' } });
    case 'gru':
      return model({ ...base, cell: { kind: 'gru' } });
    case 'lstm':
      return model({
        ...base,
        cell: { kind: 'lstm', peepholes: sizes.peepholes, forgetBias: 1 },
      });
    case 'cwrnn':
      return model({
        ...base,
        cell: {
          kind: 'clockwork',
          activation: 'tanh',
          periods: clockworkPeriods(sizes.hiddenSize),
        },
      });
    case 'esn':
      return {
        kind: 'esn',
        config: {
          inputSize: sizes.inputSize,
          reservoirSize: sizes.hiddenSize,
          outputSize: sizes.outputSize,
          spectralRadius: 0.9,
          sparsity: ESN_SPARSITY,
          inputScaling: 1,
          biasScaling: 0.2,
          leakRate: 1,
          outputFeedback: false,
          ridge: 1e-6,
          washout: 20,
          seed,
        },
      };
  }
}

/** The chapter that treats each member in depth (slug under /<lang>/). */
export type ChapterSlug = '02-training' | '03-lstm' | '04-clockwork' | '05-implementation';
export const MEMBER_CHAPTER: Readonly<Record<Member, ChapterSlug>> = {
  srn: '02-training',
  jordan: '02-training',
  bidirectional: '05-implementation',
  deep: '05-implementation',
  esn: '02-training',
  gru: '03-lstm',
  lstm: '03-lstm',
  cwrnn: '04-clockwork',
};
