import type { B24CallOptions, B24Envelope, B24Params, B24Transport } from './transport.js';

/** The part of the `BX24` JS library (https://api.bitrix24.com/api/v1/) this transport uses. */
export interface BX24Like {
  callMethod(method: string, params: B24Params, callback: (result: BX24AjaxResult) => void): void;
}

/** What `BX24.callMethod` passes to its callback. */
export interface BX24AjaxResult {
  /** The raw envelope (`{ result, time, total?, next? }` or `{ error, error_description }`). */
  answer?: Record<string, unknown>;
  /** HTTP status of the call. */
  status?: number;
  data(): unknown;
  error(): unknown;
}

/**
 * Transport for an application running inside a Bitrix24 frame: calls go
 * through `BX24.callMethod`, which holds the app's OAuth token and refreshes
 * it by itself. Aborting and upload progress are not available there: an
 * aborted call still runs, its answer is ignored.
 *
 * @param bx24 The global `BX24` (default `globalThis.BX24`, read at call time).
 * @example
 * BX24.init(() => { panel.adapter = new Bitrix24Adapter({ transport: bx24Transport() }); });
 */
export function bx24Transport(bx24?: BX24Like): B24Transport {
  return {
    call(method: string, params: B24Params, options?: B24CallOptions): Promise<B24Envelope> {
      const api = bx24 ?? (globalThis as { BX24?: BX24Like }).BX24;
      if (!api) return Promise.reject(new Error('BX24 is not loaded: include //api.bitrix24.com/api/v1/ and call BX24.init first'));
      return new Promise((resolve, reject) => {
        if (options?.signal?.aborted) {
          reject(new DOMException('The call was aborted', 'AbortError'));
          return;
        }
        api.callMethod(method, params, (result) => {
          if (options?.signal?.aborted) {
            reject(new DOMException('The call was aborted', 'AbortError'));
            return;
          }
          resolve(toEnvelope(result));
        });
      });
    },
  };
}

function toEnvelope(result: BX24AjaxResult): B24Envelope {
  const answer = result.answer ?? {};
  const status = result.status ?? (answer.error ? 400 : 200);
  if (typeof answer.error === 'string') {
    return { status, error: answer.error, error_description: String(answer.error_description ?? '') };
  }
  const error = result.error();
  if (error) {
    const ex = (error as { ex?: { error?: string; error_description?: string } }).ex;
    return { status, error: ex?.error ?? 'ADAPTER_ERROR', error_description: ex?.error_description ?? String(error) };
  }
  return { ...answer, status, result: 'result' in answer ? answer.result : result.data() };
}
