/**
 * How the adapter reaches a portal. A transport sends one REST call and hands
 * back the documented response envelope, untouched: `{ result, time, total?,
 * next? }` on success, `{ error, error_description }` on failure, with the
 * HTTP status. Queueing, retries, batching and error mapping live in
 * `B24Client`, so a transport stays a few lines.
 */

/** Parameters of a REST method, as documented (UPPER_CASE keys for most methods). */
export type B24Params = Record<string, unknown>;

/** The response envelope of a REST call, plus its HTTP status. */
export interface B24Envelope {
  /** HTTP status (200 on success; 400/401/403/404/500/503 on errors). */
  status: number;
  result?: unknown;
  error?: string;
  error_description?: string;
  /** Total count of list methods. */
  total?: number;
  /** Offset of the next page of list methods. */
  next?: number;
  time?: Record<string, unknown>;
}

/** Per-call options a transport may honour. */
export interface B24CallOptions {
  signal?: AbortSignal;
  /** Upload progress of the request body, from 0 to 1 (HTTP transports only). */
  onUploadProgress?: (fraction: number) => void;
}

/** Sends one REST call. Rejects only when no answer came back (network, abort). */
export interface B24Transport {
  call(method: string, params: B24Params, options?: B24CallOptions): Promise<B24Envelope>;
}
