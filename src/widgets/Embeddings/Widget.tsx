import { useRef } from 'react';
import { nearestNeighbours } from '../../core/embeddings';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FormattedMessage } from '../../ui/ReaderText';
import { FigureLayout, NumbersTable, PresetRow, SeedButton, PropControl } from '../../ui/figure';
import { HeldNotice } from '../training/HeldNotice';
import { MAX_WORDS_TEXT, embeddingsMeta } from './meta';
import { SimilarityMap, similarityText } from './SimilarityMap';
import { EMBEDDING_SIZE, TRAIN_STEPS } from './training';
import { useEmbeddingsView } from './useEmbeddingsView';
import { WordScatter } from './WordScatter';
import { MAX_PICKED } from './words';
import './embeddings.css';

/** Each reader word in Unicode isolates, so a U+202E inside one cannot turn the others round. */
const isolatedList = (words: readonly string[]) =>
  words.map((w) => `“\u2068${w}\u2069”`).join(', ');

export default function Embeddings() {
  const s = useStrings().embeddings;
  const rootRef = useRef<HTMLDivElement>(null);
  const v = useEmbeddingsView(rootRef);
  const { props, setProps, vocab, V, picked, names, training, learned, stats } = v;
  const loss = training.loss === null ? '—' : training.loss.toFixed(3);

  const picture = (
    <div className="embeddings__columns">
      <section className="embeddings__panel" aria-labelledby={`${v.hintId}-onehot`}>
        <h3 id={`${v.hintId}-onehot`}>{s.oneHotTitle}</h3>
        {names.length >= 2 && (
          <SimilarityMap
            title={s.similarityOneHot}
            labels={names}
            matrix={v.oneHotSim}
            testId="onehot-sim"
          />
        )}
        <p className="muted">{format(s.oneHotNote, { n: V })}</p>
      </section>
      <section className="embeddings__panel" aria-labelledby={`${v.hintId}-learned`}>
        <h3 id={`${v.hintId}-learned`}>{s.learnedTitle}</h3>
        {v.pickedSim && names.length >= 2 && (
          <SimilarityMap
            title={s.similarityLearned}
            labels={names}
            matrix={v.pickedSim}
            testId="learned-sim"
          />
        )}
        <p className="muted">{format(s.learnedNote, { h: EMBEDDING_SIZE, n: V })}</p>
      </section>
    </div>
  );

  // The reader's words are the figure's main control: with the presets, under the picture.
  const words = (
    <PresetRow meta={embeddingsMeta} props={props} onApply={setProps}>
      <PropControl prop="words">
        <label className="field embeddings__words">
          <span>{s.words}</span>
          <input
            type="text"
            value={v.draft}
            maxLength={MAX_WORDS_TEXT}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={picked.unknown.length > 0}
            aria-describedby={picked.unknown.length > 0 ? v.hintId : undefined}
            onChange={(e) => v.onWords(e.currentTarget.value)}
          />
        </label>
      </PropControl>
    </PresetRow>
  );
  const controls = (
    <div className="embeddings__training">
      <div className="figure-row">
        <button type="button" onClick={training.restart}>
          {s.trainAgain}
        </button>
        <progress
          max={TRAIN_STEPS}
          value={training.step}
          aria-label={s.progress}
          data-testid="progress"
        />
      </div>
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
      {words}
    </div>
  );

  const readout = (
    <>
      {picked.unknown.length > 0 && (
        <p className="widget-message" id={v.hintId} role="status" data-testid="unknown">
          <FormattedMessage
            template={s.unknown}
            values={{ words: isolatedList(picked.unknown), all: vocab.words.join(', ') }}
            readerText={['words']}
          />
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
      <p data-testid="onehot-stats">
        {format(s.groupStatsOneHot, {
          within: similarityText(v.oneHotStats.within),
          between: similarityText(v.oneHotStats.between),
        })}
      </p>
      {stats && (
        <p data-testid="learned-stats" data-within={stats.within} data-between={stats.between}>
          {format(s.groupStats, {
            within: similarityText(stats.within),
            between: similarityText(stats.between),
          })}
        </p>
      )}
      {learned && (
        <div data-testid="neighbours">
          <h4>{s.neighbours}</h4>
          <ul>
            {picked.indices.map((i) => (
              <li key={i}>
                {format(s.neighboursOf, {
                  word: vocab.words[i]!,
                  list: nearestNeighbours(learned, i, 3)
                    .map((n) => `${vocab.words[n.index]} ${similarityText(n.similarity)}`)
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {v.allSim && (
        <SimilarityMap
          title={s.similarityLearned}
          labels={vocab.words}
          matrix={v.allSim}
          testId="learned-all"
        />
      )}
      {learned && <WordScatter points={v.points} n={V} explained={v.explained} />}
    </>
  );

  const table = (
    <NumbersTable
      testId="onehot-table"
      caption={s.oneHotMatrix}
      columns={[{ label: s.wordColumn }, ...vocab.words.map((w) => ({ label: w, digits: 0 }))]}
      rows={v.oneHots.map((vector, r) => [names[r]!, ...vector])}
    />
  );

  const more = (
    <>
      <p>
        {format(s.vocabulary, { n: V })} <em lang={v.lang}>{v.examples}</em>
      </p>
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );

  return (
    <div className="embeddings" ref={rootRef}>
      <FigureLayout
        picture={picture}
        controls={controls}
        readout={readout}
        table={table}
        more={more}
      />
    </div>
  );
}
