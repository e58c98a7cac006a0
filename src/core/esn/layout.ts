/**
 * An ESN's weight matrices by name and shape, trained or fixed, as createEsn and the readout fit
 * make them: the fixed input weights W_in (N × (1 + K), bias column first), the fixed reservoir
 * W (N × N), the fixed feedback W_fb (N × L) when there is feedback, and the trained readout
 * W_out (L × (1 + K + N)). What a diagram of the network draws, and what it counts.
 */
import type { EsnConfig } from './config';

export interface EsnBlock {
  readonly name: 'W_in' | 'W' | 'W_fb' | 'W_out';
  readonly rows: number;
  readonly cols: number;
  /** Only the readout is trained; the reservoir's weights stay as drawn. */
  readonly trained: boolean;
}

export function esnLayout(config: EsnConfig): EsnBlock[] {
  const { inputSize: k, reservoirSize: n, outputSize: l } = config;
  return [
    { name: 'W_in', rows: n, cols: 1 + k, trained: false },
    { name: 'W', rows: n, cols: n, trained: false },
    ...(config.outputFeedback ? [{ name: 'W_fb' as const, rows: n, cols: l, trained: false }] : []),
    { name: 'W_out', rows: l, cols: 1 + k + n, trained: true },
  ];
}
