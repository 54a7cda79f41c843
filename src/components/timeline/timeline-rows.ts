/**
 * The row model of `<ol-timeline>`: messages interleaved with day separators,
 * the "new messages" divider and the top marker, with the grouping flags each
 * message row needs. Built once per change of the messages (never in render),
 * so that a 10,000-message timeline costs one linear pass per change.
 */
import { isCanonical, msOfDay } from '../../core/iso-date.js';
import type { Id, Message } from '../../core/model.js';

/** Consecutive messages of one author within this delay share one header. */
export const GROUP_WINDOW_MS = 5 * 60 * 1000;

/** Key of the top row (older messages, or the beginning of the conversation). */
export const TOP_KEY = 'top';
/** Key of the "new messages" divider. */
export const UNREAD_KEY = 'unread';

export interface TopRow {
  kind: 'top';
  key: typeof TOP_KEY;
}

/** A day separator; its label is formatted when first shown (most days of a long window never are). */
export class DayRow {
  readonly key: string;
  private readonly date: Date;
  private readonly labelOf: (dayKey: string, date: Date) => string;

  constructor(dayKey: string, date: Date, labelOf: (dayKey: string, date: Date) => string) {
    this.key = `day:${dayKey}`;
    this.date = date;
    this.labelOf = labelOf;
  }

  get kind(): 'day' {
    return 'day';
  }

  get label(): string {
    return this.labelOf(this.key.slice('day:'.length), this.date);
  }
}

export interface UnreadRow {
  kind: 'unread';
  key: typeof UNREAD_KEY;
}

/**
 * The row of a message. One per message of the window: two fields (the
 * message, and its index with the group flags in one number), the rest are
 * getters on the prototype.
 */
export class MessageRow {
  readonly message: Message;
  private bits: number;

  constructor(message: Message, index: number, groupStart: boolean, groupEnd: boolean) {
    this.message = message;
    this.bits = index * 4 + (groupStart ? 1 : 0) + (groupEnd ? 2 : 0);
  }

  get kind(): 'message' {
    return 'message';
  }

  get key(): Id {
    return this.message.id;
  }

  /** Position among the messages with rows (0-based). */
  get index(): number {
    return this.bits >>> 2;
  }

  /** First of a run of one author: shows the avatar and the name. */
  get groupStart(): boolean {
    return (this.bits & 1) !== 0;
  }

  /** Last of a run of one author. */
  get groupEnd(): boolean {
    return (this.bits & 2) !== 0;
  }

  /** The same row with another `groupEnd` (rows already built are never changed). */
  withGroupEnd(groupEnd: boolean): MessageRow {
    return new MessageRow(this.message, this.index, this.groupStart, groupEnd);
  }

  /** While building only (the row is not shown yet). @internal */
  setGroupEnd(groupEnd: boolean): void {
    this.bits = (this.bits & ~2) | (groupEnd ? 2 : 0);
  }
}

export type TimelineRow = TopRow | DayRow | UnreadRow | MessageRow;

export interface RowModel {
  rows: TimelineRow[];
  /** Row index of each message, by message index. */
  messageRows: number[];
}

export interface BuildRowsOptions {
  /** The label of a day separator, from a `Date` of that day (cache it: one call per day). */
  dayLabel: (dayKey: string, date: Date) => string;
  /** The first unread message, where the "new messages" divider goes. */
  unreadFromId?: Id;
}

