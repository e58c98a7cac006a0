import { GREFF_VARIANTS } from '../core/cells';
import {
  ABLATION_DEFAULTS,
  runAblation,
  summariseAblation,
  type AblationSettings,
} from '../core/experiments';
import { fmt, type ReproRow } from './common';

const NAMES = {
  vanilla: 'V',
  nig: 'NIG',
  nfg: 'NFG',
  nog: 'NOG',
  niaf: 'NIAF',
  noaf: 'NOAF',
  np: 'NP',
  cifg: 'CIFG',
  fgr: 'FGR',
} as const;

/**
 * The Variants figure's ablation with its default settings (Greff et al. 2017's nine LSTM
 * forms, five seeds each, continual embedded Reber). Greff et al. found the forget gate and the
 * output activation the most critical parts: reproduced here when NFG and NOAF have the two
 * worst median losses.
 */
export function reproduceVariants(settings: AblationSettings = ABLATION_DEFAULTS): ReproRow {
  const runs = [];
  for (let run = 0; run < settings.runs; run++)
    for (const variant of GREFF_VARIANTS) runs.push(runAblation(settings, variant, run));
  const rows = summariseAblation(runs);
  const median = Object.fromEntries(rows.map((r) => [r.variant, r.summary!.median]));
  const ranked = [...rows].sort((a, b) => b.summary!.median - a.summary!.median);
  const worstTwo = ranked.slice(0, 2).map((r) => r.variant);
  return {
    experiment: `LSTM variants on continual embedded Reber (${settings.runs} seeds each, ${settings.hidden} cells)`,
    source: 'Greff et al. 2017, abstract',
    published:
      'no variant improves significantly on the standard LSTM; the forget gate and the output activation are its most critical components',
    measured: `median test loss, bits/symbol: ${rows.map((r) => `${NAMES[r.variant]} ${fmt(r.summary!.median)}`).join(', ')}; two worst: ${worstTwo.map((v) => NAMES[v]).join(', ')}`,
    reproduced: worstTwo.includes('nfg') && worstTwo.includes('noaf'),
    details: { ...median, runs: settings.runs, sequences: settings.sequences },
  };
}
