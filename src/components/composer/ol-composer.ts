import { OlComposerElement } from './composer.component.js';

export { OlComposerElement };
export type { SendKey } from './composer.component.js';

// The emoji, GIF, sales and canned responses pickers register themselves when
// the composer first opens them (dynamic `import()`), so they stay out of the
// initial bundle.
if (!customElements.get('ol-composer')) customElements.define('ol-composer', OlComposerElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-composer': OlComposerElement;
  }
}
