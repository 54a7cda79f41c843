import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  answerChat,
  finishChat,
  interceptChat,
  markSpam,
  renameChat,
  setPinned,
  skipChat,
  startSession,
} from '../../core/actions.js';
import type { OlAdapter, OlCapability } from '../../core/adapter.js';
import { actionErrorMessage } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Id } from '../../core/model.js';
import type { IntentResult } from '../../core/store.js';
import { chatChanged } from '../../core/store.js';
import { LocalizeController } from '../../controllers/localize.js';
import { ModalDialogController, deepActiveElement } from '../../controllers/modal-dialog.js';
import type { FocusReturn } from '../../controllers/modal-dialog.js';
import { StoreController } from '../../controllers/store-controller.js';
import { OlCrmOpenEvent } from '../../events/chat-events.js';
import { HistoryJumpEvent } from '../history-dialog/history-jump-event.js';
import { channelIcon, icon } from '../shared/icons.js';
import { styles } from './chat-header.styles.js';
import { headerModel } from './header-model.js';
import type { HeaderAction, HeaderModel, MenuEntry } from './header-model.js';
import { renderButton, renderConfirmContent, renderMenuItem, renderMeta, renderToast } from './header-view.js';
import { InlineRenameController } from './inline-rename.js';
import { MenuButtonController } from './menu-button.js';
import { PendingActionController } from './pending-action.js';
import type { PendingAction, PendingKind } from './pending-action.js';

/** The dialogs, loaded on first use. */
const DIALOGS = {
  transfer: () => import('../transfer-dialog/ol-transfer-dialog.js'),
  invite: () => import('../invite-dialog/ol-invite-dialog.js'),
  history: () => import('../history-dialog/ol-history-dialog.js'),
  crm: () => import('../crm-dialog/ol-crm-dialog.js'),
};
/** The dialogs of the header. */
export type DialogKind = keyof typeof DIALOGS;
type DialogElement = HTMLElement & { show(opener?: FocusReturn): Promise<void> };

/** The capability behind each action that calls the adapter (for its error message). */
const CAPABILITY: Partial<Record<HeaderAction, OlCapability>> = {
  answer: 'answer',
  skip: 'skip',
  spam: 'markSpam',
  rename: 'renameChat',
  intercept: 'intercept',
  finish: 'finish',
  pin: 'setPinned',
  start: 'startSession',
};

/**
 * The header of `<ol-chat-panel>`: who and where (title, client, open
 * channel, source channel, state, operator, session number, auto-close
 * time) and every action of the chat's state, with its dialogs. Internal to
 * the panel; see `<ol-chat-panel>` for the public API and events.
 *
 * Finish and spam wait `undoMs` (an undo toast shows meanwhile) and their
 * intent event fires when they are carried out; with `undoMs` 0 a
 * confirmation dialog asks first.
 *
 * @summary The actions header of a conversation.
 * @tag ol-chat-header
 * @csspart bar - The title row.
 * @csspart title - The chat title.
 * @csspart meta - The line of details under the title.
 * @csspart actions - The action buttons.
 * @csspart menu - The "⋯" menu.
 * @csspart notice - The owner / read-only notice.
 * @csspart alert - The error of a failed action.
 * @csspart toast - The undo toast and short confirmations.
 */
export class OlChatHeaderElement extends LitElement {
  static override styles = styles;

  /** The chat shown. */
  @property({ attribute: 'chat-id' }) chatId?: string;
  /** The data adapter; without it, the store of an ancestor is used. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Overrides of built-in strings for this element. */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** Undo window of finish and spam in ms; 0 asks for confirmation instead. */
  @property({ type: Number, attribute: 'undo-ms' }) undoMs = 5000;

  @state() private busy: HeaderAction | undefined;
  /** The failed action's error; a conflict names who acted first (known once the chat is reloaded). */
  @state() private failure: { chatId: Id; message: string; retry?: () => void; conflict?: { operatorId?: Id } } | undefined;
  @state() private notice: string | undefined;
  @state() private confirming: PendingAction | undefined;
  @state() private dialogs: ReadonlySet<DialogKind> = new Set();

