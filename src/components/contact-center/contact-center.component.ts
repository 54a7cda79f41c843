import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { startSession } from '../../core/actions.js';
import { OlAdapterError, type OlAdapter } from '../../core/adapter.js';
import { actionErrorMessage, type Translation } from '../../core/i18n/translation.js';
import type { Chat, ChatFilter, Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlChatHistoryEvent } from '../../events/chat-events.js';
import { OlFilterChangeEvent } from '../../events/list-events.js';
import { baseStyles } from '../../themes/tokens.js';
import type { FiltersChangeDetail } from '../contact-center-filters/contact-center-filters.component.js';
import { controlStyles } from '../shared/controls.styles.js';
import { stateStyles } from '../shared/state.styles.js';
import { columnsFor, renderHeaderRow, renderRow, type GridContext } from './contact-center-grid.js';
import { cleanFilter, filterChats, type ContactCenterSort } from './contact-center-model.js';
import { renderStats, type StatsState } from './contact-center-stats.js';
import { styles } from './contact-center.styles.js';

/**
 * The Contact Center view of `<ol-chat-list>`: every customer conversation
 * in an ARIA grid paged from `listChats` (K1), with filters and search (K4,
 * `ol-filter-change`, cancelable), a statistics strip from `getStatistics`
 * (K5, hidden when the adapter lacks it), and per-row actions: message
 * history (K2, `ol-chat-history`) and start a new conversation (K3,
 * `ol-session-start` then `startSession`).
 *
 * The grid has one tab stop: arrows move between cells, Home/End to the ends
 * of a row, Ctrl+Home/End to the ends of the grid, PageUp/PageDown by ten
 * rows in the same column; Enter or Space activates the button of a cell. The "Created" and
 * "Last activity" headers sort (newest first).
 *
 * It is loaded lazily by `<ol-chat-list>` the first time `view="contact-center"`
 * is used, and shares its store.
 *
 * @summary Contact Center grid of all customer conversations.
 * @tag ol-contact-center
 * @fires {OlFilterChangeEvent} ol-filter-change - The filter or search changed (K4); cancelable.
 * @fires {OlChatHistoryEvent} ol-chat-history - Message history of a conversation was asked for (K2).
 * @fires {OlSessionStartEvent} ol-session-start - Start a new conversation (K3); cancelable.
 * @fires {OlErrorEvent} ol-error - An adapter call failed.
 * @csspart base - The wrapper.
 * @csspart statistics - The statistics strip.
 * @csspart grid - The scrolling area of the grid.
 * @cssproperty [--ol-contact-center-header-background=var(--ol-color-surface-sunken)] - Background of the column headers.
 */
