/**
 * The Messenger list kept up to date change by change (see `MessengerIndex`):
 * the incremental counterpart of `deriveMessenger`, which stays the reference
 * its tests compare with.
 */
import { timeOf } from '../../core/iso-date.js';
import type { Chat, Id, Message } from '../../core/model.js';
import { foldText } from '../../core/text.js';
import type { ChatGroupId, CurrentOperator, GroupHeaderItem } from './chat-list-model.js';
import { groupOf, isMyChat, messagesMatch, plainLine, SORTS } from './chat-list-model.js';
import { sortGroup } from './sort-group.js';

/** One of my chats as the list shows it: a row with its sort keys. */
export interface ChatEntry {
  kind: 'row';
  /** Key of the virtualized item (`chat:<id>`). */
  key: string;
  chat: Chat;
  group: ChatGroupId;
  pinned: boolean;
  /** Waiting since (waiting group) or last activity (other groups), in ms. */
  time: number;
  /** Folded title, client name and preview, once searched or folded ahead (see `foldAhead`). */
  folded?: string;
}

export type ListItem = ChatEntry | GroupHeaderItem;

/** The settings an index is built for: a change of one of them rebuilds it. */
export interface IndexOptions {
  me?: CurrentOperator | undefined;
  groupWaiting: boolean;
  skipped?: ReadonlySet<Id>;
}

/** What narrows the rows shown. */
export interface SearchOptions {
  query?: string;
  extraMatches?: ReadonlySet<Id>;
  /** Loaded messages by chat, searched too (taken when the search applies anew: query, matches or `messagesVersion` changed). */
  messages?: ReadonlyMap<Id, readonly Message[]>;
  /** Changes whenever loaded messages change. */
  messagesVersion?: number;
}

interface Segment {
  group: ChatGroupId;
  firstRow: number;
  firstItem: number;
  count: number;
}

const GROUP_ORDER = ['waiting', 'active', 'finished'] as const;

function entryOf(chat: Chat, group: ChatGroupId): ChatEntry {
  let time: number;
  if (group === 'waiting') {
    const waiting = timeOf(chat.waitingSince ?? chat.createdAt);
    time = Number.isNaN(waiting) ? Number.POSITIVE_INFINITY : waiting;
  } else {
    const updated = timeOf(chat.updatedAt);
    time = Number.isNaN(updated) ? 0 : updated;
  }
  // `folded` is declared here, so that it is stored in the object itself (a search reads it 100,000 times).
  return { kind: 'row', key: `chat:${chat.id}`, chat, group, pinned: group !== 'finished' && chat.pinned, time, folded: undefined };
}

/** Folded previews by message text: short messages ("Hello", "Thanks!") come back in many chats. */
const foldedPreviews = new Map<string, string>();

function foldedPreview(text: string): string {
  let folded = foldedPreviews.get(text);
  if (folded === undefined) {
    folded = foldText(plainLine(text));
    if (foldedPreviews.size >= 10_000) foldedPreviews.clear();
    foldedPreviews.set(text, folded);
  }
  return folded;
}

function foldedEntry(entry: ChatEntry): string {
  if (entry.folded === undefined) {
    const { chat } = entry;
    const title = foldText(chat.title);
    const name = chat.client.name === chat.title ? title : foldText(chat.client.name);
    // As `searchText`, with the preview folded once per distinct message text;
    // `join` makes one flat string (a concatenation would be flattened by the first search).
    entry.folded = [title, name, chat.lastMessage ? foldedPreview(chat.lastMessage.text) : ''].join('\n');
  }
  return entry.folded;
}

/** Index of the first element of `list` not before `entry` (binary search). */
function lowerBound(list: readonly ChatEntry[], entry: ChatEntry, compare: (a: ChatEntry, b: ChatEntry) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function removeEntry(list: ChatEntry[], entry: ChatEntry): boolean {
  let at = lowerBound(list, entry, SORTS[entry.group]);
  if (list[at] !== entry) at = list.indexOf(entry);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

function insertEntry(list: ChatEntry[], entry: ChatEntry): void {
  list.splice(lowerBound(list, entry, SORTS[entry.group]), 0, entry);
}

/** The folded text of a whole group in one string (rows apart by U+0000), scanned with `indexOf`. */
interface Corpus {
  text: string;
  /** Where each row's text starts. */
  starts: Int32Array;
}

const SEPARATOR = '\u0000';

function buildCorpus(list: readonly ChatEntry[]): Corpus {
  const parts = new Array<string>(list.length);
  const starts = new Int32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i += 1) {
    const entry = list[i]!;
    const text = entry.folded ?? foldedEntry(entry);
    parts[i] = text;
    starts[i] = at;
    at += text.length + 1;
  }
  return { text: parts.join(SEPARATOR), starts };
}

/** Appends the rows of `list` whose text contains `query` (which has no separator), in order. */
function scanCorpus(corpus: Corpus, list: readonly ChatEntry[], query: string, out: ChatEntry[]): void {
  const { text, starts } = corpus;
  let row = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(query, from);
    if (at < 0) return;
    // The row holding `at`: the last one starting at or before it.
    let low = row;
    let high = list.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    out.push(list[low]!);
    row = low + 1;
    if (row >= list.length) return;
    from = starts[row]!;
  }
}

