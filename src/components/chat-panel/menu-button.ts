import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MenuButtonOptions {
  /** The button that opens the menu. */
  button: () => HTMLElement | null | undefined;
  /** The open menu. */
  menu: () => HTMLElement | null | undefined;
  /** The enabled items of the open menu, in order. */
  items: () => HTMLElement[];
}

/**
 * The WAI-ARIA menu button pattern: the button opens the menu with Enter,
 * Space or ArrowDown (first item) and ArrowUp (last item); in the menu,
 * arrows move (wrapping), Home/End jump, a letter moves to the next item
 * starting with it, Escape closes and returns focus to the button, Tab
 * closes and moves on; a click outside closes. The host renders the menu
 * while `open` and the items with `tabindex="-1"`.
 */
export class MenuButtonController implements ReactiveController {
  open = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: MenuButtonOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MenuButtonOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Opens the menu and focuses its first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    if (!this.open) {
      this.open = true;
      this.host.requestUpdate();
      document.addEventListener('pointerdown', this.onOutsidePointer, true);
      await this.host.updateComplete;
    }
    const items = this.options.items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /** Closes the menu; focus goes back to the button unless `restoreFocus` is false. */
  hide(restoreFocus = true): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.host.requestUpdate();
    if (restoreFocus) this.options.button()?.focus();
  }

  toggle(): void {
    if (this.open) this.hide();
    else void this.show('first');
  }

  readonly onButtonKeydown = (event: KeyboardEvent): void => {
    switch (event.key) {
      case 'ArrowDown':
      case 'Enter':
      case ' ':
        event.preventDefault();
        void this.show('first');
        break;
      case 'ArrowUp':
        event.preventDefault();
        void this.show('last');
        break;
    }
  };

  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    if (items.length === 0) return;
    const current = items.findIndex((item) => item === this.focusedItem());
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.hide();
        return;
      case 'Tab':
        this.hide(false);
        return;
      default:
        if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const letter = event.key.toLocaleLowerCase();
          for (let offset = 1; offset <= items.length; offset += 1) {
            const index = (current + offset) % items.length;
            if (items[index]?.textContent?.trim().toLocaleLowerCase().startsWith(letter)) {
              next = index;
              break;
            }
          }
        }
    }
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  };

  private focusedItem(): Element | null {
    return this.host.shadowRoot?.activeElement ?? null;
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    const path = event.composedPath();
    const inside = [this.options.button(), this.options.menu()].some((el) => el && path.includes(el));
    if (inside) return;
    this.hide(false);
  };

  hostConnected(): void {}

  hostDisconnected(): void {
    this.hide(false);
  }
}
