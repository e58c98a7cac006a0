import { visibleSymbol } from '../../charts/stateHeatmap';
import { OTHER_SYMBOL } from '../../core/charModel';

/**
 * How the figure writes the model's symbols for a reader. The "other" symbol (every character
 * beyond the vocabulary cap, stored as U+FFFD) is written as a named placeholder, `other`
 * (⟨other⟩ / ⟨其他⟩): a replacement character would read as broken text.
 */

/** One symbol as a label: spaces and line breaks made visible, "other" named. */
export function readableSymbol(symbol: string, other: string): string {
  return symbol === OTHER_SYMBOL ? other : visibleSymbol(symbol);
}

/** Running text (a sample, a seed): only the "other" symbol is replaced. */
export function readableText(text: string, other: string): string {
  return text.split(OTHER_SYMBOL).join(other);
}
