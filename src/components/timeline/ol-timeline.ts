import { OlTimelineElement } from './timeline.component.js';

export { OlTimelineElement };

if (!customElements.get('ol-timeline')) customElements.define('ol-timeline', OlTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'ol-timeline': OlTimelineElement;
  }
}
