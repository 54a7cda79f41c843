import { OlGifPickerElement } from './gif-picker.component.js';

export { OlGifPickerElement };
export type { GifSelectDetail } from './gif-picker.component.js';

if (!customElements.get('ol-gif-picker')) customElements.define('ol-gif-picker', OlGifPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-gif-picker': OlGifPickerElement;
  }
}
