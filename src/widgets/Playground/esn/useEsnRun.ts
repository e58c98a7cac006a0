import { useEffect, useMemo, useSyncExternalStore, type RefObject } from 'react';
import type { MetricKind } from '../../../core/experiments';
import type { Sample } from '../../../core/tasks';
import { runJob } from '../../../sim/jobs';
import { onTabVisibility, tabHidden } from '../../training/pageVisibility';
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
  root: RefObject<Element | null>,
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
  // Like the training sessions: no fitting while the tab is hidden or the figure off screen.
  useEffect(() => {
    if (!runner) return undefined;
    let onScreen = true;
    const apply = () => runner.setHeld(tabHidden() ? 'tab' : onScreen ? null : 'screen');
    const stopTab = onTabVisibility(apply);
    const el = root.current;
    const observer =
      el && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => {
            onScreen = entries.some((e) => e.isIntersecting);
            apply();
          })
        : null;
    if (el) observer?.observe(el);
    apply();
    return () => {
      stopTab();
      observer?.disconnect();
    };
  }, [runner, root]);
  const run = useSyncExternalStore(
    runner?.subscribe ?? subscribeNone,
    runner?.getSnapshot ?? snapshotOfNone,
    runner?.getSnapshot ?? snapshotOfNone,
  );
  return { runner, run };
}
