import { PropControl } from '../../ui/figure';
import { useId, useState } from 'react';
import { MAX_TEXT, type PreparedText, type TextProblem } from '../../core/charModel';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import type { CorpusName } from './corpora';
import { PasteBox } from './PasteBox';

export interface TextSourceProps {
  readonly corpus: CorpusName;
  /** Whether the reader's pasted text is in use (instead of the preset). */
  readonly pastedActive: boolean;
  readonly prepared: PreparedText | null;
  readonly problem: TextProblem | null;
  readonly loadError: string | null;
  onCorpus(corpus: CorpusName): void;
  onPasted(text: string): void;
}

export function problemMessage(
  s: ReturnType<typeof useStrings>['charRnn'],
  p: TextProblem,
): string {
  switch (p.kind) {
    case 'empty':
      return s.textEmpty;
    case 'tooShort':
      return format(p.length === 1 ? s.textTooShortOne : s.textTooShort, {
        length: p.length,
        needed: p.needed,
      });
    case 'oneSymbol':
      return s.textOneSymbol;
  }
}

/**
 * Picks the training text — a preset, or text the reader pastes (checked before it is used) —
 * and says what the model reads: length, alphabet, log₂ V.
 */
export function TextSource(props: TextSourceProps) {
  const s = useStrings().charRnn;
  const lang = useLang();
  const selectId = useId();
  const [editing, setEditing] = useState(props.pastedActive);
  const [submittedEmpty, setSubmittedEmpty] = useState(false);
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const value = editing || props.pastedActive ? 'pasted' : props.corpus;
  const { prepared } = props;
  const V = prepared?.symbols.length ?? 0;

  return (
    <div className="char-rnn__text">
      <PropControl prop="corpus">
        <div className="field">
          <label htmlFor={selectId}>{s.corpus}</label>
          <select
            id={selectId}
            value={value}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === 'pasted') setEditing(true);
              else {
                setEditing(false);
                props.onCorpus(v as CorpusName);
              }
            }}
          >
            <option value="project">{s.corpusProject}</option>
            <option value="chapter">{s.corpusChapter}</option>
            <option value="reber">{s.corpusReber}</option>
            <option value="pasted">{s.corpusPasted}</option>
          </select>
        </div>
      </PropControl>
      {value === 'pasted' && (
        <PasteBox
          onSubmit={(text) => {
            setSubmittedEmpty(false);
            props.onPasted(text);
          }}
          onEmpty={() => setSubmittedEmpty(true)}
        />
      )}
      {value === 'pasted' && submittedEmpty && (
        <p className="widget-message" role="status" data-testid="paste-problem">
          {s.textEmpty}
        </p>
      )}
      {props.loadError && (
        <p className="widget-message" role="status">
          {format(s.textFailed, { reason: props.loadError })}
        </p>
      )}
      {props.problem && (
        <p className="widget-message" role="status" data-testid="text-problem">
          {problemMessage(s, props.problem)}
        </p>
      )}
      {prepared ? (
        <div className="muted" data-testid="text-summary">
          <p data-vocabulary={V}>
            {format(s.textSummary, {
              length: n(Array.from(prepared.text).length),
              symbols: V,
              bits: Math.log2(V).toFixed(2),
              nats: Math.log(V).toFixed(2),
            })}
          </p>
          {prepared.cut && (
            <p role="status">
              {format(s.textCut, { original: n(prepared.originalLength), kept: n(MAX_TEXT) })}
            </p>
          )}
          {prepared.replaced > 0 && (
            <p role="status">
              {format(s.textCapped, {
                distinct: n(prepared.distinct),
                kept: n(prepared.kept),
                coverage: prepared.coverage.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }),
                replaced: n(prepared.replaced),
                other: s.otherSymbol,
              })}
            </p>
          )}
        </div>
      ) : (
        !props.loadError && <p className="muted">{s.loadingText}</p>
      )}
    </div>
  );
}
