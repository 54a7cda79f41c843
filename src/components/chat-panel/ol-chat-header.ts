import { OlChatHeaderElement } from './chat-header.component.js';

export { OlChatHeaderElement };

if (!customElements.get('ol-chat-header')) customElements.define('ol-chat-header', OlChatHeaderElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-chat-header': OlChatHeaderElement;
  }
}
