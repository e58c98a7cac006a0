import { JobRunner } from './jobRunner';
import { definitionOf, type DefinitionLookup } from './registry';
import type { SliceEnvironment } from './slicer';
import type { JobCommand, RunnerJobEvent } from './types';

/** Carries out job commands wherever it runs; `dispose` cancels the job. */
export interface JobCommandHandler {
  handle(command: JobCommand): void;
  dispose(): void;
}

/**
 * The runner's side of a job, the same in the shared worker (jobWorkerHost.ts) and on the main
 * thread (threadJobDriver.ts): 'start' looks the kind up in the registry and runs it; a kind
 * that does not exist, or input the job throws on, becomes an 'error' event.
 */
export function createJobCommandHandler(
  emit: (event: RunnerJobEvent) => void,
  environment: SliceEnvironment = {},
  lookup: DefinitionLookup = definitionOf,
): JobCommandHandler {
  let runner: JobRunner<unknown, unknown, unknown> | null = null;
  return {
    handle(command) {
      switch (command.type) {
        case 'start':
          runner?.cancel();
          try {
            const definition = lookup(command.kind);
            runner = new JobRunner(definition, command.input, emit, command.timing, environment);
            runner.start();
          } catch (error) {
            runner = null;
            emit({
              type: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
          }
          return;
        case 'pause':
          runner?.pause();
          return;
        case 'resume':
          runner?.resume();
          return;
        case 'cancel':
          runner?.cancel();
          runner = null;
          return;
      }
    },
    dispose() {
      runner?.cancel();
      runner = null;
    },
  };
}
