import { useContext, useEffect, useMemo, useState } from 'react';
import type { PrepareTextInput } from '../../core/charModel';
import type { Lang } from '../../i18n';
import { useJob } from '../../ui/useJob';
import { WidgetContext } from '../host/context';
import { loadCorpus, type CorpusName } from './corpora';

/** What useJob is handed while there is no text yet (it is never started). */
const NOTHING: PrepareTextInput = { raw: '', seqLen: 1 };
const CONCURRENT = { concurrent: true } as const;

/**
 * The training text: a preset corpus (fetched when chosen) or the reader's pasted text, checked
 * and prepared for the sequence length by a background job (counting a long text's vocabulary
 * would block the page), the result applied when it arrives. `source` is `<corpus>:<lang>` or
 * 'pasted'; `prepared` is the latest result (null before the first).
 */
export function useTrainingText(corpus: CorpusName, lang: Lang, seqLen: number) {
  const { store } = useContext(WidgetContext)!;
  const [pasted, setPasted] = useState<string | null>(null);
  const corpusKey = `${corpus}:${lang}`;
  const [loaded, setLoaded] = useState<{ key: string; text: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadCorpus(corpus, lang).then(
      (text) => {
        if (!live) return;
        setLoaded({ key: corpusKey, text });
        setLoadError(null);
      },
      (e: unknown) => live && setLoadError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [corpus, lang, corpusKey]);
  const raw = pasted ?? (loaded?.key === corpusKey ? loaded.text : null);
  const input = useMemo(() => (raw === null ? null : { raw, seqLen }), [raw, seqLen]);
  const job = useJob('charPrepareText', input ?? NOTHING, {
    auto: input !== null,
    status: store,
    job: CONCURRENT,
  });
  const done = job.last?.input !== NOTHING ? job.last : null;
  return {
    prepared: done?.result ?? null,
    /** The result is for the current text and sequence length (not one before). */
    current: done !== null && done.input === input,
    loadError: loadError ?? done?.error ?? null,
    pasted,
    setPasted,
    source: pasted === null ? corpusKey : 'pasted',
  };
}
