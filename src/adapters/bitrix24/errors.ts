import { OlAdapterError } from '../../core/adapter.js';
import type { Id } from '../../core/model.js';

/**
 * A Bitrix24 REST error as an `OlAdapterError`: `code` is the library's code
 * (so elements and hosts handle every backend the same way), `b24Error` the
 * portal's own `error`, `message` its `error_description`.
 */
export class Bitrix24Error extends OlAdapterError {
  /** The portal's `error` field, e.g. `ACCESS_DENIED`. */
  readonly b24Error: string;
  /** HTTP status of the answer. */
  readonly status: number;

  constructor(b24Error: string, description: string, status: number, options?: { operatorId?: Id }) {
    super(description || b24Error, libraryCode(b24Error, status), options);
    this.name = 'Bitrix24Error';
    this.b24Error = b24Error;
    this.status = status;
  }
}

/**
 * Portal `error` → library code. Codes come from the method pages and the
 * "system errors" page of the REST documentation; anything else keeps
 * `ADAPTER_ERROR` (its Bitrix24 code stays in `b24Error`).
 */
const CODES: Record<string, string> = {
  // No permission (method pages, system errors).
  ACCESS_DENIED: 'FORBIDDEN',
  ACCESS_ERROR: 'FORBIDDEN',
  ACCESS_DENIED_EXTEND: 'FORBIDDEN',
  INVALID_CREDENTIALS: 'FORBIDDEN',
  insufficient_scope: 'FORBIDDEN',
  ERROR_USER_NOT_OPERATOR: 'FORBIDDEN',
  CANT_EDIT_MESSAGE: 'FORBIDDEN',
  TARIFF_RESTRICTION: 'FORBIDDEN',
  // Authentication.
  NO_AUTH_FOUND: 'UNAUTHORIZED',
  expired_token: 'UNAUTHORIZED',
  invalid_token: 'UNAUTHORIZED',
  // Unknown method or object.
  ERROR_METHOD_NOT_FOUND: 'NOT_FOUND',
  NOT_FOUND: 'NOT_FOUND',
  ERROR_NOT_FOUND: 'NOT_FOUND',
  CHAT_ID: 'NOT_FOUND',
  MESSAGE_ID_ERROR: 'NOT_FOUND',
  // Bad parameters.
  CHAT_TYPE: 'INVALID',
  CHAT_ID_EMPTY: 'INVALID',
  DIALOG_ID_EMPTY: 'INVALID',
  MESSAGE_EMPTY: 'INVALID',
  TITLE_EMPTY: 'INVALID',
  USER_ID_EMPTY: 'INVALID',
  FILES_ERROR: 'INVALID',
  PARAMS_ERROR: 'INVALID',
  INVALID_FILTER: 'INVALID',
  PERIOD_TOO_LARGE: 'INVALID',
  PERIOD_REQUIRED: 'INVALID',
  OFFSET_TOO_LARGE: 'INVALID',
  INVALID_REQUEST: 'INVALID',
  ERROR_ARGUMENT: 'INVALID',
  ERROR_BATCH_LENGTH_EXCEEDED: 'INVALID',
  // The chat changed under us: someone else answered or is answering it.
  IMOL_CHAT_ERROR_ANSWER_COMPETITIVE_REQUEST: 'CONFLICT',
  IMOL_CHAT_ERROR_ANSWER_ALREADY_RESPONSIBLE: 'CONFLICT',
  // Rate limits (retried by the client before they surface).
  QUERY_LIMIT_EXCEEDED: 'RATE_LIMITED',
  OVERLOAD_LIMIT: 'RATE_LIMITED',
};

function libraryCode(b24Error: string, status: number): string {
  const known = CODES[b24Error];
  if (known) return known;
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'UNAUTHORIZED';
  return 'ADAPTER_ERROR';
}

/** Whether the portal asks us to slow down (HTTP 503 `QUERY_LIMIT_EXCEEDED`). */
export function isRateLimit(error: string | undefined, status: number): boolean {
  return error === 'QUERY_LIMIT_EXCEEDED' || (status === 503 && error !== 'OVERLOAD_LIMIT');
}
