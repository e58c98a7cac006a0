import type { ModelSpec } from '../model/spec';

/** A tanh SRN with one input and one sigmoid output: the bit tasks of chapter 2 (latch, delay). */
export function bitSrnSpec(hidden: number): ModelSpec {
  return {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: 1,
    hiddenSize: hidden,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'sigmoid',
  };
}
