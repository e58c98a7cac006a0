import { it } from 'vitest';
import { Scheduler, TrainingSession } from '../../sim';
import { createFakeWorker } from '../../sim/testing/fakeWorker';
import { compose } from './compose';
import { playgroundMeta } from './meta';
import { playgroundPresets } from './presets';

it('ekf', { timeout: 60_000 }, async () => {
  const settings = playgroundMeta.props.parse(playgroundPresets.xorEkf.values);
  const c = compose(settings);
  if (!c.ok) throw 0;
  const session = new TrainingSession(c.config, { engine: 'core', createWorker: () => createFakeWorker(), scheduler: new Scheduler(), timing: { progressIntervalMs: 0 } });
  const losses: number[] = [];
  session.on((e) => { if (e.type === 'progress') losses.push(e.loss); });
  await session.step(2);
  console.log('WORKER', session.backend, losses);
});
