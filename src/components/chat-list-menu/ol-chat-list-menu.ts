import { OlChatListMenuElement } from './chat-list-menu.component.js';

export { OlChatListMenuElement };

if (!customElements.get('ol-chat-list-menu')) customElements.define('ol-chat-list-menu', OlChatListMenuElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-chat-list-menu': OlChatListMenuElement;
  }
}
