/**
 * The Phased LSTM's time gate (Neil, Pfeiffer & Liu 2016), as chapter 4 writes it. With the
 * phase φ_t = ((t − ψ) mod τ) / τ (ψ is the paper's shift s, renamed to keep it apart from the
 * state), the gate rises from 0 to 1 over the first half of the open phase, falls back over the
 * second, and in the closed phase leaks α·φ_t (α > 0 during training, 0 at test time):
 *
 *   k_t = 2φ_t / r_on        if φ_t < r_on / 2
 *         2 − 2φ_t / r_on    if r_on / 2 ≤ φ_t < r_on
 *         α φ_t              otherwise
 *
 * t may be any real time stamp; a unit with k_t = 0 keeps its state exactly, like an inactive
 * clockwork module.
 */
export interface TimeGate {
  /** Period τ > 0. */
  readonly period: number;
  /** Shift ψ (the paper's s). */
  readonly shift: number;
  /** Open ratio r_on in (0, 1]. */
  readonly openRatio: number;
  /** Leak α ≥ 0 in the closed phase. */
  readonly leak: number;
}

export type GatePhase = 'opening' | 'closing' | 'closed';

/** φ_t in [0, 1): where t falls in the gate's cycle (a true modulo, also for t < ψ). */
export function gatePhase(gate: TimeGate, t: number): number {
  const r = (t - gate.shift) % gate.period;
  const phi = (r < 0 ? r + gate.period : r) / gate.period;
  return phi >= 1 ? 0 : phi;
}

/** Which of the three pieces φ_t falls in. */
export function gatePiece(gate: TimeGate, t: number): GatePhase {
  const phi = gatePhase(gate, t);
  if (phi < gate.openRatio / 2) return 'opening';
  return phi < gate.openRatio ? 'closing' : 'closed';
}

/** The gate's openness k_t. */
export function timeGate(gate: TimeGate, t: number): number {
  const phi = gatePhase(gate, t);
  const r = gate.openRatio;
  if (phi < r / 2) return (2 * phi) / r;
  if (phi < r) return 2 - (2 * phi) / r;
  return gate.leak * phi;
}

/** Why a gate's parameters cannot be drawn, or null. */
export function timeGateProblem(gate: TimeGate): string | null {
  if (!(Number.isFinite(gate.period) && gate.period > 0)) return 'the period τ must be positive';
  if (!Number.isFinite(gate.shift)) return 'the shift must be a number';
  if (!(gate.openRatio > 0 && gate.openRatio <= 1)) return 'the open ratio r_on must be in (0, 1]';
  if (!(gate.leak >= 0 && gate.leak <= 1)) return 'the leak α must be in [0, 1]';
  return null;
}
