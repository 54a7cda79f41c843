import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { markRead } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { OlAdapterError } from '../../core/adapter.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Chat, Id, Message, Operator, Queue } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { chatChanged } from '../../core/store.js';
import { LocalizeController } from '../../controllers/localize.js';
import { StoreController } from '../../controllers/store-controller.js';
import type { OlMessageQuoteEvent, OlMessageReplyEvent } from '../../events/message-events.js';
import type { OlComposerElement } from '../composer/composer.component.js';
import type { DialogKind, OlChatHeaderElement } from './chat-header.component.js';
import type { HistoryJumpEvent } from '../history-dialog/history-jump-event.js';
import type { OlTimelineElement } from '../timeline/timeline.component.js';
import { icon } from '../shared/icons.js';
import { styles } from './chat-panel.styles.js';


/**
 * One conversation: a header with the actions of the chat's state and their
 * dialogs (transfer, invite, message history, CRM), the message timeline,
 * and the composer. It fills its container's height.
 *
 * - Waiting chat: Answer, Skip, Transfer to an employee, Mark as spam,
 *   Rename; "⋯": CRM records, message history.
 * - Answered chat: Invite users, Transfer (employee or open channel),
 *   Finish; "⋯": Lock as mine (a checkbox item, and a lock badge), CRM,
 *   message history with search, Mark as spam.
 * - A chat of another operator shows who has it, locks the composer and
 *   offers Intercept; a finished or spam chat is read-only and offers
 *   "Start a new conversation".
 *
 * Every adapter-backed action fires its cancelable `ol-*` intent first;
 * `preventDefault()` stops it; a failure is rolled back and shown
 * (`role="alert"`) where the action was taken. Actions the adapter lacks
 * are hidden.
 *
 * Finish and spam wait `undoMs` (5 s) behind an "Undo" toast before
 * anything happens: their `ol-chat-finish` / `ol-chat-spam` event fires
 * when the action is carried out, not when the button is pressed, so that
 * an undone action leaves no trace for the host. If the panel is removed or
 * switches chat during the window, the action is carried out at once. With
 * `undo-ms="0"` a confirmation dialog asks first instead.
 *
 * `ol-message-reply` / `ol-message-quote` coming from the timeline or the
 * message menu put the message into the composer unless prevented. Files
 * dropped anywhere on the panel go to the composer.
 *
 * Without an adapter, give the data as properties (`chat`, `messages`, `me`,
 * `operators`, `queues`) and handle the events.
 *
 * @summary A conversation: state-dependent header actions, timeline, composer.
 * @tag ol-chat-panel
 *
 * @fires {OlChatAnswerEvent} ol-chat-answer - Answer a waiting chat (N3); cancelable.
 * @fires {OlChatSkipEvent} ol-chat-skip - Skip a waiting chat (N4); cancelable.
 * @fires {OlChatTransferEvent} ol-chat-transfer - Transfer to an employee or open channel (N5, A2), from the transfer dialog; cancelable.
 * @fires {OlChatSpamEvent} ol-chat-spam - Mark as spam (N2, A16), when the undo window ends or after confirmation; cancelable.
 * @fires {OlChatRenameEvent} ol-chat-rename - Rename the chat (N1); cancelable.
 * @fires {OlCrmOpenEvent} ol-crm-open - Open a linked CRM record (N6, A14); not cancelable.
 * @fires {OlChatHistoryEvent} ol-chat-history - Search the message history with the client (N7, A15); cancelable.
 * @fires {OlChatInterceptEvent} ol-chat-intercept - Take the conversation from another employee (N8); cancelable.
 * @fires {OlChatInviteEvent} ol-chat-invite - Invite employees (A1), from the invite dialog; cancelable.
 * @fires {OlChatFinishEvent} ol-chat-finish - Finish the conversation (A3), when the undo window ends or after confirmation; cancelable.
 * @fires {OlChatPinEvent} ol-chat-pin - Lock as mine, or unlock (A13); cancelable.
 * @fires {OlSessionStartEvent} ol-session-start - Start a new conversation in a finished chat (K3); cancelable.
 * @fires {OlMessageSendEvent} ol-message-send - From the composer: a message is sent (A12); cancelable. Also a retry from the timeline.
 * @fires {OlFileUploadEvent} ol-file-upload - From the composer: a file starts uploading (A4); cancelable.
 * @fires {OlMentionInsertEvent} ol-mention-insert - From the composer: a user or public chat is mentioned (A5); cancelable.
 * @fires {OlCommandInsertEvent} ol-command-insert - From the composer: a command is applied (A6); cancelable.
 * @fires {OlEmojiInsertEvent} ol-emoji-insert - From the composer: an emoji is inserted (A7); cancelable.
 * @fires {OlSilentChangeEvent} ol-silent-change - From the composer: silent mode on or off (A8); cancelable.
 * @fires {OlCannedOpenEvent} ol-canned-open - From the composer: the canned responses open (A9); cancelable.
 * @fires {OlCannedSelectEvent} ol-canned-select - From the canned responses: one was chosen; cancelable.
 * @fires {OlSalesOpenEvent} ol-sales-open - From the composer: the sales list opens (A10); cancelable.
 * @fires {OlSalesSendEvent} ol-sales-send - From the composer: a product or payment link is sent (A10); cancelable.
 * @fires {OlGifSendEvent} ol-gif-send - From the composer: a GIF is sent (A11); cancelable.
 * @fires {OlMessageReplyEvent} ol-message-reply - From a message's menu: reply (M1); cancelable.
 * @fires {OlMessageUnreadEvent} ol-message-unread - From a message's menu: mark as unread (M2).
 * @fires {OlMessageQuoteEvent} ol-message-quote - From a message's menu: quote (M3); cancelable.
 * @fires {OlMessageTaskEvent} ol-message-task - From a message's menu: create a task (M4).
 * @fires {OlMessageChatEvent} ol-message-chat - From a message's menu: create a chat (M5).
 * @fires {OlMessagePostEvent} ol-message-post - From a message's menu: create a News Feed post (M6).
 * @fires {OlCannedSaveEvent} ol-canned-save - From a message's menu: save as a canned response (M8).
 * @fires {OlMessageEditEvent} ol-message-edit - From a message's menu or in-place editor: edit (M9).
 * @fires {OlMessageDeleteEvent} ol-message-delete - From a message's menu, or "unsend" in the composer: delete (M10).
 * @fires {OlMessageActionEvent} ol-message-action - From a message's menu: one of the host's extra actions.
 * @fires {OlErrorEvent} ol-error - An adapter call failed.
 *
 * @csspart base - The panel.
 * @csspart header - The header (`<ol-chat-header>`); its parts are exported as `header-*`.
 * @csspart header-title - The chat title.
 * @csspart header-meta - The line of details under the title (client, open channel, source, state, operator, session).
 * @csspart header-actions - The action buttons.
 * @csspart header-menu - The "⋯" menu.
 * @csspart header-notice - The owner / read-only notice.
 * @csspart header-alert - The error of a failed action.
 * @csspart header-toast - The undo toast.
 * @csspart timeline - The message timeline (`<ol-timeline>`); its `message`, `bubble` and `day-separator` are exported as `timeline-*`.
 * @csspart timeline-message - One message of the timeline.
 * @csspart timeline-bubble - The bubble of a message.
 * @csspart timeline-day-separator - The date between two days.
 * @csspart composer - The composer (`<ol-composer>`); its `input` and `send-button` are exported as `composer-*`.
 * @csspart composer-input - The text field of the composer.
 * @csspart composer-send-button - The Send button.
 * @csspart empty - The "select a conversation", loading and error states.
 * @csspart drop-zone - The overlay shown while files are dragged over the panel.
 *
 * @cssproperty [--ol-chat-panel-background=var(--ol-color-surface)] - Background of the panel.
 * @cssproperty [--ol-chat-panel-border-color=var(--ol-color-border)] - Colour of the separators.
 * @cssproperty [--ol-chat-panel-header-background=var(--ol-color-surface)] - Background of the header.
 * @cssproperty [--ol-chat-panel-header-padding-block=var(--ol-space-s)] - Vertical padding of the header.
 * @cssproperty [--ol-chat-panel-header-padding-inline=var(--ol-space-l)] - Horizontal padding of the header.
 * @cssproperty [--ol-chat-panel-title-size=var(--ol-font-size-l)] - Font size of the title.
 * @cssproperty [--ol-chat-panel-timeline-background=var(--ol-color-surface-sunken)] - Background behind the messages.
 * @cssproperty [--ol-chat-panel-composer-padding=var(--ol-space-s)] - Space around the composer.
 * @cssproperty [--ol-chat-panel-toast-background=var(--ol-color-text)] - Background of the undo toast.
 * @cssproperty [--ol-chat-panel-toast-color=var(--ol-color-surface)] - Text colour of the undo toast.
 */
