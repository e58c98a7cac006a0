/**
 * Every trainable model keeps its parameters in ONE flat Float64Array, cut into named row-major
 * blocks. Gradients, optimiser moments, EKF covariances and saved files all use the same
 * layout, so a model can move between engines and be checked block by block.
 */
export interface ParamBlock {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Index of the block's first entry in the flat vector. */
  readonly offset: number;
}

export interface ParamLayout {
  readonly blocks: readonly ParamBlock[];
  readonly size: number;
}

export function layoutOf(
  blocks: readonly (readonly [name: string, rows: number, cols: number])[],
): ParamLayout {
  let offset = 0;
  const out: ParamBlock[] = [];
  const seen = new Set<string>();
  for (const [name, rows, cols] of blocks) {
    if (seen.has(name)) throw new Error(`duplicate parameter block "${name}"`);
    seen.add(name);
    out.push({ name, rows, cols, offset });
    offset += rows * cols;
  }
  return { blocks: out, size: offset };
}

/** The layout of several parts side by side, with each part's block names prefixed. */
export function concatLayouts(
  parts: readonly (readonly [prefix: string, layout: ParamLayout])[],
): ParamLayout {
  return layoutOf(
    parts.flatMap(([prefix, layout]) =>
      layout.blocks.map((b) => [`${prefix}${b.name}`, b.rows, b.cols] as const),
    ),
  );
}

export function block(layout: ParamLayout, name: string): ParamBlock {
  const found = layout.blocks.find((b) => b.name === name);
  if (!found)
    throw new Error(
      `no parameter block "${name}" (have ${layout.blocks.map((b) => b.name).join(', ')})`,
    );
  return found;
}

/** The entries of one block, as a view into the flat vector (writes go through). */
export function blockView(params: Float64Array, b: ParamBlock): Float64Array {
  return params.subarray(b.offset, b.offset + b.rows * b.cols);
}
