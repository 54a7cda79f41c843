import type { Id } from '../../core/model.js';

export interface EditorCloseDetail {
  /** `saved`: the edit went through (or the host took it over); `cancel`: nothing changed. */
  reason: 'saved' | 'cancel';
  chatId: Id;
  messageId: Id;
  /** The text saved, with `reason: 'saved'`. */
  text?: string;
}

/**
 * @internal Not part of the public event map. `<ol-message-editor>` is done:
 * the element embedding it (the timeline, the message menu) removes it.
 * Bubbles, but stays inside the shadow root that holds the editor.
 */
export class OlEditorCloseEvent extends CustomEvent<EditorCloseDetail> {
  constructor(detail: EditorCloseDetail) {
    super('ol-editor-close', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ol-editor-close': OlEditorCloseEvent;
  }
}
