import { OlChatListSettingsElement } from './chat-list-settings.component.js';

export { OlChatListSettingsElement };

if (!customElements.get('ol-chat-list-settings')) customElements.define('ol-chat-list-settings', OlChatListSettingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-chat-list-settings': OlChatListSettingsElement;
  }
}
