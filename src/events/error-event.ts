import type { OlAdapterError } from '../core/adapter.js';
import type { Id } from '../core/model.js';
import { OlEvent } from './ol-event.js';

export interface ErrorDetail {
  /** The action that failed: the name of the event that asked for it, e.g. `ol-chat-transfer`. */
  action: string;
  chatId?: Id;
  messageId?: Id;
  error: OlAdapterError;
}

/** An adapter call failed; the element has rolled back and shows the error. Not cancelable. */
export class OlErrorEvent extends OlEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('ol-error', detail, false);
  }
}
