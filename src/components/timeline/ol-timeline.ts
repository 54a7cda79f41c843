import '../message-menu/ol-message-menu.js';
import '../message-editor/ol-message-editor.js';
import { OlTimelineElement } from './timeline.component.js';

export { OlTimelineElement };

if (!customElements.get('ol-timeline')) customElements.define('ol-timeline', OlTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-timeline': OlTimelineElement;
  }
}
