import { Bitrix24Error, isRateLimit } from './errors.js';
import { RequestQueue, sleep as defaultSleep } from './queue.js';
import type { RequestQueueOptions, Sleep } from './queue.js';
import type { B24CallOptions, B24Envelope, B24Params, B24Transport } from './transports/transport.js';

/** The documented maximum of commands in one `batch` call. */
export const BATCH_LIMIT = 50;

/** Options of `B24Client`. */
export interface B24ClientOptions extends RequestQueueOptions {
  /** Retries after `QUERY_LIMIT_EXCEEDED` before giving up (default 5). */
  maxRetries?: number;
  /** First back-off delay in ms, doubled at each retry (default 1000). */
  retryBaseDelayMs?: number;
  /** Longest back-off delay in ms (default 16000). */
  retryMaxDelayMs?: number;
  sleep?: Sleep;
}

/** One command of a batch: method and parameters. */
export type BatchCommand = [method: string, params?: B24Params];

/** Results of a batch, by command key: `result` for the ones that succeeded, `errors` for the others. */
export interface BatchResult {
  result: Record<string, unknown>;
  errors: Record<string, Bitrix24Error>;
}

/**
 * Calls REST methods through a transport: queued under the rate limit,
 * retried with exponential back-off on `QUERY_LIMIT_EXCEEDED`, answers
 * unwrapped (`result`), errors as `Bitrix24Error`.
 */
export class B24Client {
  private readonly transport: B24Transport;
  private readonly queue: RequestQueue;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: Sleep;

  constructor(transport: B24Transport, options: B24ClientOptions = {}) {
    this.transport = transport;
    this.sleep = options.sleep ?? defaultSleep;
    this.queue = new RequestQueue({ ...options, sleep: this.sleep });
    this.maxRetries = Math.max(0, options.maxRetries ?? 5);
    this.baseDelayMs = Math.max(0, options.retryBaseDelayMs ?? 1000);
    this.maxDelayMs = Math.max(this.baseDelayMs, options.retryMaxDelayMs ?? 16000);
  }

  /** Calls one method and returns its `result`. */
  async call<T = unknown>(method: string, params: B24Params = {}, options?: B24CallOptions): Promise<T> {
    const answer = await this.send(method, params, options);
    return answer.result as T;
  }

  /** Calls one method and returns the whole envelope (`result`, `total`, `next`). */
  async send(method: string, params: B24Params = {}, options?: B24CallOptions): Promise<B24Envelope> {
    for (let attempt = 0; ; attempt++) {
      const answer = await this.queue.run(() => this.transport.call(method, params, options), options?.signal);
      if (answer.error === undefined && answer.status < 400) return answer;
      const error = answer.error ?? `HTTP_${answer.status}`;
      if (isRateLimit(answer.error, answer.status) && attempt < this.maxRetries) {
        await this.sleep(Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt), options?.signal);
        continue;
      }
      throw new Bitrix24Error(error, answer.error_description ?? '', answer.status);
    }
  }

  /**
   * Runs many commands with `batch`, 50 a call (more are split into several
   * calls, run one after the other). With `halt`, the portal stops at the
   * first failing command, and so do the following calls.
   */
  async batch(commands: Record<string, BatchCommand>, options: { halt?: boolean; signal?: AbortSignal } = {}): Promise<BatchResult> {
    const entries = Object.entries(commands);
    const out: BatchResult = { result: {}, errors: {} };
    for (let start = 0; start < entries.length; start += BATCH_LIMIT) {
      const chunk = entries.slice(start, start + BATCH_LIMIT);
      const cmd = Object.fromEntries(chunk.map(([key, [method, params]]) => [key, commandString(method, params ?? {})]));
      const answer = await this.call<{ result?: unknown; result_error?: unknown }>(
        'batch',
        { halt: options.halt ? 1 : 0, cmd },
        { signal: options.signal },
      );
      Object.assign(out.result, asRecord(answer?.result));
      for (const [key, value] of Object.entries(asRecord(answer?.result_error))) {
        const body = value as { error?: string; error_description?: string };
        out.errors[key] = new Bitrix24Error(body?.error ?? 'ADAPTER_ERROR', body?.error_description ?? '', 400);
      }
      if (options.halt && Object.keys(out.errors).length > 0) break;
    }
    return out;
  }
}

/** PHP arrays come back as `[]` when empty and as objects when keyed. */
function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `method?KEY=value&LIST[0]=1&OBJ[k]=v`: a batch command, encoded as the documentation asks. */
export function commandString(method: string, params: B24Params): string {
  const query = buildQuery(params);
  return query ? `${method}?${query}` : method;
}

/** PHP `http_build_query`: nested arrays and objects as `key[sub]=value`, booleans as 1/0. */
export function buildQuery(params: B24Params): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => add(`${key}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [sub, item] of Object.entries(value as Record<string, unknown>)) add(`${key}[${sub}]`, item);
    } else {
      const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
    }
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return parts.join('&');
}
