import type { PropertyValues } from 'lit';
import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OlAdapter } from '../../core/adapter.js';
import { CRM_OPEN_KEYS, CRM_TYPE_KEYS } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { CrmEntity } from '../../core/model.js';
import { chatChanged } from '../../core/store.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import type { FocusReturn } from '../../controllers/modal-dialog.js';
import { StoreController } from '../../controllers/store-controller.js';
import { OlCrmOpenEvent } from '../../events/chat-events.js';
import { baseStyles, token } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { icon } from '../shared/icons.js';

/**
 * The CRM records linked to the conversation (N6, A14): contact, deal,
 * company, lead. Opening one fires `ol-crm-open` with the record, for the
 * host to show it; when the record has a `url`, it is also a real link
 * (new tab, `rel="noopener"`), so it works without any host code.
 *
 * @summary Show the CRM records linked to a chat.
 * @tag ol-crm-dialog
 * @fires {OlCrmOpenEvent} ol-crm-open - A record was opened (not cancelable).
 * @csspart dialog - The native `<dialog>`.
 * @csspart entity - One linked record.
 * @cssproperty [--ol-crm-dialog-width=420px] - Width of the dialog.
 */
export class OlCrmDialogElement extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    dialogStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        --_ol-dialog-width: var(--ol-crm-dialog-width, 420px);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${token('--ol-space-xs')};
      }
      .entity {
        display: flex;
        align-items: center;
        gap: ${token('--ol-space-s')};
        padding: ${token('--ol-space-s')};
        border: 1px solid ${token('--ol-color-border')};
        border-radius: ${token('--ol-radius-m')};
      }
      .entity-text {
        flex: 1;
        min-inline-size: 0;
        display: flex;
        flex-direction: column;
      }
      .type {
        font-size: ${token('--ol-font-size-s')};
        color: ${token('--ol-color-text-muted')};
      }
      .title {
        overflow-wrap: anywhere;
      }
      a.button {
        text-decoration: none;
      }
    `,
  ];

  /** The chat whose records are shown. */
  @property({ attribute: 'chat-id' }) chatId?: string;
  /** The data adapter; without it, the store of an ancestor is used. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Overrides of built-in strings for this element. */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** Whether the dialog is open. Set it, or call `show()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private dialogEl?: HTMLDialogElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => this.chatId !== undefined && chatChanged(change, this.chatId),
  });
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialogEl,
    onClose: () => {
      this.open = false;
    },
  });
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
    if (changed.has('open') && this.open) this.loadChat();
  }

  /** Standalone use: the records come with the chat. */
  private loadChat(): void {
    const store = this.storeCtl.store;
    if (this.chatId === undefined || store.getChat(this.chatId)) return;
    store.loadChat(this.chatId).catch(() => {
      // Nothing to show: the dialog says no records are linked.
    });
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

  private openEntity(entity: CrmEntity): void {
    if (this.chatId === undefined) return;
    this.dispatchEvent(new OlCrmOpenEvent({ chatId: this.chatId, entity: { ...entity } }));
  }

  protected override render() {
    const t = this.localize.t;
    const chat = this.chatId === undefined ? undefined : this.storeCtl.store.getChat(this.chatId);
    const entities = chat?.crm ?? [];
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.modal.handleClose}
      @keydown=${this.modal.handleKeydown}>
      ${this.open
        ? html`<header class="dialog-header">
              <h2 id="title" class="dialog-title">${t.crmLinked}</h2>
              <button class="button icon-only" type="button" aria-label=${t.close} @click=${() => this.close()}>
                ${icon('close')}
              </button>
            </header>
            <div class="dialog-body">
              ${entities.length
                ? html`<ul>
                    ${repeat(
                      entities,
                      (entity) => `${entity.type}:${entity.id}`,
                      (entity) => html`<li part="entity" class="entity">
                        ${icon('crm')}
                        <span class="entity-text">
                          <span class="type">${t[CRM_TYPE_KEYS[entity.type]]}</span>
                          <span class="title" id=${`crm-${entity.type}-${entity.id}`}>${entity.title}</span>
                        </span>
                        ${entity.url
                          ? html`<a
                              class="button"
                              href=${entity.url}
                              target="_blank"
                              rel="noopener noreferrer"
                              aria-describedby=${`crm-${entity.type}-${entity.id}`}
                              @click=${() => this.openEntity(entity)}
                              >${t[CRM_OPEN_KEYS[entity.type]]}</a
                            >`
                          : html`<button
                              class="button"
                              type="button"
                              aria-describedby=${`crm-${entity.type}-${entity.id}`}
                              @click=${() => this.openEntity(entity)}
                            >
                              ${t[CRM_OPEN_KEYS[entity.type]]}
                            </button>`}
                      </li>`,
                    )}
                  </ul>`
                : html`<p class="muted">${t.crmNone}</p>`}
            </div>
            <footer class="dialog-footer">
              <button class="button" type="button" @click=${() => this.close()}>${t.close}</button>
            </footer>`
        : nothing}
    </dialog>`;
  }
}
