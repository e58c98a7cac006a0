import { useCallback } from 'react';
import { useLang } from './LangContext';

/** Formats a number for the reader: at most `digits` decimals, grouped. */
export type NumberFormat = (x: number, digits?: number) => string;

/**
 * The reader's number format (en or zh-CN grouping), at most `digits` decimals (default 2);
 * NaN, a value not yet known, shows as "–".
 */
export function useNumberFormat(): NumberFormat {
  const locale = useLang() === 'zh' ? 'zh-CN' : 'en';
  return useCallback(
    (x: number, digits = 2) =>
      Number.isNaN(x) ? '–' : x.toLocaleString(locale, { maximumFractionDigits: digits }),
    [locale],
  );
}
