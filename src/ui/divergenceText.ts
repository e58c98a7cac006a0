import { format } from '../i18n';
import type { Strings } from '../i18n/en';
import type { Divergence, DivergenceProblem } from '../sim';

type Words = Strings['engineReasons']['divergence'];

/** What went wrong on a diverging step, in the reader's language (the session gives a code). */
export function divergenceProblemText(problem: DivergenceProblem, t: Words): string {
  const show = (x: number) =>
    Number.isNaN(x)
      ? 'NaN'
      : Number.isFinite(x)
        ? x.toPrecision(3)
        : `${x < 0 ? '−' : ''}${t.infinity}`;
  switch (problem.code) {
    case 'loss':
    case 'gradNorm':
      return format(t.problem[problem.code], { value: show(problem.value) });
    case 'gradLimit':
      return format(t.problem.gradLimit, {
        value: show(problem.value),
        limit: show(problem.limit),
      });
    case 'nonFinite':
    case 'weight':
      return t.problem[problem.code];
  }
}

/** The whole divergence message: where it stopped, what was kept, advice that fits the settings. */
export function divergenceText(d: Omit<Divergence, 'message'>, t: Words): string {
  const kept =
    d.kept === 'anchor'
      ? format(t.keptAnchor, { kept: d.keptStep })
      : d.kept === 'checkpoint'
        ? format(t.keptCheckpoint, { kept: d.keptStep })
        : t.keptBefore;
  return format(t.message, {
    step: d.step,
    problem: divergenceProblemText(d.problem, t),
    kept,
    advice: d.clipping ? t.adviceClipOn : t.adviceClipOff,
  });
}
