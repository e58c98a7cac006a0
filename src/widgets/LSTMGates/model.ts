import {
  gateLesson,
  type GateLesson,
  type GruGateName,
  type LstmGateName,
} from '../../core/lessons';
import { oneHot, symbolsOf, vocabularyOf, type Vocabulary } from '../../core/vocabulary';
import { holdsOf, parseHand, type HandEntry } from './hand';

export interface GatesInput {
  readonly word: string;
  readonly hidden: number;
  readonly seed: number;
  readonly forgetBias: number;
  readonly hand: string;
}

export interface GatesModel extends GateLesson {
  readonly vocabulary: Vocabulary;
  readonly symbols: readonly string[];
  readonly hand: readonly HandEntry[];
}

/**
 * The figure's two cells: the word one-hot over its distinct letters, seeded weights, and the
 * reader's hand-set gates (a hand string the schema accepted).
 */
export function buildGatesModel({ word, hidden, seed, forgetBias, hand }: GatesInput): GatesModel {
  const vocabulary = vocabularyOf(word);
  const symbols = symbolsOf(word);
  const xs = symbols.map((c) => oneHot(vocabulary.indexOf(c), vocabulary.symbols.length));
  const parsed = parseHand(hand);
  const entries = Array.isArray(parsed) ? parsed : [];
  const lesson = gateLesson({
    xs,
    hidden,
    seed,
    forgetBias,
    lstmHolds: holdsOf<LstmGateName>(entries, 'lstm'),
    gruHolds: holdsOf<GruGateName>(entries, 'gru'),
  });
  return { ...lesson, vocabulary, symbols, hand: entries };
}
