import { formatDay, formatTime } from '../../core/i18n/format.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Id, Message } from '../../core/model.js';
import { isLocalMessage } from '../../core/store.js';
import { buildRows, dayKeyOf, firstUnreadId, UNREAD_KEY, type TimelineRow } from './timeline-rows.js';

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
}

/** What changed in the messages, for the scroll position. */
export interface ModelChange {
  /** The first messages to show since the chat was opened. */
  first: boolean;
  /** Messages added after the previous last one. */
  appended: readonly Message[];
  /** Whether one of the appended messages is the current operator's. */
  own: boolean;
}

/**
 * The derived state of a timeline: rows, indexes, the unread position and
 * the cached date strings. Rebuilt when the messages (or the language)
 * change, never during render.
 */
export class TimelineModel {
  messages: readonly Message[] = [];
  rows: TimelineRow[] = [];
  hasOlder = false;
  /** Row index of the "new messages" divider, or -1. */
  unreadRow = -1;

  private indexById = new Map<Id, number>();
  private rowByKey = new Map<string, number>();
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
    this.indexById = new Map();
    this.rowByKey = new Map();
    this.unreadRow = -1;
    this.unreadAtOpen = undefined;
    this.unreadDecided = false;
    this.unreadFromId = undefined;
    this.positioned = false;
    this.hasOlder = false;
    this.labelsKey = '';
    this.labelsT = undefined;
  }

  indexOf(id: Id): number {
    return this.indexById.get(id) ?? -1;
  }

  message(id: Id): Message | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.messages[index];
  }

  rowIndexOf(key: string): number {
    return this.rowByKey.get(key) ?? -1;
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

  /** Rebuilds what depends on the messages; returns what changed, or undefined when nothing did. */
  update(messages: readonly Message[], input: ModelInput): ModelChange | undefined {
    this.hasOlder = input.loaded && input.hasOlder;
    if (this.unreadAtOpen === undefined && input.unreadCount !== undefined) this.unreadAtOpen = input.unreadCount;
    const first = !this.positioned && input.loaded && messages.length > 0;
    let unreadChanged = false;
    if (first) {
      this.positioned = true;
      if (!this.unreadDecided) {
        this.unreadDecided = true;
        this.unreadFromId = firstUnreadId(messages, this.unreadAtOpen ?? 0);
        unreadChanged = this.unreadFromId !== undefined;
      }
    }
    const labelsKey = `${input.lang}|${dayKeyOf(new Date())}`;
    const labelsChanged = labelsKey !== this.labelsKey || this.labelsT !== input.t;
    if (messages === this.messages && !labelsChanged && !unreadChanged && this.rows.length > 0) return undefined;
    if (labelsChanged) {
      this.labelsKey = labelsKey;
      this.labelsT = input.t;
      this.dayLabels.clear();
    }

    const previous = this.messages;
    const previousIndex = this.indexById;
    this.messages = messages;
    this.rebuild(input.t);

    const change: ModelChange = { first, appended: [], own: false };
    if (first || previous.length === 0 || messages === previous) return change;
    const oldFirst = previous[0]!;
    if (messages[0]?.id !== oldFirst.id && (this.indexById.get(oldFirst.id) ?? 0) > 0 && !previousIndex.has(messages[0]!.id)) {
      input.captureAnchor();
    }
    const appended: Message[] = [];
    for (let i = messages.length - 1; i >= 0 && !previousIndex.has(messages[i]!.id); i -= 1) appended.unshift(messages[i]!);
    change.appended = appended;
    change.own = appended.some(
      (m) => isLocalMessage(m) || (input.meId !== undefined && m.authorKind === 'operator' && m.authorId === input.meId),
    );
    return change;
  }

  private rebuild(t: Translation): void {
    const model = buildRows(this.messages, {
      unreadFromId: this.unreadFromId,
      dayLabel: (dayKey, date) => {
        let label = this.dayLabels.get(dayKey);
        if (label === undefined) {
          label = formatDay(date, t);
          this.dayLabels.set(dayKey, label);
        }
        return label;
      },
    });
    this.rows = model.rows;
    this.indexById = model.indexById;
    this.rowByKey = new Map(model.rows.map((row, index) => [row.key, index]));
    this.unreadRow = this.rowByKey.get(UNREAD_KEY) ?? -1;
  }
}
