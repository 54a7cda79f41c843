import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../core/model.js';

/** How long a burst is collected before it is announced, by default. */
export const ANNOUNCE_DELAY_MS = 500;

export interface LiveAnnouncerOptions {
  /** The text of a burst of several items (e.g. "3 new messages"). */
  merge: (texts: readonly string[]) => string;
  /** How long items are collected before one announcement; default 500 ms. */
  delayMs?: number;
}

/**
 * What a polite live region says, rate-limited: the items pushed within
 * `delayMs` of the first one are merged into one announcement (one item: its
 * own text; several: `merge`), so a burst of arrivals is one message to a
 * screen reader, and at most one announcement is made per `delayMs`.
 *
 * Render `text` in a visually hidden `aria-live="polite"` element that stays
 * in the DOM. The region is emptied first, so the same text is read again.
 */
export class LiveAnnouncer implements ReactiveController {
  /** What the live region shows now. */
  text = '';
  private queued: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveAnnouncerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clear();
  }

  /** Queues one item; the burst is announced `delayMs` after its first item. */
  push(text: string): void {
    this.queued.push(text);
    if (this.timer !== undefined) return;
    if (this.text) {
      this.text = '';
      this.host.requestUpdate();
    }
    this.timer = setTimeout(() => this.flush(), this.options.delayMs ?? ANNOUNCE_DELAY_MS);
  }

  /** Forgets what is queued and empties the region (another chat is shown). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = [];
    if (this.text) {
      this.text = '';
      this.host.requestUpdate();
    }
  }

  private flush(): void {
    this.timer = undefined;
    const items = this.queued;
    this.queued = [];
    if (items.length === 0) return;
    this.text = items.length === 1 ? items[0]! : this.options.merge(items);
    this.host.requestUpdate();
  }
}

/**
 * Tells which ids are new since the last call: the first call only learns
 * what exists (nothing is new when a list first loads).
 */
export class ArrivalTracker {
  private seen: Set<Id> | undefined;

  /** The ids not seen before; every id given is remembered. */
  arrived(ids: Iterable<Id>): Id[] {
    const current = new Set(ids);
    const seen = this.seen;
    this.seen = current;
    if (!seen) return [];
    return [...current].filter((id) => !seen.has(id));
  }

  /** Starts over (another store, or announcements turned off). */
  reset(): void {
    this.seen = undefined;
  }
}
