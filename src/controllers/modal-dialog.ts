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
    dialog.showModal();
  }

  close(): void {
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
  }

  /** Bind to the dialog's `close` event. */
  readonly handleClose = (event: Event): void => {
    if (event.target !== this.options.dialog()) return;
    const opener = typeof this.opener === 'function' ? this.opener() : this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.options.onClose?.();
  };

  hostConnected(): void {}

  hostDisconnected(): void {
    this.opener = null;
  }
}
