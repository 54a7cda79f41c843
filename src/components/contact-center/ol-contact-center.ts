import '../contact-center-filters/ol-contact-center-filters.js';
import { OlContactCenterElement } from './contact-center.component.js';

export { OlContactCenterElement };

if (!customElements.get('ol-contact-center')) customElements.define('ol-contact-center', OlContactCenterElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-contact-center': OlContactCenterElement;
  }
}