/**
 * The Messenger list kept up to date change by change, for lists of 100,000
 * chats: the chats stay sorted in their groups, and a changed chat is taken
 * out and put back by binary search instead of sorting everything again. A
 * search filters the sorted groups (the previous result when the query only
 * grew), on folded text kept per row. It shows the same rows, in the same
 * order, as `deriveMessenger`.
 */
export class MessengerIndex {
  /** What the virtualizer renders: group headers and rows. A new array whenever they change. */
  items: ListItem[] = [];
  /** Rows shown (headers not counted). */
  rowCount = 0;
  /** My chats before the search narrowed them. */
  mineCount = 0;

  private options: IndexOptions = { groupWaiting: false };
  /** The rows by chat id: built in idle time after a rebuild (see `foldAhead`), or when first needed. */
  private entries = new Map<Id, ChatEntry>();
  private entriesBuilt = true;
  private groups: Record<ChatGroupId, ChatEntry[]> = { waiting: [], active: [], finished: [] };
  /** The rows shown: `groups` themselves without a search. */
  private shown: Record<ChatGroupId, ChatEntry[]> = this.groups;
  private search: Required<Pick<SearchOptions, 'query'>> & SearchOptions = { query: '' };
  private segments: Segment[] = [];
  /** Rows not folded yet, for `foldAhead`. */
  private unfolded: ChatEntry[] = [];
  /** The text of each group in one string, built ahead in idle time; dropped when the group changes. */
  private corpora: Partial<Record<ChatGroupId, Corpus>> = {};

  /** Whether the index was built for these settings (else `rebuild`). */
  fits(options: IndexOptions): boolean {
    const o = this.options;
    return o.me === options.me && o.groupWaiting === options.groupWaiting && o.skipped === options.skipped;
  }

  /** Indexes every chat anew. */
  rebuild(chats: Iterable<Chat>, options: IndexOptions): void {
    this.options = { ...options };
    this.entries = new Map();
    this.entriesBuilt = false;
    this.unfolded = [];
    const groups: Record<ChatGroupId, ChatEntry[]> = { waiting: [], active: [], finished: [] };
    let mine = 0;
    for (const chat of chats) {
      if (!isMyChat(chat, options.me, options.skipped)) continue;
      const entry = entryOf(chat, groupOf(chat, options.groupWaiting));
      this.unfolded.push(entry);
      groups[entry.group].push(entry);
      mine += 1;
    }
    for (const group of GROUP_ORDER) sortGroup(groups[group], group);
    this.groups = groups;
    this.corpora = {};
    this.mineCount = mine;
    this.refilter();
  }

  /**
   * Takes the changed chats (`current(id)`: the chat now, `undefined` when
   * removed) out of their place and puts them back where they belong.
   * Returns whether the rows changed.
   */
  update(ids: Iterable<Id>, current: (id: Id) => Chat | undefined): boolean {
    let changed = false;
    const searching = this.shown !== this.groups;
    for (const id of new Set(ids)) {
      const before = this.byId().get(id);
      const chat = current(id);
      if (before?.chat === chat) continue;
      if (before) {
        this.entries.delete(id);
        removeEntry(this.groups[before.group], before);
        delete this.corpora[before.group];
        if (searching) removeEntry(this.shown[before.group], before);
        changed = true;
      }
      if (chat && isMyChat(chat, this.options.me, this.options.skipped)) {
        const entry = entryOf(chat, groupOf(chat, this.options.groupWaiting));
        this.entries.set(id, entry);
        this.unfolded.push(entry);
        insertEntry(this.groups[entry.group], entry);
        delete this.corpora[entry.group];
        if (searching && this.matches(entry)) insertEntry(this.shown[entry.group], entry);
        changed = true;
      }
    }
    if (changed) {
      this.mineCount = this.entries.size;
      this.layout();
    }
    return changed;
  }

  /** Applies a search; returns whether the rows changed. */
  setSearch(search: SearchOptions): boolean {
    const query = foldText(search.query?.trim() ?? '');
    const previous = this.search;
    const same = previous.extraMatches === search.extraMatches && previous.messagesVersion === search.messagesVersion;
    if (same && query === previous.query) return false;
    // A longer query matches a subset of what the shorter one matched.
    const narrowing = same && previous.query !== '' && query.includes(previous.query);
    this.search = { ...search, query, messages: search.messages?.size ? search.messages : undefined };
    this.refilter(narrowing);
    return true;
  }

