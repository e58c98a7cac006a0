/**
 * How an experiment written as a generator reports progress: each `yield` is a point where it
 * may be paused, and hands over a function that takes a snapshot of its progress. The code that
 * runs it (src/sim/jobs) calls the function only when a snapshot is to be sent — at a bounded
 * rate, before a pause (`final`), at the end (`final`) — with the time on its clock, so the
 * experiment itself reads no clock and pays for snapshots only when they are taken.
 */
export type Snapshot<P> = (at: { readonly now: number; readonly final: boolean }) => P;
