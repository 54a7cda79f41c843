import type { Id, Message } from './model.js';

/** Orders messages by creation time, then id, so that arrival order never matters. */
export function compareMessages(a: Message, b: Message): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Whether `incoming` should replace `current` (a late, older copy must not). */
function supersedes(incoming: Message, current: Message): boolean {
  if (current.deleted && !incoming.deleted) return false;
  if (incoming.deleted && !current.deleted) return true;
  const incomingVersion = incoming.editedAt ?? incoming.createdAt;
  const currentVersion = current.editedAt ?? current.createdAt;
  return incomingVersion >= currentVersion;
}

interface Backlog {
  readonly given: readonly unknown[];
  end: number;
  readonly check: (page: readonly unknown[]) => readonly Message[];
}

/**
 * The loaded messages of one chat: sorted, deduplicated by id, and deaf to
 * copies that arrive late (older edits, messages already removed).
 */
export class MessageThread {
  /** Messages oldest first. Replaced (never mutated) on change, so views can compare by identity. */
  items: readonly Message[] = [];
  /** Whether older messages exist on the backend. */
  hasOlder = true;
  /** Whether a first page was loaded. */
  loaded = false;
  /** Cursor for the next older page. */
  olderCursor: Id | undefined;

  private readonly byId = new Map<Id, Message>();
  private readonly removed = new Set<Id>();
  /** Older messages given but not yet checked nor indexed: `[0, end)` of `given`, taken from the end. */
  private backlog: Backlog | undefined;

  get(id: Id): Message | undefined {
    return this.byId.get(id);
  }

  /** Given messages not taken yet (see `defer`). */
  get backlogged(): number {
    return this.backlog?.end ?? 0;
  }

  /**
   * Holds the first `end` messages of `given` (oldest first) as a backlog:
   * they are checked (`check`) and indexed only when taken (`takeOlder`,
   * `takeThrough`), so that a chat given with 100,000 messages costs only
   * its latest page until someone scrolls up. `hasOlder` holds while some
   * are left.
   */
  defer(given: readonly unknown[], end: number, check: (page: readonly unknown[]) => readonly Message[]): void {
    this.backlog = end > 0 ? { given, end, check } : undefined;
    this.hasOlder = end > 0;
  }

  /** Takes the `count` latest messages of the backlog; returns whether the items changed. */
  takeOlder(count: number): boolean {
    const backlog = this.backlog;
    if (!backlog) return false;
    const start = Math.max(0, backlog.end - count);
    const page = backlog.check(backlog.given.slice(start, backlog.end));
    backlog.end = start;
    if (start === 0) {
      this.backlog = undefined;
      this.hasOlder = false;
    }
    return this.upsertMany(page);
  }

  /** Takes the backlog down to the message `id` (when it is there); returns whether the items changed. */
  takeThrough(id: Id): boolean {
    const backlog = this.backlog;
    if (!backlog || this.byId.has(id)) return false;
    const { given, end } = backlog;
    for (let i = end - 1; i >= 0; i -= 1) {
      const raw = given[i] as { id?: unknown } | null | undefined;
      if (raw?.id === id) return this.takeOlder(end - i);
    }
    return false;
  }

  /** Inserts or replaces a message; returns whether anything changed. */
  upsert(message: Message): boolean {
    if (this.removed.has(message.id)) return false;
    const current = this.byId.get(message.id);
    if (current && !supersedes(message, current)) return false;
    this.byId.set(message.id, message);
    const last = this.items.at(-1);
    if (!current && (!last || compareMessages(last, message) < 0)) {
      // The common case (realtime, sending): after the last one, one copy.
      this.items = this.items.concat([message]);
      return true;
    }
    const items = current ? this.items.filter((m) => m.id !== message.id) : this.items.slice();
    items.splice(this.insertionIndex(items, message), 0, message);
    this.items = items;
    return true;
  }

  /**
   * Inserts many messages (a loaded page) in one pass. New messages given in
   * order before or after the loaded ones (a first load, an older page) are
   * joined without sorting.
   */
  upsertMany(messages: readonly Message[]): boolean {
    if (this.byId.size === 0 && this.removed.size === 0 && this.fill(messages)) return messages.length > 0;
    let changed = false;
    let replaced = false;
    let ordered = true;
    let previous: Message | undefined;
    const { byId, removed } = this;
    const anyRemoved = removed.size > 0;
    for (const message of messages) {
      if (anyRemoved && removed.has(message.id)) {
        ordered = false;
        continue;
      }
      const current = byId.get(message.id);
      if (current) {
        replaced = true;
        if (!supersedes(message, current)) continue;
      }
      if (ordered && previous && compareMessages(previous, message) >= 0) ordered = false;
      previous = message;
      byId.set(message.id, message);
      changed = true;
    }
    if (!changed) return false;
    const items = this.items;
    if (ordered && !replaced && messages.length > 0) {
      if (items.length === 0) {
        this.items = messages.slice();
        return true;
      }
      if (compareMessages(messages.at(-1)!, items[0]!) < 0) {
        this.items = messages.concat(items);
        return true;
      }
      if (compareMessages(items.at(-1)!, messages[0]!) < 0) {
        this.items = items.concat(messages);
        return true;
      }
    }
    this.items = [...this.byId.values()].sort(compareMessages);
    return true;
  }

  /**
   * First load of an empty thread: one map write per message. False (and
   * nothing kept) when an id comes twice: the general path then decides
   * which copy wins.
   */
  private fill(messages: readonly Message[]): boolean {
    const byId = this.byId;
    let ordered = true;
    for (let i = 0; i < messages.length; i += 1) {
      const message = messages[i]!;
      byId.set(message.id, message);
      if (byId.size !== i + 1) {
        byId.clear();
        return false;
      }
      if (ordered && i > 0 && compareMessages(messages[i - 1]!, message) >= 0) ordered = false;
    }
    this.items = ordered ? messages.slice() : messages.slice().sort(compareMessages);
    return true;
  }

  /** Removes a message for good: a late copy of it will be ignored. */
  remove(id: Id, { final = true } = {}): boolean {
    if (final) this.removed.add(id);
    if (!this.byId.delete(id)) return false;
    this.items = this.items.filter((m) => m.id !== id);
    return true;
  }

  private insertionIndex(items: readonly Message[], message: Message): number {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareMessages(items[mid], message) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
