/**
 * Base of every `ol-*` event: a `CustomEvent` with a typed `detail` that
 * bubbles and crosses shadow roots, so a host can listen on any ancestor.
 *
 * Events that ask for a change are cancelable intents: they are dispatched
 * before anything happens, and `preventDefault()` stops the element from
 * calling the adapter (the host then handles the action itself).
 */
export abstract class OlEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable = true) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
