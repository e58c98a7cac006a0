import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { MetricKind } from '../../../core/experiments';
import type { Sample } from '../../../core/tasks';
import { runJob } from '../../../sim/jobs';
import type { EsnComposed } from './composeEsn';
import { EsnRunner, initialEsnRun } from './esnRunner';

const snapshotOfNone = () => initialEsnRun;
const subscribeNone = () => () => {};

/**
 * The echo state network's run (EsnRunner) for the current composition, each step a background
 * job ('playgroundEsn', in the worker pool): new settings start a new runner, and the old one's
 * step at work is ignored when it comes back.
 */
export function useEsnRun(
  composed: EsnComposed | null,
  heldOut: readonly Sample[] | null,
  kind: MetricKind,
  batch: number,
) {
  const runner = useMemo(
    () =>
      composed && heldOut
        ? new EsnRunner((input) => runJob('playgroundEsn', input), {
            config: composed.config,
            task: composed.taskRef,
            dataSeed: composed.dataSeed,
            add: batch,
            heldOut,
            kind,
          })
        : null,
    [composed, heldOut, kind, batch],
  );
  useEffect(() => () => runner?.dispose(), [runner]);
  const run = useSyncExternalStore(
    runner?.subscribe ?? subscribeNone,
    runner?.getSnapshot ?? snapshotOfNone,
    runner?.getSnapshot ?? snapshotOfNone,
  );
  return { runner, run };
}
