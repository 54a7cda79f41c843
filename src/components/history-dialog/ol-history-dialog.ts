import { OlHistoryDialogElement } from './history-dialog.component.js';

export { OlHistoryDialogElement };

if (!customElements.get('ol-history-dialog')) customElements.define('ol-history-dialog', OlHistoryDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-history-dialog': OlHistoryDialogElement;
  }
}
