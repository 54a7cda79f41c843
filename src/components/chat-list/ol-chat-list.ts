import '../chat-list-menu/ol-chat-list-menu.js';
import '../chat-list-settings/ol-chat-list-settings.js';
import { OlChatListElement } from './chat-list.component.js';

export { OlChatListElement };

if (!customElements.get('ol-chat-list')) customElements.define('ol-chat-list', OlChatListElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-chat-list': OlChatListElement;
  }
}
