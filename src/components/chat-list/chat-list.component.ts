import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ArrivalTracker, LiveAnnouncer } from '../../controllers/live-announcer.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { markRead } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Chat, ChatFilter, Id, Operator, Queue } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlChatSelectEvent } from '../../events/chat-events.js';
import { OlSettingsChangeEvent } from '../../events/list-events.js';
import { baseStyles } from '../../themes/tokens.js';
import type { SettingsToggleDetail } from '../chat-list-settings/chat-list-settings.component.js';
import { controlStyles } from '../shared/controls.styles.js';
import { stateStyles } from '../shared/state.styles.js';
import { renderHeader, renderTabs, SearchController, type ChatListTab } from './chat-list-header.js';
import { MessengerIndex } from './messenger-index.js';
import { styles } from './chat-list.styles.js';
import { renderChatRow, renderGroupHeader, TimeLabels, type RowContext } from './chat-row.js';
import { MessengerLoader } from './messenger-loader.js';
import { RenameController } from './rename-editor.js';
import { RowMenuController } from './row-menu.js';
import { VirtualRows } from './virtual-rows.js';

/** The next page loads when the last rendered item is this close to the end. */
const PAGE_AHEAD = 5;

/** More changed chats than this at once: the list is indexed anew rather than change by change. */
const REBUILD_AFTER = 512;

/**
 * The operator's conversations. The Messenger view (default) lists the chats
 * assigned to me or waiting in my queues, grouped and searchable, with a
 * context menu per chat; `view="contact-center"` shows the Contact Center grid
 * of all customer conversations with filters and statistics (loaded on first
 * use).
 *
 * Groups: with `group-waiting`, "Waiting for first response" (longest waiting
 * first) then "In progress"; without it, one group by latest activity. Pinned
 * chats lead their group. My finished (closed or spam) chats come last in a
 * "Finished" group. With `separate-open-channels`, two tabs: "Open channels"
 * (these chats) and "Chats" (colleague chats: the `colleagues` slot).
 *
 * Keyboard: one tab stop; arrows, Home/End, PageUp/PageDown and type-ahead
 * move; Enter or Space selects; Shift+F10 or the menu key opens the context
 * menu; F2 renames.
 *
 * @summary The operator's chat list (Messenger) or the Contact Center grid.
 * @tag ol-chat-list
 * @slot colleagues - Colleague chats, shown in the "Chats" tab when `separate-open-channels` is set.
 * @fires {OlChatSelectEvent} ol-chat-select - A chat was selected (L1); not cancelable.
 * @fires {OlChatHistoryEvent} ol-chat-history - "Message history" was chosen (L2, K2); the panel shows it.
 * @fires {OlChatRenameEvent} ol-chat-rename - Rename a chat (L3); cancelable.
 * @fires {OlSettingsChangeEvent} ol-settings-change - A setting changed (S1, S2); cancelable: prevented, it does not change.
 * @fires {OlFilterChangeEvent} ol-filter-change - Contact Center filter changed (K4); cancelable.
 * @fires {OlSessionStartEvent} ol-session-start - Start a new conversation from the Contact Center (K3); cancelable.
 * @fires {OlErrorEvent} ol-error - An adapter call failed.
 * @csspart base - The wrapper.
 * @csspart header - The bar with the search box and the settings button.
 * @csspart search - The search field.
 * @csspart tabs - The tab list (with `separate-open-channels`).
 * @csspart list - The scrolling listbox.
 * @csspart row - A chat row; the selected one also has `row-selected`.
 * @csspart row-selected - The selected chat row.
 * @csspart group-header - A group header.
 * @csspart empty - Empty, loading and error states.
 * @csspart rename - The inline rename form.
 * @csspart contact-center - The Contact Center view.
 * @cssproperty [--ol-chat-list-background=var(--ol-color-surface)] - Background.
 * @cssproperty [--ol-chat-list-row-hover=var(--ol-color-surface-hover)] - Background of a hovered row.
 * @cssproperty [--ol-chat-list-row-selected=var(--ol-color-surface-selected)] - Background of the selected row.
 * @cssproperty [--ol-chat-list-unread-background=var(--ol-color-accent)] - Background of the unread counter.
 * @cssproperty [--ol-chat-list-avatar-size=40px] - Size of the client avatar.
 */
