import { OlCrmDialogElement } from './crm-dialog.component.js';

export { OlCrmDialogElement };

if (!customElements.get('ol-crm-dialog')) customElements.define('ol-crm-dialog', OlCrmDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-crm-dialog': OlCrmDialogElement;
  }
}
