/**
 * The row model of `<ol-timeline>`: messages interleaved with day separators,
 * the "new messages" divider and the top marker, with the grouping flags each
 * message row needs. Built once per change of the messages (never in render),
 * so that a 10,000-message timeline costs one linear pass per change.
 */
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

export interface DayRow {
  kind: 'day';
  key: string;
  label: string;
}

export interface UnreadRow {
  kind: 'unread';
  key: typeof UNREAD_KEY;
}

export interface MessageRow {
  kind: 'message';
  key: Id;
  message: Message;
  /** Position among the loaded messages (0-based). */
  index: number;
  /** First of a run of one author: shows the avatar and the name. */
  groupStart: boolean;
  /** Last of a run of one author. */
  groupEnd: boolean;
}

export type TimelineRow = TopRow | DayRow | UnreadRow | MessageRow;

export interface RowModel {
  rows: TimelineRow[];
  /** Row index of each message, by message index. */
  messageRows: number[];
  /** Message index by id. */
  indexById: Map<Id, number>;
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

function authorKey(message: Message): string {
  return `${message.authorKind}:${message.authorId ?? message.authorName ?? ''}`;
}

/** Whether `message` continues the run of `previous` (same author, a few minutes apart). */
export function continuesGroup(previous: Message | undefined, previousTime: number, message: Message, time: number): boolean {
  if (!previous || message.authorKind === 'system' || previous.authorKind === 'system') return false;
  if (authorKey(previous) !== authorKey(message)) return false;
  return time >= previousTime && time - previousTime <= GROUP_WINDOW_MS;
}

/** Builds the rows of a timeline from its messages (oldest first). */
export function buildRows(messages: readonly Message[], options: BuildRowsOptions): RowModel {
  const rows: TimelineRow[] = [{ kind: 'top', key: TOP_KEY }];
  const messageRows: number[] = new Array(messages.length);
  const indexById = new Map<Id, number>();
  let currentDay = '';
  let previous: Message | undefined;
  let previousTime = 0;
  let previousRow: MessageRow | undefined;

  messages.forEach((message, index) => {
    const date = new Date(message.createdAt);
    const time = date.getTime();
    const dayKey = Number.isNaN(time) ? currentDay : dayKeyOf(date);
    if (dayKey && dayKey !== currentDay) {
      currentDay = dayKey;
      rows.push({ kind: 'day', key: `day:${dayKey}`, label: options.dayLabel(dayKey, date) });
      previous = undefined;
    }
    if (message.id === options.unreadFromId) {
      rows.push({ kind: 'unread', key: UNREAD_KEY });
      previous = undefined;
    }
    const groupStart = !continuesGroup(previous, previousTime, message, time);
    if (groupStart && previousRow) previousRow.groupEnd = true;
    const row: MessageRow = { kind: 'message', key: message.id, message, index, groupStart, groupEnd: false };
    messageRows[index] = rows.length;
    indexById.set(message.id, index);
    rows.push(row);
    previous = message;
    previousTime = time;
    previousRow = row;
  });
  if (previousRow) previousRow.groupEnd = true;
  return { rows, messageRows, indexById };
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
