import { Bitrix24Adapter, webhookTransport } from '../../../src/adapters/bitrix24/index.js';
import type { Bitrix24AdapterOptions } from '../../../src/adapters/bitrix24/index.js';

/** A call the fake portal received. */
export interface Recorded {
  method: string;
  params: Record<string, unknown>;
  auth?: string;
  via?: 'batch';
}

/** A scripted answer of the fake portal. */
export interface Scripted {
  method: string;
  status?: number;
  body: unknown;
  times?: number;
}

/** The fake portal of `b24.server.mjs`, in a namespace of one test file. */
export class FakePortal {
  constructor(readonly ns: string) {}

  /** Inbound webhook base URL. */
  get webhook(): string {
    return `/__b24/${this.ns}/rest/1/hookcode/`;
  }

  /** OAuth REST endpoint. */
  get endpoint(): string {
    return `/__b24/${this.ns}/rest/`;
  }

  async reset(): Promise<void> {
    await fetch(`/__b24/${this.ns}/__reset`, { method: 'POST' });
  }

  async script(...entries: Scripted[]): Promise<void> {
    await fetch(`/__b24/${this.ns}/__script`, { method: 'POST', body: JSON.stringify(entries) });
  }

  async requests(): Promise<Recorded[]> {
    return (await fetch(`/__b24/${this.ns}/__requests`)).json() as Promise<Recorded[]>;
  }

  /** Calls of one method, in order. */
  async calls(method: string): Promise<Recorded[]> {
    return (await this.requests()).filter((r) => r.method === method);
  }

  /** Method names called, in order (batch commands included). */
  async methods(): Promise<string[]> {
    return (await this.requests()).map((r) => r.method);
  }

  /** An adapter on this portal's webhook, with no rate spacing nor back-off delay (tests stay fast). */
  adapter(options: Partial<Bitrix24AdapterOptions> = {}): Bitrix24Adapter {
    return new Bitrix24Adapter({
      transport: webhookTransport(this.webhook),
      rateLimit: { requestsPerSecond: Infinity, concurrency: 4, retryBaseDelayMs: 0, ...options.rateLimit },
      ...options,
    });
  }
}

/** The `{ error, error_description }` body of a failed call. */
export const errorBody = (error: string, description = `${error} description`) => ({ error, error_description: description });

/** Rejection of a promise (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; b24Error?: string; operatorId?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}