export class OlChatPanelElement extends LitElement {
  static override styles = styles;

  /** The chat shown; empty shows "Select a chat". */
  @property({ attribute: 'chat-id', reflect: true }) chatId?: string;
  /** The data adapter; else the one of the nearest `<ol-provider>` or parent element. */
  @property({ attribute: false }) adapter?: OlAdapter;
  /** Per-element overrides of built-in strings (passed to the parts inside). */
  @property({ attribute: false }) strings?: Partial<Translation>;
  /** Undo window of finish and spam, in ms; 0 asks for confirmation instead. */
  @property({ type: Number, attribute: 'undo-ms' }) undoMs = 5000;
  /**
   * How long an adapter call may take before it fails with `TIMEOUT` (shown as
   * an error with Retry), in ms; 0 waits forever. Unset: the store's (30 s).
   * It is the timeout of the store shared with every element on the same adapter.
   */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs?: number;
  /**
   * Opt-in: new client messages of the chat shown are announced politely
   * through a visually hidden live region (`aria-live="polite"`), a burst
   * merged into one announcement.
   */
  @property({ type: Boolean, reflect: true }) announce = false;
  /** Without an adapter: the chat to show (sets `chatId` when it is empty). */
  @property({ attribute: false }) chat?: Chat;
  /** Without an adapter: the messages of the chat, oldest first. */
  @property({ attribute: false }) messages?: readonly Message[];
  /** Without an adapter: the current operator. */
  @property({ attribute: false }) me?: Operator;
  /** Without an adapter: the operators (transfer and invite dialogs, names). */
  @property({ attribute: false }) operators?: readonly Operator[];
  /** Without an adapter: the open channels. */
  @property({ attribute: false }) queues?: readonly Queue[];

