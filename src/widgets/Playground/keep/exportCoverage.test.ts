import { describe, expect, it } from 'vitest';
import { initialWeights } from '../../../sim';
import { exportPrograms } from '../../../sim/export';
import { ACTIVATIONS, CELL_KINDS, OPTIMISERS } from '../choices';
import { compose } from '../compose';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';

/**
 * The Code tool on the Playground: every cell, activation, head and optimiser it offers either
 * exports as three programs or, where a target cannot express the model, that program says why
 * and stops — never a throw, never a program that silently trains something else.
 */
const base = playgroundMeta.props.parse({ hidden: 4, task: 'latch', taskParams: '{"T":4}' });
const variants: Partial<PlaygroundSettings>[] = [
  ...CELL_KINDS.map((cell) => ({ cell })),
  ...ACTIVATIONS.map((activation) => ({ activation })),
  { head: 'sigmoid' },
  { head: 'linear', task: 'addingModern' },
  ...OPTIMISERS.map((optimiser) => ({ optimiser })),
  { cell: 'lstm', peepholes: true },
  { cell: 'lstm', variant: 'nfg' },
  { cell: 'gru', layers: 2, bidirectional: true },
  { head: 'softmax', task: 'charCorpus', taskParams: '{"text":"abcabcabd","seqLength":4}' },
];

describe('the Code tool for the Playground’s models', () => {
  it.each(variants.map((v) => [JSON.stringify(v), v] as const))('%s', (_, variant) => {
    const composed = compose({ ...base, ...variant } as PlaygroundSettings);
    if (!composed.ok) throw new Error(JSON.stringify(composed.problem));
    const bundle = exportPrograms({
      config: composed.config,
      weights: initialWeights(composed.config),
    });
    expect(Number.isFinite(bundle.loss)).toBe(true);
    for (const program of bundle.programs) {
      if (program.problem)
        expect(program.text).toContain(`Not exported: ${program.problem.detail}`);
      else expect(program.text).not.toContain('Not exported');
    }
  });

  it('every optimiser the Playground offers is written in each program', () => {
    const composed = compose(base);
    if (!composed.ok) throw new Error('refused');
    const input = { config: composed.config, weights: initialWeights(composed.config) };
    const [, tfjs, pytorch] = exportPrograms(input).programs;
    for (const kind of OPTIMISERS) {
      expect(tfjs!.text, kind).toMatch(new RegExp(`\\b${kind}: \\(\\) =>`));
      if (kind !== 'adam') expect(pytorch!.text, kind).toMatch(new RegExp(`"${kind}"`));
    }
  });
});
