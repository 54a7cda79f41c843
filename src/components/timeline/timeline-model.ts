import { formatDay, formatTime } from '../../core/i18n/format.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Id, Message } from '../../core/model.js';
import { isLocalMessage } from '../../core/store.js';
import { compareMessages } from '../../core/message-thread.js';
import { buildRows, dayKeyOf, extendRows, firstUnreadId, UNREAD_KEY, type BuildRowsOptions, type TimelineRow } from './timeline-rows.js';

export interface ModelInput {
  t: Translation;
  lang: string;
  /** The chat's unread counter (read once, when the chat is first seen). */
  unreadCount: number | undefined;
  /** Whether the first page of messages is loaded. */
  loaded: boolean;
  /** Whether older messages exist on the backend. */
  hasOlder: boolean;
  /** The current operator. */
  meId: Id | undefined;
  /** Called after the rows changed when messages were prepended, while the DOM still shows the old rows. */
  captureAnchor: () => void;
  /** A message of the thread by id (its current version). */
  lookup: (id: Id) => Message | undefined;
}

/**
 * Most messages given rows at once. `@lit-labs/virtualizer` caps its scroll
 * size at 8,200,000 px: at ~90 px a row, 10,000 messages take ~0.9M px, far
 * under it (rows would have to average 800 px to reach it).
 */
export const WINDOW_MAX = 10_000;
/** Messages the window moves by when scrolled near one of its ends. */
export const WINDOW_PAGE = 1_000;

/** What changed in the messages, for the scroll position. */
export interface ModelChange {
  /** The first messages to show since the chat was opened. */
  first: boolean;
  /** Messages added after the previous last one. */
  appended: readonly Message[];
  /** Whether one of the appended messages is the current operator's. */
  own: boolean;
}

/** A move of the window asked for by the view, applied at the next update. */
interface WindowRequest {
  start: number;
  end: number;
  /** A jump (to a message, to the latest): the view places a row itself, no anchor is kept. */
  jump: boolean;
}

/**
 * The derived state of a timeline: the window of the thread that has rows
 * (at most `WINDOW_MAX` messages: the latest ones at first), the rows,
 * the unread position and the cached date strings. Rebuilt when the messages
 * (or the language, or the window) change, never during render.
 *
 * Memory per message in the window: its row and one slot in `messages` and
 * in the message → row index. Messages are found by id through the thread
 * (`lookup`) and a binary search in the window (the thread is sorted).
 */
export class TimelineModel {
  /** The messages of the window, oldest first. */
  messages: readonly Message[] = [];
  rows: TimelineRow[] = [];
  /** Whether older messages exist on the backend. */
  hasOlder = false;
  /** Index in the thread of the window's first message. */
  offset = 0;
  /** Messages of the thread (loaded ones). */
  total = 0;
  /** Row index of the "new messages" divider, or -1. */
  unreadRow = -1;

  private all: readonly Message[] = [];
  /** Row index of the other rows (top, days, unread), by key. */
  private otherRows = new Map<string, number>();
  /** The same row indexes, ascending (a message's row index follows from them). */
  private otherIndexes: number[] = [];
  private request: WindowRequest | undefined;
  private lookup: (id: Id) => Message | undefined = () => undefined;
  private unreadAtOpen: number | undefined;
  private unreadDecided = false;
  private unreadFromId: Id | undefined;
  private positioned = false;
  private labelsKey = '';
  private labelsT: Translation | undefined;
  private readonly dayLabels = new Map<string, string>();
  private readonly times = new Map<string, string>();
  private timesFor: Translation | undefined;

  /** Forgets the previous chat. */
  reset(): void {
    this.messages = [];
    this.rows = [];
    this.all = [];
    this.offset = 0;
    this.total = 0;
    this.otherRows = new Map();
    this.otherIndexes = [];
    this.request = undefined;
    this.unreadRow = -1;
    this.unreadAtOpen = undefined;
    this.unreadDecided = false;
    this.unreadFromId = undefined;
    this.positioned = false;
    this.hasOlder = false;
    this.labelsKey = '';
    this.labelsT = undefined;
  }

  /** Whether the window ends with the newest message of the thread. */
  get atEnd(): boolean {
    return this.offset + this.messages.length >= this.all.length;
  }

  /** Whether older messages exist, in the thread before the window or on the backend. */
  get hasEarlier(): boolean {
    return this.offset > 0 || this.hasOlder;
  }

  /** Index of a message in the window, or -1. */
  indexOf(id: Id): number {
    const message = this.lookup(id);
    if (!message) return -1;
    const index = lowerBound(this.messages, message);
    return this.messages[index]?.id === id ? index : -1;
  }

  /** A message of the window by id. */
  message(id: Id): Message | undefined {
    const index = this.indexOf(id);
    return index < 0 ? undefined : this.messages[index];
  }

