import { openWorkerChannel, type WorkerChannel, type WorkerLike } from './workerChannel';

/** What a job's driver holds while it runs in a pooled worker. */
export interface WorkerLease {
  post(message: unknown): void;
  /** The job finished cleanly: the worker may run the next job. */
  release(): void;
  /** The job was stopped midway, or the worker failed: it is terminated. */
  terminate(): void;
}

export interface LeaseHandlers {
  message(data: unknown): void;
  failed(message: string): void;
}

/** Idle workers kept per pool, and how long one waits for a job before it is terminated. */
const MAX_IDLE = 2;
const IDLE_MS = 20_000;

interface Pooled {
  channel: WorkerChannel;
  handlers: LeaseHandlers | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Workers that run one job after another. Starting a Web Worker costs the page's thread tens
 * of milliseconds (more on a busy machine), and a figure starts a job per column, per redraw of
 * its samples, per file: a worker whose job finished is kept (at most MAX_IDLE, for IDLE_MS) and
 * given the next job instead of a new one. A job stopped midway terminates its worker, as before
 * (no job's work outlives its cancel); a worker that failed is never reused.
 */
export class WorkerPool {
  private readonly idle: Pooled[] = [];

  constructor(private readonly create: () => WorkerLike) {}

  /** A worker for one job (an idle one if there is one; else a new one — which may throw). */
  lease(handlers: LeaseHandlers): WorkerLease {
    const pooled = this.idle.pop() ?? this.spawn();
    if (pooled.timer !== null) clearTimeout(pooled.timer);
    pooled.timer = null;
    pooled.handlers = handlers;
    let over = false;
    const end = (reuse: boolean) => {
      if (over) return;
      over = true;
      pooled.handlers = null;
      if (reuse && !pooled.channel.closed && this.idle.length < MAX_IDLE) this.keep(pooled);
      else pooled.channel.close();
    };
    return {
      post: (message) => {
        if (!over) pooled.channel.post(message);
      },
      release: () => end(true),
      terminate: () => end(false),
    };
  }

  /** Idle workers now (tests). */
  get idleCount(): number {
    return this.idle.length;
  }

  private spawn(): Pooled {
    const worker = this.create();
    const pooled = { handlers: null, timer: null } as unknown as Pooled;
    pooled.channel = openWorkerChannel(worker, 'background worker', {
      // Between jobs nothing is listening: a stray message is dropped.
      message: (data) => pooled.handlers?.message(data),
      failed: (message) => {
        this.forget(pooled);
        pooled.handlers?.failed(message);
      },
    });
    return pooled;
  }

  private keep(pooled: Pooled): void {
    this.idle.push(pooled);
    pooled.timer = setTimeout(() => {
      this.forget(pooled);
      pooled.channel.close();
    }, IDLE_MS);
  }

  private forget(pooled: Pooled): void {
    const i = this.idle.indexOf(pooled);
    if (i >= 0) this.idle.splice(i, 1);
    if (pooled.timer !== null) clearTimeout(pooled.timer);
    pooled.timer = null;
  }
}

const pools = new WeakMap<() => WorkerLike, WorkerPool>();

/** The pool of workers made by `create` (one pool per factory: the page's, or a test's). */
export function workerPoolOf(create: () => WorkerLike): WorkerPool {
  let pool = pools.get(create);
  if (!pool) {
    pool = new WorkerPool(create);
    pools.set(create, pool);
  }
  return pool;
}