/** Local calendar day of a date, as `yyyy-mm-dd`. */
export function dayKeyOf(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Whether two messages have the same author (no string built: this runs for every message). */
function sameAuthor(a: Message, b: Message): boolean {
  if (a.authorKind !== b.authorKind) return false;
  if (a.authorId !== undefined || b.authorId !== undefined) return a.authorId === b.authorId;
  return (a.authorName ?? '') === (b.authorName ?? '');
}

/** Whether two canonical ISO dates fall on the same UTC day (`yyyy-mm-dd` equal). */
function sameUtcDay(a: string, b: string): boolean {
  for (let i = 9; i >= 0; i -= 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** `b - a` in ms; from the digits when both are canonical dates of the same UTC day (no `Date` per message). */
function elapsed(a: string, b: string): number {
  if (isCanonical(a) && isCanonical(b) && sameUtcDay(a, b)) return msOfDay(b) - msOfDay(a);
  return Date.parse(b) - Date.parse(a);
}

/** Whether `message` continues the run of `previous` (same author, a few minutes apart). */
export function continuesGroup(previous: Message | undefined, message: Message): boolean {
  if (!previous || message.authorKind === 'system' || previous.authorKind === 'system') return false;
  if (!sameAuthor(previous, message)) return false;
  const gap = elapsed(previous.createdAt, message.createdAt);
  return gap >= 0 && gap <= GROUP_WINDOW_MS;
}

/** Builds the rows of a timeline from its messages (oldest first). */
export function buildRows(messages: readonly Message[], options: BuildRowsOptions): RowModel {
  const model: RowModel = { rows: [{ kind: 'top', key: TOP_KEY }], messageRows: new Array(messages.length) };
  extendRows(model, messages, 0, options);
  return model;
}

/**
 * Adds the rows of `messages[from…]` to a model built from `messages[0…from)`
 * (changing it in place), so that an appended message costs its own rows,
 * not a rebuild. The last message row is replaced (never changed) when the
 * first new message continues its group.
 *
 * Linear, with no `Date` per message: canonical ISO dates (what the store
 * keeps) are compared as strings against the bounds of the current local
 * day, and the date parts are computed once per day.
 */
export function extendRows(model: RowModel, messages: readonly Message[], from: number, options: BuildRowsOptions): void {
  const { rows, messageRows } = model;
  let currentDay = '';
  for (let i = rows.length - 1; i >= 0 && !currentDay; i -= 1) {
    const row = rows[i]!;
    if (row.kind === 'day') currentDay = row.key.slice('day:'.length);
  }
  const last = rows.at(-1);
  let previousRow: MessageRow | undefined = last?.kind === 'message' ? last : undefined;
  let previous: Message | undefined = previousRow?.message;

  // The local day of `currentDay` as [start, end) canonical ISO strings: most messages fall in it.
  let dayStart = '~';
  let dayEnd = '';
  for (let index = from; index < messages.length; index += 1) {
    const message = messages[index]!;
    const iso = message.createdAt;
    const inDay = iso >= dayStart && iso < dayEnd && isCanonical(iso);
    const time = inDay ? 0 : Date.parse(iso);
    if (!inDay && !Number.isNaN(time)) {
      const date = new Date(time);
      const dayKey = dayKeyOf(date);
      dayStart = new Date(date.getFullYear(), date.getMonth(), date.getDate()).toISOString();
      dayEnd = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).toISOString();
      if (dayKey !== currentDay) {
        currentDay = dayKey;
        rows.push(new DayRow(dayKey, date, options.dayLabel));
        previous = undefined;
      }
    }
    if (message.id === options.unreadFromId) {
      rows.push({ kind: 'unread', key: UNREAD_KEY });
      previous = undefined;
    }
    const groupStart = !continuesGroup(previous, message);
    // The previous message ends its run when this one starts a new one.
    if (previousRow && previousRow.groupEnd !== groupStart) {
      if (index === from) {
        // Built before this call (and maybe still shown): replaced, not changed.
        const at = rows.lastIndexOf(previousRow);
        previousRow = previousRow.withGroupEnd(groupStart);
        rows[at] = previousRow;
      } else previousRow.setGroupEnd(groupStart);
    }
    const row = new MessageRow(message, index, groupStart, false);
    messageRows[index] = rows.length;
    rows.push(row);
    previous = message;
    previousRow = row;
  }
  if (previousRow) previousRow.setGroupEnd(true);
}

/**
 * The message the "new messages" divider goes before: the first of the last
 * `unreadCount` incoming (client) messages that are not deleted.
 */
export function firstUnreadId(messages: readonly Message[], unreadCount: number): Id | undefined {
  if (unreadCount <= 0) return undefined;
  let remaining = unreadCount;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (message.authorKind !== 'client' || message.deleted) continue;
    remaining -= 1;
    if (remaining === 0) return message.id;
  }
  // Fewer loaded client messages than unread ones: the divider goes before the first loaded one.
  return messages.find((m) => m.authorKind === 'client' && !m.deleted)?.id;
}
