import type { Id } from '../../core/model.js';

/**
 * Asks the conversation view to show a message of the open chat. Internal to
 * `<ol-chat-panel>`: it bubbles but is not composed, so it never leaves the
 * shadow root it is dispatched in (the header passes it on to the panel).
 */
export class HistoryJumpEvent extends Event {
  constructor(readonly messageId: Id) {
    super('history-jump', { bubbles: true, composed: false });
  }
}
