/** Numbers as the Cliff widget prints them (tests compare against these). */
export const fmtCoord = (v: number) => v.toFixed(2);
export const fmtLoss = (v: number) => (Number.isFinite(v) ? v.toExponential(2) : String(v));
export const fmtLength = (v: number) => (Number.isFinite(v) ? v.toPrecision(3) : String(v));
/** A power of ten as 1e−6 (with a real minus sign), other values with up to 3 digits. */
export const fmtLevel = (log10: number) => {
  const v = 10 ** log10;
  return Number.isInteger(log10) ? `1e${log10}`.replace('-', '−') : v.toPrecision(2);
};
