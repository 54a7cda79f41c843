import { OlSalesPickerElement } from './sales-picker.component.js';

export { OlSalesPickerElement };
export type { SalesSelectDetail } from './sales-picker.component.js';

if (!customElements.get('ol-sales-picker')) customElements.define('ol-sales-picker', OlSalesPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-sales-picker': OlSalesPickerElement;
  }
}
