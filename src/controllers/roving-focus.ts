import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** Number of items (may exceed what is rendered, for virtualized lists). */
  count: () => number;
  /** Moves DOM focus to the item at `index` (rendering it first if needed). */
  focusItem: (index: number) => void;
  /** Items skipped by the keyboard (disabled ones). Default: none. */
  isDisabled?: (index: number) => boolean;
  /** Text of an item, for type-ahead. Absent: no type-ahead. */
  label?: (index: number) => string;
  /** How many items PageUp/PageDown move. Default 10. */
  pageSize?: () => number;
  orientation?: 'vertical' | 'horizontal' | 'grid';
  /** Columns per row with `orientation: 'grid'`. */
  columns?: () => number;
  /** Wraps from the last item to the first. Default false. */
  wrap?: boolean;
}

const TYPEAHEAD_RESET_MS = 600;

/**
 * One tab stop for a whole list: arrows, Home/End, PageUp/PageDown and
 * type-ahead move the active index; the host renders `tabindex="0"` on the
 * active item only (`tabIndexFor`). Works with virtualized lists because it
 * counts items, not DOM nodes.
 */
export class RovingFocusController implements ReactiveController {
  /** The item that holds the tab stop. */
  activeIndex = 0;

  private readonly host: ReactiveControllerHost;
  private readonly options: RovingFocusOptions;
  private typed = '';
  private typedAt = 0;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** `0` for the active item, `-1` for the others. */
  tabIndexFor(index: number): 0 | -1 {
    return index === this.clampedActive() ? 0 : -1;
  }

  /** Makes an item active (e.g. on click) without moving focus. */
  setActive(index: number): void {
    const next = this.clamp(index);
    if (next === this.activeIndex) return;
    this.activeIndex = next;
    this.host.requestUpdate();
  }

  /** Makes an item active and focuses it. */
  focus(index: number = this.activeIndex): void {
    this.setActive(index);
    this.options.focusItem(this.clampedActive());
  }

  /**
   * Handles a keydown on the list; returns whether the key was used (the
   * event is then prevented).
   */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const count = this.options.count();
    if (count === 0) return false;
    const next = this.target(event, count);
    if (next === undefined) return false;
    event.preventDefault();
    this.focus(next);
    return true;
  }

  private target(event: KeyboardEvent, count: number): number | undefined {
    const orientation = this.options.orientation ?? 'vertical';
    const columns = orientation === 'grid' ? Math.max(1, this.options.columns?.() ?? 1) : 1;
    const rtl = (event.target as Element | null)?.matches?.(':dir(rtl)') ?? false;
    const page = this.options.pageSize?.() ?? 10;
    const current = this.clampedActive();
    const forward = (step: number) => this.step(current, step, count);
    switch (event.key) {
      case 'ArrowDown':
        return orientation === 'horizontal' ? undefined : forward(columns);
      case 'ArrowUp':
        return orientation === 'horizontal' ? undefined : forward(-columns);
      case 'ArrowRight':
        return orientation === 'vertical' ? undefined : forward(rtl ? -1 : 1);
      case 'ArrowLeft':
        return orientation === 'vertical' ? undefined : forward(rtl ? 1 : -1);
      case 'Home':
        return this.firstEnabled(0, 1, count);
      case 'End':
        return this.firstEnabled(count - 1, -1, count);
      case 'PageDown':
        return this.firstEnabled(Math.min(count - 1, current + page), -1, count);
      case 'PageUp':
        return this.firstEnabled(Math.max(0, current - page), 1, count);
      default:
        return this.typeahead(event, count);
    }
  }

  private typeahead(event: KeyboardEvent, count: number): number | undefined {
    const label = this.options.label;
    if (!label || event.key.length !== 1 || (event.key === ' ' && !this.typed)) return undefined;
    const now = Date.now();
    this.typed = now - this.typedAt > TYPEAHEAD_RESET_MS ? event.key : this.typed + event.key;
    this.typedAt = now;
    const query = this.typed.toLocaleLowerCase();
    const start = this.typed.length === 1 ? this.clampedActive() + 1 : this.clampedActive();
    for (let offset = 0; offset < count; offset += 1) {
      const index = (start + offset) % count;
      if (!this.options.isDisabled?.(index) && label(index).toLocaleLowerCase().startsWith(query)) return index;
    }
    return undefined;
  }

  private step(from: number, step: number, count: number): number {
    let index = from;
    for (let tries = 0; tries < count; tries += 1) {
      let next = index + step;
      if (next < 0 || next >= count) {
        if (!this.options.wrap) return from;
        next = (next + count) % count;
      }
      index = next;
      if (!this.options.isDisabled?.(index)) return index;
    }
    return from;
  }

  private firstEnabled(from: number, direction: 1 | -1, count: number): number {
    for (let index = from; index >= 0 && index < count; index += direction) {
      if (!this.options.isDisabled?.(index)) return index;
    }
    return from;
  }

  private clamp(index: number): number {
    const count = this.options.count();
    return Math.min(Math.max(0, index), Math.max(0, count - 1));
  }

  private clampedActive(): number {
    return this.clamp(this.activeIndex);
  }
}
