import { useId, useMemo, useState, type RefObject } from 'react';
import {
  CATEGORIES,
  generateSentences,
  groupSimilarity,
  pca,
  similarityMatrix,
  wordVocabulary,
} from '../../core/embeddings';
import { createModel } from '../../core/model';
import { createRng } from '../../core/rng';
import { useLang } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import { embeddingsMeta } from './meta';
import { embeddingSpec, embeddingsOf } from './training';
import { useEmbeddingTraining } from './useTraining';
import { parseWords } from './words';

const model = createModel(embeddingSpec);

/**
 * The Embeddings figure's view model: the reader's words (a draft the schema may refuse, and
 * the last valid ones), their one-hot vectors, the live training, and what the learned
 * embeddings give: similarities, role statistics and the 2-D projection.
 */
export function useEmbeddingsView(rootRef: RefObject<HTMLElement | null>) {
  const lang = useLang();
  const [props, setProps] = useWidgetProps(embeddingsMeta);
  const hintId = useId();
  const vocab = useMemo(() => wordVocabulary(lang), [lang]);
  const V = vocab.words.length;

  // The text box may hold a draft the schema refuses (too long); the figure keeps the last valid.
  const [draft, setDraft] = useState(props.words);
  const [synced, setSynced] = useState(props.words);
  if (props.words !== synced) {
    setSynced(props.words);
    setDraft(props.words);
  }
  const onWords = (text: string) => {
    setDraft(text);
    setProps({ words: text });
  };
  const picked = useMemo(() => parseWords(props.words), [props.words]);
  const names = picked.indices.map((i) => vocab.words[i]!);

  const examples = useMemo(
    () =>
      generateSentences(4, createRng(props.seed))
        .map((sentence) => sentence.map((i) => vocab.words[i]).join(lang === 'zh' ? '' : ' '))
        .join(lang === 'zh' ? '；' : '; '),
    [props.seed, vocab, lang],
  );

  const oneHots = useMemo(
    () => picked.indices.map((i) => Float64Array.from({ length: V }, (_, j) => +(i === j))),
    [picked, V],
  );
  const oneHotSim = useMemo(() => similarityMatrix(oneHots), [oneHots]);
  const oneHotStats = groupSimilarity(
    oneHots,
    picked.indices.map((i) => vocab.categories[i]!),
  );

  const training = useEmbeddingTraining(props.seed, rootRef);
  const learned = useMemo(
    () => (training.weights ? embeddingsOf(model, training.weights) : null),
    [training.weights],
  );
  const allSim = useMemo(() => (learned ? similarityMatrix(learned) : null), [learned]);
  const stats = useMemo(
    () => (learned ? groupSimilarity(learned, vocab.categories) : null),
    [learned, vocab],
  );
  const projection = useMemo(() => (learned ? pca(learned, 2) : null), [learned]);
  const points = useMemo(
    () =>
      projection
        ? projection.projected.map((p, i) => ({
            label: vocab.words[i]!,
            x: p[0]!,
            y: p[1] ?? 0,
            group: CATEGORIES.indexOf(vocab.categories[i]!),
            highlight: picked.indices.includes(i),
          }))
        : [],
    [projection, vocab, picked],
  );
  const pickedSim = allSim
    ? picked.indices.map((i) => picked.indices.map((j) => allSim[i]![j]!))
    : null;
  const explained = projection
    ? `${Math.round(100 * (projection.explained[0]! + (projection.explained[1] ?? 0)))}%`
    : '';

  return {
    lang,
    props,
    setProps,
    hintId,
    vocab,
    V,
    draft,
    onWords,
    picked,
    names,
    examples,
    oneHots,
    oneHotSim,
    oneHotStats,
    training,
    learned,
    allSim,
    stats,
    points,
    pickedSim,
    explained,
  };
}