  @state() private loadState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private loadError: string | undefined;
  @state() private dragging = false;

  @query('ol-chat-header') private header?: OlChatHeaderElement;
  @query('ol-composer') private composer?: OlComposerElement;
  @query('ol-timeline') private timeline?: OlTimelineElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => change.directory || (this.chatId !== undefined && chatChanged(change, this.chatId)),
  });
  private loaded: { store: OlStore; chatId: string | undefined } | undefined;
  private fedStore: OlStore | undefined;
  private loadSeq = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('timeoutMs')) this.storeCtl.sync();
    if (changed.has('chat') && this.chat && !this.chatId) this.chatId = this.chat.id;
    const store = this.storeCtl.store;
    this.feed(changed, store);
    if (this.loaded?.store !== store || this.loaded.chatId !== this.chatId) {
      this.loaded = { store, chatId: this.chatId };
      this.dragging = false;
      void this.load();
    }
  }

  /** Properties-only mode: the given data goes into the store (never over an adapter's). */
  private feed(changed: PropertyValues<this>, store: OlStore): void {
    if (store.adapter) return;
    const all = store !== this.fedStore;
    this.fedStore = store;
    const chat = this.chat;
    if (chat && (all || changed.has('chat'))) store.setChats([...store.chats.filter((c) => c.id !== chat.id), chat]);
    const chatId = this.chatId || chat?.id;
    if (this.messages && chatId && (all || changed.has('messages') || changed.has('chatId'))) store.setMessages(chatId, this.messages);
    if (all || changed.has('me') || changed.has('operators') || changed.has('queues')) {
      if (this.me || this.operators || this.queues) {
        store.setDirectory({ me: this.me, operators: this.operators, queues: this.queues });
      }
    }
  }

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    const store = this.storeCtl.store;
    const chatId = this.chatId;
    this.loadError = undefined;
    if (!chatId) {
      this.loadState = 'idle';
      return;
    }
    if (!store.adapter) {
      this.loadState = 'ready';
      return;
    }
    this.loadState = 'loading';
    try {
      await Promise.all([
        store.loadChat(chatId),
        // Without the directory the header shows ids; the chat is still usable.
        store.loadDirectory().catch(() => undefined),
      ]);
      if (seq !== this.loadSeq) return;
      this.loadState = 'ready';
      void markRead(store, chatId);
    } catch (error) {
      if (seq !== this.loadSeq) return;
      this.loadState = 'error';
      this.loadError = OlAdapterError.from(error).message;
    }
  }

  /**
   * Opens a dialog of the current chat, as its button or menu item would:
   * `transfer`, `invite`, `history` (e.g. when a chat list asks for the
   * message history, L2) or `crm`. Focus returns to what had it.
   */
  async showDialog(kind: DialogKind): Promise<void> {
    await this.updateComplete;
    const header = this.header;
    if (!header || !this.chatId) return;
    await header.updateComplete;
    await header.showDialog(kind);
  }

  private retry(): void {
    void this.load();
  }

  // ------------------------------------------------------- reply, quote, jump

  private onReplyOrQuote(event: OlMessageReplyEvent | OlMessageQuoteEvent): void {
    const mode = event.type === 'ol-message-quote' ? 'quote' : 'reply';
    const { chatId, messageId } = event.detail;
    // Listeners above the panel (the host) run after this one: decide once the event is done.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const message = this.storeCtl.store.messages(chatId).find((m) => m.id === messageId);
      if (message && chatId === this.chatId) this.composer?.setReply(message, mode);
    });
  }

  private async onHistoryJump(event: HistoryJumpEvent): Promise<void> {
    event.stopPropagation();
    await this.showMessage(event.messageId);
  }

  /** Scrolls the timeline to a message (loading older pages if needed), focuses and highlights it. */
  private async showMessage(messageId: Id): Promise<void> {
    await this.timeline?.scrollToMessage(messageId, { focus: true, highlight: true });
  }

  // --------------------------------------------------------------- file drops

  private canDrop(event: DragEvent): boolean {
    if (!event.dataTransfer?.types.includes('Files')) return false;
    const store = this.storeCtl.store;
    const chat = this.chatId ? store.getChat(this.chatId) : undefined;
    if (!chat || (chat.state !== 'new' && chat.state !== 'answered') || !store.can('uploadFile')) return false;
    const me = store.me?.id;
    return me === undefined || chat.operatorId === undefined || chat.operatorId === me;
  }

  private onDragOver(event: DragEvent): void {
    if (!this.canDrop(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && event.currentTarget instanceof Node && event.currentTarget.contains(to)) return;
    this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    this.dragging = false;
    // The composer handles drops on itself.
    if (event.defaultPrevented || !this.canDrop(event)) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.composer?.addFiles(files);
  }

  // ------------------------------------------------------------------- render

  protected override render() {
    const t = this.localize.t;
    const chatId = this.chatId;
    const chat = chatId ? this.storeCtl.store.getChat(chatId) : undefined;
    return html`<section
      part="base"
      class="base"
      dir=${this.localize.dir}
      aria-label=${chat ? chat.title : nothing}
      aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
      @ol-message-reply=${this.onReplyOrQuote}
      @ol-message-quote=${this.onReplyOrQuote}
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${this.renderHeader(chatId)} ${chat && chatId ? this.renderChat(chatId) : this.renderState(chatId)}
      ${this.dragging
        ? html`<div class="drop-zone" part="drop-zone" aria-hidden="true">${icon('paperclip')}<span>${t.dropFilesHere}</span></div>`
        : nothing}
    </section>`;
  }

  private renderState(chatId: string | undefined) {
    const t = this.localize.t;
    if (!chatId) {
      return html`<div class="empty" part="empty">${icon('chat', 'icon big')}<p>${t.noChatSelected}</p></div>`;
    }
    if (this.loadState === 'loading') {
      return html`<div class="empty" part="empty" role="status"><span class="spinner" aria-hidden="true"></span><p>${t.loading}</p></div>`;
    }
    if (this.loadState === 'error') {
      return html`<div class="empty" part="empty">
        <div class="alert" role="alert">${icon('alert')}<span>${t.errorGeneric} ${this.loadError ? t.errorDetails(this.loadError) : ''}</span></div>
        <button class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    return html`<div class="empty" part="empty">${icon('chat', 'icon big')}<p>${t.chatNotFound}</p></div>`;
  }

  /** The header stays while the chat changes, so that it can carry out a pending finish/spam of the previous one. */
  private renderHeader(chatId: string | undefined) {
    return html`<ol-chat-header
      part="header"
      exportparts="title: header-title, meta: header-meta, actions: header-actions, menu: header-menu, notice: header-notice, alert: header-alert, toast: header-toast"
      .chatId=${chatId || undefined}
      .strings=${this.strings}
      .undoMs=${this.undoMs}
      @history-jump=${this.onHistoryJump}
    ></ol-chat-header>`;
  }

  private renderChat(chatId: string) {
    return html`<ol-timeline
        class="timeline"
        part="timeline"
        exportparts="message: timeline-message, bubble: timeline-bubble, day-separator: timeline-day-separator"
        .chatId=${chatId}
        .strings=${this.strings}
        ?announce=${this.announce}
      ></ol-timeline>
      <div class="composer-slot">
        <ol-composer
          part="composer"
          exportparts="input: composer-input, send-button: composer-send-button"
          .chatId=${chatId}
          .strings=${this.strings}
        ></ol-composer>
      </div>`;
  }
}
