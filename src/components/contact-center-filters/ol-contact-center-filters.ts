import { OlContactCenterFiltersElement } from './contact-center-filters.component.js';

export { OlContactCenterFiltersElement };

if (!customElements.get('ol-contact-center-filters')) {
  customElements.define('ol-contact-center-filters', OlContactCenterFiltersElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'ol-contact-center-filters': OlContactCenterFiltersElement;
  }
}
