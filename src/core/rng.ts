/**
 * Seeded pseudo-random numbers. Every random choice in the engine takes an `Rng`
 * explicitly, so a run is reproducible from its seed and two runs never share state.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** An Rng whose position can be read: `createRng(rng.state())` goes on where `rng` stands. */
export interface StatefulRng extends Rng {
  /** The generator's whole state (mulberry32 has one 32-bit word: its seed is its state). */
  state(): number;
}

/** mulberry32: a tiny 32-bit generator, good enough for initialisation and sampling. */
export function createRng(seed: number): StatefulRng {
  let a = seed >>> 0;
  return {
    state: () => a,
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

/**
 * One N(0, 1) sample by the Box–Muller transform (Box & Muller 1958):
 * √(−2 ln u₁) · cos(2π u₂) with u₁ ∈ (0, 1]. The sine partner is discarded so the function
 * stays stateless; each call consumes exactly two draws.
 */
export function gaussian(rng: Rng): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