  @query('.menu-button') private menuButton?: HTMLButtonElement;
  @query('.rename-button') private renameButton?: HTMLButtonElement;
  @query('dialog.confirm') private confirmEl?: HTMLDialogElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => change.directory || (this.chatId !== undefined && chatChanged(change, this.chatId)),
  });
  private readonly pending = new PendingActionController(this, (action) => void this.carryOut(action));
  private readonly menu = new MenuButtonController(this, {
    button: () => this.menuButton,
    menu: () => this.renderRoot.querySelector<HTMLElement>('[role="menu"]'),
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')],
  });
  private readonly rename = new InlineRenameController(this, {
    title: () => this.model?.chat.title,
    save: (title) => this.saveTitle(title),
    t: () => this.localize.t,
  });
  private readonly confirmModal = new ModalDialogController(this, {
    dialog: () => this.confirmEl,
    onClose: () => {
      this.confirming = undefined;
    },
  });
  private model: HeaderModel | undefined;
  private autoClose: string | undefined;
  private focusedBefore: Element | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus goes after an undo. */
  private undoOpener: HTMLElement | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    if (changed.has('chatId')) {
      // Another chat: a pending finish/spam of the previous one is carried out now.
      const pending = this.pending.pending;
      if (pending && pending.chatId !== this.chatId) this.pending.flush();
      void this.rename.cancel(false);
      this.notice = undefined;
      this.menu.hide(false);
      this.confirmModal.close();
    }
    const store = this.storeCtl.store;
    const chat = this.chatId === undefined ? undefined : store.getChat(this.chatId);
    const t = this.localize.t;
    this.model = chat ? headerModel(chat, store, t) : undefined;
    if (this.menu.open && !this.model?.menu.length) this.menu.hide(false);
    this.autoClose = chat?.autoCloseAt && !this.model?.readOnly ? t.autoCloseAt(this.localize.dateTime(chat.autoCloseAt)) : undefined;
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(): void {
    // The focused control went away with the state (e.g. Answer once answered): keep focus in the header.
    const before = this.focusedBefore;
    if (before && !before.isConnected && !this.shadowRoot?.activeElement) this.fallbackFocus()?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.noticeTimer);
  }

  private fallbackFocus(): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>('.actions > .button, .notice .button') ??
      this.menuButton ??
      this.renameButton ??
      null
    );
  }

  /** While an action runs everything waits; finish and spam also wait for a pending one. */
  private isDisabled(action: HeaderAction): boolean {
    return this.busy !== undefined || ((action === 'finish' || action === 'spam') && this.pending.pending !== undefined);
  }

  // ------------------------------------------------------------------ actions

  /** Runs one adapter-backed action; a failure is shown under the header. */
  private async act(action: HeaderAction, chatId: Id, run: () => Promise<IntentResult<unknown>>): Promise<IntentResult<unknown>> {
    this.busy = action;
    this.failure = undefined;
    const result = await run();
    if (this.busy === action) this.busy = undefined;
    if (result.status === 'failed') {
      const t = this.localize.t;
      const capability = CAPABILITY[action];
      const message = capability ? actionErrorMessage(t, capability) : t.errorGeneric;
      const text = `${message} ${t.errorDetails(result.error.message)}`;
      this.failure =
        result.error.code === 'CONFLICT'
          ? // The store reloads the chat: its new state offers what can still be done, so no Retry.
            { chatId, message: text, conflict: { operatorId: result.error.operatorId } }
          : { chatId, message: text, retry: () => void this.act(action, chatId, run) };
    }
    return result;
  }

  /** "Someone took it first": who, from the error or from the chat once reloaded. */
  private conflictMessage(chatId: Id, operatorId: Id | undefined): string {
    const store = this.storeCtl.store;
    const t = this.localize.t;
    const id = operatorId ?? store.getChat(chatId)?.operatorId;
    const name = id === undefined ? undefined : store.operator(id)?.name ?? id;
    return name ? t.errorConflict(name) : t.errorConflictUnknown;
  }

  private async carryOut({ kind, chatId }: PendingAction): Promise<void> {
    const store = this.storeCtl.store;
    await this.act(kind, chatId, () => (kind === 'finish' ? finishChat(store, this, chatId) : markSpam(store, this, chatId)));
  }

  private perform(action: HeaderAction, opener: HTMLElement | null, entry?: MenuEntry): void {
    const chatId = this.chatId;
    const chat = this.model?.chat;
    if (chatId === undefined || !chat || this.busy) return;
    const store = this.storeCtl.store;
    const t = this.localize.t;
    switch (action) {
      case 'answer':
        void this.act(action, chatId, () => answerChat(store, this, chatId));
        break;
      case 'skip':
        void this.act(action, chatId, () => skipChat(store, this, chatId)).then((r) => r.status === 'done' && this.announce(t.skipped));
        break;
      case 'intercept':
        void this.act(action, chatId, () => interceptChat(store, this, chatId));
        break;
      case 'start':
        void this.act(action, chatId, () => startSession(store, this, chatId));
        break;
      case 'pin': {
        const pinned = !chat.pinned;
        void this.act(action, chatId, () => setPinned(store, this, chatId, pinned)).then(
          (r) => r.status === 'done' && this.announce(pinned ? t.pinned : t.unpinned),
        );
        break;
      }
      case 'finish':
      case 'spam':
        void this.requestDestructive(action, chatId, opener);
        break;
      case 'transfer':
        void this.openDialog('transfer', opener);
        break;
      case 'invite':
        void this.openDialog('invite', opener);
        break;
      case 'history':
        void this.openDialog('history', opener);
        break;
      case 'crm-dialog':
        void this.openDialog('crm', opener);
        break;
      case 'crm':
        if (entry?.entity) this.dispatchEvent(new OlCrmOpenEvent({ chatId, entity: { ...entry.entity } }));
        break;
      case 'rename':
        void this.rename.start();
        break;
    }
  }

  /** Finish / spam: an undo window, or a confirmation when `undoMs` is 0. */
  private async requestDestructive(kind: PendingKind, chatId: Id, opener: HTMLElement | null): Promise<void> {
    if (this.pending.pending) return;
    if (this.undoMs > 0) {
      this.undoOpener = opener;
      this.pending.schedule({ kind, chatId }, this.undoMs);
      return;
    }
    this.confirming = { kind, chatId };
    await this.updateComplete;
    this.confirmModal.show(() => (opener?.isConnected ? opener : this.fallbackFocus()));
  }

  private undo(): void {
    this.pending.cancel();
    const opener = this.undoOpener;
    this.undoOpener = null;
    void this.updateComplete.then(() => (opener?.isConnected ? opener : this.fallbackFocus())?.focus());
  }

  private confirm(): void {
    const action = this.confirming;
    this.confirmModal.close();
    if (action) void this.carryOut(action);
  }

  private announce(text: string): void {
    this.notice = text;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.notice = undefined;
    }, 4000);
  }

  /** Opens a dialog from outside (the panel's `showDialog`); focus returns to what had it. */
  async showDialog(kind: DialogKind): Promise<void> {
    await this.openDialog(kind, deepActiveElement());
  }

  private async openDialog(kind: DialogKind, opener: HTMLElement | null): Promise<void> {
    await DIALOGS[kind]();
    if (!this.dialogs.has(kind)) {
      this.dialogs = new Set([...this.dialogs, kind]);
      await this.updateComplete;
    }
    const dialog = this.renderRoot.querySelector<DialogElement>(`ol-${kind}-dialog`);
    await dialog?.show(() => (opener?.isConnected ? opener : this.fallbackFocus()));
  }

  private onHistoryJump(event: HistoryJumpEvent): void {
    event.stopPropagation();
    this.dispatchEvent(new HistoryJumpEvent(event.messageId));
  }

  /** N1: the inline rename saves through here; a failure is shown beside the field. */
  private async saveTitle(title: string): Promise<string | undefined> {
    const chatId = this.chatId;
    if (chatId === undefined) return undefined;
    const result = await this.act('rename', chatId, () => renameChat(this.storeCtl.store, this, chatId, title));
    if (result.status !== 'failed') return undefined;
    const message = this.failure?.message;
    this.failure = undefined;
    return message;
  }

  // ------------------------------------------------------------------- render

  protected override render() {
    const model = this.model;
    if (!model) return this.renderDialogs();
    const t = this.localize.t;
    const { chat } = model;
    const shown = this.failure && this.failure.chatId === chat.id ? this.failure : undefined;
    const failure = shown?.conflict ? this.conflictMessage(chat.id, shown.conflict.operatorId) : shown?.message;
    return html`<header class="header">
        <div class="bar" part="bar">
          <div class="identity">
            ${this.rename.editing ? this.rename.renderForm() : this.renderTitle(model)}
          </div>
          <div class="actions" part="actions">
            ${repeat(
              model.buttons,
              (action) => action,
              (action) => renderButton(action, t, this.isDisabled(action), (a, button) => this.perform(a, button)),
            )}
            ${model.menu.length ? this.renderMenu(model.menu) : nothing}
          </div>
        </div>
        ${this.rename.renderError()} ${renderMeta(model, t, this.autoClose)}
        ${model.otherOwner
          ? html`<div class="notice" part="notice">
              ${icon('lock')}<span>${t.ownedByOther(model.otherOwner)}</span>
              ${model.canIntercept
                ? html`<button class="button primary" type="button" @click=${(e: Event) => this.perform('intercept', e.currentTarget as HTMLElement)}>
                    ${icon('intercept')}${t.intercept}
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${model.readOnly
          ? html`<div class="notice" part="notice">
              ${icon(model.readOnly === 'spam' ? 'spam' : 'finish')}
              <span>${model.readOnly === 'spam' ? t.readOnlySpam : t.readOnlyClosed}</span>
              ${model.canStart
                ? html`<button class="button primary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${(e: Event) => this.perform('start', e.currentTarget as HTMLElement)}>
                    ${icon('newSession')}${t.startNewConversation}
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${failure
          ? html`<div class="alert" role="alert" part="alert">
              ${icon('alert')}<span class="alert-text">${failure}</span>
              ${this.failure?.retry
                ? html`<button class="button retry" type="button" ?disabled=${this.busy !== undefined} @click=${this.failure.retry}>${t.retry}</button>`
                : nothing}
              <button class="button icon-only" type="button" aria-label=${t.dismiss} @click=${() => (this.failure = undefined)}>${icon('close')}</button>
            </div>`
          : nothing}
        <div class="status" role="status">${renderToast(this.pending.pending?.kind, this.notice, t, () => this.undo())}</div>
      </header>
      ${this.renderConfirm()} ${this.renderDialogs()}`;
  }

  private renderTitle(model: HeaderModel) {
    const t = this.localize.t;
    return html`<span class="channel" aria-hidden="true">${channelIcon(model.chat.sourceChannel)}</span>
      <h2 class="title" part="title">${model.chat.title}</h2>
      ${model.canRename
        ? html`<button
            class="button icon-only rename-button"
            type="button"
            aria-label=${t.rename}
            title=${t.rename}
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${(e: Event) => this.perform('rename', e.currentTarget as HTMLElement)}
          >
            ${icon('edit')}
          </button>`
        : nothing}`;
  }

  private renderMenu(entries: MenuEntry[]) {
    const t = this.localize.t;
    const open = this.menu.open;
    return html`<div class="menu-anchor">
      <button
        class="button icon-only menu-button"
        id="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'menu' : nothing}
        aria-label=${t.moreActions}
        title=${t.moreActions}
        @click=${() => this.menu.toggle()}
        @keydown=${this.menu.onButtonKeydown}
      >
        ${icon('more')}
      </button>
      ${open
        ? html`<div id="menu" class="popover menu" part="menu" role="menu" aria-labelledby="menu-button" @keydown=${this.menu.onMenuKeydown}>
            ${repeat(
              entries,
              (entry) => entry.key,
              (entry) => renderMenuItem(entry, this.isDisabled(entry.action), (e) => this.onMenuItem(e)),
            )}
          </div>`
        : nothing}
    </div>`;
  }

  private onMenuItem(entry: MenuEntry): void {
    this.menu.hide();
    this.perform(entry.action, this.menuButton ?? null, entry);
  }

  private renderConfirm() {
    const t = this.localize.t;
    return html`<dialog
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.confirmModal.handleClose}
      @keydown=${this.confirmModal.handleKeydown}
    >
      ${renderConfirmContent(this.confirming?.kind, t, { cancel: () => this.confirmModal.close(), confirm: () => this.confirm() })}
    </dialog>`;
  }

  private renderDialogs() {
    const id = this.chatId;
    const strings = this.strings;
    return html`${this.dialogs.has('transfer')
      ? html`<ol-transfer-dialog .chatId=${id} .strings=${strings} .targets=${this.model?.transferTargets ?? 'all'}></ol-transfer-dialog>`
      : nothing}
    ${this.dialogs.has('invite') ? html`<ol-invite-dialog .chatId=${id} .strings=${strings}></ol-invite-dialog>` : nothing}
    ${this.dialogs.has('history')
      ? html`<ol-history-dialog .chatId=${id} .strings=${strings} @history-jump=${this.onHistoryJump}></ol-history-dialog>`
      : nothing}
    ${this.dialogs.has('crm') ? html`<ol-crm-dialog .chatId=${id} .strings=${strings}></ol-crm-dialog>` : nothing}`;
  }
}
