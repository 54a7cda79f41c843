import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a row should be framed, as `scrollIntoView`'s `block`. */
export type Block = 'start' | 'center' | 'end' | 'nearest';

/** How close to the end (px) still counts as "at the bottom". */
const BOTTOM_SLACK = 48;
/** How close to the top (px) asks for older messages. */
const TOP_THRESHOLD = 320;
/** Frames a placement may take at most. */
const MAX_FRAMES = 120;
/** Frames a row must stay in place before a placement ends. */
const STABLE_FRAMES = 4;

/** A row to bring to a place and keep there while the virtualizer measures rows. */
interface Placement {
  /** `anchor`: older rows are being prepended above the row in view. */
  kind: 'anchor' | 'bottom' | 'row';
  /** Key of the row (read each time: the last row changes while we stick to the bottom). */
  key: () => string | undefined;
  block: Block;
  /** With `start`: distance kept between the top of the view and the row. */
  offset: number;
  /** Selector of the element in the row to focus once the row is there. */
  focus?: string;
  frames: number;
  stable: number;
  /** Whether the row was found (and put in place) at least once. */
  placed: boolean;
  /** Corrected right after every DOM update of the virtualizer, even outside a frame (first position: fewer frames). */
  eager: boolean;
}

export interface TimelineScrollOptions {
  /** The scrolling element (the virtualizer host), once rendered. */
  scroller: () => HTMLElement | null;
  /** Index of a row among all rows, or -1. */
  rowIndex: (key: string) => number;
  /** "At the bottom" changed (after a scroll). */
  onBottomChange: (atBottom: boolean) => void;
  /** The person scrolled close to the top. */
  onNearTop: () => void;
  /** The person scrolled close to the bottom. */
  onNearBottom: () => void;
}

/**
 * Scroll behaviour of the timeline on top of `@lit-labs/virtualizer`.
 *
 * The virtualizer estimates the size of rows it has not measured and keeps
 * positions by index: on its own, a prepend moves everything, and the end of
 * the list moves while rows get measured. A placement is a row and where it
 * must be (bottom, top with an offset, centre…): it is corrected right after
 * each DOM update of the virtualizer (before paint) and every frame, until
 * it stays put; it stops when the person scrolls (wheel, touch, keys,
 * pointer). A row that is not rendered is reached by estimating its
 * position from the rows that are.
 */
export class TimelineScrollController implements ReactiveController {
  /** Whether the end of the log is in view. */
  atBottom = true;
  /** Whether a first position was given after the messages loaded. */
  positioned = false;

  private placement: Placement | undefined;
  private frame = 0;
  /**
   * Between a placement's frame callback and the paint that follows it. A
   * DOM update of the virtualizer then (its re-layout after measuring rows)
   * is corrected at once, before the paint; one outside a frame (a data
   * change) is left to the next frame callback, which comes before any
   * paint: no layout is forced in the middle of the data change.
   */
  private inFrame = false;
  private observed: HTMLElement | null = null;
  private readonly observer = new MutationObserver(() => {
    if (this.inFrame || this.placement?.eager) this.step(false);
  });
  private readonly options: TimelineScrollOptions;

  constructor(host: ReactiveControllerHost, options: TimelineScrollOptions) {
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.observer.disconnect();
    this.observed = null;
  }

  hostUpdated(): void {
    const scroller = this.options.scroller();
    if (scroller !== this.observed) {
      this.observer.disconnect();
      this.observed = scroller;
      // The virtualizer positions rows through their `style`: correct right after it.
      if (scroller) this.observer.observe(scroller, { childList: true, subtree: true, attributeFilter: ['style'] });
    }
  }

  /** Forgets everything about the previous chat. */
  reset(): void {
    this.stop();
    this.positioned = false;
    this.atBottom = true;
  }

  /**
   * The person took over the scrolling: stop placing rows. A prepend not
   * absorbed yet goes on (else the view would jump by the rows added).
   */
  interrupt(): void {
    if (this.placement?.kind === 'anchor' && !this.placement.placed) return;
    this.stop();
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.placement = undefined;
  }

  /**
   * Brings a row to `block` and keeps it there while rows get measured.
   * `eager`: also corrected right after a DOM update outside a frame (a
   * first position, a jump, a prepend: fewer frames, no one-frame jump, at
   * the price of a layout forced in the update); else only from frame
   * callbacks on (appends: the update forces no layout).
   */
  place(
    key: () => string | undefined,
    block: Block,
    options: { offset?: number; focus?: string; kind?: Placement['kind']; eager?: boolean } = {},
  ): void {
    this.stop();
    this.placement = {
      kind: options.kind ?? 'row',
      key,
      block,
      offset: options.offset ?? 0,
      focus: options.focus,
      frames: 0,
      stable: 0,
      placed: false,
      eager: options.eager ?? false,
    };
    this.frame = requestAnimationFrame(this.tick);
  }

  /** Keeps the last row at the bottom (`eager`: see `place`). */
  stickToBottom(lastKey: () => string | undefined, eager = false): void {
    this.atBottom = true;
    this.place(lastKey, 'end', { kind: 'bottom', eager });
  }

