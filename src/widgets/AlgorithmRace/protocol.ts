import type { RaceSettings } from '../../core/experiments';
import type { RaceProgress, RunnerTiming } from './raceRunner';

/** Main thread → race worker. The worker is terminated to stop a race for good. */
export type RaceCommand =
  | { readonly kind: 'start'; readonly settings: RaceSettings; readonly timing: RunnerTiming }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' };

/** Race worker → main thread. */
export type RaceReply =
  | { readonly kind: 'progress'; readonly progress: RaceProgress }
  | { readonly kind: 'error'; readonly message: string };
