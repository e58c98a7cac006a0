/** The part of a Worker src/sim uses, so tests can put a fake in its place. */
export interface WorkerLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

export interface WorkerChannel {
  post(message: unknown, transfer?: Transferable[]): void;
  /** Terminates the worker; no message is delivered afterwards. */
  close(): void;
  readonly closed: boolean;
}

/**
 * The main thread's end of a worker, shared by training sessions and jobs: delivers messages
 * until closed, and when the worker fails (its script did not load, it crashed, a message was
 * unreadable) terminates it and says so once, in words for the reader.
 */
export function openWorkerChannel(
  worker: WorkerLike,
  what: string,
  handlers: { message(data: unknown): void; failed(message: string): void },
): WorkerChannel {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    worker.terminate();
  };
  const fail = (message: string) => {
    if (closed) return;
    close();
    handlers.failed(message);
  };
  worker.addEventListener('message', (e) => {
    if (!closed) handlers.message((e as MessageEvent).data);
  });
  worker.addEventListener('error', (e) => {
    e.preventDefault?.();
    const detail = (e as ErrorEvent).message;
    fail(`The ${what} failed${detail ? `: ${detail}` : ''}.`);
  });
  worker.addEventListener('messageerror', () => fail(`A message from the ${what} was unreadable.`));
  return {
    post(message, transfer = []) {
      if (!closed) worker.postMessage(message, { transfer });
    },
    close,
    get closed() {
      return closed;
    },
  };
}
