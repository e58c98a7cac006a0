import { runEchoStateExperiment, type EchoStateResult, type EchoStateSettings } from './experiment';
import type { ComputeReply, ComputeRequest } from './protocol';

/** The part of a Worker used here, so tests can pass a fake. */
export interface ComputeWorker {
  postMessage(message: ComputeRequest): void;
  addEventListener(type: 'message' | 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

/** One finished computation, for the settings it was asked for. */
export type Outcome =
  | {
      readonly settings: EchoStateSettings;
      readonly result: EchoStateResult;
      readonly error?: never;
    }
  | { readonly settings: EchoStateSettings; readonly error: string; readonly result?: never };

export interface EchoStateComputer {
  /** Asks for these settings; while one computation runs, only the newest request waits. */
  compute(settings: EchoStateSettings): void;
  dispose(): void;
}

/**
 * Vite bundles the worker because of this exact `new Worker(new URL(…, import.meta.url))` form.
 * Throws where there is no Worker (jsdom, old browsers); the computer then runs on the main
 * thread.
 */
export function spawnEchoStateWorker(): ComputeWorker {
  if (typeof Worker === 'undefined') throw new Error('this environment has no Web Worker');
  return new Worker(new URL('./echoStateWorker.ts', import.meta.url), {
    type: 'module',
    name: 'echo-state',
  }) as unknown as ComputeWorker;
}

/** Main-thread fallback: wait about a frame, so the busy state is painted before the work. */
const PAINT_FIRST_MS = 20;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs the experiment for each requested setting, in a worker when one can be started (and on
 * the main thread, after a frame, otherwise or if the worker fails). Requests made while one
 * runs are not stacked: only the newest waits, so dragging a slider never builds a backlog.
 * `onOutcome` gets every finished computation with whether another one is still to come.
 */
export function createEchoStateComputer(
  onOutcome: (outcome: Outcome, busy: boolean) => void,
  spawn: () => ComputeWorker = spawnEchoStateWorker,
): EchoStateComputer {
  let worker: ComputeWorker | null = null;
  let running: { id: number; settings: EchoStateSettings } | null = null;
  let waiting: EchoStateSettings | null = null;
  let nextId = 1;
  let disposed = false;

  const finish = (id: number, outcome: Outcome) => {
    if (disposed || running?.id !== id) return;
    running = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      start(next);
    }
    onOutcome(outcome, running !== null);
  };

  const runHere = (id: number, settings: EchoStateSettings) => {
    setTimeout(() => {
      if (disposed || running?.id !== id) return;
      let outcome: Outcome;
      try {
        outcome = { settings, result: runEchoStateExperiment(settings) };
      } catch (e) {
        outcome = { settings, error: describe(e) };
      }
      finish(id, outcome);
    }, PAINT_FIRST_MS);
  };

  const start = (settings: EchoStateSettings) => {
    const id = nextId++;
    running = { id, settings };
    if (worker) worker.postMessage({ id, settings });
    else runHere(id, settings);
  };

  try {
    worker = spawn();
    worker.addEventListener('message', (e) => {
      const reply = (e as MessageEvent<ComputeReply>).data;
      const settings = running?.settings;
      if (!settings) return;
      finish(
        reply.id,
        reply.ok ? { settings, result: reply.result } : { settings, error: reply.message },
      );
    });
    // The worker's script failed to load or crashed: carry on without it.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      worker?.terminate();
      worker = null;
      if (running) runHere(running.id, running.settings);
    });
  } catch {
    worker = null;
  }

  return {
    compute(settings) {
      if (disposed) return;
      if (running) waiting = settings;
      else start(settings);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
    },
  };
}
