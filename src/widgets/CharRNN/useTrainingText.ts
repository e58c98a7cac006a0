import { useEffect, useMemo, useState } from 'react';
import { prepareText } from '../../core/charModel';
import type { Lang } from '../../i18n';
import { loadCorpus, type CorpusName } from './corpora';

/**
 * The training text: a preset corpus (fetched when chosen) or the reader's pasted text, checked
 * and prepared for the sequence length. `source` is `<corpus>:<lang>` or 'pasted'.
 */
export function useTrainingText(corpus: CorpusName, lang: Lang, seqLen: number) {
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
  const prepared = useMemo(() => (raw === null ? null : prepareText(raw, seqLen)), [raw, seqLen]);
  return {
    prepared,
    loadError,
    pasted,
    setPasted,
    source: pasted === null ? corpusKey : 'pasted',
  };
}
