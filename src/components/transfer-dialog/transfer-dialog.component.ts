import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { transferChat } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { OPERATOR_STATUS_KEYS, actionErrorMessage } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Operator, OperatorStatus, Queue, TransferTarget } from '../../core/model.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import type { FocusReturn } from '../../controllers/modal-dialog.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { icon } from '../shared/icons.js';
import { matchesQuery } from '../../core/text.js';
import { styles } from './transfer-dialog.styles.js';

const STATUS_ORDER: Record<OperatorStatus, number> = { online: 0, busy: 1, away: 2, offline: 3 };

/**
 * The transfer dialog (N5, A2): a searchable list of employees, with their
 * status and how many chats they handle, and of open channels, in two
 * sections. Choosing one transfers the chat (`ol-chat-transfer`, cancelable);
 * a failure is shown in the dialog, which stays open.
 *
 * Keyboard: the search field has focus first; ArrowDown moves into the list,
 * arrows, Home and End move in a section, Tab goes to the next section,
 * Enter or Space chooses, Escape closes, and focus goes back to the opener.
 *
 * @summary Transfer a chat to an employee or an open channel.
 * @tag ol-transfer-dialog
 * @fires {OlChatTransferEvent} ol-chat-transfer - An employee or open channel was chosen (cancelable, before the adapter call).
 * @fires {OlErrorEvent} ol-error - The adapter failed to transfer the chat.
 * @csspart dialog - The native `<dialog>`.
 * @csspart option - One employee or open channel.
 * @cssproperty [--ol-transfer-dialog-width=440px] - Width of the dialog.
 */
export class OlTransferDialogElement extends LitElement {
  static override styles = styles;

  /** The chat to transfer. */
  @property({ attribute: 'chat-id' }) chatId?: string;
  /** The data adapter; without it, the store of an ancestor is used. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Overrides of built-in strings for this element. */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** `operators`: employees only (N5, a waiting chat); `all`: employees and open channels (A2). */
  @property() targets: 'operators' | 'all' = 'all';
  /** Whether the dialog is open. Set it, or call `show()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private search = '';
  @state() private busy = false;
  @state() private error: string | undefined;
  /** The transfer that failed, for Retry. */
  private failedTarget: TransferTarget | undefined;