export class OlChatListElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles, stateStyles];

  /** The data adapter. Elements given the same adapter share one store. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element string overrides. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** Chats to show without an adapter (properties-only mode); ignored when `adapter` is set. */
  @property({ attribute: false }) chats?: Chat[];

  /** Without an adapter: the current operator (whose chats are shown), operators (names) and open channels. */
  @property({ attribute: false }) directory?: { me?: Operator; operators?: Operator[]; queues?: Queue[] };

  /** `messenger` (the operator's chats) or `contact-center` (every customer conversation). */
  @property({ reflect: true }) view: 'messenger' | 'contact-center' = 'messenger';

  /** The selected chat. */
  @property({ attribute: 'selected-chat-id', reflect: true }) selectedChatId?: Id;

  /** S1: open-channel chats in their own tab, apart from colleague chats. */
  @property({ type: Boolean, attribute: 'separate-open-channels', reflect: true }) separateOpenChannels = false;

  /** S2: chats waiting for a first response in their own group, longest waiting first. */
  @property({ type: Boolean, attribute: 'group-waiting', reflect: true }) groupWaiting = false;

  /** Chats asked from the adapter per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /**
   * How long an adapter call may take before it fails with `TIMEOUT`, in ms;
   * 0 waits forever. Unset: the store's (30 s). It is the timeout of the store
   * shared with every element on the same adapter.
   */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs?: number;

  /**
   * Opt-in: new chats waiting for a first response are announced politely
   * through a visually hidden live region (`aria-live="polite"`), a burst
   * merged into one announcement.
   */
  @property({ type: Boolean, reflect: true }) announce = false;

  /** Filter of the Contact Center view. */
  @property({ attribute: false }) filter: ChatFilter = {};

  @state() private tab: ChatListTab = 'open-channels';
  @state() private contactCenter: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private now = Date.now();

  @query('.list') private listElement?: VirtualizerHostElement;

  private readonly localize = new LocalizeController(this);
  private readonly announcer = new LiveAnnouncer(this, { merge: (texts) => this.localize.t.announceNewChats(texts.length) });
  private readonly arrivals = new ArrivalTracker();
  private readonly times = new TimeLabels(this.localize);
  private messagesVersion = 0;
  private readonly storeCtl = new StoreController(this, {
    // A flood of incoming messages reorders the list ten times a second, not at every frame.
    floodIntervalMs: 100,
    filter: (change) => {
      const messages = this.search.query !== '' && change.messages.size > 0;
      if (messages) this.messagesVersion += 1;
      return change.every || change.chats.size > 0 || change.directory || messages;
    },
  });
  private readonly loader = new MessengerLoader(this, () => this.pageSize);
  private readonly search = new SearchController(this, (query) => void this.loader.search(query));
  private readonly roving = new RovingFocusController(this, {
    count: () => this.index.rowCount,
    focusItem: (index) => void this.rows.focusRow(index),
    label: (index) => this.index.rowAt(index)?.chat.title ?? '',
    pageSize: () => Math.max(1, Math.floor((this.listElement?.clientHeight ?? 640) / 72)),
  });
  private readonly rows = new VirtualRows(this, {
    list: () => this.listElement,
    itemIndexOfRow: (index) => this.index.itemIndexOfRow(index),
    activeRow: () => this.roving.activeIndex,
    // While searching, the backend's matches stand in for the pages not loaded.
    onRange: (last) => {
      if (!this.search.query.trim() && last >= this.index.items.length - PAGE_AHEAD) void this.loader.loadMore();
    },
  });
  private readonly rename = new RenameController(this, {
    store: () => this.store,
    localize: this.localize,
    root: () => this.renderRoot,
    rowElement: (chatId) => this.rows.rowElement(chatId),
    focusChat: (chatId) => this.focusChat(chatId),
  });

  private readonly menu = new RowMenuController(this, {
    store: () => this.store,
    localize: this.localize,
    rename: (chatId) => void this.rename.start(chatId),
    focusChat: (chatId) => this.focusChat(chatId),
  });

  /** My chats, grouped, sorted and searched; kept up to date change by change. */
  private readonly index = new MessengerIndex();
  /** The store state the last arrival check saw (see `announceArrivals`). */
  private arrivalsChecked: { store: OlStore; version: number; skipped: number } | undefined;
  /** The store and its `chatsVersion` the index reflects. */
  private indexed: { store: OlStore; version: number } | undefined;
  private folding = false;
  private loadedStore: OlStore | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;

  private get store(): OlStore {
    return this.storeCtl.store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = Date.now()), 60_000);
    // The first number format of a page loads its locale data (~10 ms): done when idle, not when the first chats come.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.localize.number(0));
  }

  override disconnectedCallback(): void {
    clearInterval(this.clock);
    this.loadedStore = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('timeoutMs')) this.storeCtl.sync();
    const store = this.store;
    if (!this.adapter && changed.has('chats') && this.chats) store.setChats(this.chats);
    if (!this.adapter && changed.has('directory') && this.directory) store.setDirectory(this.directory);
    if (this.view === 'contact-center') this.loadContactCenter();
    else if (this.loadedStore !== store) {
      this.loadedStore = store;
      void this.loader.load(store);
    }
    this.derive(store, changed.has('selectedChatId'));
    this.announceArrivals(store);
  }

  /** With `announce`: chats newly waiting for a first response are said in the live region. */
  private announceArrivals(store: OlStore): void {
    if (!this.announce || this.view !== 'messenger' || (store.adapter && this.loader.status !== 'ready')) {
      this.arrivals.reset();
      this.arrivalsChecked = undefined;
      return;
    }
    // Only a change of the chats can bring an arrival: other updates (the clock, typing a search) skip the scan.
    const checked = this.arrivalsChecked;
    if (checked?.store === store && checked.version === store.chatsVersion && checked.skipped === store.skipped.size) return;
    this.arrivalsChecked = { store, version: store.chatsVersion, skipped: store.skipped.size };
    const waiting = store.chats.filter((c) => c.state === 'new' && !store.skipped.has(c.id));
    const arrived = new Set(this.arrivals.arrived(waiting.map((c) => c.id)));
    const t = this.localize.t;
    for (const chat of waiting) if (arrived.has(chat.id)) this.announcer.push(t.announceNewChat(chat.client.name || chat.title));
  }

  /**
   * Brings the rows up to date (never per render): only the chats changed
   * since the last time move (`chatChangesSince`); a new store, operator,
   * grouping or a flood of changes indexes every chat anew.
   */
  private derive(store: OlStore, selectionChanged: boolean): void {
    const { index } = this;
    const activeId = index.rowAt(this.roving.activeIndex)?.chat.id;
    const options = { me: store.me, groupWaiting: this.groupWaiting, skipped: store.skipped };
    const version = store.chatsVersion;
    const changes = this.indexed?.store === store && index.fits(options) ? store.chatChangesSince(this.indexed.version) : undefined;
    let changed = false;
    if (!changes || changes.length > REBUILD_AFTER) {
      index.rebuild(store.chats, options);
      changed = true;
    } else if (changes.length > 0) {
      changed = index.update(changes, (id) => store.getChat(id));
    }
    this.indexed = { store, version };
    const query = this.search.query;
    const searched = index.setSearch({
      query,
      extraMatches: this.loader.searchedQuery === query.trim() ? this.loader.searchMatches : undefined,
      // Loaded messages are searched too (a handful of chats: they are looked up once per search, not per chat).
      messages: query.trim() ? store.loadedMessages() : undefined,
      messagesVersion: this.messagesVersion,
    });
    if (changed || searched) {
      // The DOM still shows the rows before the change: the row in view stays where it is.
      const anchor = this.rows.captureAnchor();
      if (anchor) void this.rows.restoreAnchor(anchor, this.updateComplete);
      this.foldAhead();
    } else if (!selectionChanged) {
      return;
    }
    const keep = selectionChanged ? this.selectedChatId : (activeId ?? this.selectedChatId);
    const at = keep === undefined ? undefined : index.rowIndexOf(keep);
    this.roving.activeIndex = at ?? Math.min(this.roving.activeIndex, Math.max(0, index.rowCount - 1));
  }

  /** Folds the search text of the rows in idle time, so that the first keystroke only compares. */
  private foldAhead(): void {
    if (this.folding || typeof requestIdleCallback !== 'function') return;
    this.folding = true;
    const step = (deadline: IdleDeadline) => {
      // The browser's idle deadline (at most 50 ms, less when a frame is due).
      const more = this.index.foldAhead(Math.max(1, deadline.timeRemaining() - 1));
      if (more && this.isConnected) requestIdleCallback(step);
      else this.folding = false;
    };
    requestIdleCallback(step);
  }

  /** The Contact Center grid is heavy and rarely used: it loads the first time it is shown. */
  private loadContactCenter(): void {
    if (this.contactCenter !== 'idle') return;
    this.contactCenter = 'loading';
    import('../contact-center/ol-contact-center.js').then(
      () => (this.contactCenter = 'ready'),
      () => (this.contactCenter = 'error'),
    );
  }

  /** Selects a chat as if the person did (fires `ol-chat-select`, marks it read). */
  selectChat(chatId: Id): void {
    this.selectedChatId = chatId;
    const index = this.index.rowIndexOf(chatId);
    if (index !== undefined) this.roving.setActive(index);
    const selected = new OlChatSelectEvent({ chatId });
    this.dispatchEvent(selected);
    void markRead(this.store, chatId);
  }

  private focusChat(chatId: Id): void {
    const index = this.index.rowIndexOf(chatId);
    if (index !== undefined) this.roving.focus(index);
  }

  // ------------------------------------------------------------- settings and search

  private onSettingToggle(event: CustomEvent<SettingsToggleDetail>): void {
    const { name, value } = event.detail;
    const change = new OlSettingsChangeEvent({
      separateOpenChannels: this.separateOpenChannels,
      groupWaiting: this.groupWaiting,
      [name]: value,
    });
    this.dispatchEvent(change);
    if (change.defaultPrevented) event.preventDefault();
    else this[name] = value;
  }

  private clearSearch(): void {
    this.search.clear();
    this.renderRoot.querySelector<HTMLInputElement>('.search input')?.focus();
  }

  // ------------------------------------------------------------- list events

  private rowFromEvent(event: Event): HTMLElement | undefined {
    return event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'option');
  }

  private onListClick(event: MouseEvent): void {
    const chatId = this.rowFromEvent(event)?.dataset.chatId;
    if (chatId === undefined) return;
    const more = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.action === 'more');
    if (more) this.menu.show(chatId, more as Element);
    else this.selectChat(chatId);
  }

  private onContextMenu(event: MouseEvent): void {
    const row = this.rowFromEvent(event);
    const chatId = row?.dataset.chatId;
    if (!row || chatId === undefined) return;
    event.preventDefault();
    const fromKeyboard = event.button !== 2 || (event.clientX === 0 && event.clientY === 0);
    this.menu.show(chatId, fromKeyboard ? row : { x: event.clientX, y: event.clientY });
  }

  private onListKeydown(event: KeyboardEvent): void {
    const chat = this.index.rowAt(this.roving.activeIndex)?.chat;
    if (!chat) return;
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      const row = this.rows.rowElement(chat.id);
      if (row) this.menu.show(chat.id, row);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectChat(chat.id);
    } else if (event.key === 'F2') {
      event.preventDefault();
      void this.rename.start(chat.id);
    } else {
      this.roving.handleKeydown(event);
    }
  }

  private onListFocusin(event: FocusEvent): void {
    if (event.target === this.listElement) {
      // The list holds the tab stop while the active row is virtualized away.
      this.roving.focus();
      return;
    }
    const index = Number(this.rowFromEvent(event)?.dataset.row);
    if (Number.isInteger(index)) this.roving.setActive(index);
  }

  // ------------------------------------------------------------- rendering

  private renderEmpty(text: string, retry = false) {
    return html`<div class="empty" part="empty" role=${retry ? 'alert' : 'status'}>
      <p>${text}</p>
      ${retry ? html`<button class="button" @click=${() => this.loader.retry()}>${this.localize.t.retry}</button>` : nothing}
    </div>`;
  }

  private renderList() {
    const { localize, loader, index } = this;
    const { t } = localize;
    if (index.rowCount === 0) {
      if (loader.status === 'loading' || loader.status === 'idle') return this.renderEmpty(t.loading);
      if (loader.status === 'error') return this.renderEmpty(t.errorLoadChats, true);
      return this.renderEmpty(this.search.query.trim() ? t.noResultsFor(this.search.query.trim()) : t.noChats);
    }
    const ctx: RowContext = {
      localize,
      times: this.times,
      meId: this.store.me?.id,
      operatorName: (id) => this.store.operator(id)?.name,
      selectedId: this.selectedChatId,
      setSize: index.rowCount,
      tabIndexFor: (index) => this.roving.tabIndexFor(index),
      now: this.now,
    };
    return html`<div
        class="list"
        part="list"
        role="listbox"
        aria-label=${t.chatList}
        aria-busy=${loader.loadingMore ? 'true' : 'false'}
        tabindex=${this.rows.activeRowRendered() ? -1 : 0}
        @keydown=${this.onListKeydown}
        @click=${this.onListClick}
        @contextmenu=${this.onContextMenu}
        @focusin=${this.onListFocusin}
        @rangeChanged=${this.rows.onRangeChanged}
        @scroll=${() => this.rename.place()}
      >
        ${virtualize({
          items: index.items,
          // The virtualizer may render its previous range once more after the items shrank.
          keyFunction: (item, index) => item?.key ?? index,
          renderItem: (item, at) =>
            !item ? html`` : item.kind === 'row' ? renderChatRow(item, index.rowIndexOfItem(at), ctx) : renderGroupHeader(item, localize),
          scroller: true,
        })}
      </div>
      ${loader.error && loader.status === 'ready'
        ? html`<div class="alert more-error" role="alert">
            <span>${t.errorLoadChats}</span>
            <button class="button" @click=${() => loader.retry()}>${t.retry}</button>
          </div>`
        : nothing}`;
  }

  private renderMessenger() {
    const { t } = this.localize;
    const tabs = this.separateOpenChannels;
    const colleagues = tabs && this.tab === 'colleagues';
    const selectTab = async (tab: ChatListTab, focus: boolean) => {
      this.tab = tab;
      await this.updateComplete;
      if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
    };
    return html`${renderHeader({
        localize: this.localize,
        strings: this.strings,
        searchText: this.search.text,
        separateOpenChannels: this.separateOpenChannels,
        groupWaiting: this.groupWaiting,
        onSearchInput: (e) => this.search.input((e.target as HTMLInputElement).value),
        onClearSearch: () => this.clearSearch(),
        onSettingToggle: (e) => this.onSettingToggle(e),
      })}
      ${tabs ? renderTabs(this.localize, this.tab, selectTab) : nothing}
      <div
        class="body"
        id="panel-open-channels"
        role=${tabs ? 'tabpanel' : nothing}
        aria-labelledby=${tabs ? 'tab-open-channels' : nothing}
        ?hidden=${colleagues}
      >
        ${this.renderList()} ${this.rename.render()}
      </div>
      ${tabs
        ? html`<div class="colleagues" id="panel-colleagues" role="tabpanel" aria-labelledby="tab-colleagues" tabindex="0" ?hidden=${!colleagues}>
            <slot name="colleagues">${this.renderEmpty(t.noChats)}</slot>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.search.query.trim() ? t.announceResults(this.index.rowCount) : ''}</div>
      ${this.announce ? html`<div class="visually-hidden arrivals" aria-live="polite">${this.announcer.text}</div>` : nothing}
      ${this.menu.render()}`;
  }

  private renderContactCenter() {
    const { t } = this.localize;
    if (this.contactCenter === 'ready') {
      return html`<ol-contact-center part="contact-center" .strings=${this.strings} .filter=${this.filter} page-size=${this.pageSize}></ol-contact-center>`;
    }
    return this.renderEmpty(this.contactCenter === 'error' ? t.errorGeneric : t.loading);
  }

  protected override render() {
    return html`<div class="base" part="base" dir=${this.localize.dir}>
      ${this.view === 'contact-center' ? this.renderContactCenter() : this.renderMessenger()}
    </div>`;
  }
}
