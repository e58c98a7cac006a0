/**
 * Error measures for reservoir computing. The normalised root mean square error is the one
 * Lukoševičius (2012, §2.1, eq. 1) recommends: RMSE divided by the target's standard deviation,
 * so 0 is perfect and 1 is no better than predicting the target's mean.
 */

type Series = ArrayLike<number> | readonly ArrayLike<number>[];

const isScalarSeries = (s: Series): s is ArrayLike<number> =>
  s.length === 0 || typeof s[0] === 'number';

function nrmse1d(pred: ArrayLike<number>, target: ArrayLike<number>): number {
  const n = target.length;
  if (pred.length !== n) throw new Error(`nrmse: ${pred.length} predictions for ${n} targets`);
  if (n === 0) throw new Error('nrmse: empty series');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += target[i]!;
  mean /= n;
  let variance = 0;
  let mse = 0;
  for (let i = 0; i < n; i++) {
    variance += (target[i]! - mean) ** 2;
    mse += (pred[i]! - target[i]!) ** 2;
  }
  if (variance === 0) throw new Error('nrmse: the target is constant (zero variance)');
  return Math.sqrt(mse / variance);
}

/**
 * Normalised root mean square error √(mean (ŷ − y)²) / std(y) (population standard deviation).
 * Accepts a series of numbers, or a series of vectors (one per time step), in which case the
 * NRMSE of each output dimension is computed separately and the average returned. Throws for
 * mismatched lengths, an empty series, or a constant target.
 */
export function nrmse(pred: Series, target: Series): number {
  if (isScalarSeries(target) || isScalarSeries(pred)) {
    if (!isScalarSeries(target) || !isScalarSeries(pred))
      throw new Error('nrmse: mixing a series of numbers with a series of vectors');
    return nrmse1d(pred, target);
  }
  const dims = target[0]!.length;
  if (pred.length !== target.length)
    throw new Error(`nrmse: ${pred.length} predictions for ${target.length} targets`);
  let total = 0;
  for (let d = 0; d < dims; d++)
    total += nrmse1d(
      Array.from(pred, (p) => p[d]!),
      Array.from(target, (y) => y[d]!),
    );
  return total / dims;
}
