import { useId, useMemo, useRef, useState } from 'react';
import { createScatter, groupColour, markerPath, type ScatterOptions } from '../../charts/scatter';
import {
  CATEGORIES,
  generateSentences,
  groupSimilarity,
  nearestNeighbours,
  pca,
  similarityMatrix,
  wordVocabulary,
} from '../../core/embeddings';
import { createModel } from '../../core/model';
import { createRng } from '../../core/rng';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useLang, useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import { MAX_WORDS_TEXT, embeddingsMeta } from './meta';
import { SimilarityMap, similarityText } from './SimilarityMap';
import { EMBEDDING_SIZE, TRAIN_STEPS, embeddingSpec, embeddingsOf } from './training';
import { HeldNotice } from '../training/HeldNotice';
import { useEmbeddingTraining } from './useTraining';
import { MAX_PICKED, parseWords } from './words';
import './embeddings.css';

type Props = PropsOf<typeof embeddingsMeta>;

const model = createModel(embeddingSpec);

export default function Embeddings() {
  const s = useStrings().embeddings;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const hintId = useId();
  const vocab = useMemo(() => wordVocabulary(lang), [lang]);
  const V = vocab.words.length;
  const groupOf = (i: number) => CATEGORIES.indexOf(vocab.categories[i]!);

  // The text box may hold a draft the schema refuses (too long); the figure keeps the last valid.
  const [draft, setDraft] = useState(props.words);
  const [synced, setSynced] = useState(props.words);
  if (props.words !== synced) {
    setSynced(props.words);
    setDraft(props.words);
  }
  const picked = useMemo(() => parseWords(props.words), [props.words]);
  const names = picked.indices.map((i) => vocab.words[i]!);

  const examples = useMemo(
    () =>
      generateSentences(4, createRng(props.seed))
        .map((sentence) => sentence.map((i) => vocab.words[i]).join(lang === 'zh' ? '' : ' '))
        .join(lang === 'zh' ? '；' : '; '),
    [props.seed, vocab, lang],
  );

  const oneHots = picked.indices.map((i) => Float64Array.from({ length: V }, (_, j) => +(i === j)));
  const oneHotSim = similarityMatrix(oneHots);
  const oneHotStats = groupSimilarity(
    oneHots,
    picked.indices.map((i) => vocab.categories[i]!),
  );

  const rootRef = useRef<HTMLDivElement>(null);
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
  const scatterOpts = useMemo<ScatterOptions>(() => ({ ariaLabel: s.scatterLabel }), [s]);
  const points = useMemo(
    () =>
      projection
        ? projection.projected.map((p, i) => ({
            label: vocab.words[i]!,
            x: p[0]!,
            y: p[1] ?? 0,
            group: groupOf(i),
            highlight: picked.indices.includes(i),
          }))
        : [],
    // groupOf reads vocab only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projection, vocab, picked],
  );
  const scatterRef = useChart(createScatter, scatterOpts, points);
  const pickedSim = allSim
    ? picked.indices.map((i) => picked.indices.map((j) => allSim[i]![j]!))
    : null;

  const loss = training.loss === null ? '—' : training.loss.toFixed(3);
  const pct = projection
    ? `${Math.round(100 * (projection.explained[0]! + (projection.explained[1] ?? 0)))}%`
    : '';

  return (
    <div className="embeddings" ref={rootRef}>
      <p>
        {format(s.vocabulary, { n: V })} <em lang={lang}>{examples}</em>
      </p>
      <div className="widget-row">
        <label className="field embeddings__words">
          <span>{s.words}</span>
          <input
            type="text"
            value={draft}
            maxLength={MAX_WORDS_TEXT}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={picked.unknown.length > 0}
            aria-describedby={picked.unknown.length > 0 ? hintId : undefined}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setProps({ words: e.currentTarget.value });
            }}
          />
        </label>
        <PresetSelect meta={embeddingsMeta} />
      </div>
      {picked.unknown.length > 0 && (
        <p className="widget-message" id={hintId} role="status" data-testid="unknown">
          {format(s.unknown, {
            words: picked.unknown.map((w) => `“${w}”`).join(', '),
            all: vocab.words.join(', '),
          })}
        </p>
      )}
      {picked.indices.length < 2 && (
        <p className="widget-message" role="status">
          {s.tooFew}
        </p>
      )}
      {picked.truncated && (
        <p className="widget-message" role="status">
          {format(s.tooMany, { n: MAX_PICKED })}
        </p>
      )}

      <div className="embeddings__columns">
        <section className="embeddings__panel" aria-labelledby={`${hintId}-onehot`}>
          <h3 id={`${hintId}-onehot`}>{s.oneHotTitle}</h3>
          <p className="muted">{format(s.oneHotNote, { n: V })}</p>
          {/* A wide table scrolls in this region, which keyboard users can focus and scroll. */}
          <div
            className="embeddings__scroll"
            tabIndex={0}
            role="region"
            aria-label={s.oneHotMatrix}
          >
            <table className="embeddings__onehot" data-testid="onehot-table">
              <caption>{s.oneHotMatrix}</caption>
              <thead>
                <tr>
                  <td />
                  {vocab.words.map((w, j) => (
                    <th key={w} scope="col" title={w}>
                      {j + 1}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {oneHots.map((v, r) => (
                  <tr key={names[r]}>
                    <th scope="row">{names[r]}</th>
                    {Array.from(v, (x, j) => (
                      <td key={j} className={x ? 'is-one' : undefined}>
                        {x}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {names.length >= 2 && (
            <SimilarityMap
              title={s.similarityOneHot}
              labels={names}
              matrix={oneHotSim}
              testId="onehot-sim"
            />
          )}
          <p data-testid="onehot-stats">
            {format(s.groupStatsOneHot, {
              within: similarityText(oneHotStats.within),
              between: similarityText(oneHotStats.between),
            })}
          </p>
        </section>

        <section className="embeddings__panel" aria-labelledby={`${hintId}-learned`}>
          <h3 id={`${hintId}-learned`}>{s.learnedTitle}</h3>
          <p className="muted">{format(s.learnedNote, { h: EMBEDDING_SIZE, n: V })}</p>
          <div className="embeddings__training">
            <progress
              max={TRAIN_STEPS}
              value={training.step}
              aria-label={s.progress}
              data-testid="progress"
            />
            <p aria-live="polite" data-testid="training-status" data-done={String(training.done)}>
              {training.problem
                ? format(training.problem.kind === 'diverged' ? s.diverged : s.failed, {
                    message: training.problem.message,
                  })
                : training.done
                  ? format(s.trained, { total: TRAIN_STEPS, loss })
                  : format(s.training, { step: training.step, total: TRAIN_STEPS, loss })}
            </p>
            <HeldNotice held={training.held} />
            <div className="widget-row">
              <button type="button" onClick={training.restart}>
                {s.trainAgain}
              </button>
              <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
                {s.newSeed} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
              </button>
            </div>
          </div>
          {pickedSim && names.length >= 2 && (
            <SimilarityMap
              title={s.similarityLearned}
              labels={names}
              matrix={pickedSim}
              testId="learned-sim"
            />
          )}
          {stats && (
            <p data-testid="learned-stats" data-within={stats.within} data-between={stats.between}>
              {format(s.groupStats, {
                within: similarityText(stats.within),
                between: similarityText(stats.between),
              })}
            </p>
          )}
          {allSim && (
            <div data-testid="neighbours">
              <h4>{s.neighbours}</h4>
              <ul>
                {picked.indices.map((i) => (
                  <li key={i}>
                    {format(s.neighboursOf, {
                      word: vocab.words[i]!,
                      list: nearestNeighbours(learned!, i, 3)
                        .map((n) => `${vocab.words[n.index]} ${similarityText(n.similarity)}`)
                        .join(', '),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>

      <figure className="embeddings__scatter">
        <figcaption>{format(s.scatterTitle, { n: V, pct })}</figcaption>
        <div ref={scatterRef} />
        <ul className="embeddings__legend">
          {CATEGORIES.map((c, g) => (
            <li key={c}>
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <path
                  d={markerPath(g, 4.5)}
                  fill={g >= 4 ? 'none' : groupColour(g)}
                  stroke={groupColour(g)}
                  strokeWidth={2}
                />
              </svg>
              {s.categoryNames[c]}
            </li>
          ))}
        </ul>
      </figure>
      {allSim && (
        <SimilarityMap
          title={s.similarityLearned}
          labels={vocab.words}
          matrix={allSim}
          testId="learned-all"
        />
      )}
    </div>
  );
}
