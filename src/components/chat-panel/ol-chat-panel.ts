import { OlChatPanelElement } from './chat-panel.component.js';
import './ol-chat-header.js';
import '../timeline/ol-timeline.js';
import '../composer/ol-composer.js';

export { OlChatPanelElement };

if (!customElements.get('ol-chat-panel')) customElements.define('ol-chat-panel', OlChatPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-chat-panel': OlChatPanelElement;
  }
}
