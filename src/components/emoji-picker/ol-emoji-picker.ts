import { OlEmojiPickerElement } from './emoji-picker.component.js';

export { OlEmojiPickerElement };
export type { EmojiSelectDetail } from './emoji-picker.component.js';

if (!customElements.get('ol-emoji-picker')) customElements.define('ol-emoji-picker', OlEmojiPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-emoji-picker': OlEmojiPickerElement;
  }
}
