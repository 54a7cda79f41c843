import type { VirtualElement } from '@floating-ui/dom';
import type { PropertyValues } from 'lit';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon, type IconName } from '../shared/icons.js';
import { styles } from './chat-list-menu.styles.js';
import { loadFloatingUi } from '../shared/floating.js';

/** One entry of the menu. */
export interface ChatListMenuItem {
  id: string;
  label: string;
  icon?: IconName;
}

/** Where the menu opens: under an element (keyboard, ⋯) or at a pointer position (right click). */
export type MenuAnchor = Element | { x: number; y: number };

/** Detail of the internal `menu-select` event. */
export interface MenuSelectDetail {
  id: string;
}

/** Detail of the internal `menu-close` event. */
export interface MenuCloseDetail {
  /** Whether focus should go back where the menu was opened from (Escape, Tab, a choice). */
  returnFocus: boolean;
}

/**
 * The context menu of a chat row (WAI-ARIA menu): arrows, Home/End and
 * type-ahead move between items, Enter or Space activates, Escape or Tab
 * closes. Positioned with Floating UI next to its anchor, flipping and
 * shifting to stay in the viewport.
 *
 * Internal to `<ol-chat-list>`: it fires `menu-select` and `menu-close`
 * (not bubbling) on itself; the list turns a choice into the public event.
 *
 * @summary Context menu of a chat row.
 * @tag ol-chat-list-menu
 * @fires {CustomEvent<MenuSelectDetail>} menu-select - An item was chosen (internal, not bubbling).
 * @fires {CustomEvent<MenuCloseDetail>} menu-close - The menu asks to close (internal, not bubbling).
 * @csspart menu - The menu surface.
 * @csspart item - Each menu item.
 * @cssproperty [--ol-chat-list-menu-min-inline-size=200px] - Minimum width of the menu.
 */
export class OlChatListMenuElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The entries, in order. */
  @property({ attribute: false }) items: ChatListMenuItem[] = [];

  /** Where the menu is placed. */
  @property({ attribute: false }) anchor?: MenuAnchor;

  /** Accessible name of the menu. */
  @property() label = '';

  private readonly roving = new RovingFocusController(this, {
    count: () => this.items.length,
    focusItem: (index) => this.itemElement(index)?.focus(),
    label: (index) => this.items[index]?.label ?? '',
    wrap: true,
  });

  private hasUpdatedPosition = false;

  private readonly onOutsidePointer = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('anchor') && !changed.has('items')) return;
    const first = !this.hasUpdatedPosition;
    this.hasUpdatedPosition = true;
    // The menu is hidden until placed; focus can only move into it then.
    void this.position().then(() => {
      if (first) this.roving.focus(0);
    });
  }

  private itemElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  private async position(): Promise<void> {
    const menu = this.renderRoot.querySelector<HTMLElement>('[role="menu"]');
    const anchor = this.anchor;
    if (!menu || !anchor) return;
    const reference: Element | VirtualElement =
      anchor instanceof Element
        ? anchor
        : {
            getBoundingClientRect: () => ({
              x: anchor.x,
              y: anchor.y,
              left: anchor.x,
              top: anchor.y,
              right: anchor.x,
              bottom: anchor.y,
              width: 0,
              height: 0,
            }),
          };
    const placement = getComputedStyle(this).direction === 'rtl' ? 'bottom-end' : 'bottom-start';
    const { computePosition, flip, offset, shift } = await loadFloatingUi();
    const { x, y } = await computePosition(reference, menu, {
      strategy: 'fixed',
      placement,
      middleware: [offset(4), flip(), shift({ padding: 8 })],
    });
    Object.assign(menu.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' });
  }

  private choose(id: string): void {
    this.dispatchEvent(new CustomEvent<MenuSelectDetail>('menu-select', { detail: { id } }));
  }

  private close(returnFocus: boolean): void {
    this.dispatchEvent(new CustomEvent<MenuCloseDetail>('menu-close', { detail: { returnFocus } }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    this.roving.handleKeydown(event);
  }

  protected override render() {
    return html`<div class="popover menu" role="menu" part="menu" aria-label=${this.label} @keydown=${this.onKeydown}>
      ${this.items.map(
        (item, index) => html`<button
          class="item"
          part="item"
          role="menuitem"
          data-index=${index}
          tabindex=${this.roving.tabIndexFor(index)}
          @click=${() => this.choose(item.id)}
          @focus=${() => this.roving.setActive(index)}
        >
          ${item.icon ? icon(item.icon) : ''}<span>${item.label}</span>
        </button>`,
      )}
    </div>`;
  }
}
