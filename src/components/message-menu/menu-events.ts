import type { Id } from '../../core/model.js';

export interface EditRequestDetail {
  chatId: Id;
  messageId: Id;
}

/**
 * @internal Not part of the public event map: a request between elements of
 * the library. "Edit" was chosen in `<ol-message-menu>` (M9); the menu cannot
 * edit in place, the element showing the message can.
 *
 * The timeline handles it by showing `<ol-message-editor>` in place of the
 * message, and **calls `preventDefault()`** to say it did. When nobody does
 * (a menu used on its own), the menu shows the editor in its own popup.
 * Bubbles and is composed; cancelable.
 */
export class OlEditRequestEvent extends CustomEvent<EditRequestDetail> {
  constructor(detail: EditRequestDetail) {
    super('ol-edit-request', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface MenuCloseDetail {
  chatId: Id;
  messageId: Id;
}

/**
 * @internal Not part of the public event map. `<ol-message-menu>` closed
 * (Escape, click outside, an action done). Bubbles, not composed: listen on
 * the menu or inside the shadow root that holds it.
 */
export class OlMenuCloseEvent extends CustomEvent<MenuCloseDetail> {
  constructor(detail: MenuCloseDetail) {
    super('ol-menu-close', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ol-edit-request': OlEditRequestEvent;
    'ol-menu-close': OlMenuCloseEvent;
  }
}
