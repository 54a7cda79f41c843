export interface CannedCloseDetail {
  /** `select`: a response was chosen; `escape`: the person pressed Escape. */
  reason: 'select' | 'escape';
}

/**
 * `<ol-canned-picker>` is done and asks whatever shows it (a popover, a
 * dialog) to close it: after a response was chosen, or on Escape. Not part
 * of the `ol-*` event map (nothing to cancel, no adapter involved); bubbles
 * and is composed so a host page can listen around the picker.
 */
export class OlCannedCloseEvent extends CustomEvent<CannedCloseDetail> {
  constructor(detail: CannedCloseDetail) {
    super('ol-canned-close', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ol-canned-close': OlCannedCloseEvent;
  }
}