  /**
   * Prepares updates and searches for about `ms` (idle time): indexes the rows
   * by chat id after a rebuild, folds the text of rows not folded yet, then
   * joins each group's text into one string to scan.
   * Returns whether work is left.
   */
  foldAhead(ms: number): boolean {
    if (!this.entriesBuilt) {
      this.byId();
      return true;
    }
    const end = performance.now() + ms;
    const list = this.unfolded;
    let i = list.length;
    while (i > 0) {
      // A few at a time between clock reads.
      for (let n = 0; n < 64 && i > 0; n += 1) foldedEntry(list[--i]!);
      if (performance.now() >= end) break;
    }
    list.length = i;
    if (i > 0) return true;
    const group = GROUP_ORDER.find((g) => !this.corpora[g] && this.groups[g].length > 0);
    if (group === undefined) return false;
    // One group per call: a hundred thousand rows take ~10 ms.
    this.corpora[group] = buildCorpus(this.groups[group]);
    return GROUP_ORDER.some((g) => !this.corpora[g] && this.groups[g].length > 0);
  }

  /** The rows by chat id (built on first use after a rebuild). */
  private byId(): Map<Id, ChatEntry> {
    if (!this.entriesBuilt) {
      this.entriesBuilt = true;
      for (const group of GROUP_ORDER) for (const entry of this.groups[group]) this.entries.set(entry.chat.id, entry);
    }
    return this.entries;
  }

  /** The row at a row index. */
  rowAt(rowIndex: number): ChatEntry | undefined {
    const segment = this.segments.find((s) => rowIndex >= s.firstRow && rowIndex < s.firstRow + s.count);
    return segment ? this.shown[segment.group][rowIndex - segment.firstRow] : undefined;
  }

  /** The row index of a chat shown, by binary search. */
  rowIndexOf(chatId: Id): number | undefined {
    const entry = this.byId().get(chatId);
    const segment = entry && this.segments.find((s) => s.group === entry.group);
    if (!entry || !segment) return undefined;
    const list = this.shown[entry.group];
    const at = lowerBound(list, entry, SORTS[entry.group]);
    return list[at] === entry ? segment.firstRow + at : undefined;
  }

  /** Index in `items` of a row. */
  itemIndexOfRow(rowIndex: number): number | undefined {
    const segment = this.segments.find((s) => rowIndex >= s.firstRow && rowIndex < s.firstRow + s.count);
    return segment ? segment.firstItem + rowIndex - segment.firstRow : undefined;
  }

  /** Row index of an item of `items` (a row). */
  rowIndexOfItem(itemIndex: number): number {
    const segment = this.segments.find((s) => itemIndex >= s.firstItem && itemIndex < s.firstItem + s.count);
    return segment ? segment.firstRow + itemIndex - segment.firstItem : -1;
  }

  private matches(entry: ChatEntry): boolean {
    const { query, extraMatches, messages } = this.search;
    if (!query) return true;
    const id = entry.chat.id;
    return (entry.folded ?? foldedEntry(entry)).includes(query) || !!extraMatches?.has(id) || (!!messages && messagesMatch(messages.get(id), query));
  }

  private refilter(narrowing = false): void {
    const { query, extraMatches, messages } = this.search;
    if (!query) this.shown = this.groups;
    else {
      const from = narrowing && this.shown !== this.groups ? this.shown : this.groups;
      const shown: Record<ChatGroupId, ChatEntry[]> = { waiting: [], active: [], finished: [] };
      for (const group of GROUP_ORDER) {
        const out = shown[group];
        const corpus = from === this.groups ? this.corpora[group] : undefined;
        if (corpus && !query.includes(SEPARATOR)) {
          // The group's text in one string: one native scan instead of a string per row.
          scanCorpus(corpus, from[group], query, out);
          this.addOtherMatches(group, out);
          continue;
        }
        // The loop of every keystroke over every chat: plain fields, no closures.
        for (const entry of from[group]) {
          const id = entry.chat.id;
          if ((entry.folded ?? foldedEntry(entry)).includes(query) || extraMatches?.has(id) || (messages && messagesMatch(messages.get(id), query))) {
            out.push(entry);
          }
        }
      }
      this.shown = shown;
    }
    this.layout();
  }

  /** Adds the rows of a group found by the backend or by their loaded messages (a few) to text matches, in order. */
  private addOtherMatches(group: ChatGroupId, out: ChatEntry[]): void {
    const { query, extraMatches, messages } = this.search;
    const ids = new Set<Id>(extraMatches);
    if (messages) for (const id of messages.keys()) ids.add(id);
    for (const id of ids) {
      const entry = this.byId().get(id);
      if (!entry || entry.group !== group || (entry.folded ?? foldedEntry(entry)).includes(query)) continue;
      if (extraMatches?.has(id) || (messages && messagesMatch(messages.get(id), query))) insertEntry(out, entry);
    }
  }

  /** Builds `items` (headers and rows) from the rows shown. */
  private layout(): void {
    const parts: ListItem[][] = [];
    const segments: Segment[] = [];
    let rows = 0;
    let items = 0;
    for (const group of GROUP_ORDER) {
      const list = this.shown[group];
      if (list.length === 0) continue;
      if (group !== 'active' || this.options.groupWaiting) {
        parts.push([{ kind: 'header', key: `group:${group}`, group, count: list.length }]);
        items += 1;
      }
      segments.push({ group, firstRow: rows, firstItem: items, count: list.length });
      parts.push(list);
      rows += list.length;
      items += list.length;
    }
    this.items = ([] as ListItem[]).concat(...parts);
    this.rowCount = rows;
    this.segments = segments;
  }
}