  rowIndexOf(key: string): number {
    const other = this.otherRows.get(key);
    if (other !== undefined) return other;
    const index = this.indexOf(key);
    return index < 0 ? -1 : this.rowOfMessage(index);
  }

  /** Row index of the message at `index`: the other rows before it shift it. */
  private rowOfMessage(index: number): number {
    const others = this.otherIndexes;
    let before = 0;
    while (before < others.length && others[before]! <= index + before) before += 1;
    return index + before;
  }

  /** Time of day, cached per language. */
  time(iso: string, t: Translation): string {
    if (this.timesFor !== t) {
      this.times.clear();
      this.timesFor = t;
    }
    let time = this.times.get(iso);
    if (time === undefined) {
      time = formatTime(iso, t);
      this.times.set(iso, time);
    }
    return time;
  }

  // ------------------------------------------------------------------ window

  /** Adds a page of the thread above the window (trimming its bottom past `WINDOW_MAX`); false at the thread's start. */
  extendUp(): boolean {
    if (this.offset === 0 || this.rows.length === 0) return false;
    const start = Math.max(0, this.offset - WINDOW_PAGE);
    const end = Math.min(this.offset + this.messages.length, start + WINDOW_MAX);
    this.request = { start, end, jump: false };
    return true;
  }

  /** Adds a page of the thread below the window (trimming its top past `WINDOW_MAX`); false at the thread's end. */
  extendDown(): boolean {
    if (this.atEnd || this.rows.length === 0) return false;
    const end = Math.min(this.all.length, this.offset + this.messages.length + WINDOW_PAGE);
    this.request = { start: Math.max(this.offset, end - WINDOW_MAX), end, jump: false };
    return true;
  }

  /** Moves the window to the newest messages; false when it is there. */
  toLatest(): boolean {
    if (this.atEnd) return false;
    const end = this.all.length;
    this.request = { start: Math.max(0, end - WINDOW_MAX), end, jump: true };
    return true;
  }

  /**
   * Moves the window so that it holds a message of the thread (centred in
   * it); returns whether the message is in the thread.
   */
  reveal(id: Id): boolean {
    const message = this.lookup(id);
    if (!message) return false;
    const index = lowerBound(this.all, message);
    if (this.all[index]?.id !== id) return false;
    if (index >= this.offset && index < this.offset + this.messages.length) return true;
    const start = Math.max(0, Math.min(index - WINDOW_MAX / 2, this.all.length - WINDOW_MAX));
    this.request = { start, end: Math.min(this.all.length, start + WINDOW_MAX), jump: true };
    return true;
  }

  // ------------------------------------------------------------------ update

  /** Rebuilds what depends on the thread's messages; returns what changed, or undefined when nothing did. */
  update(all: readonly Message[], input: ModelInput): ModelChange | undefined {
    this.lookup = input.lookup;
    this.hasOlder = input.loaded && input.hasOlder;
    if (this.unreadAtOpen === undefined && input.unreadCount !== undefined) this.unreadAtOpen = input.unreadCount;
    const first = !this.positioned && input.loaded && all.length > 0;
    let unreadChanged = false;
    if (first) {
      this.positioned = true;
      if (!this.unreadDecided) {
        this.unreadDecided = true;
        this.unreadFromId = firstUnreadId(all, this.unreadAtOpen ?? 0);
        unreadChanged = this.unreadFromId !== undefined;
      }
    }
    const labelsKey = `${input.lang}|${dayKeyOf(new Date())}`;
    const labelsChanged = labelsKey !== this.labelsKey || this.labelsT !== input.t;
    const request = this.request;
    this.request = undefined;
    if (all === this.all && !request && !labelsChanged && !unreadChanged && this.rows.length > 0) return undefined;
    if (labelsChanged) {
      this.labelsKey = labelsKey;
      this.labelsT = input.t;
      this.dayLabels.clear();
    }

    const previous = this.messages;
    const previousAll = this.all;
    const previousOffset = this.offset;
    const wasAtEnd = this.atEnd;
    this.all = all;
    this.total = all.length;
    // New messages after the same ones (realtime, sending): their rows only.
    if (!first && !request && !labelsChanged && !unreadChanged && wasAtEnd && this.isAppend(previousAll, all)) {
      const appended = all.slice(previousAll.length);
      this.messages = previous.concat(appended);
      if (this.extend(previous.length, input.t)) return this.appendChange(appended, input);
    }

    const [start, end] = this.window(all, request, first, previous, previousOffset, wasAtEnd);
    this.offset = start;
    this.messages = start === 0 && end === all.length ? all : all.slice(start, end);
    this.rebuild(input.t);

    const change: ModelChange = { first, appended: [], own: false };
    if (first || previous.length === 0 || this.messages === previous || request?.jump) return change;
    const oldFirst = previous[0]!;
    const newFirst = this.messages[0];
    if (newFirst && newFirst !== oldFirst) {
      const at = this.indexOf(oldFirst.id);
      // Older rows came above the row in view, or rows above it went (window moved down): keep it in place.
      if (at > 0 || (request && start > previousOffset)) input.captureAnchor();
    }
    const oldLast = previousAll.at(-1);
    if (request || !oldLast) return change;
    // Messages after the previous last one of the thread (in the window or not).
    let from = lowerBound(all, oldLast);
    if (all[from]?.id === oldLast.id) from += 1;
    return this.appendChange(all.slice(from), input);
  }