  /**
   * A scroll: updates "at the bottom" and asks for more rows near an end.
   * While the log sticks to the bottom, the scrolls are the placement's own
   * (a scroll by the person interrupts it first): nothing to read then, and
   * no layout forced at the start of every frame of a busy chat. The
   * placement reads the position once it ends.
   */
  handleScroll(): void {
    if (this.placement?.kind === 'bottom') return;
    const scroller = this.options.scroller();
    if (!scroller) return;
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= BOTTOM_SLACK;
    if (atBottom !== this.atBottom) {
      this.atBottom = atBottom;
      this.options.onBottomChange(atBottom);
    }
    if (!this.positioned || this.placement) return;
    if (scroller.scrollTop <= TOP_THRESHOLD) this.options.onNearTop();
    else if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= TOP_THRESHOLD) this.options.onNearBottom();
  }

  /**
   * Before rows are prepended (the DOM still shows the old rows): keeps the
   * first row in view that `isAnchor` accepts (messages: separators move when
   * older messages of the same day arrive) exactly where it is.
   */
  keepAnchor(isAnchor: (key: string) => boolean): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    const { top, bottom } = scroller.getBoundingClientRect();
    let best: { key: string; offset: number } | undefined;
    for (const child of this.rows(scroller)) {
      const key = child.dataset['key']!;
      if (!isAnchor(key)) continue;
      const rect = child.getBoundingClientRect();
      // In view only: after a long jump, the virtualizer may not have rendered the rows there yet (then no anchor).
      if (rect.bottom <= top + 1 || rect.top >= bottom || rect.height === 0) continue;
      if (!best || rect.top - top < best.offset) best = { key, offset: rect.top - top };
    }
    if (!best) return;
    const { key, offset } = best;
    // Eager: rows may come in from a frame callback, and the view must not jump for one frame.
    this.place(() => key, 'start', { offset, kind: 'anchor', eager: true });
  }

  private readonly frameDone = (): void => {
    this.inFrame = false;
  };

  private readonly tick = (): void => {
    this.frame = 0;
    const placement = this.placement;
    if (!placement) return;
    // A task posted now runs after this frame's paint.
    this.inFrame = true;
    setTimeout(this.frameDone);
    placement.frames += 1;
    this.step(true);
    if (this.placement !== placement) return;
    if (placement.stable >= STABLE_FRAMES || placement.frames > MAX_FRAMES) {
      this.placement = undefined;
      this.handleScroll();
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  /** One correction; `frame` counts towards stability (mutations only correct). */
  private step(frame: boolean): void {
    const placement = this.placement;
    const scroller = this.options.scroller();
    if (!placement || !scroller) return;
    const key = placement.key();
    const row = key === undefined ? null : scroller.querySelector<HTMLElement>(`:scope > [data-key="${CSS.escape(key)}"]`);
    const before = scroller.scrollTop;
    if (row && row.style.transform) {
      const delta = this.delta(row.getBoundingClientRect(), scroller.getBoundingClientRect(), placement);
      if (Math.abs(delta) >= 0.5) scroller.scrollTop = before + delta;
      if (placement.focus && !placement.placed) row.querySelector<HTMLElement>(placement.focus)?.focus({ preventScroll: true });
      placement.placed = true;
    } else if (key !== undefined) {
      this.estimate(scroller, key, placement);
    }
    const moved = Math.abs(scroller.scrollTop - before) >= 0.5;
    if (moved) placement.stable = 0;
    else if (frame && row) placement.stable += 1;
  }

  /** Scrolls to where a row that is not rendered should be, from the size of the rows that are. */
  private estimate(scroller: HTMLElement, key: string, placement: Placement): void {
    const target = this.options.rowIndex(key);
    const rows = this.rows(scroller);
    if (target < 0 || rows.length === 0) return;
    const viewTop = scroller.getBoundingClientRect().top - scroller.scrollTop;
    let total = 0;
    let low: { index: number; top: number } | undefined;
    let high: { index: number; bottom: number } | undefined;
    for (const row of rows) {
      const index = this.options.rowIndex(row.dataset['key']!);
      const rect = row.getBoundingClientRect();
      total += rect.height;
      if (index < 0) continue;
      if (!low || index < low.index) low = { index, top: rect.top - viewTop };
      if (!high || index > high.index) high = { index, bottom: rect.bottom - viewTop };
    }
    if (!low || !high) return;
    const size = total / rows.length;
    let top: number;
    if (target > high.index) top = high.bottom + (target - high.index - 1) * size;
    else if (target < low.index) top = low.top - (low.index - target) * size;
    else return;
    const view = scroller.clientHeight;
    const destination =
      placement.block === 'start' ? top - placement.offset : placement.block === 'end' ? top + size - view : top + size / 2 - view / 2;
    scroller.scrollTop = placement.kind === 'bottom' ? scroller.scrollHeight : destination;
  }

  /** The rows the virtualizer has laid out. */
  private rows(scroller: HTMLElement): HTMLElement[] {
    return (Array.from(scroller.children) as HTMLElement[]).filter((child) => child.dataset['key'] && child.style.transform);
  }

  /** How far to scroll so that `row` is where the placement wants it. */
  private delta(row: DOMRect, view: DOMRect, placement: Placement): number {
    switch (placement.block) {
      case 'start':
        return row.top - view.top - placement.offset;
      case 'end':
        return row.bottom - view.bottom;
      case 'center':
        return (row.top + row.bottom) / 2 - (view.top + view.bottom) / 2;
      case 'nearest':
        if (row.top < view.top) return row.top - view.top;
        if (row.bottom > view.bottom) return Math.min(row.bottom - view.bottom, row.top - view.top);
        return 0;
    }
  }
}
