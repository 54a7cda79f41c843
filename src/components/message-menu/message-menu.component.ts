import type { Placement } from '@floating-ui/dom';
import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { deleteMessage, markUnread, shareMessage, startSession } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { safeHref } from '../../core/bbcode/index.js';
import { actionErrorMessage, type Translation } from '../../core/i18n/translation.js';
import type { Chat, Message } from '../../core/model.js';
import type { IntentResult, StoreChange } from '../../core/store.js';
import { chatChanged } from '../../core/store.js';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { OlMessageActionEvent, OlMessageQuoteEvent, OlMessageReplyEvent } from '../../events/message-events.js';
import { baseStyles } from '../../themes/tokens.js';
import type { OlCannedFormCloseEvent } from '../canned-save-form/canned-form-events.js';
import type { OlEditorCloseEvent } from '../message-editor/editor-events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import type { BuiltInAction, OlMessageMenuAction } from './menu-actions.js';
import { builtInActionsFor, extraActionsFor } from './menu-actions.js';
import { OlEditRequestEvent, OlMenuCloseEvent } from './menu-events.js';
import { renderDeleteConfirm, renderMenuList, renderResultButtons, renderStatus, type MenuItem } from './menu-views.js';
import { styles } from './message-menu.styles.js';
import { PopupController, supportsPopover } from './popup-controller.js';

/** What the popup shows: the actions, or what one of them needs next. */
type View =
  | { kind: 'menu' }
  | { kind: 'confirm-delete' }
  | { kind: 'edit' }
  | { kind: 'save' }
  | { kind: 'result'; text: string; url?: string };

/** Options of `show()`. */
export interface MessageMenuShowOptions {
  /** Open at this viewport point (a right click) instead of next to the anchor. */
  point?: { x: number; y: number };
  /** Which action gets the focus: the first (default) or the last (opened with ArrowUp). */
  focus?: 'first' | 'last';
}

/** What the edit and save views show: loaded the first time one opens. */
const PARTS = {
  edit: () => import('../message-editor/ol-message-editor.js'),
  save: () => import('../canned-save-form/ol-canned-save-form.js'),
};

/** How long (ms) an announcement stays in the live region. */
const ANNOUNCEMENT_MS = 5000;

