import type { B24CallOptions, B24Envelope } from './transport.js';

/**
 * POSTs a JSON body and reads the JSON envelope back, whatever the HTTP
 * status (Bitrix24 answers errors with a JSON body and a 4xx/5xx status).
 * With `onUploadProgress` it uses XMLHttpRequest, the only browser API that
 * reports upload progress; otherwise `fetch`.
 */
export async function postJson(url: string, body: unknown, options: B24CallOptions = {}): Promise<B24Envelope> {
  const json = JSON.stringify(body);
  if (options.onUploadProgress) return postWithProgress(url, json, options);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: json,
    signal: options.signal,
  });
  return envelope(response.status, await response.text());
}

function postWithProgress(url: string, json: string, options: B24CallOptions): Promise<B24Envelope> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', abort);
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onUploadProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      done();
      options.onUploadProgress?.(1);
      resolve(envelope(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('Network error'));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was aborted', 'AbortError'));
    };
    if (options.signal?.aborted) {
      done();
      reject(new DOMException('The upload was aborted', 'AbortError'));
      return;
    }
    xhr.send(json);
  });
}

function envelope(status: number, text: string): B24Envelope {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    return { status, error: 'ERROR_UNEXPECTED_ANSWER', error_description: `Server returned an unexpected response (HTTP ${status})` };
  }
  return { ...(body && typeof body === 'object' ? (body as object) : { result: body }), status };
}

/** `https://portal/rest/` + `method.json`, whatever the base ends with. */
export function methodUrl(base: string, method: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${method}.json`;
}
