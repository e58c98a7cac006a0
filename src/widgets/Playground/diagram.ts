import { parameterCount, type Model } from '../../core/model';

/**
 * The model as boxes, read from the engine's own layout (`model.layout.blocks`, named
 * `l<layer>.<fwd|bwd>.<block>` and `head.<block>`), so the picture and the parameter count are
 * the engine's, not a second description of it.
 */
export interface DiagramBlock {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Entries the optimiser trains (clockwork masks excluded). */
  readonly trainable: number;
}

export interface DiagramCell {
  readonly direction: 'fwd' | 'bwd';
  readonly blocks: readonly DiagramBlock[];
  readonly trainable: number;
}

export interface ModelDiagram {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly layers: readonly {
    readonly cells: readonly DiagramCell[];
    readonly outputSize: number;
  }[];
  readonly head: { readonly blocks: readonly DiagramBlock[]; readonly trainable: number } | null;
  readonly outputSize: number;
  readonly output: Model['spec']['output'];
  /** Equals the engine's parameterCount(model). */
  readonly total: number;
}

export function modelDiagram(model: Model): ModelDiagram {
  const trainableIn = (offset: number, size: number) => {
    if (!model.frozen) return size;
    let n = 0;
    for (let k = offset; k < offset + size; k++) if (!model.frozen[k]) n++;
    return n;
  };
  const cells = new Map<string, DiagramBlock[]>();
  const head: DiagramBlock[] = [];
  for (const b of model.layout.blocks) {
    const block = {
      name: b.name.slice(b.name.lastIndexOf('.') + 1),
      rows: b.rows,
      cols: b.cols,
      trainable: trainableIn(b.offset, b.rows * b.cols),
    };
    if (b.name.startsWith('head.')) head.push(block);
    else {
      const key = b.name.slice(0, b.name.lastIndexOf('.'));
      cells.set(key, [...(cells.get(key) ?? []), block]);
    }
  }
  const sum = (blocks: readonly DiagramBlock[]) => blocks.reduce((s, b) => s + b.trainable, 0);
  const layers = model.layers.map((layer, l) => ({
    outputSize: layer.outputSize,
    cells: (['fwd', 'bwd'] as const)
      .filter((d) => cells.has(`l${l}.${d}`))
      .map((direction) => {
        const blocks = cells.get(`l${l}.${direction}`)!;
        return { direction, blocks, trainable: sum(blocks) };
      }),
  }));
  return {
    inputSize: model.spec.inputSize,
    hiddenSize: model.spec.hiddenSize,
    layers,
    head: model.head ? { blocks: head, trainable: sum(head) } : null,
    outputSize: model.spec.outputSize,
    output: model.spec.output,
    total: parameterCount(model),
  };
}
