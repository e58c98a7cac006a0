/**
 * Why a training algorithm cannot train a model as asked, as a code with its values (no words:
 * the UI words it in the reader's language). The English message is for programmers and logs.
 */
export type TrainingProblem =
  /** An online algorithm (truncated BPTT, RTRL, the EKFs) updates after each sequence. */
  | {
      readonly code: 'onlineBatch';
      readonly algorithm: 'tbptt' | 'rtrl' | 'ekf' | 'dekf';
      readonly batchSize: number;
    }
  /** Truncated BPTT runs forward in time; a backward layer needs the whole sequence first. */
  | { readonly code: 'tbpttBidirectional' }
  | { readonly code: 'tbpttWindow'; readonly k1: number; readonly k2: number }
  /** RTRL (and the EKFs, which take its Jacobians) covers one one-way layer with a head. */
  | {
      readonly code: 'rtrlModel';
      readonly algorithm: 'rtrl' | 'ekf' | 'dekf';
      readonly why: 'deep' | 'bidirectional' | 'noHead';
    }
  | { readonly code: 'ekfNoise'; readonly which: 'p0' | 'r' | 'q'; readonly value: number }
  /** The global EKF's N × N covariance: `parameters` over `limit` (a `megabytes` MB matrix). */
  | {
      readonly code: 'ekfTooBig';
      readonly parameters: number;
      readonly limit: number;
      readonly megabytes: number;
    }
  /** The decoupled EKF's covariance blocks: `entries` numbers over `limit`. */
  | {
      readonly code: 'dekfTooBig';
      readonly entries: number;
      readonly parameters: number;
      readonly limit: number;
    };

export class TrainingRefusal extends Error {
  constructor(
    readonly problem: TrainingProblem,
    message: string,
  ) {
    super(message);
    this.name = 'TrainingRefusal';
  }
}
