import type { Placement, VirtualElement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFloatingUi, preloadFloatingUi } from '../shared/floating.js';

const EDGE_PADDING = 8;
const MIN_BLOCK_SIZE = 160;

/** Whether the browser has the Popover API (top layer: never clipped by a scrolling ancestor). */
export const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export interface PopupOptions {
  /** The floating surface (rendered by the host). */
  surface: () => HTMLElement | null | undefined;
  /** The element the popup belongs to: positioned next to, focused again on close. */
  anchor: () => Element | undefined;
  /** Wanted placement for left-to-right; mirrored in right-to-left. */
  placement: () => Placement;
  /** Right-to-left layout. */
  rtl: () => boolean;
  /** A pointer press outside the surface and the anchor. */
  onOutside: () => void;
}

/** Swaps `start`/`end` (and `left`/`right`) for right-to-left pages. */
export function mirrorPlacement(placement: Placement): Placement {
  return placement.replace(/start|end|left|right/g, (side) =>
    side === 'start' ? 'end' : side === 'end' ? 'start' : side === 'left' ? 'right' : 'left',
  ) as Placement;
}

/** The focused element, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node`, or a shadow host holding it, is inside `container`. */
function within(container: Node, node: Node | null): boolean {
  for (let current = node; current; current = (current.getRootNode() as ShadowRoot).host ?? null) {
    if (container.contains(current)) return true;
  }
  return false;
}

/**
 * An anchored popup: shows a surface next to its anchor (or at a point), in
 * the top layer where the Popover API exists, positioned by
 * `@floating-ui/dom` (flips and shifts to stay in the viewport, shrinks to
 * the room left) and following scrolls and resizes; reports pointer presses
 * outside; keeps `aria-expanded` of a menu button current; and on closing
 * gives the focus back to the anchor (else to what had it before), unless
 * the focus has already gone somewhere else.
 */
export class PopupController implements ReactiveController {
  /** Show at this viewport point (a right click) instead of next to the anchor. */
  point: { x: number; y: number } | undefined;

  private readonly options: PopupOptions;
  private stopAutoUpdate: (() => void) | undefined;
  private shownSurface: HTMLElement | undefined;
  private previousFocus: Element | null = null;

  constructor(host: ReactiveControllerHost, options: PopupOptions) {
    this.options = options;
    host.addController(this);
  }

  get shown(): boolean {
    return this.shownSurface !== undefined;
  }

  hostConnected(): void {
    preloadFloatingUi();
  }

  hostDisconnected(): void {
    this.hide({ restoreFocus: false });
  }

  /** Remembers where the focus is, to return to it if the anchor cannot take it (call before focusing inside). */
  rememberFocus(): void {
    this.previousFocus = deepActiveElement();
  }

  /** Shows the surface and positions it (call after the host rendered it). */
  show(): void {
    const surface = this.options.surface();
    if (!surface) return;
    if (this.shownSurface && this.shownSurface !== surface) this.hide({ restoreFocus: false });
    if (supportsPopover && !surface.matches(':popover-open')) surface.showPopover();
    if (!this.shownSurface) document.addEventListener('pointerdown', this.onPointerDown, true);
    this.shownSurface = surface;
    this.setExpanded(true);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const reference = this.reference();
    if (!reference) return;
    void loadFloatingUi().then(
      ({ autoUpdate }) => {
        if (this.shownSurface !== surface || this.stopAutoUpdate) return;
        this.stopAutoUpdate = autoUpdate(reference, surface, () => void this.position(surface, reference));
      },
      // Without the positioning code the surface still shows, where the stylesheet puts it.
      () => undefined,
    );
  }

  /** Repositions now (after the content changed size). */
  update(): void {
    const surface = this.shownSurface;
    const reference = this.reference();
    if (surface && reference) void this.position(surface, reference);
  }

  /**
   * Hides the surface. With `restoreFocus`, the focus goes back to the
   * anchor when it was inside the popup or lost, not when something else
   * took it meanwhile (a composer focused after "Reply").
   */
  hide({ restoreFocus }: { restoreFocus: boolean }): void {
    const surface = this.shownSurface;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (!surface) return;
    const active = deepActiveElement();
    const giveBack = restoreFocus && (!active || active === document.body || within(surface, active));
    this.shownSurface = undefined;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    if (supportsPopover && surface.matches(':popover-open')) surface.hidePopover();
    this.setExpanded(false);
    if (giveBack) this.returnFocus();
  }

  /** Focuses the anchor, else what had the focus before the popup opened. */
  returnFocus(): void {
    for (const candidate of [this.options.anchor(), this.previousFocus]) {
      if (!(candidate instanceof HTMLElement) || !candidate.isConnected) continue;
      candidate.focus({ preventScroll: true });
      if (candidate.matches(':focus, :focus-within')) return;
    }
  }

  /** Whether a node (or the shadow host holding it) is in the shown surface. */
  contains(node: Node | null): boolean {
    return this.shownSurface !== undefined && within(this.shownSurface, node);
  }

  private reference(): Element | VirtualElement | undefined {
    const anchor = this.options.anchor();
    const point = this.point;
    if (!point) return anchor;
    return {
      getBoundingClientRect: () => new DOMRect(point.x, point.y, 0, 0),
      ...(anchor ? { contextElement: anchor } : {}),
    };
  }

  /** `aria-expanded` on an anchor that declares a popup (`aria-haspopup`), i.e. a menu button. */
  private setExpanded(expanded: boolean): void {
    const anchor = this.options.anchor();
    if (anchor?.hasAttribute('aria-haspopup')) anchor.setAttribute('aria-expanded', String(expanded));
  }

  private async position(surface: HTMLElement, reference: Element | VirtualElement): Promise<void> {
    const wanted = this.point ? 'bottom-start' : this.options.placement();
    const { computePosition, flip, offset, shift, size } = await loadFloatingUi();
    const { x, y } = await computePosition(reference, surface, {
      strategy: 'fixed',
      placement: this.options.rtl() ? mirrorPlacement(wanted) : wanted,
      middleware: [
        offset(4),
        flip({ padding: EDGE_PADDING }),
        shift({ padding: EDGE_PADDING }),
        size({
          padding: EDGE_PADDING,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxBlockSize = `${Math.max(MIN_BLOCK_SIZE, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    if (this.shownSurface !== surface) return;
    surface.style.left = `${x}px`;
    surface.style.top = `${y}px`;
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const surface = this.shownSurface;
    if (!surface) return;
    const path = event.composedPath();
    const anchor = this.options.anchor();
    if (path.includes(surface) || (anchor && path.includes(anchor))) return;
    this.options.onOutside();
  };
}
