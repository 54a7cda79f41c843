import { OlCannedSaveFormElement } from './canned-save-form.component.js';

export { OlCannedSaveFormElement };
export { OlCannedFormCloseEvent, type CannedFormCloseDetail } from './canned-form-events.js';

if (!customElements.get('ol-canned-save-form')) customElements.define('ol-canned-save-form', OlCannedSaveFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-canned-save-form': OlCannedSaveFormElement;
  }
}
