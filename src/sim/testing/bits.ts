/** The bytes of a Float64Array as hex: equal strings mean bit-exact equal weights (−0, NaN too). */
export function hex(a: Float64Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
}

/** Tracks whether a promise has settled, so a test can drive simulated time until it has. */
export function track(promise: Promise<unknown>): { readonly done: boolean } {
  const state = { done: false };
  promise.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
}
