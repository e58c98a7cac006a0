import { describe, expect, it } from 'vitest';
import { createModel } from '../../core/model';
import { createTrainingSession } from '../../sim';
import { gradientFlowMeta } from './meta';
import { TASK, flowParams, flowSpec, initScheme } from '../../core/experiments';
import type { HeldBy } from '../training/sessionController';
import { FlowTrainer, type FlowHistory } from './trainer';

const options = { ...gradientFlowMeta.props.parse({}), T: 12, hidden: 4, every: 5, lstm: true };

describe('FlowTrainer', () => {
  it('starts from the weights a training session draws (so column 0 is the untrained network)', () => {
    for (const cell of ['srn', 'lstm'] as const) {
      const model = createModel(flowSpec(cell, options));
      const session = createTrainingSession(
        {
          spec: model.spec,
          seed: options.seed,
          init: initScheme(options),
          initOptions: { spectralRadius: options.rho },
          train: { optimiser: { kind: 'sgd', lr: options.lr } },
          data: { kind: 'task', name: TASK, params: { T: options.T } },
        },
        { backend: 'thread' },
      );
      expect(Array.from(session.getWeights())).toEqual(Array.from(flowParams(model, options)));
      session.dispose();
    }
  });

  it('adds one column per run after `every` steps, and stops cleanly when disposed', async () => {
    let last: FlowHistory | null = null;
    const trainer = new FlowTrainer(options, (h) => (last = h));
    expect(last!.srn).toHaveLength(1);
    expect(last!.lstm).toHaveLength(1);
    await trainer.advance();
    expect(last!.srn.map((c) => c.step)).toEqual([0, 5]);
    expect(last!.lstm.map((c) => c.step)).toEqual([0, 5]);
    expect(last!.srn[1]!.norms).toHaveLength(12);
    expect(last!.srn[1]!.norms).not.toEqual(last!.srn[0]!.norms);
    trainer.dispose();
    await trainer.advance();
    expect(last!.srn).toHaveLength(2);
  });

  it('holds its training steps while the widget is off screen, and goes on when it is back', async () => {
    let last: FlowHistory | null = null;
    let held: HeldBy | null = null;
    const trainer = new FlowTrainer({ ...options, lstm: false }, (h, _running, waiting) => {
      last = h;
      held = waiting;
    });
    trainer.setVisible(false);
    let done = false;
    const advanced = trainer.advance().then(() => (done = true));
    expect(held).toBe('screen');
    // Nothing to await for "does not happen": give the main-thread runner time to have run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(done).toBe(false);
    expect(last!.srn).toHaveLength(1);
    trainer.setVisible(true);
    await advanced;
    expect(held).toBeNull();
    expect(last!.srn.map((c) => c.step)).toEqual([0, 5]);
    trainer.dispose();
  });
});
