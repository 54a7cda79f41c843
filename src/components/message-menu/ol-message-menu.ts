import { OlMessageMenuElement } from './message-menu.component.js';

export { OlMessageMenuElement };
export type { MessageMenuShowOptions } from './message-menu.component.js';
export type { OlMessageMenuAction, BuiltInActionId } from './menu-actions.js';
export { OlEditRequestEvent, OlMenuCloseEvent, type EditRequestDetail, type MenuCloseDetail } from './menu-events.js';

if (!customElements.get('ol-message-menu')) customElements.define('ol-message-menu', OlMessageMenuElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-message-menu': OlMessageMenuElement;
  }
}
