/**
 * Gates set by hand: the reader fixes a gate's value at some step and unit, and the cell uses
 * that value instead of the one it computes. A fixed gate is a constant, so no derivative flows
 * through it (its term drops out of the step's Jacobian).
 */
export interface HeldGate<G extends string = string> {
  readonly gate: G;
  /** The step it holds at; undefined = every step. */
  readonly t?: number;
  /** The unit it holds (0-based); undefined = every unit. */
  readonly unit?: number;
  readonly value: number;
}

/** The hand-set value of `gate` at step t and unit j, or undefined; a later entry wins. */
export function heldValue<G extends string>(
  holds: readonly HeldGate<G>[],
  gate: G,
  t: number,
  unit: number,
): number | undefined {
  for (let k = holds.length - 1; k >= 0; k--) {
    const h = holds[k]!;
    if (
      h.gate === gate &&
      (h.t === undefined || h.t === t) &&
      (h.unit === undefined || h.unit === unit)
    )
      return h.value;
  }
  return undefined;
}

/** One gate at one step: the values used, what the cell computed, and which units were held. */
export interface GateValues {
  /** The values the step used (hand-set where held). */
  readonly value: Float64Array;
  /** What the cell itself computed from its input and state. */
  readonly computed: Float64Array;
  /** 1 where the value was set by hand. */
  readonly held: Uint8Array;
  /** The gate's derivative with respect to its pre-activation (0 where held). */
  readonly slope: Float64Array;
}

/**
 * Applies the hand-set values to a gate's computed values: `squash` gives the value from the
 * pre-activation, `slopeOf` the derivative from the value (σ: v(1−v), tanh: 1−v²).
 */
export function gateValues<G extends string>(
  pre: Float64Array,
  squash: (a: number) => number,
  slopeOf: (v: number) => number,
  holds: readonly HeldGate<G>[],
  gate: G,
  t: number,
): GateValues {
  const H = pre.length;
  const computed = pre.map(squash);
  const value = new Float64Array(H);
  const held = new Uint8Array(H);
  const slope = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    const hand = heldValue(holds, gate, t, j);
    held[j] = hand === undefined ? 0 : 1;
    value[j] = hand ?? computed[j]!;
    slope[j] = hand === undefined ? slopeOf(computed[j]!) : 0;
  }
  return { value, computed, held, slope };
}

export const sigmoidSlope = (v: number): number => v * (1 - v);
export const tanhSlope = (v: number): number => 1 - v * v;
