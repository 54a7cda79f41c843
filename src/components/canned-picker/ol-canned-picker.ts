import { OlCannedPickerElement } from './canned-picker.component.js';

export { OlCannedPickerElement };
export { OlCannedCloseEvent, type CannedCloseDetail } from './canned-picker-events.js';
export type { TextField } from './insert-text.js';

if (!customElements.get('ol-canned-picker')) customElements.define('ol-canned-picker', OlCannedPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-canned-picker': OlCannedPickerElement;
  }
}