/**
 * The action menu of one message (M1–M10). A client message offers, in the
 * seed's order: reply mentioning the client, mark as unread, quote, create a
 * task, create a chat with colleagues, create a News Feed post, start a new
 * conversation, save as canned response. An operator message offers quote,
 * task, discuss in a new chat, discuss in the News Feed, new conversation,
 * save as canned response, edit and delete (edit and delete only on the
 * current operator's own messages). Actions the adapter cannot do are hidden;
 * the host adds its own with `extraActions`.
 *
 * It opens next to an anchor (the message or its "⋯" button) or at a point
 * (right click), stays inside the viewport, and follows the WAI-ARIA menu
 * pattern: arrows, Home/End and type-ahead move, Enter/Space choose, Escape
 * closes and gives the focus back to the anchor, Tab closes and moves on.
 *
 * ```js
 * menu.message = message;
 * button.addEventListener('click', () => menu.show(button));
 * bubble.addEventListener('contextmenu', (e) => menu.showFromContextMenu(e, bubble));
 * ```
 *
 * Adapter-backed actions go through the store (cancelable intent first,
 * rollback and a visible error on failure). Reply and quote only fire their
 * event: the composer acts on it. Edit fires the internal `ol-edit-request`:
 * the timeline shows `<ol-message-editor>` in place and calls
 * `preventDefault()`; otherwise the menu shows the editor itself. Delete asks
 * for confirmation first. "Save as canned response" shows
 * `<ol-canned-save-form>`; it and the editor load the first time they show.
 * Tasks, chats and posts created are confirmed with a link.
 *
 * @summary Per-message action menu (client and operator messages).
 * @tag ol-message-menu
 *
 * @fires {OlMessageReplyEvent} ol-message-reply - M1: reply to the client, mentioning them (cancelable; the composer acts on it).
 * @fires {OlMessageUnreadEvent} ol-message-unread - M2: mark as unread; the chat's unread counter comes back.
 * @fires {OlMessageQuoteEvent} ol-message-quote - M3: quote the message (cancelable; the composer acts on it).
 * @fires {OlMessageTaskEvent} ol-message-task - M4: create a task from the message.
 * @fires {OlMessageChatEvent} ol-message-chat - M5: create a chat with colleagues from the message.
 * @fires {OlMessagePostEvent} ol-message-post - M6: create a News Feed post from the message.
 * @fires {OlSessionStartEvent} ol-session-start - M7: start a new conversation (`fromMessageId`).
 * @fires {OlCannedSaveEvent} ol-canned-save - M8: save the message as a canned response (from the embedded form).
 * @fires {OlMessageEditEvent} ol-message-edit - M9: edit, when the menu shows the editor itself.
 * @fires {OlMessageDeleteEvent} ol-message-delete - M10: delete, after confirmation.
 * @fires {OlMessageActionEvent} ol-message-action - One of the host's `extraActions` was chosen (`action` = its id).
 * @fires {OlErrorEvent} ol-error - An adapter call failed; the menu shows the error.
 * @fires {OlEditRequestEvent} ol-edit-request - Internal: asks the timeline to edit the message in place (M9).
 * @fires {OlMenuCloseEvent} ol-menu-close - Internal: the menu closed. Not composed.
 *
 * @csspart base - The popup surface.
 * @csspart menu - The list of actions (`role="menu"`).
 * @csspart item - One action.
 * @csspart separator - The line before the host's actions.
 * @csspart confirm - The delete confirmation.
 * @csspart status - The result of an action (e.g. "Task created" and its link).
 * @csspart error - The error of a failed action.
 *
 * @cssproperty [--ol-message-menu-min-inline-size=14rem] - Narrowest width of the menu.
 * @cssproperty [--ol-message-menu-max-inline-size=22rem] - Widest width of the menu.
 * @cssproperty [--ol-message-menu-background=var(--ol-color-surface-raised)] - Popup background.
 * @cssproperty [--ol-message-menu-radius=var(--ol-radius-m)] - Popup corner radius.
 * @cssproperty [--ol-message-menu-shadow=var(--ol-shadow-m)] - Popup shadow.
 */
