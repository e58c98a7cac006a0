import { useContext, useMemo, useRef } from 'react';
import type { ErrorStripsData } from '../../charts/errorStrips';
import type { StepSweepData } from '../../charts/stepSweep';
import type { CheckedBlock } from '../../core/gradientCheck';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useWidgetProps, WidgetContext } from '../host/context';
import { gradientCheckMeta } from './meta';
import {
  checkPlan,
  entryErrors,
  entryLabel,
  float32Ulp,
  fmtPowerOfTen,
  fmtSci,
  fmtValue,
  methodSummary,
  METHODS,
  worstEntries,
} from './summary';

const NO_BLOCKS: readonly CheckedBlock[] = [];

/**
 * The GradientCheck figure's view model: the check job (starts by itself on new settings, held
 * off screen and in a hidden tab, paused by the reader), the strips and the sweep, the readout's
 * sentences and the two tables.
 */
export function useGradientCheckView() {
  const s = useStrings().gradientCheck;
  const [props, setProps] = useWidgetProps(gradientCheckMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const run = useJobRun('gradientCheck', props, { element: rootRef, status: store, auto: true });
  const plan = useMemo(() => checkPlan(props), [props]);
  const result = run.result;
  const blocks = (result ?? run.progress)?.blocks ?? NO_BLOCKS;
  const autodiff = result?.autodiff ?? null;
  const tf = autodiff?.ok ? autodiff.grad : null;

  const strips = useMemo<ErrorStripsData>(
    () => ({
      rows: blocks.map((b) => {
        const errors = b.entries.map((e) => entryErrors(e, tf));
        return {
          key: b.label,
          label: b.label,
          errors: METHODS.map((m) => errors.map((e) => e[m])),
        };
      }),
    }),
    [blocks, tf],
  );
  const sweep = result?.sweep ?? null;
  const sweepData = useMemo<StepSweepData | null>(
    () =>
      sweep && sweep.k >= 0
        ? {
            hs: sweep.hs,
            h: props.h,
            lines: [
              { key: 'fd64', label: s.fd64, errors: sweep.fd64, dash: '', shape: 'circle' },
              { key: 'fd32', label: s.fd32, errors: sweep.fd32, dash: '6 3', shape: 'triangle' },
            ],
          }
        : null,
    [sweep, props.h, s],
  );

  const summary = methodSummary(blocks, tf);
  const best = (errors: readonly number[]) => {
    const i = errors.indexOf(Math.min(...errors));
    return { r: fmtSci(errors[i]!), h: fmtSci(sweep!.hs[i]!, 0) };
  };
  const readout = result
    ? {
        problem: format(s.problem, {
          hidden: props.hidden,
          steps: props.steps,
          loss: result.loss64.toFixed(6),
          loss32: result.loss32.toFixed(6),
          checked: plan.checked,
          total: plan.parameters,
          blocks: plan.blocks,
          sampledNote:
            (plan.sampled > 0
              ? format(s.sampled, { sampled: plan.sampled, perBlock: props.perBlock })
              : s.allChecked) + (plan.frozen ? ` ${s.frozenNote}` : ''),
        }),
        fd64: format(s.fd64Summary, {
          h: fmtSci(props.h, 0),
          below: summary.fd64.below,
          checked: summary.fd64.count,
          median: fmtSci(summary.fd64.median),
          worst: fmtSci(summary.fd64.worst),
        }),
        fd32: format(s.fd32Summary, {
          median: fmtSci(summary.fd32.median),
          worst: fmtSci(summary.fd32.worst),
          factor: fmtPowerOfTen(summary.fd32.median / summary.fd64.median),
          ulp: fmtSci(float32Ulp(result.loss32)),
          quantum: fmtValue(Math.fround(float32Ulp(result.loss32) / Math.fround(2 * props.h))),
        }),
        sweep:
          sweep && sweep.k >= 0
            ? format(s.sweepSummary, {
                best64: best(sweep.fd64).r,
                h64: best(sweep.fd64).h,
                best32: best(sweep.fd32).r,
                h32: best(sweep.fd32).h,
              })
            : '',
        tf: !autodiff
          ? s.tfWaiting
          : autodiff.ok
            ? format(s.tfSummary, {
                backend: autodiff.backend,
                median: fmtSci(summary.tf.median),
                worst: fmtSci(summary.tf.worst),
              })
            : format(s.tfFailed, { message: autodiff.message }),
      }
    : null;

  const blockRows = blocks.map((b) => {
    const errors = b.entries.map((e) => entryErrors(e, tf));
    const worst = (m: (typeof METHODS)[number]) =>
      errors.length && !(m === 'tf' && !tf) ? Math.max(...errors.map((e) => e[m])) : s.notComputed;
    return [
      b.label,
      format(s.checkedOf, { checked: b.entries.length, total: b.trainable }),
      worst('fd64'),
      worst('fd32'),
      worst('tf'),
    ];
  });
  const entryRows = worstEntries(blocks, tf).map(({ block, e, r }) => [
    entryLabel(block, e),
    e.bptt,
    e.fd64,
    e.fd32,
    tf ? tf[e.k]! : s.notComputed,
    r.fd64,
    r.fd32,
    tf ? r.tf : s.notComputed,
  ]);

  const total = plan.checked;
  const done = run.progress?.done ?? 0;
  return {
    rootRef,
    run,
    props,
    setProps,
    jobSettings: { meta: gradientCheckMeta, props, setProps },
    idle: format(s.idle, { total }),
    runValues: { done, total },
    stage: result ? 'done' : (run.progress?.stage ?? 'idle'),
    strips,
    sweepData,
    sweepTitle:
      sweep && sweep.k >= 0
        ? format(s.sweepTitle, { entry: sweep.label, value: fmtValue(sweep.bptt) })
        : '',
    readout,
    blockRows,
    entryRows,
  };
}
