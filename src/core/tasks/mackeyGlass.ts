import type { Rng } from '../rng';
import { scalar } from './random';
import type { Task } from './types';
import { requireInt, requireNumber, TaskParamError } from './validate';

/**
 * The Mackey–Glass delay differential equation (Mackey & Glass 1977),
 *   dx/dt = β x(t−τ) / (1 + x(t−τ)^n) − γ x(t),
 * with the chaotic benchmark parameters β = 0.2, γ = 0.1, n = 10, τ = 17 used for echo state
 * networks (Jaeger 2001; Jaeger & Haas 2004).
 *
 * Integration scheme: classical RK4 with step dt (τ/dt must be an integer ≥ 3, so x(t−τ) and
 * x(t+dt−τ) fall on the grid); the delayed value at the half step, x(t+dt/2−τ), is the
 * four-point cubic midpoint (−x₋₁ + 9x₀ + 9x₁ − x₂)/16, which keeps the scheme fourth order, or
 * the exact history when that time is ≤ 0; near the derivative breakpoints t = mτ a one-sided
 * stencil is used (see `midpoint`). The history on [−τ, 0] is piecewise linear between
 * knots at integer times: x(0) = x0 and, at earlier knots, x0 + historyNoise·U[−1, 1] drawn from
 * the Rng (constant x0 when historyNoise = 0), so it does not depend on dt. The first
 * `transient` time units are discarded, then one value is kept every `sampleEvery` time units.
 */
interface MackeyGlassOptions {
  /** Number of values returned. */
  readonly length: number;
  readonly tau: number;
  readonly beta: number;
  readonly gamma: number;
  readonly n: number;
  /** Integration step (time units). */
  readonly dt: number;
  /** Time units between returned values (a multiple of dt). */
  readonly sampleEvery: number;
  /** Time units integrated and discarded before the first returned value (a multiple of dt). */
  readonly transient: number;
  readonly x0: number;
  readonly historyNoise: number;
}

/** The standard chaotic MG-17 setting (Jaeger 2001): τ = 17, β = 0.2, γ = 0.1, n = 10, x0 = 1.2. */
export const MACKEY_GLASS_DEFAULTS: MackeyGlassOptions = {
  length: 1000,
  tau: 17,
  beta: 0.2,
  gamma: 0.1,
  n: 10,
  dt: 0.1,
  sampleEvery: 1,
  transient: 1000,
  x0: 1.2,
  historyNoise: 0,
};

function stepsOf(name: string, value: number, dt: number): number {
  const k = Math.round(value / dt);
  if (Math.abs(k * dt - value) > 1e-9 * Math.max(1, value)) {
    throw new TaskParamError(
      { code: 'multipleOfDt', param: name, value, dt },
      `${name} (${value}) must be a multiple of dt (${dt})`,
    );
  }
  return k;
}

/**
 * x at the midpoint between grid points j and j + 1 (j ≥ H) by four-point Lagrange
 * interpolation. The solution's derivatives jump at t = 0, τ, 2τ, … (grid points H + mD), so
 * the stencil must not straddle one: forward weights (5, 15, −5, 1)/16 on j..j+3 when j is a
 * breakpoint, backward (1, −5, 15, 5)/16 on j−2..j+1 when j + 1 is, else centred
 * (−1, 9, 9, −1)/16 on j−1..j+2.
 */
function midpoint(x: Float64Array, j: number, H: number, D: number): number {
  const phase = (j - H) % D;
  if (phase === 0) return (5 * x[j]! + 15 * x[j + 1]! - 5 * x[j + 2]! + x[j + 3]!) / 16;
  if (phase === D - 1) return (x[j - 2]! - 5 * x[j - 1]! + 15 * x[j]! + 5 * x[j + 1]!) / 16;
  return (-x[j - 1]! + 9 * x[j]! + 9 * x[j + 1]! - x[j + 2]!) / 16;
}

