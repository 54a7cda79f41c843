import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has focus, looking inside open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/** Where focus goes when a dialog closes: an element, or a function giving it at that time. */
export type FocusReturn = HTMLElement | (() => HTMLElement | null | undefined) | null;

export interface ModalDialogOptions {
  /** The native `<dialog>` the host renders. */
  dialog: () => HTMLDialogElement | null | undefined;
  /** Called once the dialog has closed (Escape, a close button, `close()`), after focus went back. */
  onClose?: () => void;
}

/**
 * Runs a native modal `<dialog>` for an element: `showModal()` (the rest of
 * the page becomes inert, Escape closes it), and focus back to whatever
 * opened it once it closes. The host renders the `<dialog>` and binds its
 * `close` event to `handleClose`.
 */
export class ModalDialogController implements ReactiveController {
  private readonly options: ModalDialogOptions;
  private opener: FocusReturn = null;
  /** Shown and not yet closed (the close steps run once). */
  private active = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ModalDialogOptions) {
    this.options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.options.dialog()?.open ?? false;
  }

  /**
   * Opens the dialog; focus returns to `opener` (default: what has focus
   * now) when it closes. A function is called at closing time, for openers
   * that may be gone by then.
   */
  show(opener: FocusReturn = deepActiveElement()): void {
    const dialog = this.options.dialog();
    if (!dialog || dialog.open || !dialog.isConnected) return;
    this.opener = opener;
    this.active = true;
    dialog.showModal();
  }

  /** Closes the dialog; focus goes back and `onClose` runs at once (not on the later `close` event). */
  close(): void {
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
    this.closed();
  }

  /**
   * Bind to the dialog's `keydown`: Escape closes it through `close()`, so
   * that focus and the host's state follow at once. (The browser closes a
   * modal dialog on Escape too, but its `close` event is a later task, which
   * Chromium may hold back while the page is not being rendered.)
   */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  /** Bind to the dialog's `close` event (a close by the browser itself). */
  readonly handleClose = (event: Event): void => {
    if (event.target !== this.options.dialog()) return;
    this.closed();
  };

  private closed(): void {
    if (!this.active) return;
    this.active = false;
    const opener = typeof this.opener === 'function' ? this.opener() : this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.options.onClose?.();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.opener = null;
    this.active = false;
  }
}
