import { OlProviderElement } from './provider.component.js';

export { OlProviderElement };

if (!customElements.get('ol-provider')) customElements.define('ol-provider', OlProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-provider': OlProviderElement;
  }
}
