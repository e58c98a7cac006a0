import { useContext, useMemo, useRef } from 'react';
import type { BoxPlotData } from '../../charts/boxPlot';
import { GREFF_VARIANTS, type GreffVariant } from '../../core/cells';
import {
  ABLATION_DEFAULTS,
  ABLATION_TEST_STREAMS,
  ablationSpec,
  summariseAblation,
  type AblationRun,
} from '../../core/experiments';
import { createModel } from '../../core/model';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useWidgetProps, WidgetContext } from '../host/context';
import { variantsMeta } from './meta';

type VariantsStrings = ReturnType<typeof useStrings>['variants'];

const NO_RESULTS: readonly AblationRun[] = [];
/** What Greff et al. (2017)'s abstract says of each variant (the table's paper column). */
const PAPER: Record<GreffVariant, keyof VariantsStrings['paper']> = {
  vanilla: 'baseline',
  nig: 'noGain',
  nfg: 'critical',
  nog: 'noGain',
  niaf: 'noGain',
  noaf: 'critical',
  np: 'noGain',
  cifg: 'noGain',
  fgr: 'noGain',
};
const CRITICAL: readonly GreffVariant[] = ['nfg', 'noaf'];

/**
 * The Variants figure's view model: the ablation job (held off screen and in a hidden tab,
 * paused by the reader or by another figure), what the reader is told, the box plot's data, the
 * table's rows and the comparison with the paper's finding once every variant has a run.
 */
export function useVariantsView() {
  const s = useStrings().variants;
  const lang = useLang();
  const [props, setProps] = useWidgetProps(variantsMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const settings = useMemo(() => ({ ...ABLATION_DEFAULTS, ...props }), [props]);
  const run = useJobRun('variantAblation', settings, { element: rootRef, status: store });
  const total = settings.runs * GREFF_VARIANTS.length;
  const results = run.progress?.results ?? NO_RESULTS;

  const number = (x: number, digits = 3) =>
    x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
      minimumFractionDigits: Math.min(digits, 3),
      maximumFractionDigits: digits,
    });
  const bits = (x: number) => (Number.isFinite(x) ? number(x) : s.diverged);
  const parameters = useMemo(
    () =>
      Object.fromEntries(
        GREFF_VARIANTS.map((v) => [v, createModel(ablationSpec(v, settings)).layout.size]),
      ) as Record<GreffVariant, number>,
    [settings],
  );
  const rows = useMemo(() => summariseAblation(results), [results]);
  const vanilla = rows.find((r) => r.variant === 'vanilla')!.summary;
  const chartData = useMemo<BoxPlotData>(
    () => ({
      rows: rows.map(({ variant, summary }) => ({
        key: variant,
        label: s.names[variant],
        box: summary,
        values: results.filter((r) => r.variant === variant).map((r) => r.loss),
      })),
      reference: vanilla ? { value: vanilla.median, label: s.reference } : null,
    }),
    [rows, results, vanilla, s],
  );
  const tableRows = rows.map(({ variant, summary }) => [
    s.names[variant],
    s.changes[variant],
    number(parameters[variant], 0),
    summary ? bits(summary.median) : '–',
    summary ? `${bits(summary.min)} – ${bits(summary.max)}` : '–',
    summary && vanilla ? signed(summary.median - vanilla.median, bits) : '–',
    s.paper[PAPER[variant]],
  ]);

  return {
    settings,
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: variantsMeta, props, setProps },
    idle: format(s.idle, { total, runs: settings.runs, streams: ABLATION_TEST_STREAMS }),
    runValues: { done: results.length, total },
    chartData,
    tableRows,
    verdict: verdictOf(s, rows, bits),
  };
}

const signed = (x: number, bits: (x: number) => string) =>
  Number.isNaN(x) ? '–' : x > 0 ? `+${bits(x)}` : x < 0 ? `−${bits(-x)}` : bits(0);

/** Which two variants have the worst medians, against the paper's two critical parts (null until every variant has a run). */
function verdictOf(
  s: VariantsStrings,
  rows: ReturnType<typeof summariseAblation>,
  bits: (x: number) => string,
): string | null {
  if (rows.some((r) => r.summary === null)) return null;
  const ranked = [...rows].sort((a, b) => b.summary!.median - a.summary!.median);
  const [first, second] = ranked as [(typeof rows)[number], (typeof rows)[number]];
  const worst = [first.variant, second.variant];
  const hits = CRITICAL.filter((v) => worst.includes(v));
  const vanilla = rows.find((r) => r.variant === 'vanilla')!.summary!;
  const verdict = format(s.verdict, {
    first: s.names[first.variant],
    firstLoss: bits(first.summary!.median),
    second: s.names[second.variant],
    secondLoss: bits(second.summary!.median),
    vanilla: bits(vanilla.median),
  });
  const agreement =
    hits.length === 2
      ? s.agrees
      : hits.length === 1
        ? format(s.partly, { part: s.names[hits[0]!] })
        : s.disagrees;
  return `${verdict} ${agreement}`;
}
