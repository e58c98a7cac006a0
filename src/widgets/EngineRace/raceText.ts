import { prepareText } from '../../core/charModel';
import type { Lang } from '../../i18n';
import type { SessionConfig } from '../../sim';

/** Characters per window, as min-char-rnn. */
export const RACE_T = 25;

/** This chapter as a reader sees it (markup stripped at build time), fetched when needed. */
export async function loadRaceText(lang: Lang): Promise<string> {
  return lang === 'zh'
    ? (await import('virtual:chapter-text/zh/05-implementation')).default
    : (await import('virtual:chapter-text/en/05-implementation')).default;
}

/**
 * The raced model: min-char-rnn's (a tanh SRN, windows of 25, Adagrad at 0.1, entries clipped
 * to ±5, weights ×0.01) on the chapter's text, cut and its vocabulary capped as CharRNN does.
 */
export function raceConfig(raw: string, hidden: number, batch: number): SessionConfig {
  const prepared = prepareText(raw, RACE_T);
  if (!prepared.ok) throw new Error(`the text cannot be trained on (${prepared.problem.kind})`);
  const V = prepared.value.symbols.length;
  return {
    spec: {
      cell: { kind: 'srn', activation: 'tanh' },
      inputSize: V,
      hiddenSize: hidden,
      outputSize: V,
      layers: 1,
      bidirectional: false,
      output: 'softmax',
    },
    seed: 1,
    init: { kind: 'gaussian', std: 0.01 },
    train: { optimiser: { kind: 'adagrad', lr: 0.1 }, clipValue: 5 },
    data: {
      kind: 'task',
      name: 'charCorpus',
      params: { text: prepared.value.text, seqLength: RACE_T },
    },
    batchSize: batch,
  };
}
