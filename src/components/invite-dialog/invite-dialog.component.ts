import type { PropertyValues } from 'lit';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { inviteUsers } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { OPERATOR_STATUS_KEYS, actionErrorMessage } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Id, Operator } from '../../core/model.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import type { FocusReturn } from '../../controllers/modal-dialog.js';
import { StoreController } from '../../controllers/store-controller.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { dialogStyles, pickerStyles } from '../shared/dialog.styles.js';
import { icon } from '../shared/icons.js';
import { matchesQuery } from '../../core/text.js';
import { chatChanged } from '../../core/store.js';

/**
 * The invite dialog (A1): pick one or more employees (a searchable list of
 * checkboxes) and invite them into the chat, e.g. a senior colleague.
 * `ol-chat-invite` is fired with the chosen ids; a failure is shown in the
 * dialog, which keeps the selection.
 *
 * @summary Invite employees into a chat.
 * @tag ol-invite-dialog
 * @fires {OlChatInviteEvent} ol-chat-invite - Employees were chosen (cancelable, before the adapter call).
 * @fires {OlErrorEvent} ol-error - The adapter failed to invite them.
 * @csspart dialog - The native `<dialog>`.
 * @csspart option - One employee.
 * @cssproperty [--ol-invite-dialog-width=420px] - Width of the dialog.
 */
export class OlInviteDialogElement extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    dialogStyles,
    pickerStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        --_ol-dialog-width: var(--ol-invite-dialog-width, 420px);
        block-size: min(520px, calc(100vh - 32px));
      }
      .form {
        display: flex;
        flex-direction: column;
        flex: 1;
        min-block-size: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .option input {
        margin: 0;
        inline-size: 16px;
        block-size: 16px;
        accent-color: var(--ol-color-accent, #1f6fd6);
      }
      .option:has(input:focus-visible) {
        outline: 2px solid var(--ol-color-focus-ring, #1f6fd6);
        outline-offset: -2px;
      }
      .option input:focus-visible {
        outline: none;
      }
    `,
  ];

  /** The chat to invite into. */
  @property({ attribute: 'chat-id' }) chatId?: string;
  /** The data adapter; without it, the store of an ancestor is used. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Overrides of built-in strings for this element. */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** Whether the dialog is open. Set it, or call `show()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private search = '';
  @state() private selected: ReadonlySet<Id> = new Set();
  @state() private busy = false;
  @state() private error: string | undefined;

  @query('dialog') private dialogEl?: HTMLDialogElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => change.directory || (this.chatId !== undefined && chatChanged(change, this.chatId)),
  });
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialogEl,
    onClose: () => {
      this.open = false;
    },
  });
  private candidates: Operator[] = [];
  private opener: FocusReturn | undefined;

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
      this.selected = new Set();
      this.error = undefined;
      this.busy = false;
      const store = this.storeCtl.store;
      store.loadDirectory().catch(() => {
        // The list stays as the store has it.
      });
      if (this.chatId !== undefined && !store.getChat(this.chatId)) {
        store.loadChat(this.chatId).catch(() => {
          // Without the chat, its operator is simply not left out.
        });
      }
    }
    const store = this.storeCtl.store;
    const owner = this.chatId === undefined ? undefined : store.getChat(this.chatId)?.operatorId;
    this.candidates = store.operators.filter(
      (op) => op.id !== store.me?.id && op.id !== owner && matchesQuery(this.search, op.name, op.position),
    );
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

  private toggle(id: Id, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || this.chatId === undefined || this.selected.size === 0) return;
    this.busy = true;
    this.error = undefined;
    const result = await inviteUsers(this.storeCtl.store, this, this.chatId, [...this.selected]);
    this.busy = false;
    if (result.status === 'failed') {
      const t = this.localize.t;
      this.error = `${actionErrorMessage(t, 'invite')} ${t.errorDetails(result.error.message)}`;
      return;
    }
    this.close();
  }

  protected override render() {
    const t = this.localize.t;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.modal.handleClose}
      @keydown=${this.modal.handleKeydown}>
      ${this.open
        ? html`<form class="form" @submit=${this.submit}>
            <header class="dialog-header">
              <h2 id="title" class="dialog-title">${t.inviteTitle}</h2>
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
                aria-label=${t.inviteSearch}
                placeholder=${t.inviteSearch}
                .value=${this.search}
                @input=${(e: Event) => {
                  this.search = (e.target as HTMLInputElement).value;
                }}
                @keydown=${(e: KeyboardEvent) => {
                  // Enter in the search field must not submit the form.
                  if (e.key === 'Enter') e.preventDefault();
                }}
              />
            </div>
            <div class="dialog-body">
              ${this.error
                ? html`<div class="alert dialog-alert" role="alert">
                    ${icon('alert')}<span>${this.error}</span>
                    <button class="button retry" type="submit" ?disabled=${this.selected.size === 0 || this.busy}>${t.retry}</button>
                  </div>`
                : nothing}
              ${this.candidates.length
                ? html`<ul aria-label=${t.transferEmployees}>
                    ${repeat(this.candidates, (op) => op.id, (op) => this.renderOperator(op))}
                  </ul>`
                : html`<p class="muted" role="status">${this.search ? t.noResultsFor(this.search) : t.transferNoTargets}</p>`}
            </div>
            <footer class="dialog-footer">
              <span class="muted spacer" aria-live="polite">${t.inviteSelected(this.selected.size)}</span>
              <button class="button" type="button" @click=${() => this.close()}>${t.cancel}</button>
              <button class="button primary" type="submit" ?disabled=${this.selected.size === 0 || this.busy}>
                ${t.inviteConfirm}
              </button>
            </footer>
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderOperator(op: Operator) {
    const t = this.localize.t;
    const id = `op-${op.id}`;
    return html`<li>
      <label part="option" class="option" for=${id}>
        <input
          id=${id}
          type="checkbox"
          .checked=${this.selected.has(op.id)}
          ?disabled=${this.busy}
          @change=${(e: Event) => this.toggle(op.id, (e.target as HTMLInputElement).checked)}
        />
        ${op.avatarUrl ? html`<img class="avatar" src=${op.avatarUrl} alt="" />` : html`<span class="avatar">${icon('user')}</span>`}
        <span class="option-text">
          <span class="name">${op.name}</span>
          ${op.position ? html`<span class="muted small">${op.position}</span>` : nothing}
        </span>
        ${op.status
          ? html`<span class="status status-${op.status}"><span class="dot" aria-hidden="true"></span>${t[OPERATOR_STATUS_KEYS[op.status]]}</span>`
          : nothing}
      </label>
    </li>`;
  }
}