  @query('dialog') private dialogEl?: HTMLDialogElement;
  @query('input[type="search"]') private searchEl?: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, { filter: (change) => change.directory });
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialogEl,
    onClose: () => {
      this.open = false;
    },
  });
  private operatorList: Operator[] = [];
  private queueList: Queue[] = [];
  private opener: FocusReturn | undefined;

  private readonly operatorFocus = new RovingFocusController(this, {
    count: () => this.operatorList.length,
    focusItem: (index) => this.optionAt('operator', index)?.focus(),
    label: (index) => this.operatorList[index]?.name ?? '',
  });
  private readonly queueFocus = new RovingFocusController(this, {
    count: () => this.queueList.length,
    focusItem: (index) => this.optionAt('queue', index)?.focus(),
    isDisabled: (index) => this.queueList[index]?.active === false,
    label: (index) => this.queueList[index]?.name ?? '',
  });

  /** Opens the dialog; focus returns to `opener` when it closes (default: the focused element; a function is called then). */
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
      this.search = '';
      this.error = undefined;
      this.busy = false;
      this.storeCtl.store.loadDirectory().catch(() => {
        // The lists stay as the store has them; the transfer itself reports errors.
      });
    }
    const store = this.storeCtl.store;
    const me = store.me?.id;
    this.operatorList = store.operators
      .filter((op) => op.id !== me && matchesQuery(this.search, op.name, op.position))
      .sort((a, b) => STATUS_ORDER[a.status ?? 'offline'] - STATUS_ORDER[b.status ?? 'offline'] || a.name.localeCompare(b.name));
    this.queueList = this.targets === 'all' ? store.queues.filter((q) => matchesQuery(this.search, q.name)) : [];
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

  private optionAt(kind: TransferTarget['kind'], index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-kind="${kind}"][data-index="${index}"]`);
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    this.operatorFocus.setActive(0);
    this.queueFocus.setActive(0);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (this.operatorList.length) this.operatorFocus.focus();
    else if (this.queueList.some((q) => q.active !== false)) this.queueFocus.focus();
  }

  private onListKeydown(event: KeyboardEvent, kind: TransferTarget['kind']): void {
    const roving = kind === 'operator' ? this.operatorFocus : this.queueFocus;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const index = Number((event.target as HTMLElement).dataset.index);
      this.chooseAt(kind, index);
      return;
    }
    if (event.key === 'ArrowUp' && roving.activeIndex === 0 && kind === 'operator') {
      event.preventDefault();
      this.searchEl?.focus();
      return;
    }
    roving.handleKeydown(event);
  }

  private chooseAt(kind: TransferTarget['kind'], index: number): void {
    if (kind === 'operator') {
      const op = this.operatorList[index];
      if (op) void this.choose({ kind, id: op.id });
    } else {
      const queue = this.queueList[index];
      if (queue && queue.active !== false) void this.choose({ kind, id: queue.id });
    }
  }

  private async choose(target: TransferTarget): Promise<void> {
    if (this.busy || this.chatId === undefined) return;
    this.busy = true;
    this.error = undefined;
    this.failedTarget = undefined;
    const result = await transferChat(this.storeCtl.store, this, this.chatId, target);
    this.busy = false;
    if (result.status === 'failed') {
      const t = this.localize.t;
      this.error = `${actionErrorMessage(t, 'transfer')} ${t.errorDetails(result.error.message)}`;
      this.failedTarget = target;
      return;
    }
    this.close();
  }

  protected override render() {
    const t = this.localize.t;
    const empty = this.operatorList.length === 0 && this.queueList.length === 0;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-busy=${this.busy ? 'true' : 'false'}
      @close=${this.modal.handleClose}
      @keydown=${this.modal.handleKeydown}
    >
      ${this.open
        ? html`<header class="dialog-header">
              <h2 id="title" class="dialog-title">${t.transferTitle}</h2>
              <button class="button icon-only" type="button" aria-label=${t.close} @click=${() => this.close()}>
                ${icon('close')}
              </button>
            </header>
            <div class="search">
              ${icon('search')}
              <input
                class="input"
                type="search"
                autofocus
                aria-label=${t.transferSearch}
                placeholder=${t.transferSearch}
                .value=${this.search}
                @input=${this.onSearchInput}
                @keydown=${this.onSearchKeydown}
              />
            </div>
            <div class="dialog-body">
              ${this.error
                ? html`<div class="alert dialog-alert" role="alert">
                    ${icon('alert')}<span>${this.error}</span>
                    ${this.failedTarget
                      ? html`<button class="button retry" type="button" ?disabled=${this.busy} @click=${() => this.failedTarget && void this.choose(this.failedTarget)}>
                          ${t.retry}
                        </button>`
                      : nothing}
                  </div>`
                : nothing}
              ${this.operatorList.length ? this.renderOperators() : nothing}
              ${this.queueList.length ? this.renderQueues() : nothing}
              ${empty ? html`<p class="muted" role="status">${this.search ? t.noResultsFor(this.search) : t.transferNoTargets}</p>` : nothing}
            </div>
            <footer class="dialog-footer">
              <button class="button" type="button" @click=${() => this.close()}>${t.cancel}</button>
            </footer>`
        : nothing}
    </dialog>`;
  }

  private renderOperators() {
    const t = this.localize.t;
    return html`<section class="section">
      <h3 id="operators-heading" class="section-title">${t.transferEmployees}</h3>
      <div role="listbox" aria-labelledby="operators-heading" @keydown=${(e: KeyboardEvent) => this.onListKeydown(e, 'operator')}>
        ${repeat(
          this.operatorList,
          (op) => op.id,
          (op, index) => html`<div
            part="option"
            class="option"
            role="option"
            aria-selected="false"
            aria-disabled=${this.busy ? 'true' : 'false'}
            data-kind="operator"
            data-index=${index}
            tabindex=${this.operatorFocus.tabIndexFor(index)}
            @click=${() => this.chooseAt('operator', index)}
            @focus=${() => this.operatorFocus.setActive(index)}
          >
            ${op.avatarUrl ? html`<img class="avatar" src=${op.avatarUrl} alt="" />` : html`<span class="avatar">${icon('user')}</span>`}
            <span class="option-text">
              <span class="name">${op.name}</span>
              ${op.position ? html`<span class="muted small">${op.position}</span>` : nothing}
            </span>
            <span class="option-meta">
              ${op.status
                ? html`<span class="status status-${op.status}"><span class="dot" aria-hidden="true"></span>${t[OPERATOR_STATUS_KEYS[op.status]]}</span>`
                : nothing}
              ${op.activeChats !== undefined ? html`<span class="muted small">${t.chatCount(op.activeChats)}</span>` : nothing}
            </span>
          </div>`,
        )}
      </div>
    </section>`;
  }

  private renderQueues() {
    const t = this.localize.t;
    return html`<section class="section">
      <h3 id="queues-heading" class="section-title">${t.transferOpenChannels}</h3>
      <div role="listbox" aria-labelledby="queues-heading" @keydown=${(e: KeyboardEvent) => this.onListKeydown(e, 'queue')}>
        ${repeat(
          this.queueList,
          (queue) => queue.id,
          (queue, index) => html`<div
            part="option"
            class="option"
            role="option"
            aria-selected="false"
            aria-disabled=${this.busy || queue.active === false ? 'true' : 'false'}
            data-kind="queue"
            data-index=${index}
            tabindex=${this.queueFocus.tabIndexFor(index)}
            @click=${() => this.chooseAt('queue', index)}
            @focus=${() => this.queueFocus.setActive(index)}
          >
            <span class="avatar queue">${icon('chat')}</span>
            <span class="option-text">
              <span class="name">${queue.name}</span>
              ${queue.active === false ? html`<span class="muted small">${t.queueInactive}</span>` : nothing}
            </span>
            ${queue.operatorIds ? html`<span class="option-meta muted small">${t.employeeCount(queue.operatorIds.length)}</span>` : nothing}
          </div>`,
        )}
      </div>
    </section>`;
  }
}
