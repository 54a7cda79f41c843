/** Waits `ms` milliseconds; rejects with an `AbortError` when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** `setTimeout` as a promise that an `AbortSignal` cancels (and clears its timer). */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Options of `RequestQueue`. */
export interface RequestQueueOptions {
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** Requests started per second at most (default 2, the documented sustained rate; `Infinity` for no spacing). */
  requestsPerSecond?: number;
  /** Clock, for tests. */
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Keeps the REST rate limit: Bitrix24 counts requests per portal in a leaky
 * bucket (a burst of 50, draining 2 a second on standard plans; more on
 * Enterprise), and answers HTTP 503 `QUERY_LIMIT_EXCEEDED` once it is full.
 * Starting at most `requestsPerSecond` requests a second, `concurrency` at
 * a time, never fills the bucket in steady use.
 */
export class RequestQueue {
  private readonly concurrency: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private running = 0;
  private nextStart = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(options: RequestQueueOptions = {}) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
    const rate = options.requestsPerSecond ?? 2;
    this.intervalMs = rate > 0 && Number.isFinite(rate) ? 1000 / rate : 0;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? sleep;
  }

  /** How many requests wait for a slot. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free and the rate allows it. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire();
    try {
      const delay = this.reserveStart();
      if (delay > 0) await this.sleep(delay, signal);
      signal?.throwIfAborted();
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Books the next start time; returns how long to wait for it. */
  private reserveStart(): number {
    if (this.intervalMs === 0) return 0;
    const now = this.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + this.intervalMs;
    return start - now;
  }
}
