import { OlTransferDialogElement } from './transfer-dialog.component.js';

export { OlTransferDialogElement };

if (!customElements.get('ol-transfer-dialog')) customElements.define('ol-transfer-dialog', OlTransferDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-transfer-dialog': OlTransferDialogElement;
  }
}
