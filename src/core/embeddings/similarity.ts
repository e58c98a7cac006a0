/** Cosine similarity a·b / (‖a‖ ‖b‖); 0 when either vector is zero. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`vectors of length ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The n × n matrix of pairwise cosine similarities, row by row. */
export function similarityMatrix(vectors: readonly ArrayLike<number>[]): number[][] {
  return vectors.map((a) => vectors.map((b) => cosineSimilarity(a, b)));
}

interface Neighbour {
  readonly index: number;
  readonly similarity: number;
}

/** The k vectors most similar to vectors[i] (itself excluded), most similar first. */
export function nearestNeighbours(
  vectors: readonly ArrayLike<number>[],
  i: number,
  k: number,
): Neighbour[] {
  return vectors
    .map((v, index) => ({ index, similarity: cosineSimilarity(vectors[i]!, v) }))
    .filter((n) => n.index !== i)
    .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
    .slice(0, k);
}

/**
 * Mean cosine similarity of pairs of distinct items in the same group and in different groups:
 * the number that says whether a set of vectors has the groups' structure.
 */
export function groupSimilarity(
  vectors: readonly ArrayLike<number>[],
  groups: readonly string[],
): { within: number; between: number } {
  let within = 0;
  let nw = 0;
  let between = 0;
  let nb = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const s = cosineSimilarity(vectors[i]!, vectors[j]!);
      if (groups[i] === groups[j]) {
        within += s;
        nw++;
      } else {
        between += s;
        nb++;
      }
    }
  }
  return { within: nw ? within / nw : 0, between: nb ? between / nb : 0 };
}
