import type { RaceSettings } from '../../core/experiments';
import type { RaceCommand, RaceReply } from './protocol';
import { RaceRunner, type RaceProgress, type RunnerTiming } from './raceRunner';

/** A running race, wherever it runs. */
export interface RaceHandle {
  pause(): void;
  resume(): void;
  /** Stops for good and frees the worker. */
  dispose(): void;
}

const WORKER_TIMING: RunnerTiming = { sliceMs: 40, reportMs: 150, agreementMs: 1000 };
/** On the main thread a slice must stay short, so the page keeps responding. */
const THREAD_TIMING: RunnerTiming = { sliceMs: 8, reportMs: 150, agreementMs: 1000 };

export function startRace(
  settings: RaceSettings,
  onProgress: (progress: RaceProgress) => void,
  onError: (message: string) => void,
): RaceHandle {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./race.worker.ts', import.meta.url), {
        type: 'module',
        name: 'algorithm-race',
      });
      const send = (c: RaceCommand) => worker.postMessage(c);
      worker.addEventListener('message', (event: MessageEvent<RaceReply>) => {
        const reply = event.data;
        if (reply.kind === 'progress') onProgress(reply.progress);
        else onError(reply.message);
      });
      worker.addEventListener('error', (event) =>
        onError(event.message || 'the race’s worker failed'),
      );
      send({ kind: 'start', settings, timing: WORKER_TIMING });
      return {
        pause: () => send({ kind: 'pause' }),
        resume: () => send({ kind: 'resume' }),
        dispose: () => worker.terminate(),
      };
    } catch {
      // Workers forbidden here: race on the main thread instead.
    }
  }
  let runner: RaceRunner;
  try {
    runner = new RaceRunner(settings, THREAD_TIMING, onProgress);
    runner.start();
  } catch (e) {
    onError(e instanceof Error ? e.message : String(e));
    return { pause() {}, resume() {}, dispose() {} };
  }
  return {
    pause: () => runner.pause(),
    resume: () => runner.start(),
    dispose: () => runner.pause(),
  };
}
