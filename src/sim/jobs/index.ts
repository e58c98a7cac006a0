/**
 * Background jobs: pure code of src/core run in a Web Worker where there is one, else in
 * main-thread slices, with bounded-rate progress, pause / resume / cancel, and a seat in the
 * page's Scheduler. Training sessions stand on the same pieces (Slicer, RateGate,
 * SchedulerSeat, the worker channel and the one shared worker).
 */
export { createJob, Job, type JobListener, type JobOptions } from './job';
export { runJob } from './runJob';
export {
  jobKinds,
  type JobInput,
  type JobKind,
  type JobProgress,
  type JobResult,
} from './registry';
export { functionJob, generatorJob } from './types';
export type {
  JobDefinition,
  JobEvent,
  JobReason,
  JobState,
  JobWhere,
  Report,
  ReportContext,
} from './types';
export type { SliceTiming } from './slicer';
export type { WorkerLike } from './workerChannel';
