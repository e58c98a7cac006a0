/**
 * Training sessions for the widgets: one API (TrainingSession) whether training runs in a Web
 * Worker or in time slices on the main thread, and a Scheduler that makes a page's sessions take
 * turns and stop while hidden.
 */
export { createTrainingSession, TrainingSession, type SessionOptions } from './session';
export { pageScheduler, Scheduler } from './scheduler';
export { engineProblem, missingEngines } from './engineStart';
export {
  ENGINES,
  autoReason,
  pickFastest,
  type AutoPick,
  type EngineRates,
} from './engineRegistry';
export { divergenceMessage, type LostContext } from './stepMessages';
export {
  ENGINE_PROBLEM_CODES,
  ENGINE_REASON_CODES,
  EngineRefusedError,
  type EngineProblem,
  type EngineReason,
  type MeasuredRate,
} from './engineReasons';
export {
  resolveConfig,
  DEFAULT_MAX_GRAD_NORM,
  DEFAULT_SMOOTHING,
  TaskFitError,
  type TaskMismatch,
} from './config';
export { initialWeights, weightsOnlyRun } from './sessionWeights';
export type { TrainingSnapshot } from './sessionProtocol';
export type { Clock, Yielder } from './clock';
export type { SliceTiming } from './jobs/slicer';
export type { WorkerLike } from './jobs/workerChannel';
export type * from './types';
export {
  expectedLoss,
  exportPrograms,
  exportProblem,
  PROGRAM_FILES,
  WEIGHTS_FILE,
  type ExportBundle,
  type ExportedProgram,
  type ExportProblemCode,
  type ExportTarget,
} from './export';
