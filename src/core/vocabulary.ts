/**
 * Symbols are Unicode code points, so a Chinese character or an emoji is one symbol,
 * never two UTF-16 halves.
 */
export interface Vocabulary {
  readonly symbols: readonly string[];
  indexOf(symbol: string): number;
}

export function symbolsOf(text: string): string[] {
  return Array.from(text);
}

/** The distinct symbols of a text, sorted by code point so the order is stable. */
export function vocabularyOf(text: string): Vocabulary {
  const symbols = [...new Set(symbolsOf(text))].sort(
    (a, b) => a.codePointAt(0)! - b.codePointAt(0)!,
  );
  const index = new Map(symbols.map((s, i) => [s, i] as const));
  return {
    symbols,
    indexOf(symbol) {
      const i = index.get(symbol);
      if (i === undefined)
        throw new Error(`symbol ${JSON.stringify(symbol)} is not in the vocabulary`);
      return i;
    },
  };
}

export function oneHot(index: number, size: number): Float64Array {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new Error(`oneHot: index ${index} outside 0..${size - 1}`);
  }
  const v = new Float64Array(size);
  v[index] = 1;
  return v;
}
