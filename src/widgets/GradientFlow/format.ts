/** Norms as the GradientFlow widget prints them (tests compare against these). */
export const fmtNorm = (v: number) => (Number.isFinite(v) ? v.toExponential(3) : String(v));

/** The lags the table lists: 1, 10, ⌊T/2⌋ and T − 1 (distinct, below T). */
export const tableLags = (T: number) =>
  [...new Set([1, 10, Math.floor(T / 2), T - 1])].filter((l) => l < T).sort((a, b) => a - b);

/** A message as a sentence: a full stop added when it has none, never a second one. */
export const asSentence = (message: string) => {
  const text = message.trim();
  return /[.!?。！？]$/u.test(text) ? text : `${text}.`;
};
