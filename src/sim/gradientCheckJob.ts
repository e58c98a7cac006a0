import type { Snapshot } from '../core/experiments';
import {
  checkProblem,
  gradientCheckSteps,
  type GradientCheckProgress,
  type GradientCheckResult,
  type GradientCheckSettings,
} from '../core/gradientCheck';
import type * as TfGradientCheck from '../tf/gradientCheck';

/** What tfjs's automatic differentiation gave, or why it could not run. */
export type AutodiffOutcome =
  | {
      readonly ok: true;
      readonly backend: string;
      readonly loss: number;
      readonly grad: Float64Array;
    }
  | { readonly ok: false; readonly message: string };

export interface GradientCheckJobProgress extends GradientCheckProgress {
  /** 'differences' while the core check runs, 'autodiff' while tfjs loads or differentiates. */
  readonly stage: 'differences' | 'autodiff';
}

export interface GradientCheckJobResult extends GradientCheckResult {
  readonly autodiff: AutodiffOutcome;
}

type TfCheck = typeof TfGradientCheck;

/**
 * The GradientCheck figure's job: the core check (BPTT against finite differences in float64 and
 * float32, an entry per pause point), then tfjs's autodiff of the same loss on its CPU backend.
 * tfjs is imported lazily (its own chunk) when the job starts and loads while the differences are
 * computed; a job is synchronous, so if it has not arrived by then the job yields until it has.
 */
export function* gradientCheckJob(
  s: GradientCheckSettings,
): Generator<Snapshot<GradientCheckJobProgress>, GradientCheckJobResult, void> {
  let tfCheck: TfCheck | null = null;
  let failure: string | null = null;
  import('../tf/gradientCheck')
    .then(async (m) => {
      await m.startCheckBackend();
      tfCheck = m;
    })
    .catch((e: unknown) => {
      failure = e instanceof Error ? e.message : String(e);
    });
  const steps = gradientCheckSteps(s);
  let last: GradientCheckProgress = { done: 0, of: 0, blocks: [] };
  for (;;) {
    const next = steps.next();
    if (next.done) {
      const core = next.value;
      last = core;
      const waiting = () => ({ ...last, stage: 'autodiff' as const });
      while (tfCheck === null && failure === null) yield waiting;
      return { ...core, autodiff: autodiff(tfCheck, failure, s) };
    }
    const snapshot = next.value;
    yield (at) => {
      last = snapshot(at);
      return { ...last, stage: 'differences' };
    };
  }
}

function autodiff(
  tfCheck: TfCheck | null,
  failure: string | null,
  s: GradientCheckSettings,
): AutodiffOutcome {
  if (!tfCheck) return { ok: false, message: failure ?? 'tfjs did not load' };
  try {
    const { loss, grad } = tfCheck.tfAutodiffGradient(checkProblem(s));
    return { ok: true, backend: tfCheck.checkBackend(), loss, grad };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
