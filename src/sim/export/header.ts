import { describeData, type ExportInput } from './exportInput';
import type { OptimiserSpec } from '../../core/train';

/** The file name the weights are downloaded as, and every program reads by default. */
export const WEIGHTS_FILE = 'unrolled-weights.json';

function describeCell(input: ExportInput): string {
  const { spec } = input.config;
  const { cell } = spec;
  const kind =
    cell.kind === 'srn' || cell.kind === 'jordan'
      ? `${cell.kind.toUpperCase()} (${cell.activation})`
      : cell.kind === 'clockwork'
        ? `clockwork RNN (${cell.activation}, periods ${cell.periods.join(', ')})`
        : cell.kind === 'lstm'
          ? `LSTM${cell.peepholes ? ' with peepholes' : ''}${cell.variant && cell.variant !== 'standard' ? `, variant ${cell.variant}` : ''}`
          : 'GRU';
  const shape = `${spec.layers} layer${spec.layers > 1 ? 's' : ''}${spec.bidirectional ? ', bidirectional' : ''}`;
  return `${kind}, input ${spec.inputSize}, hidden ${spec.hiddenSize}, output ${spec.outputSize} (${spec.output}), ${shape}`;
}

export function describeOptimiser(o: OptimiserSpec): string {
  const extra = Object.entries(o)
    .filter(([key]) => key !== 'kind' && key !== 'lr')
    .map(([key, value]) => `${key} ${String(value)}`);
  return [`${o.kind}, learning rate ${o.lr}`, ...extra].join(', ');
}

/** The settings the program was made for, one comment line each. */
export function settingsLines(input: ExportInput, comment: string): string[] {
  const { config } = input;
  const { train } = config;
  const clipping = [
    train.clipNorm !== undefined ? `norm ${train.clipNorm}` : null,
    train.clipValue !== undefined ? `value ±${train.clipValue}` : null,
  ].filter((c) => c !== null);
  return [
    `Exported from Unrolled${input.source ? ` (${input.source})` : ''}.`,
    `Model: ${describeCell(input)}.`,
    `Optimiser: ${describeOptimiser(train.optimiser)}; clipping: ${clipping.length > 0 ? clipping.join(', ') : 'none'}.`,
    `Batch: ${config.batchSize ?? 1}; weight seed ${config.seed}.`,
    `Data: ${describeData(config)}.`,
  ].map((line) => `${comment} ${line}`);
}