/** A Mackey–Glass series (see `MackeyGlassOptions` for the scheme). Needs an Rng iff historyNoise > 0. */
export function mackeyGlassSeries(
  options: Partial<MackeyGlassOptions> = {},
  rng?: Rng,
): Float64Array {
  const o = { ...MACKEY_GLASS_DEFAULTS, ...options };
  requireInt('length', o.length, 1);
  for (const key of ['tau', 'beta', 'gamma', 'n', 'dt', 'sampleEvery', 'x0'] as const) {
    requireNumber(key, o[key], Number.MIN_VALUE);
  }
  requireNumber('transient', o.transient, 0);
  requireNumber('historyNoise', o.historyNoise, 0);
  if (o.historyNoise > 0 && !rng)
    throw new Error('mackeyGlassSeries: historyNoise > 0 needs an rng');
  const { beta, gamma, n, dt } = o;
  const D = stepsOf('tau', o.tau, dt);
  if (D < 3)
    throw new TaskParamError(
      { code: 'delaySteps', steps: D, min: 3 },
      `tau / dt must be at least 3, got ${D}`,
    );
  const stride = stepsOf('sampleEvery', o.sampleEvery, dt);
  const skip = stepsOf('transient', o.transient, dt);

  // History knots at integer times -K..0, then piecewise-linear interpolation.
  const K = Math.ceil(o.tau + dt) + 1;
  const knots = new Float64Array(K + 1); // knots[i] is x(i - K)
  for (let i = 0; i < K; i++) knots[i] = o.x0 + o.historyNoise * (rng ? 2 * rng.next() - 1 : 0);
  knots[K] = o.x0;
  const history = (t: number): number => {
    const u = t + K;
    const i = Math.min(Math.floor(u), K - 1);
    return knots[i]! + (u - i) * (knots[i + 1]! - knots[i]!);
  };

  const H = D + 1; // x[i] approximates x((i - H) * dt); x[H] = x(0)
  const last = H + skip + (o.length - 1) * stride;
  const x = new Float64Array(last + 1);
  for (let i = 0; i <= H; i++) x[i] = history((i - H) * dt);
  const f = (xt: number, xd: number) => (beta * xd) / (1 + Math.pow(xd, n)) - gamma * xt;
  for (let k = H; k < last; k++) {
    const j = k - D; // grid index of time t - tau
    const tMid = (k - H + 0.5) * dt - o.tau;
    const dMid = tMid <= 0 ? history(tMid) : midpoint(x, j, H, D);
    const xk = x[k]!;
    const k1 = f(xk, x[j]!);
    const k2 = f(xk + 0.5 * dt * k1, dMid);
    const k3 = f(xk + 0.5 * dt * k2, dMid);
    const k4 = f(xk + dt * k3, x[j + 1]!);
    x[k + 1] = xk + (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
  }
  const out = new Float64Array(o.length);
  for (let i = 0; i < o.length; i++) out[i] = x[H + skip + i * stride]!;
  return out;
}

/** Options of `mackeyGlassTask`: the series options plus the prediction horizon. */
interface MackeyGlassTaskOptions extends MackeyGlassOptions {
  /** Predict x(t + horizon·sampleEvery) from x(t); 1 is one-step prediction (Jaeger used 84 too). */
  readonly horizon: number;
}

/**
 * Mackey–Glass prediction (Jaeger 2001; Jaeger & Haas 2004): each sample integrates a fresh
 * series from a random history (historyNoise 0.2 around x0 = 1.2 by default, transient
 * discarded); input x_t, target x_{t+horizon} at every step ('real', one output).
 */
export function mackeyGlassTask(options: Partial<MackeyGlassTaskOptions> = {}): Task {
  const { horizon = 1, ...rest } = options;
  requireInt('horizon', horizon, 1);
  const o: MackeyGlassOptions = {
    ...MACKEY_GLASS_DEFAULTS,
    length: 500,
    historyNoise: 0.2,
    ...rest,
  };
  requireInt('length', o.length, 1);
  return {
    name: 'mackeyGlass',
    inputSize: 1,
    outputSize: 1,
    kind: 'real',
    symbols: ['x'],
    sample(rng: Rng) {
      const s = mackeyGlassSeries({ ...o, length: o.length + horizon }, rng);
      const inputs: Float64Array[] = [];
      const targets: Float64Array[] = [];
      for (let t = 0; t < o.length; t++) {
        inputs.push(scalar(s[t]!));
        targets.push(scalar(s[t + horizon]!));
      }
      return { inputs, targets };
    },
  };
}
