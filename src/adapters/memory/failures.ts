import { OlAdapterError } from '../../core/adapter.js';
import type { FailureSpec, MethodName } from './types.js';

/** Error code of injected failures. */
export const INJECTED_FAILURE = 'INJECTED_FAILURE';

function injectedError(method: MethodName, error: string | Error | undefined): Error {
  if (error instanceof Error) return error;
  return new OlAdapterError(error ?? `${method} failed (simulated failure)`, INJECTED_FAILURE);
}

/**
 * Decides which calls fail: persistent failures per method (from the
 * `failures` option or `setFailure`) and one-off failures (`failNext`).
 */
export class FailureInjector {
  private readonly persistent = new Map<MethodName, FailureSpec>();
  private readonly queued = new Map<MethodName, Array<string | Error | undefined>>();

  constructor(initial: Partial<Record<MethodName, FailureSpec>> = {}) {
    for (const [method, spec] of Object.entries(initial) as Array<[MethodName, FailureSpec | undefined]>) {
      if (spec !== undefined) this.persistent.set(method, spec);
    }
  }

  /** Makes every later call of `method` fail, or stops that when `spec` is undefined. */
  set(method: MethodName, spec: FailureSpec | undefined): void {
    if (spec === undefined) this.persistent.delete(method);
    else this.persistent.set(method, spec);
  }

  /** Makes the next call of `method` fail once. */
  failNext(method: MethodName, error?: string | Error): void {
    const queue = this.queued.get(method) ?? [];
    queue.push(error);
    this.queued.set(method, queue);
  }

  /** Removes every persistent and one-off failure. */
  clear(): void {
    this.persistent.clear();
    this.queued.clear();
  }

  /** Throws the injected error if this call must fail. */
  check(method: MethodName, args: readonly unknown[]): void {
    const queue = this.queued.get(method);
    if (queue?.length) {
      const error = queue.shift();
      if (queue.length === 0) this.queued.delete(method);
      throw injectedError(method, error);
    }
    const spec = this.persistent.get(method);
    if (spec === undefined) return;
    if (typeof spec === 'function') {
      if (spec(...args)) throw injectedError(method, undefined);
      return;
    }
    throw injectedError(method, spec === true ? undefined : spec);
  }
}

/** The rejection of an aborted operation, as `fetch` does it. */
export function abortError(message = 'The operation was aborted.'): DOMException {
  return new DOMException(message, 'AbortError');
}

/**
 * Waits `ms` milliseconds (a microtask when `ms <= 0`), rejecting with an
 * `AbortError` as soon as `signal` aborts.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (ms <= 0) {
    return Promise.resolve().then(() => {
      if (signal?.aborted) throw abortError();
    });
  }
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
