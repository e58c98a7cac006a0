import { createEsn } from '../../core/esn';
import { createModel, parameterCount } from '../../core/model';
import type { MemberSpec } from './members';

export interface BlockCount {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Entries the training changes (masked clockwork entries and fixed ESN weights excluded). */
  readonly trained: number;
  readonly trainable: boolean;
}

export interface ParameterCount {
  /** Entries in the engine's layout (createModel(spec).layout.size), or the ESN's readout. */
  readonly layoutSize: number;
  /** Entries the training changes: the layout minus a clockwork RNN's masked-off blocks. */
  readonly trained: number;
  /** Structurally zero entries of a clockwork W (its lower-left blocks). */
  readonly masked: number;
  /** An ESN's fixed random weights, W_in (with its bias column) and W, all entries. */
  readonly fixed: number;
  /** Of `fixed`, the nonzero entries of this seed's sparse reservoir W plus all of W_in. */
  readonly fixedNonzero: number;
  readonly blocks: readonly BlockCount[];
}

/** Parameter counts of a member at the reader's sizes, straight from the engine. */
export function countParameters(member: MemberSpec): ParameterCount {
  if (member.kind === 'model') {
    const model = createModel(member.spec);
    const trained = parameterCount(model);
    const blocks = model.layout.blocks.map((b) => {
      let frozen = 0;
      if (model.frozen)
        for (let k = b.offset; k < b.offset + b.rows * b.cols; k++) frozen += model.frozen[k]!;
      return {
        name: b.name,
        rows: b.rows,
        cols: b.cols,
        trained: b.rows * b.cols - frozen,
        trainable: true,
      };
    });
    return {
      layoutSize: model.layout.size,
      trained,
      masked: model.layout.size - trained,
      fixed: 0,
      fixedNonzero: 0,
      blocks,
    };
  }
  const { config } = member;
  const N = config.reservoirSize;
  const K = config.inputSize;
  const L = config.outputSize;
  const esn = createEsn(config);
  const nonzero = esn.w.data.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
  const readout = L * (1 + K + N);
  const blocks: BlockCount[] = [
    { name: 'W_in', rows: N, cols: 1 + K, trained: 0, trainable: false },
    { name: 'W', rows: N, cols: N, trained: 0, trainable: false },
    { name: 'W_out', rows: L, cols: 1 + K + N, trained: readout, trainable: true },
  ];
  return {
    layoutSize: readout,
    trained: readout,
    masked: 0,
    fixed: N * (1 + K) + N * N,
    fixedNonzero: N * (1 + K) + nonzero,
    blocks,
  };
}
