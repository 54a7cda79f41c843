import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { searchHistory } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { bbcodeToPlainText, renderBBCode } from '../../core/bbcode/index.js';
import { actionErrorMessage } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { HistoryQuery, Id, Message } from '../../core/model.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import type { FocusReturn } from '../../controllers/modal-dialog.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { icon } from '../shared/icons.js';
import { matchesQuery } from '../../core/text.js';
import { chatChanged } from '../../core/store.js';
import { styles } from './history-dialog.styles.js';
import { HistoryJumpEvent } from './history-jump-event.js';

export { HistoryJumpEvent };

interface Row {
  message: Message;
  author: string;
  when: string;
  /** In the open chat: the timeline can show it. */
  here: boolean;
}

/** `YYYY-MM-DD` of a date input → the start (or end) of that local day, ISO. */
function dayBound(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The message history with the chat's client (N7, A15, L2): every session,
 * searched by keyword and by date range, matches highlighted. A result from
 * the open conversation can be shown in the timeline: the dialog closes and
 * fires the internal `history-jump` event (not composed) for the panel.
 *
 * Each search fires `ol-chat-history` `{ chatId, query?, from?, to? }`
 * (cancelable). Without an adapter (or `searchHistory`), it searches the
 * messages the store holds for this chat.
 *
 * @summary Search the message history with a client.
 * @tag ol-history-dialog
 * @fires {OlChatHistoryEvent} ol-chat-history - A search was asked for, the first one on opening (cancelable).
 * @fires {OlErrorEvent} ol-error - The adapter failed to search.
 * @csspart dialog - The native `<dialog>`.
 * @csspart result - One message found.
 * @cssproperty [--ol-history-dialog-width=600px] - Width of the dialog.
 */
export class OlHistoryDialogElement extends LitElement {
  static override styles = styles;

  /** The chat whose client's history is searched. */
  @property({ attribute: 'chat-id' }) chatId?: string;
  /** The data adapter; without it, the store of an ancestor is used. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Overrides of built-in strings for this element. */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** Whether the dialog is open. Set it, or call `show()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private keyword = '';
  @state() private from = '';
  @state() private to = '';
  @state() private results: readonly Message[] | undefined;
  /** The keyword of the shown results (highlighted). */
  @state() private shownKeyword = '';
  @state() private loading = false;
  @state() private error: string | undefined;
  /** The search that failed, for Retry. */
  private failedQuery: HistoryQuery | undefined;

  @query('dialog') private dialogEl?: HTMLDialogElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => this.chatId !== undefined && chatChanged(change, this.chatId),
  });
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialogEl,
    onClose: () => {
      this.open = false;
      const jump = this.pendingJump;
      this.pendingJump = undefined;
      if (jump !== undefined) this.dispatchEvent(new HistoryJumpEvent(jump));
    },
  });
  private rows: Row[] = [];
  private jumpable: Row[] = [];
  private rowsFor: { results: readonly Message[] | undefined; lang: string } | undefined;
  private opener: FocusReturn | undefined;
  private pendingJump: Id | undefined;
  private searchSeq = 0;

  private readonly resultFocus = new RovingFocusController(this, {
    count: () => this.jumpable.length,
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-jump="${index}"]`)?.focus(),
  });

  /** Opens the dialog and loads the history; focus returns to `opener` when it closes (default: the focused element; a function is called then). */
  async show(opener?: FocusReturn): Promise<void> {
    this.opener = opener;
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    if (changed.has('open') && this.open) {
      this.keyword = '';
      this.from = '';
      this.to = '';
      this.results = undefined;
      this.shownKeyword = '';
      this.error = undefined;
      void this.runSearch({});
      const store = this.storeCtl.store;
      if (this.chatId !== undefined && !store.getChat(this.chatId)) {
        store.loadChat(this.chatId).catch(() => {
          // The title then says "Message history" without the client's name.
        });
      }
    }
    const lang = this.localize.lang;
    if (this.rowsFor?.results !== this.results || this.rowsFor?.lang !== lang) {
      this.rowsFor = { results: this.results, lang };
      const t = this.localize.t;
      this.rows = [...(this.results ?? [])].reverse().map((message) => ({
        message,
        author:
          message.authorName ??
          (message.authorKind === 'system' ? t.authorSystem : message.authorKind === 'bot' ? t.authorBot : t.authorClient),
        when: this.localize.dateTime(message.createdAt),
        here: message.chatId === this.chatId,
      }));
      this.jumpable = this.rows.filter((row) => row.here);
      this.resultFocus.setActive(0);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.modal.isOpen) {
      this.modal.show(this.opener);
      this.opener = undefined;
    } else if (!this.open && this.modal.isOpen) {
      this.modal.close();
    }
  }

  private async runSearch(historyQuery: HistoryQuery): Promise<void> {
    const chatId = this.chatId;
    if (chatId === undefined) return;
    const seq = ++this.searchSeq;
    const store = this.storeCtl.store;
    this.loading = true;
    this.error = undefined;
    this.failedQuery = undefined;
    const result = await searchHistory(store, this, chatId, historyQuery);
    if (seq !== this.searchSeq) return;
    this.loading = false;
    switch (result.status) {
      case 'done':
        this.results = result.value;
        this.shownKeyword = historyQuery.query ?? '';
        break;
      case 'unhandled':
        this.results = this.searchLocally(chatId, historyQuery);
        this.shownKeyword = historyQuery.query ?? '';
        break;
      case 'failed': {
        const t = this.localize.t;
        this.error = `${actionErrorMessage(t, 'searchHistory')} ${t.errorDetails(result.error.message)}`;
        this.failedQuery = historyQuery;
        break;
      }
      case 'prevented':
        // The host handles the search; keep what is shown.
        break;
    }
  }

  /** The search without an adapter: over every message of this chat given to the store. */
  private searchLocally(chatId: Id, { query = '', from, to }: HistoryQuery): Message[] {
    return this.storeCtl.store
      .takeAllMessages(chatId)
      .filter(
        (m) =>
          !m.deleted &&
          (from === undefined || m.createdAt >= from) &&
          (to === undefined || m.createdAt <= to) &&
          matchesQuery(query, bbcodeToPlainText(m.text)),
      );
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const from = dayBound(this.from, false);
    const to = dayBound(this.to, true);
    if (from && to && from > to) {
      this.error = this.localize.t.invalidDateRange;
      return;
    }
    const keyword = this.keyword.trim();
    const historyQuery: HistoryQuery = {};
    if (keyword) historyQuery.query = keyword;
    if (from) historyQuery.from = from;
    if (to) historyQuery.to = to;
    void this.runSearch(historyQuery);
  }

  private jump(row: Row): void {
    if (!row.here) return;
    this.pendingJump = row.message.id;
    this.close();
  }

  private onResultClick(event: MouseEvent, row: Row): void {
    // A link inside the message text keeps its own meaning.
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    this.jump(row);
  }

  protected override render() {
    const t = this.localize.t;
    const chat = this.chatId === undefined ? undefined : this.storeCtl.store.getChat(this.chatId);
    const name = chat?.client.name ?? chat?.title ?? '';
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.modal.handleClose}
      @keydown=${this.modal.handleKeydown}>
      ${this.open
        ? html`<header class="dialog-header">
              <h2 id="title" class="dialog-title">${name ? t.historyTitle(name) : t.messageHistory}</h2>
              <button class="button icon-only" type="button" aria-label=${t.close} @click=${() => this.close()}>
                ${icon('close')}
              </button>
            </header>
            <form class="filters" role="search" aria-label=${t.messageHistory} @submit=${this.onSubmit}>
              <label class="field keyword">
                <span>${t.historyKeyword}</span>
                <input
                  class="input"
                  type="search"
                  name="query"
                  autofocus
                  placeholder=${t.historyKeywordPlaceholder}
                  .value=${this.keyword}
                  @input=${(e: Event) => {
                    this.keyword = (e.target as HTMLInputElement).value;
                  }}
                />
              </label>
              <label class="field">
                <span>${t.dateFrom}</span>
                <input
                  class="input"
                  type="date"
                  name="from"
                  .value=${this.from}
                  @input=${(e: Event) => {
                    this.from = (e.target as HTMLInputElement).value;
                  }}
                />
              </label>
              <label class="field">
                <span>${t.dateTo}</span>
                <input
                  class="input"
                  type="date"
                  name="to"
                  .value=${this.to}
                  @input=${(e: Event) => {
                    this.to = (e.target as HTMLInputElement).value;
                  }}
                />
              </label>
              <button class="button primary" type="submit">${icon('search')}${t.search}</button>
            </form>
            <div class="dialog-body" aria-busy=${this.loading ? 'true' : 'false'}>
              ${this.error
                ? html`<div class="alert dialog-alert" role="alert">
                    ${icon('alert')}<span>${this.error}</span>
                    ${this.failedQuery
                      ? html`<button class="button retry" type="button" @click=${() => void this.runSearch(this.failedQuery ?? {})}>${t.retry}</button>`
                      : nothing}
                  </div>`
                : nothing}
              <p class="muted count" role="status">
                ${this.loading ? t.loading : this.results ? (this.rows.length ? t.historyResults(this.rows.length) : t.historyNoResults) : ''}
              </p>
              ${this.rows.length ? this.renderResults() : nothing}
            </div>`
        : nothing}
    </dialog>`;
  }

  private renderResults() {
    const t = this.localize.t;
    let jumpIndex = -1;
    return html`<ol class="results" aria-label=${t.messageHistory} @keydown=${(e: KeyboardEvent) => this.resultFocus.handleKeydown(e)}>
      ${repeat(
        this.rows,
        (row) => row.message.id,
        (row) => {
          const index = row.here ? ++jumpIndex : -1;
          return html`<li part="result" class="result ${row.here ? 'here' : ''}" @click=${(e: MouseEvent) => this.onResultClick(e, row)}>
            <div class="result-meta" id=${`meta-${row.message.id}`}>
              <span class="author">${row.author}</span>
              <time datetime=${row.message.createdAt}>${row.when}</time>
            </div>
            <div class="text">${renderBBCode(row.message.text, { highlight: this.shownKeyword })}</div>
            ${row.here
              ? html`<button
                  class="button jump"
                  type="button"
                  data-jump=${index}
                  aria-describedby=${`meta-${row.message.id}`}
                  tabindex=${this.resultFocus.tabIndexFor(index)}
                  @focus=${() => this.resultFocus.setActive(index)}
                  @click=${(e: Event) => {
                    e.stopPropagation();
                    this.jump(row);
                  }}
                >
                  ${t.historyJump}
                </button>`
              : html`<span class="muted other">${t.historyOtherConversation}</span>`}
          </li>`;
        },
      )}
    </ol>`;
  }
}
