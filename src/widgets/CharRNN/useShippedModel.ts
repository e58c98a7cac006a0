import { useCallback, useEffect, useRef, useState } from 'react';
import { PRETRAINED, readCharModelFile } from '../../core/charModel';
import { format, type Lang } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import type { CharTrainer, WeightsSource } from './controller';

interface ShippedInput {
  readonly trainer: CharTrainer;
  readonly lang: Lang;
  /** The symbols of the model being trained; null before it exists. */
  readonly symbols: readonly string[] | null;
  /** The model is the shipped one's shape on the shipped corpus of this language. */
  readonly fits: boolean;
  readonly source: WeightsSource;
}

/** Whether the shipped model fits these settings. */
export function shippedFits(
  textSource: string | null,
  lang: Lang,
  p: { cell: string; hidden: number; layers: number },
): boolean {
  return (
    textSource === `project:${lang}` &&
    p.cell === PRETRAINED.cell &&
    p.hidden === PRETRAINED.hidden &&
    p.layers === PRETRAINED.layers
  );
}

/**
 * The model shipped with the book: loaded once when the defaults are in place (untrained
 * weights), and on request. Says why when it cannot be fetched or read.
 */
export function useShippedModel({ trainer, lang, symbols, fits, source }: ShippedInput) {
  const s = useStrings().charRnn;
  const [error, setError] = useState<{ lang: string; text: string } | null>(null);
  const load = useCallback(() => {
    if (!symbols) return;
    fetch(`${import.meta.env.BASE_URL}models/charrnn-${lang}.json`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => {
        const file = readCharModelFile(text, symbols);
        if (!file.ok) throw new Error(file.reason === 'format' ? file.message : file.reason);
        trainer.applyWeights(file.params, 'shipped');
        setError(null);
      })
      .catch((e: unknown) =>
        setError({ lang, text: format(s.shippedFailed, { reason: (e as Error).message }) }),
      );
  }, [trainer, symbols, lang, s]);
  const autoLoaded = useRef<string | null>(null);
  useEffect(() => {
    if (fits && autoLoaded.current !== lang && source === 'init') {
      autoLoaded.current = lang;
      load();
    }
  }, [fits, lang, source, load]);
  return { load, message: error?.lang === lang ? error.text : null };
}
