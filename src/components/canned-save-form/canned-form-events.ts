import type { CannedResponse } from '../../core/model.js';

export interface CannedFormCloseDetail {
  /** `saved`: the save went through (or the host took it over); `cancel`: nothing was saved. */
  reason: 'saved' | 'cancel';
  /** The response the adapter saved (absent when the host handled the save itself). */
  response?: CannedResponse;
}

/**
 * @internal Not part of the public event map. `<ol-canned-save-form>` is done:
 * the element holding it (message menu, canned picker) closes it. Bubbles,
 * but stays inside the shadow root that holds the form.
 */
export class OlCannedFormCloseEvent extends CustomEvent<CannedFormCloseDetail> {
  constructor(detail: CannedFormCloseDetail) {
    super('ol-canned-form-close', { detail, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ol-canned-form-close': OlCannedFormCloseEvent;
  }
}