export class OlMessageMenuElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The message the actions apply to. */
  @property({ attribute: false }) message?: Message;

  /** The message's chat; default: the store's copy of `message.chatId`. */
  @property({ attribute: false }) chat?: Chat;

  /** What the menu opens next to (the message or its button); default: the menu's parent element. */
  @property({ attribute: false }) anchor?: Element;

  /** Whether the menu is shown. Prefer `show()` / `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Where the menu goes relative to the anchor, for left-to-right pages (mirrored in right-to-left). */
  @property() placement: Placement = 'bottom-end';

  /** Actions the host adds after the built-in ones; choosing one fires `ol-message-action`. */
  @property({ attribute: false }) extraActions: OlMessageMenuAction[] = [];

  /** Data adapter; else the one of an ancestor provider or element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private view: View = { kind: 'menu' };
  /** The action waiting for the adapter. */
  @state() private busy: string | undefined;
  @state() private error: string | undefined;
  /** Runs the failed action again (the Retry of the error). */
  private retryFailed: (() => void) | undefined;
  @state() private announcement = '';

  @query('.surface') private surface?: HTMLElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, { filter: (change) => this.concerns(change) });
  private readonly parts = new LazyPartsController(this);
  private readonly roving = new RovingFocusController(this, {
    count: () => this.items.length,
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true }),
    label: (index) => this.items[index]?.label ?? '',
    wrap: true,
  });
  private readonly popup = new PopupController(this, {
    surface: () => this.surface,
    anchor: () => this.anchor ?? this.parentElement ?? undefined,
    placement: () => this.placement,
    rtl: () => this.localize.dir === 'rtl',
    onOutside: () => this.hide({ restoreFocus: false }),
  });

  private items: MenuItem[] = [];
  private current: Message | undefined;
  private focusOnOpen: 'first' | 'last' = 'first';
  private restoreFocusOnClose = true;
  private announcementTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Opens the menu next to `anchor` (or at `options.point`). Resolves with
   * whether it opened: a message with no action (deleted, system) does not.
   */
  async show(anchor?: Element, options: MessageMenuShowOptions = {}): Promise<boolean> {
    if (this.open) {
      this.hide({ restoreFocus: false });
      await this.updateComplete;
    }
    if (anchor) this.anchor = anchor;
    this.popup.point = options.point;
    this.focusOnOpen = options.focus ?? 'first';
    if (!this.message || this.computeItems().length === 0) return false;
    this.open = true;
    await this.updateComplete;
    return this.open;
  }

  /**
   * Opens from a `contextmenu` event (right click, context-menu key,
   * Shift+F10): at the pointer, or next to the anchor when the event has no
   * position. Prevents the browser's own menu when it opens.
   */
  async showFromContextMenu(event: MouseEvent, anchor?: Element): Promise<boolean> {
    const target = anchor ?? (event.currentTarget instanceof Element ? event.currentTarget : undefined);
    const point = event.clientX || event.clientY ? { x: event.clientX, y: event.clientY } : undefined;
    if (!this.message || this.computeItems().length === 0) return false;
    event.preventDefault();
    return this.show(target, point ? { point } : {});
  }

  /** Opens the menu next to `anchor`, or closes it when it is open (for a "⋯" button). */
  async toggle(anchor?: Element, options: MessageMenuShowOptions = {}): Promise<boolean> {
    if (this.open) {
      this.hide();
      return false;
    }
    return this.show(anchor, options);
  }

  /** Closes the menu; the focus goes back to the anchor unless `restoreFocus` is false or it moved elsewhere. */
  hide({ restoreFocus = true }: { restoreFocus?: boolean } = {}): void {
    if (!this.open) return;
    this.restoreFocusOnClose = restoreFocus;
    this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announcementTimer);
  }

  /** Also waits for the editor or the save form when one is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.parts.settled()) ? super.getUpdateComplete() : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    const opening = changed.has('open') && this.open;
    if (opening || (changed.has('message') && changed.get('message')?.id !== this.message?.id)) {
      this.view = { kind: 'menu' };
      this.error = undefined;
    }
    this.items = this.computeItems();
    if (opening) {
      this.roving.activeIndex = this.focusOnOpen === 'last' ? this.items.length - 1 : 0;
      this.focusOnOpen = 'first';
      this.popup.rememberFocus();
      const store = this.storeCtl.store;
      if (store.adapter && !store.me) store.loadDirectory().catch(() => undefined);
    }
    // Nothing left to offer (the message was deleted meanwhile): close.
    if (this.open && this.view.kind === 'menu' && this.items.length === 0) this.open = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      if (this.open) {
        this.popup.show();
        this.focusView();
      } else if (changed.get('open') === true) {
        this.popup.hide({ restoreFocus: this.restoreFocusOnClose });
        this.restoreFocusOnClose = true;
        const message = this.message;
        const closed = message && new OlMenuCloseEvent({ chatId: message.chatId, messageId: message.id });
        if (closed) this.dispatchEvent(closed);
      }
    } else if (this.open && changed.has('view')) {
      this.popup.update();
      this.focusView();
    }
  }

  protected override render() {
    return html`<div
        part="base"
        dir=${this.localize.dir}
        class=${classMap({ surface: true, wide: this.view.kind === 'edit' || this.view.kind === 'save' })}
        popover=${supportsPopover ? 'manual' : nothing}
        @keydown=${this.onKeydown}
        @focusout=${this.onFocusOut}
      >
        ${this.open ? this.renderContent() : nothing}
      </div>
      <div class="announcer visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderContent() {
    const t = this.localize.t;
    const view = this.view;
    const result = view.kind === 'result' ? view : undefined;
    return html`${this.error
        ? html`<div part="error" class="alert" role="alert">
            ${icon('alert')}<span>${this.error}</span>
            ${this.retryFailed
              ? html`<button type="button" class="button retry" ?disabled=${this.busy !== undefined} @click=${this.retryFailed}>${t.retry}</button>`
              : nothing}
          </div>`
        : nothing}
      ${renderStatus(result)}
      ${view.kind === 'menu'
        ? renderMenuList(t, {
            items: this.items,
            busy: this.busy,
            tabIndexFor: (index) => this.roving.tabIndexFor(index),
            onChoose: (item, index) => this.choose(item, index),
            onKeydown: (event) => this.onMenuKeydown(event),
          })
        : nothing}
      ${view.kind === 'confirm-delete'
        ? renderDeleteConfirm(t, {
            busy: this.busy !== undefined,
            onCancel: () => this.hide(),
            onConfirm: () => void this.confirmDelete(),
          })
        : nothing}
      ${view.kind === 'edit' ? this.renderEditor(t) : nothing}
      ${view.kind === 'save' ? this.renderSaveForm() : nothing}
      ${result ? renderResultButtons(t, result.url, () => this.hide()) : nothing}`;
  }

  private renderEditor(t: Translation) {
    return html`<div class="panel" role="group" aria-label=${t.editingMessage}>
      <ol-message-editor
        .message=${this.current}
        .strings=${this.strings}
        @ol-editor-close=${(event: OlEditorCloseEvent) => {
          event.stopPropagation();
          this.hide();
        }}
      ></ol-message-editor>
    </div>`;
  }

  private renderSaveForm() {
    const message = this.current;
    if (!message) return nothing;
    return html`<ol-canned-save-form
      .text=${message.text}
      .fromMessageId=${message.id}
      .chatId=${message.chatId}
      .strings=${this.strings}
      @ol-canned-form-close=${this.onSaveFormClose}
    ></ol-canned-save-form>`;
  }

  // ------------------------------------------------------------------ state

  private concerns(change: StoreChange): boolean {
    const chatId = this.message?.chatId;
    if (!this.open || chatId === undefined) return false;
    return change.directory || chatChanged(change, chatId) || change.messages.has(chatId);
  }

  /** The message as the store has it now (edited, deleted…), else as given. */
  private latest(): Message | undefined {
    const message = this.message;
    if (!message) return undefined;
    return this.storeCtl.store.messages(message.chatId).find((m) => m.id === message.id) ?? message;
  }

  private computeItems(): MenuItem[] {
    const message = (this.current = this.latest());
    if (!message) return [];
    const store = this.storeCtl.store;
    const t = this.localize.t;
    const builtIn: MenuItem[] = builtInActionsFor(message, {
      can: (capability) => store.can(capability),
      ...(store.me ? { meId: store.me.id } : {}),
    }).map((action) => ({ kind: 'built-in', id: action.id, label: t[action.label], icon: action.icon, action }));
    const chat = this.chat ?? store.getChat(message.chatId);
    const extra: MenuItem[] = extraActionsFor(this.extraActions, message, chat).map((action) => ({
      kind: 'extra',
      id: action.id,
      label: action.label,
      ...(action.icon ? { icon: action.icon } : {}),
    }));
    return [...builtIn, ...extra];
  }

  private announce(text: string): void {
    clearTimeout(this.announcementTimer);
    this.announcement = text;
    this.announcementTimer = setTimeout(() => (this.announcement = ''), ANNOUNCEMENT_MS);
  }

  /** Shows an error where the person acted, or announces it when the menu has closed meanwhile. */
  private fail(text: string): void {
    if (this.open) this.error = text;
    else this.announce(text);
  }

  // ----------------------------------------------------------------- focus

  private focusView(): void {
    const root = this.renderRoot;
    switch (this.view.kind) {
      case 'menu':
        this.roving.focus();
        break;
      case 'confirm-delete':
        root.querySelector<HTMLElement>('.cancel')?.focus();
        break;
      case 'save':
        void this.parts.load(PARTS.save).then(async () => {
          const form = root.querySelector('ol-canned-save-form');
          await form?.updateComplete;
          form?.focus();
        });
        break;
      case 'edit':
        // The editor focuses itself when it appears.
        void this.parts.load(PARTS.edit);
        break;
      case 'result':
        root.querySelector<HTMLElement>('.buttons a, .buttons .close')?.focus();
        break;
    }
  }

  // --------------------------------------------------------------- keyboard

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    if (event.key === 'Tab') {
      // Close and let the browser move on from the anchor.
      this.popup.returnFocus();
      this.hide({ restoreFocus: false });
      return;
    }
    this.roving.handleKeydown(event);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!this.open || !next || this.popup.contains(next)) return;
    this.hide({ restoreFocus: false });
  }

  // ---------------------------------------------------------------- actions

  private choose(item: MenuItem, index: number): void {
    const message = this.current;
    if (!message || this.busy) return;
    this.roving.setActive(index);
    const detail = { chatId: message.chatId, messageId: message.id };
    if (item.kind === 'extra') {
      const event = new OlMessageActionEvent({ ...detail, action: item.id });
      this.dispatchEvent(event);
      this.hide();
      return;
    }
    const store = this.storeCtl.store;
    const t = this.localize.t;
    switch (item.action.id) {
      case 'reply':
      case 'quote': {
        // The composer acts on these (cancelable: a host may take them over).
        const event = item.action.id === 'reply' ? new OlMessageReplyEvent(detail) : new OlMessageQuoteEvent(detail);
        this.dispatchEvent(event);
        this.hide();
        break;
      }
      case 'unread':
        void this.run(item.action, () => markUnread(store, this, detail.chatId, detail.messageId), () => {
          this.announce(t.markedUnread);
          this.hide();
        });
        break;
      case 'task':
      case 'chat':
      case 'post': {
        const kind = item.action.id;
        const done = { task: t.taskCreated, chat: t.chatCreated, post: t.postCreated }[kind];
        void this.run(item.action, () => shareMessage(store, this, kind, detail.chatId, detail.messageId), (created) => {
          const url = created.url ? safeHref(created.url) : undefined;
          this.view = url ? { kind: 'result', text: done, url } : { kind: 'result', text: done };
        });
        break;
      }
      case 'session':
        void this.run(item.action, () => startSession(store, this, detail.chatId, detail.messageId), (chat) => {
          this.announce(t.sessionStarted(chat.sessionId));
          this.hide();
        });
        break;
      case 'canned':
        this.view = { kind: 'save' };
        break;
      case 'edit': {
        const request = new OlEditRequestEvent(detail);
        this.dispatchEvent(request);
        if (request.defaultPrevented) this.hide();
        else this.view = { kind: 'edit' };
        break;
      }
      case 'delete':
        this.view = { kind: 'confirm-delete' };
        break;
    }
  }

  /** Waits for an adapter-backed action; the host took over when it was prevented or there is no adapter. */
  private async run<R>(action: BuiltInAction, start: () => Promise<IntentResult<R>>, done: (value: R) => void): Promise<void> {
    this.busy = action.id;
    this.error = undefined;
    this.retryFailed = undefined;
    const result = await start();
    this.busy = undefined;
    if (result.status === 'done') done(result.value);
    else if (result.status === 'failed') {
      this.retryFailed = () => void this.run(action, start, done);
      this.fail(actionErrorMessage(this.localize.t, action.capability));
    } else this.hide();
  }

  private async confirmDelete(): Promise<void> {
    const message = this.current;
    if (!message || this.busy) return;
    this.busy = 'delete';
    this.error = undefined;
    this.retryFailed = undefined;
    const result = await deleteMessage(this.storeCtl.store, this, message.chatId, message.id);
    this.busy = undefined;
    if (result.status === 'failed') {
      this.retryFailed = () => void this.confirmDelete();
      this.fail(actionErrorMessage(this.localize.t, 'deleteMessage'));
      return;
    }
    if (result.status !== 'prevented') this.announce(this.localize.t.messageDeleted);
    this.hide();
  }

  private onSaveFormClose(event: OlCannedFormCloseEvent): void {
    event.stopPropagation();
    if (event.detail.reason === 'saved' && event.detail.response) {
      this.view = { kind: 'result', text: this.localize.t.cannedSaved };
    } else {
      this.hide();
    }
  }
}
