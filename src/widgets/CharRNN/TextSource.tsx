import { useId, useState } from 'react';
import {
  MAX_SYMBOLS,
  MAX_TEXT,
  OTHER_SYMBOL,
  type PreparedText,
  prepareText,
  type TextProblem,
} from '../../core/charModel';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import type { CorpusName } from './corpora';

export interface TextSourceProps {
  readonly corpus: CorpusName;
  /** Whether the reader's pasted text is in use (instead of the preset). */
  readonly pastedActive: boolean;
  readonly seqLen: number;
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
  const areaId = useId();
  const [editing, setEditing] = useState(props.pastedActive);
  const [draft, setDraft] = useState('');
  const [draftProblem, setDraftProblem] = useState<TextProblem | null>(null);
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const value = editing || props.pastedActive ? 'pasted' : props.corpus;
  const { prepared } = props;
  const V = prepared?.symbols.length ?? 0;

  const usePasted = () => {
    const r = prepareText(draft, props.seqLen);
    if (!r.ok) {
      setDraftProblem(r.problem);
      return;
    }
    setDraftProblem(null);
    props.onPasted(draft);
  };

  return (
    <div className="char-rnn__text">
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
      {value === 'pasted' && (
        <div className="char-rnn__paste">
          <label htmlFor={areaId}>{s.pasteLabel}</label>
          <textarea
            id={areaId}
            rows={4}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <div className="widget-row">
            <button type="button" onClick={usePasted}>
              {s.usePasted}
            </button>
            <span className="muted">{s.pastedNotShared}</span>
          </div>
          {draftProblem && (
            <p className="widget-message" role="status" data-testid="paste-problem">
              {problemMessage(s, draftProblem)}
            </p>
          )}
        </div>
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
                kept: MAX_SYMBOLS - 1,
                replaced: n(prepared.replaced),
                other: OTHER_SYMBOL,
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