export class OlContactCenterElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles, stateStyles];

  /** The data adapter (usually given by `<ol-chat-list>` through its store). */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element string overrides. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** The initial filter; the filter bar changes it from there. */
  @property({ attribute: false }) filter: ChatFilter = {};

  /** Conversations per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private current: ChatFilter = {};
  @state() private sort: ContactCenterSort = 'updatedAt';
  @state() private ids: Id[] = [];
  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private error: OlAdapterError | undefined;
  @state() private nextCursor: string | undefined;
  @state() private total: number | undefined;
  @state() private loadingMore = false;
  @state() private stats: StatsState = { status: 'off' };
  @state() private actionError: string | undefined;
  /** The chat whose new conversation failed to start (the error's Retry). */
  private failedStart: Id | undefined;
  @state() private notice = '';
  @state() private busy: ReadonlySet<Id> = new Set();

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => change.directory || change.every || !this.store.adapter || [...change.chats].some((id) => this.shown.has(id)),
  });
  private readonly roving = new RovingFocusController(this, {
    orientation: 'grid',
    columns: () => this.columns().length,
    count: () => (this.rows.length + 1) * this.columns().length,
    focusItem: (index) => this.focusCell(index),
  });

  private rows: Chat[] = [];
  private shown = new Set<Id>();
  private loadedStore: OlStore | undefined;
  private generation = 0;
  private statsSeq = 0;
  private localInputs: unknown[] = [];

  private get store(): OlStore {
    return this.storeCtl.store;
  }

  private columns() {
    return columnsFor(this.store);
  }

  override disconnectedCallback(): void {
    this.loadedStore = undefined;
    this.generation += 1;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    const store = this.store;
    if (changed.has('filter')) this.current = cleanFilter(this.filter);
    if (this.loadedStore !== store) {
      this.loadedStore = store;
      void store.loadDirectory().catch(() => undefined);
      this.reload();
    } else if (changed.has('filter')) {
      this.reload();
    }
    const local = [store.chats, this.current, this.sort];
    if (!store.adapter && local.some((value, i) => value !== this.localInputs[i])) {
      // Properties-only mode: every chat is here; filter and sort them locally.
      this.localInputs = local;
      this.ids = filterChats(store.chats, this.current, this.sort, store.me?.id).map((chat) => chat.id);
      this.total = this.ids.length;
      this.status = 'ready';
    }
    this.rows = this.ids.map((id) => store.getChat(id)).filter((chat): chat is Chat => chat !== undefined);
    this.shown = new Set(this.ids);
  }

  /** Loads the first page again (filter or sort changed, Retry) and the statistics. */
  private reload(): void {
    this.roving.activeIndex = 0;
    void this.loadPage(false);
    void this.loadStats();
  }

  private async loadPage(more: boolean): Promise<void> {
    const store = this.store;
    if (!store.adapter) return;
    if (more && (this.nextCursor === undefined || this.loadingMore)) return;
    const generation = more ? this.generation : ++this.generation;
    if (more) this.loadingMore = true;
    else this.status = 'loading';
    this.error = undefined;
    try {
      const page = await store.loadChats({
        filter: this.current,
        limit: this.pageSize,
        sort: this.sort,
        ...(more ? { cursor: this.nextCursor } : {}),
      });
      if (generation !== this.generation) return;
      const ids = page.items.map((chat) => chat.id);
      const known = new Set(more ? this.ids : []);
      this.ids = more ? [...this.ids, ...ids.filter((id) => !known.has(id))] : ids;
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = OlAdapterError.from(error);
      if (!more) this.status = 'error';
    } finally {
      if (more && generation === this.generation) this.loadingMore = false;
    }
  }

  private async loadStats(): Promise<void> {
    const adapter = this.store.adapter;
    if (typeof adapter?.getStatistics !== 'function') {
      this.stats = { status: 'off' };
      return;
    }
    const seq = ++this.statsSeq;
    const previous = this.stats.status === 'off' ? undefined : this.stats.stats;
    this.stats = { status: 'loading', stats: previous };
    try {
      const stats = await this.store.withTimeout(adapter.getStatistics(this.current));
      if (seq === this.statsSeq) this.stats = { status: 'ready', stats };
    } catch {
      if (seq === this.statsSeq) this.stats = { status: 'error', stats: previous };
    }
  }

  private onFiltersChange(event: CustomEvent<FiltersChangeDetail>): void {
    const change = new OlFilterChangeEvent({ filter: { ...event.detail.filter } });
    this.dispatchEvent(change);
    if (change.defaultPrevented) {
      event.preventDefault();
      return;
    }
    this.current = event.detail.filter;
    this.reload();
  }

  private onSort(sort: ContactCenterSort): void {
    if (sort === this.sort) return;
    this.sort = sort;
    void this.loadPage(false);
  }

  /** K2: the history itself is shown by the chat panel; the grid only asks for it. */
  private showHistory(chatId: Id): void {
    const history = new OlChatHistoryEvent({ chatId });
    this.dispatchEvent(history);
  }

  private async onStart(chatId: Id): Promise<void> {
    const { t } = this.localize;
    this.actionError = undefined;
    this.busy = new Set([...this.busy, chatId]);
    const result = await startSession(this.store, this, chatId);
    this.busy = new Set([...this.busy].filter((id) => id !== chatId));
    if (result.status === 'failed') {
      this.failedStart = chatId;
      this.actionError = `${actionErrorMessage(t, 'startSession')}. ${t.errorDetails(result.error.message)}`;
    } else if (result.status === 'done') {
      this.notice = `${t.startNewConversation}: ${t.sessionNumber(result.value.sessionId)}`;
    }
  }

  // ------------------------------------------------------------- keyboard

  private focusCell(index: number): void {
    const cell = this.renderRoot.querySelector<HTMLElement>(`[data-cell="${index}"]`);
    (cell?.querySelector<HTMLElement>('button') ?? cell)?.focus();
  }

  /** Home/End within the row (Ctrl: the grid), PageUp/PageDown by ten rows in the same column; the rest by the roving focus. */
  private onGridKeydown(event: KeyboardEvent): void {
    const columns = this.columns().length;
    const lastRow = this.rows.length;
    const active = this.roving.activeIndex;
    const [row, column] = [Math.floor(active / columns), active % columns];
    let target: number | undefined;
    if (event.key === 'Home') target = event.ctrlKey ? 0 : row * columns;
    else if (event.key === 'End') target = event.ctrlKey ? (lastRow + 1) * columns - 1 : row * columns + columns - 1;
    else if (event.key === 'PageUp') target = Math.max(0, row - 10) * columns + column;
    else if (event.key === 'PageDown') target = Math.min(lastRow, row + 10) * columns + column;
    if (target === undefined) {
      this.roving.handleKeydown(event);
      return;
    }
    event.preventDefault();
    this.roving.focus(target);
  }

  private onGridFocusin(event: FocusEvent): void {
    const cell = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.cell !== undefined);
    if (cell) this.roving.setActive(Number(cell.dataset.cell));
  }

  // ------------------------------------------------------------- rendering

  private renderGrid() {
    const { t } = this.localize;
    if (this.status === 'error') {
      return html`<div class="state" role="alert">
        <p>${t.errorLoadChats}</p>
        <button class="button" @click=${() => this.reload()}>${t.retry}</button>
      </div>`;
    }
    if (this.rows.length === 0) {
      if (this.status === 'loading') return html`<div class="state" role="status"><p>${t.loading}</p></div>`;
      const filtered = Object.keys(this.current).length > 0;
      return html`<div class="state" role="status"><p>${filtered ? t.noResults : t.noChats}</p></div>`;
    }
    const columns = this.columns();
    const ctx: GridContext = {
      localize: this.localize,
      store: this.store,
      now: Date.now(),
      sort: this.sort,
      tabIndexFor: (cell) => this.roving.tabIndexFor(cell),
      onSort: (sort) => this.onSort(sort),
      onHistory: (chatId) => this.showHistory(chatId),
      onStart: (chatId) => void this.onStart(chatId),
      busy: this.busy,
    };
    return html`<div class="grid" part="grid"><table
      role="grid"
      aria-label=${t.allConversations}
      aria-rowcount=${(this.total ?? this.rows.length) + 1}
      aria-busy=${this.status === 'loading' || this.loadingMore ? 'true' : 'false'}
      @keydown=${this.onGridKeydown}
      @focusin=${this.onGridFocusin}
    >
      <thead>${renderHeaderRow(columns, ctx)}</thead>
      <tbody>${this.rows.map((chat, index) => renderRow(chat, index, columns, ctx))}</tbody>
    </table></div>`;
  }

  protected override render() {
    const { t } = this.localize;
    const store = this.store;
    return html`<div class="base" part="base" dir=${this.localize.dir}>
      <div class="top">
        <h2 class="title">${t.contactCenter}</h2>
        ${this.total !== undefined ? html`<span class="count" dir="auto">${t.conversationCount(this.total)}</span>` : nothing}
      </div>
      <ol-contact-center-filters
        .filter=${this.current}
        .queues=${store.queues}
        .operators=${store.operators}
        .strings=${this.strings}
        @filters-change=${this.onFiltersChange}
      ></ol-contact-center-filters>
      ${renderStats(this.stats, this.localize, () => void this.loadStats())}
      ${this.actionError
        ? html`<div class="alert action-error" role="alert">
            <span>${this.actionError}</span>
            ${this.failedStart !== undefined
              ? html`<button class="button retry" @click=${() => this.failedStart !== undefined && void this.onStart(this.failedStart)}>${t.retry}</button>`
              : nothing}
            <button class="button" @click=${() => (this.actionError = undefined)}>${t.dismiss}</button>
          </div>`
        : nothing}
      ${this.renderGrid()}
      ${this.error && this.status === 'ready'
        ? html`<div class="alert" role="alert"><span>${t.errorLoadChats}</span></div>`
        : nothing}
      ${this.nextCursor !== undefined && this.status === 'ready'
        ? html`<button class="button load-more" ?disabled=${this.loadingMore} @click=${() => void this.loadPage(true)}>
            ${this.loadingMore ? t.loading : this.error ? t.retry : t.loadMore}
          </button>`
        : nothing}
      <div class="visually-hidden" role="status">${this.notice}</div>
    </div>`;
  }
}
