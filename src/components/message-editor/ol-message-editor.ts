import { OlMessageEditorElement } from './message-editor.component.js';

export { OlMessageEditorElement };
export { OlEditorCloseEvent, type EditorCloseDetail } from './editor-events.js';

if (!customElements.get('ol-message-editor')) customElements.define('ol-message-editor', OlMessageEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-message-editor': OlMessageEditorElement;
  }
}
