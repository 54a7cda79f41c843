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

  get(id: Id): Message | undefined {
    return this.byId.get(id);
  }

  /** Inserts or replaces a message; returns whether anything changed. */
  upsert(message: Message): boolean {
    if (this.removed.has(message.id)) return false;
    const current = this.byId.get(message.id);
    if (current && !supersedes(message, current)) return false;
    this.byId.set(message.id, message);
    const items = current ? this.items.filter((m) => m.id !== message.id) : [...this.items];
    items.splice(this.insertionIndex(items, message), 0, message);
    this.items = items;
    return true;
  }

  /** Inserts many messages (a loaded page) in one pass. */
  upsertMany(messages: readonly Message[]): boolean {
    let changed = false;
    for (const message of messages) {
      if (this.removed.has(message.id)) continue;
      const current = this.byId.get(message.id);
      if (current && !supersedes(message, current)) continue;
      this.byId.set(message.id, message);
      changed = true;
    }
    if (changed) this.items = [...this.byId.values()].sort(compareMessages);
    return changed;
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