  private appendChange(appended: readonly Message[], input: ModelInput): ModelChange {
    const own = appended.some(
      (m) => isLocalMessage(m) || (input.meId !== undefined && m.authorKind === 'operator' && m.authorId === input.meId),
    );
    return { first: false, appended, own };
  }

  /** Whether `next` is `previous` (same objects in the window, same order) with messages added after it. */
  private isAppend(previous: readonly Message[], next: readonly Message[]): boolean {
    if (this.messages.length === 0 || next.length <= previous.length) return false;
    for (let i = previous.length - 1; i >= this.offset; i -= 1) if (next[i] !== previous[i]) return false;
    return true;
  }

  /** The window [start, end) in the new thread. */
  private window(
    all: readonly Message[],
    request: WindowRequest | undefined,
    first: boolean,
    previous: readonly Message[],
    previousOffset: number,
    wasAtEnd: boolean,
  ): [number, number] {
    const length = all.length;
    if (request) return [Math.min(request.start, length), Math.min(request.end, length)];
    if (first || previous.length === 0) {
      let start = Math.max(0, length - WINDOW_MAX);
      // The first unread message is in the window, whatever the count.
      const unread = this.unreadFromId === undefined ? undefined : this.lookup(this.unreadFromId);
      if (unread) start = Math.max(0, Math.min(start, lowerBound(all, unread) - WINDOW_PAGE / 10));
      return [start, Math.min(length, start + WINDOW_MAX)];
    }
    // The same first and last messages as before (wherever they are now).
    const start = previousOffset === 0 ? 0 : lowerBound(all, previous[0]!);
    let end = length;
    if (!wasAtEnd) {
      const last = previous.at(-1)!;
      end = lowerBound(all, last);
      if (all[end]?.id === last.id) end += 1;
    }
    // A page loaded at the start of the thread: the window keeps the row in view and a page under it, up to the cap.
    if (start === 0 && previousOffset === 0 && all[0] !== previous[0] && end - start > WINDOW_MAX) {
      end = Math.min(end, Math.max(WINDOW_MAX, lowerBound(all, previous[0]!) + WINDOW_PAGE));
      return [Math.max(0, end - WINDOW_MAX), end];
    }
    return [start, Math.max(start, end)];
  }

  private rowOptions(t: Translation): BuildRowsOptions {
    return {
      unreadFromId: this.unreadFromId,
      dayLabel: (dayKey, date) => {
        let label = this.dayLabels.get(dayKey);
        if (label === undefined) {
          label = formatDay(date, t);
          this.dayLabels.set(dayKey, label);
        }
        return label;
      },
    };
  }

  private rebuild(t: Translation): void {
    const model = buildRows(this.messages, this.rowOptions(t));
    this.rows = model.rows;
    this.otherRows = new Map();
    this.otherIndexes = [];
    this.indexOtherRows(0);
    this.unreadRow = this.otherRows.get(UNREAD_KEY) ?? -1;
  }

  private indexOtherRows(from: number): void {
    const rows = this.rows;
    for (let index = from; index < rows.length; index += 1) {
      const row = rows[index]!;
      if (row.kind === 'message') continue;
      this.otherRows.set(row.key, index);
      this.otherIndexes.push(index);
    }
  }

  /**
   * Adds the rows of the messages after the first `from` (the previous ones,
   * unchanged): a new rows array (the virtualizer compares by identity), the
   * indexes grown in place. False when the rows cannot be continued.
   */
  private extend(from: number, t: Translation): boolean {
    const messages = this.messages;
    if (this.rows.length === 0) return false;
    for (let i = from; i < messages.length; i += 1) if (messages[i]!.id === this.unreadFromId) return false;
    const rows = this.rows.slice();
    const firstNew = rows.length;
    extendRows({ rows, messageRows: [] }, messages, from, this.rowOptions(t));
    this.rows = rows;
    this.indexOtherRows(firstNew);
    return true;
  }
}

/** Where `message` is, or would go, in sorted messages. */
function lowerBound(messages: readonly Message[], message: Message): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareMessages(messages[mid]!, message) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
