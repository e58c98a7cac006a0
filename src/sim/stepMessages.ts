import type { Divergence, DivergenceProblem } from './types';

/**
 * The English messages that name a training step (logs and tests; the UI words the parts in the
 * reader's language: src/ui/divergenceText.ts). The session writes them with its own step
 * count; a widget's controller, whose reader sees a count that goes on across rebuilt sessions,
 * writes them again with that count (src/widgets/training/sessionController.ts).
 */

/** The divergence message, from its parts (see Divergence). */
export function divergenceMessage(d: Omit<Divergence, 'message'>): string {
  const kept =
    d.kept === 'anchor'
      ? `The weights of step ${d.keptStep}, which score better, are restored`
      : d.kept === 'checkpoint'
        ? `The weights of step ${d.keptStep} (the last checked) are kept`
        : 'The weights from before this step are kept';
  const advice = d.clipping
    ? 'lower the learning rate, or reset'
    : 'lower the learning rate, clip the gradient, or reset';
  return `Training diverged at step ${d.step}: ${problemMessage(d.problem)}. ${kept}; ${advice}.`;
}

function problemMessage(p: DivergenceProblem): string {
  const show = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : String(x));
  switch (p.code) {
    case 'loss':
      return `the loss became ${show(p.value)}`;
    case 'gradNorm':
      return `the gradient norm became ${show(p.value)}`;
    case 'gradLimit':
      return `the gradient norm reached ${show(p.value)}, above the limit of ${show(p.limit)}`;
    case 'nonFinite':
      return 'a loss or gradient was not a finite number';
    case 'weight':
      return 'a weight grew beyond the range of numbers';
  }
}

/** Where training went on after a lost WebGL context: from the weights of step `from`. */
export interface LostContext {
  readonly lostAt: number;
  readonly from: number;
}
