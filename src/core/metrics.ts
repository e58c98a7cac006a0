/**
 * Summary numbers the chapters quote. Cross-entropies are in nats (natural log) as the losses
 * compute them.
 */

/** exp(mean cross-entropy): how many equally likely choices the model is "torn between". */
export function perplexity(totalCrossEntropy: number, count: number): number {
  return Math.exp(totalCrossEntropy / count);
}

/** Mean cross-entropy in bits: the compression rate of a character model. */
export function bitsPerSymbol(totalCrossEntropy: number, count: number): number {
  return totalCrossEntropy / count / Math.LN2;
}

/** The loss of a model that gives every one of V symbols probability 1/V: ln V nats. */
export function uniformCrossEntropy(vocabularySize: number): number {
  return Math.log(vocabularySize);
}

/** Mean squared error over all entries. */
export function mse(
  predictions: readonly ArrayLike<number>[],
  targets: readonly ArrayLike<number>[],
): number {
  let sum = 0;
  let n = 0;
  predictions.forEach((p, t) => {
    for (let k = 0; k < p.length; k++) {
      sum += (p[k]! - targets[t]![k]!) ** 2;
      n++;
    }
  });
  return sum / n;
}

/** Normalised MSE: MSE divided by the targets' variance (1 = as good as predicting the mean). */
export function nmse(
  predictions: readonly ArrayLike<number>[],
  targets: readonly ArrayLike<number>[],
): number {
  let mean = 0;
  let n = 0;
  for (const t of targets) for (let k = 0; k < t.length; k++, n++) mean += t[k]!;
  mean /= n;
  let variance = 0;
  for (const t of targets) for (let k = 0; k < t.length; k++) variance += (t[k]! - mean) ** 2;
  variance /= n;
  return mse(predictions, targets) / variance;
}

/** Share of steps whose most probable class is the target class. */
export function accuracy(
  outputs: readonly ArrayLike<number>[],
  classes: readonly number[],
): number {
  let right = 0;
  outputs.forEach((o, t) => {
    let best = 0;
    for (let k = 1; k < o.length; k++) if (o[k]! > o[best]!) best = k;
    if (best === classes[t]) right++;
  });
  return right / outputs.length;
}
