import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { retryMessage } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { actionErrorMessage, type Translation } from '../../core/i18n/translation.js';
import type { Chat, Id, Message } from '../../core/model.js';
import type { OlStore, StoreChange } from '../../core/store.js';
import { chatChanged, isLocalMessage } from '../../core/store.js';
import { LiveAnnouncer } from '../../controllers/live-announcer.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoreController } from '../../controllers/store-controller.js';
import { baseStyles } from '../../themes/tokens.js';
import type { OlEditRequestEvent } from '../message-menu/menu-events.js';
import type { OlMessageMenuElement } from '../message-menu/message-menu.component.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { TimelineModel } from './timeline-model.js';
import { TimelineLoader } from './timeline-loader.js';
import { isMenuKey, TimelineMenuController } from './timeline-menu.js';
import { authorName, plainText, renderRow, type RowContext } from './timeline-message.js';
import type { TimelineRow } from './timeline-rows.js';
import { UNREAD_KEY } from './timeline-rows.js';
import { TimelineScrollController } from './timeline-scroll.js';
import { attachmentStyles } from './attachments.styles.js';
import { styles } from './timeline.styles.js';

/** How long a message stays highlighted after a jump to it. */
const HIGHLIGHT_MS = 2000;
/** What the virtualizer gets while the rows of a chat just opened wait (see `rowsWait`). */
const NO_ROWS: TimelineRow[] = [];

/**
 * The messages of one conversation, newest at the bottom: grouped by day and
 * by author, client messages on the inline-start side and operator messages
 * on the inline-end side, system lines centred, bot messages in their own
 * colour. Silent (hidden from the client), edited and deleted messages are
 * marked; attachments show as thumbnails, players or file chips; replies show
 * the message they answer. Messages the operator is sending show "Sending…",
 * failed ones offer Retry and Delete.
 *
 * It is virtualized (only the rows in view are in the DOM, whatever the
 * length), loads older messages when scrolled to the top while keeping the
 * message in view exactly in place, stays at the bottom when new messages
 * arrive unless the operator scrolled up (a "jump to latest" button then
 * counts them), and marks where the unread messages start. Rows cover a
 * window of at most 10,000 of the loaded messages (the virtualizer cannot
 * scroll much further): it moves by a page when scrolled near one of its
 * ends (the message in view stays in place), and to the message of a jump;
 * the adapter is asked for older messages only at the start of those held.
 *
 * It is a `role="log"` whose messages are `article`s with
 * `aria-posinset`/`aria-setsize`: one tab stop, arrows move between messages,
 * Home/End go to the first/last one of the window, PageUp/PageDown by ten. The "⋯"
 * button, the context-menu key, Shift+F10 and a right click open
 * `<ol-message-menu>`; "Edit" in it edits the message in place.
 *
 * Give it `chatId` (and an adapter, here or on a provider), or, without an
 * adapter, `messages` (and `chat`). It fills the height it is given.
 * `scrollToMessage(id, { focus, highlight })` shows a loaded message.
 *
 * @summary Virtualized, accessible message timeline of one conversation.
 * @tag ol-timeline
 *
 * @fires {OlMessageSendEvent} ol-message-send - Retry of a failed message (cancelable; the adapter is then called again).
 * @fires {OlErrorEvent} ol-error - Loading the messages (`action: 'listMessages'`) or sending one again failed.
 * @fires {OlMessageReplyEvent} ol-message-reply - From the message menu (M1); so do `ol-message-unread`, `ol-message-quote`, `ol-message-task`, `ol-message-chat`, `ol-message-post`, `ol-session-start`, `ol-canned-save`, `ol-message-delete` and `ol-message-action`.
 * @fires {OlMessageEditEvent} ol-message-edit - From the editor shown in place of a message (M9).
 *
 * @csspart base - The wrapper of the log, the jump button and the alerts.
 * @csspart log - The scrolling `role="log"`.
 * @csspart message - One message (`article`); also carries the author kind as a part: `client`, `operator`, `bot` or `system`.
 * @csspart bubble - The bubble of a message.
 * @csspart day-separator - The date between two days.
 * @csspart unread-divider - The "New messages" line before the first unread message.
 * @csspart jump - The "jump to latest" button.
 *
 * @cssproperty [--ol-timeline-background=transparent] - Background behind the messages.
 * @cssproperty [--ol-timeline-client-bubble=var(--ol-color-client-bubble)] - Bubble of client messages.
 * @cssproperty [--ol-timeline-operator-bubble=var(--ol-color-operator-bubble)] - Bubble of operator messages.
 * @cssproperty [--ol-timeline-bot-bubble=var(--ol-color-bot-bubble)] - Bubble of bot messages.
 * @cssproperty [--ol-timeline-silent-color=var(--ol-color-silent)] - Border and label of silent messages.
 * @cssproperty [--ol-timeline-silent-bubble=var(--ol-color-silent-subtle)] - Bubble of silent messages.
 * @cssproperty [--ol-timeline-link-color=var(--ol-color-accent-hover)] - Links, mentions and reply authors in the bubbles.
 * @cssproperty [--ol-timeline-bubble-radius=var(--ol-radius-l)] - Corner radius of the bubbles.
 * @cssproperty [--ol-timeline-max-bubble-inline-size=min(75%, 40rem)] - Widest bubble.
 * @cssproperty [--ol-timeline-padding-inline=var(--ol-space-l)] - Space at both sides of the messages.
 */
export class OlTimelineElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles, attachmentStyles];

  /** Id of the chat to show. */
  @property({ attribute: 'chat-id', reflect: true }) chatId?: Id;

  /** Data adapter; else the one of an ancestor provider or element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** Without an adapter: the messages to show (oldest first or in any order). */
  @property({ attribute: false }) messages?: Message[];

  /** Without an adapter: the chat (for the unread divider and the message menu). */
  @property({ attribute: false }) chat?: Chat;

  /** Announces new incoming messages in a polite live region (a burst is merged into one announcement). */
  @property({ type: Boolean, reflect: true }) announce = false;

  @state() private showJump = false;
  @state() private newCount = 0;
  @state() private highlightId: Id | undefined;
  @state() private hoverId: Id | undefined;
  @state() private actionError: string | undefined;
  /** The failed message the error's Retry sends again. */
  private retryId: Id | undefined;

  @query('.log') private log?: HTMLElement;
  /** What last got focus in the log or the jump button, to notice when it leaves the DOM. */
  private focusedEl: HTMLElement | undefined;
  /** Watches the shadow tree while something of it has focus (the virtualizer may remove it at any time). */
  private readonly focusWatch = new MutationObserver(() => this.keepFocus());
  private readonly onFocusWithin = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.closest('.log, .jump')) return;
    this.focusedEl = target;
    this.focusWatch.observe(this.renderRoot, { childList: true, subtree: true });
  };
  @query('ol-message-menu') private menu?: OlMessageMenuElement;

  private readonly localize = new LocalizeController(this);
  private readonly announcer = new LiveAnnouncer(this, { merge: (texts) => this.localize.t.announceNewMessages(texts.length) });
  /**
   * A flood of realtime messages in the open chat (three notifications or
   * more within 100 ms) re-renders the timeline at most every 100 ms; the
   * operator's own actions and single messages render at once.
   */
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => this.concerns(change),
    floodIntervalMs: 100,
    floodFrom: 'feed',
  });
  private readonly model = new TimelineModel();
  private readonly loader = new TimelineLoader(this);
  private readonly scrolling = new TimelineScrollController(this, {
    scroller: () => this.log ?? null,
    rowIndex: (key) => this.model.rowIndexOf(key),
    onBottomChange: (atBottom) => {
      this.showJump = !atBottom;
      if (atBottom) this.newCount = 0;
    },
    onNearTop: () => this.showOlder(),
    onNearBottom: () => {
      if (this.model.extendDown()) this.requestUpdate();
    },
  });
  private readonly menuCtl = new TimelineMenuController(this, {
    menu: () => this.menu,
    chatId: () => this.currentChatId,
    chat: () => (this.currentChatId === undefined ? undefined : (this.store.getChat(this.currentChatId) ?? this.chat)),
    message: (id) => this.model.message(id),
    activate: (id) => this.activate(id),
    article: (id) => this.articleOf(id),
  });
  private readonly roving = new RovingFocusController(this, {
    count: () => this.model.messages.length,
    focusItem: (index) => this.focusMessage(index),
    pageSize: () => 10,
  });

  private activeId: Id | undefined;
  private highlightTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Rows that go to the virtualizer in the next frame's callback, so that the
   * task giving the messages stays short and rows render once per frame:
   * `first`, those of a chat just opened (none shown until then); `append`,
   * those of messages added outside a frame (the rows shown stay as they are
   * until then; realtime messages already come in a frame).
   */
  @state() private rowsWait: 'first' | 'append' | undefined;
  private rowsFrame = 0;
  /** Whether the store change being rendered came from an animation frame. */
  private changeAtFrame = false;
  /** Counts renders that give the virtualizer its rows (not while an append waits). */
  private logRenders = 0;

  /** The store in use. */
  private get store(): OlStore {
    return this.storeCtl.store;
  }

  private get currentChatId(): Id | undefined {
    return this.chatId ?? this.chat?.id ?? this.messages?.[0]?.chatId;
  }

  /**
   * Scrolls to a message (centred), loading older pages until it is found
   * (at most 20), and optionally focuses and highlights it. Resolves with
   * whether the message was found.
   */
  async scrollToMessage(messageId: Id, options: { focus?: boolean; highlight?: boolean } = {}): Promise<boolean> {
    await this.updateComplete;
    const held = () => this.currentChatId !== undefined && this.store.thread(this.currentChatId).get(messageId) !== undefined;
    // Given by properties: the messages down to it are taken from the thread's backlog at once.
    if (!held() && this.currentChatId !== undefined && this.store.takeMessagesThrough(this.currentChatId, messageId)) {
      this.requestUpdate();
      await this.updateComplete;
    }
    for (let pages = 0; !held() && this.model.hasOlder && pages < 20; pages += 1) {
      if (!(await this.loader.loadOlder())) break;
      await this.updateComplete;
    }
    // The rows cover a window of the thread: it moves to the message when needed.
    if (!this.model.reveal(messageId)) return false;
    this.requestUpdate();
    await this.updateComplete;
    const index = this.model.indexOf(messageId);
    if (index < 0) return false;
    if (options.highlight) this.flash(messageId);
    if (options.focus) this.activate(messageId);
    this.scrolling.place(() => messageId, 'center', { focus: options.focus ? 'article' : undefined, eager: true });
    return true;
  }

  /** Scrolls to the newest message. */
  scrollToLatest(): void {
    this.toLatest(false);
  }

  /** `eager`: a first position or a jump, corrected at once after each DOM update (see TimelineScrollController.place). */
  private toLatest(eager: boolean): void {
    this.newCount = 0;
    this.showJump = false;
    // The window of rows moves to the end of the thread first (the rows change at the next update).
    const moved = this.model.toLatest();
    if (moved) this.requestUpdate();
    this.scrolling.stickToBottom(() => this.model.rows.at(-1)?.key, eager || moved);
  }

  /** Older messages above: a page of the thread into the window, or else a page from the adapter. */
  private showOlder(): void {
    if (this.model.extendUp()) this.requestUpdate();
    else void this.loader.loadOlder();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('focusin', this.onFocusWithin);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.focusWatch.disconnect();
    this.focusedEl = undefined;
    clearTimeout(this.highlightTimer);
    this.stopWaiting();
  }

  private concerns(change: StoreChange): boolean {
    const chatId = this.currentChatId;
    const concerned = chatId !== undefined && (change.messages.has(chatId) || chatChanged(change, chatId) || change.directory);
    if (concerned) this.changeAtFrame = this.store.notifyingAtFrame;
    return concerned;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    const store = this.store;
    const chatId = this.currentChatId;
    if (chatId !== undefined && !store.adapter) this.feedProperties(store, chatId, changed);
    if (!this.loader.shows(store, chatId)) this.open(store, chatId);
    if (chatId === undefined) return;

    const chat = store.getChat(chatId) ?? this.chat;
    const thread = store.thread(chatId);
    const change = this.model.update(thread.items, {
      t: this.localize.t,
      lang: this.localize.lang,
      unreadCount: chat?.unreadCount,
      loaded: thread.loaded || this.loader.state === 'ready',
      hasOlder: thread.hasOlder && (store.adapter !== undefined || thread.backlogged > 0),
      meId: store.me?.id,
      captureAnchor: () => this.scrolling.keepAnchor((key) => this.model.indexOf(key) >= 0),
      // The store may replace the thread (properties given again): read it each time.
      lookup: (id) => store.thread(chatId).get(id),
    });
    const atFrame = this.changeAtFrame;
    this.changeAtFrame = false;
    if (!change) return;
    // Messages added outside a frame wait for it; any other change renders at once.
    if (!atFrame && !change.first && change.appended.length > 0) this.waitForFrame('append');
    else if (this.rowsWait === 'append') this.stopWaiting();
    const active = this.activeId === undefined ? -1 : this.model.indexOf(this.activeId);
    this.roving.activeIndex = active >= 0 ? active : Math.max(0, this.model.messages.length - 1);
    this.menuCtl.forgetMissing();
    this.placeAfterChange(change);
  }

  /** Rows wait for the next frame's callback (see `rowsWait`); a chat just opened outranks an append. */
  private waitForFrame(kind: 'first' | 'append'): void {
    if (this.rowsWait === 'first' || this.rowsWait === kind) return;
    cancelAnimationFrame(this.rowsFrame);
    this.rowsWait = kind;
    // Registered before the scroll placement's frame callback: the rows are there when it runs.
    this.rowsFrame = requestAnimationFrame(() => (this.rowsWait = undefined));
  }

  private stopWaiting(): void {
    cancelAnimationFrame(this.rowsFrame);
    this.rowsWait = undefined;
  }

  /** Scroll position after the messages changed: first position, stick to the bottom, or count. */
  private placeAfterChange(change: { appended: readonly Message[]; own: boolean; first: boolean }): void {
    if (change.first && this.model.messages.length > 0) {
      this.waitForFrame('first');
      this.scrolling.positioned = true;
      if (this.model.unreadRow >= 0) this.scrolling.place(() => UNREAD_KEY, 'start', { eager: true });
      else this.toLatest(true);
      return;
    }
    if (change.appended.length === 0) return;
    const incoming = change.appended.filter((m) => !isLocalMessage(m) && m.authorKind !== 'system' && m.authorId !== this.store.me?.id);
    if (this.scrolling.atBottom || change.own) this.scrollToLatest();
    else this.newCount += incoming.length;
    if (this.announce) {
      const t = this.localize.t;
      for (const message of incoming) this.announcer.push(`${t.announceNewMessage(authorName(message, t))}: ${plainText(message)}`);
    }
  }

  /** Without an adapter, the properties are the data. */
  private feedProperties(store: OlStore, chatId: Id, changed: PropertyValues<this>): void {
    // The chat first: its unread count decides which given messages are taken at once (see OlStore.setMessages).
    if (this.chat && (changed.has('chat') || !store.getChat(this.chat.id)) && store.getChat(this.chat.id) !== this.chat) {
      store.setChats([...store.chats.filter((c) => c.id !== this.chat!.id), this.chat]);
    }
    if (this.messages && (changed.has('messages') || changed.has('chatId') || !store.thread(chatId).loaded)) {
      store.setMessages(chatId, this.messages);
    }
  }

  /** Starts showing a chat: resets per-chat state and loads its latest messages. */
  private open(store: OlStore, chatId: Id | undefined): void {
    this.model.reset();
    this.scrolling.reset();
    this.activeId = undefined;
    this.menuCtl.editingId = undefined;
    this.newCount = 0;
    this.showJump = false;
    this.actionError = undefined;
    this.announcer.clear();
    this.loader.open(store, chatId);
  }

  // ----------------------------------------------------------------- actions

  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!button) {
      const article = (event.target as Element).closest<HTMLElement>('article[data-message-id]');
      if (article) this.activate(article.dataset['messageId']!);
      return;
    }
    const id = button.dataset['id'];
    switch (button.dataset['action']) {
      case 'menu':
        if (id) void this.menuCtl.open(id, button);
        break;
      case 'retry':
        if (id) void this.retry(id);
        break;
      case 'discard':
        if (id && this.currentChatId !== undefined) this.store.removeLocalMessage(this.currentChatId, id);
        break;
      case 'reply':
        if (id) void this.scrollToMessage(id, { focus: true, highlight: true });
        break;
      case 'load-older':
        this.showOlder();
        break;
      case 'reload':
        void this.loader.loadLatest();
        break;
    }
  }

  private async retry(id: Id): Promise<void> {
    const chatId = this.currentChatId;
    if (chatId === undefined) return;
    this.actionError = undefined;
    const result = await retryMessage(this.store, this, chatId, id);
    if (result.status === 'failed') {
      this.retryId = id;
      this.actionError = actionErrorMessage(this.localize.t, 'sendMessage');
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    this.scrolling.interrupt();
    const path = event.composedPath();
    if (path.some((node) => node instanceof HTMLElement && node.matches('textarea, input, ol-message-editor'))) return;
    const article = (event.target as Element).closest<HTMLElement>('article[data-message-id]');
    if (!article) return;
    if (isMenuKey(event)) {
      this.menuCtl.handleMenuKey(event, article);
      return;
    }
    if (event.target !== article && (event.key === 'Home' || event.key === 'End')) return;
    this.roving.handleKeydown(event);
  }

  private onPointerOver(event: PointerEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('article[data-message-id]')?.dataset['messageId'];
    if (id !== this.hoverId) this.hoverId = id;
  }

  private onFocusIn(event: FocusEvent): void {
    const log = this.log;
    if (event.target === log && log?.matches(':focus-visible')) {
      this.focusMessage(this.roving.activeIndex);
      return;
    }
    const article = (event.target as Element).closest<HTMLElement>('article[data-message-id]');
    if (article) this.activate(article.dataset['messageId']!);
  }

  /** Makes a message the tab stop without moving the focus. */
  private activate(id: Id): void {
    const index = this.model.indexOf(id);
    if (index < 0) return;
    this.activeId = id;
    this.roving.setActive(index);
  }

  private focusMessage(index: number): void {
    const message = this.model.messages[index];
    if (!message) return;
    const id = message.id;
    this.activeId = id;
    this.scrolling.stop();
    const article = this.articleOf(id);
    if (article) article.focus();
    else this.scrolling.place(() => id, 'nearest', { focus: 'article' });
  }

  /**
   * One tab stop: the active message when it is rendered, else the log itself
   * (focusing it with the keyboard moves on to the active message).
   */
  private syncTabStop(): void {
    const log = this.log;
    if (!log) return;
    const active = this.model.messages[this.roving.activeIndex];
    log.tabIndex = active && this.articleOf(active.id) ? -1 : 0;
  }

  /**
   * The focused message or button left the timeline (a message being sent,
   * replaced by the one the adapter confirmed; a removed message; "Jump to
   * latest" once at the bottom): focus would fall to the page, so it goes to
   * the active message instead. A message only scrolled out of the DOM by
   * the virtualizer is left alone.
   */
  private keepFocus(): void {
    const lost = this.focusedEl;
    if (!lost || lost.isConnected) return;
    this.focusedEl = undefined;
    this.focusWatch.disconnect();
    const id = lost.closest<HTMLElement>('article[data-message-id]')?.dataset['messageId'];
    // Still in the thread: only scrolled away, or out of the window of rows (a jump).
    if (id !== undefined && this.currentChatId !== undefined && this.store.thread(this.currentChatId).get(id)) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    if (this.shadowRoot?.activeElement) return;
    const message = this.model.messages[this.roving.activeIndex];
    const article = message ? this.articleOf(message.id) : null;
    if (message && article) {
      this.activeId = message.id;
      article.focus();
    } else {
      // Not rendered yet: the log holds focus now and hands it on to the message (see onFocusIn).
      this.log?.focus({ preventScroll: true });
    }
  }

  protected override updated(): void {
    this.syncTabStop();
    this.keepFocus();
    if (this.focusedEl) requestAnimationFrame(() => this.keepFocus());
  }

  private articleOf(id: Id): HTMLElement | null {
    return this.log?.querySelector<HTMLElement>(`article[data-message-id="${CSS.escape(id)}"]`) ?? null;
  }

  private flash(id: Id): void {
    clearTimeout(this.highlightTimer);
    this.highlightId = id;
    this.highlightTimer = setTimeout(() => (this.highlightId = undefined), HIGHLIGHT_MS);
  }

  // ------------------------------------------------------------------ render

  protected override render() {
    const t = this.localize.t;
    return html`<div
      class="base"
      part="base"
      dir=${this.localize.dir}
      @ol-edit-request=${(event: OlEditRequestEvent) => this.menuCtl.handleEditRequest(event)}
      @ol-menu-close=${() => void this.menuCtl.handleMenuClose()}
    >
      ${this.renderBody(t)}
      ${this.showJump || this.newCount > 0
        ? html`<button class="button jump" part="jump" type="button" @click=${this.scrollToLatest}>
            ${icon('arrowDown')}<span>${this.newCount > 0 ? t.jumpToLatestCount(this.newCount) : t.jumpToLatest}</span>
          </button>`
        : nothing}
      ${this.actionError
        ? html`<div class="alert action-error" role="alert">
            ${icon('alert')}<span>${this.actionError}</span>
            ${this.retryId !== undefined
              ? html`<button class="button retry" type="button" @click=${() => this.retryId !== undefined && void this.retry(this.retryId)}>${t.retry}</button>`
              : nothing}
            <button class="button icon-only" type="button" aria-label=${t.dismiss} @click=${() => (this.actionError = undefined)}>
              ${icon('close')}
            </button>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announce ? this.announcer.text : ''}</div>
      ${this.menuCtl.menuLoaded ? html`<ol-message-menu .strings=${this.strings}></ol-message-menu>` : nothing}
    </div>`;
  }

  private renderBody(t: Translation) {
    if (this.currentChatId === undefined) return html`<p class="state">${t.noChatSelected}</p>`;
    if (this.loader.state === 'error' && this.model.messages.length === 0) {
      return html`<div class="state">
        <div class="alert" role="alert">${icon('alert')}<span>${t.errorLoadMessages}</span></div>
        ${this.loader.error ? html`<p class="detail">${t.errorDetails(this.loader.error)}</p>` : nothing}
        <button class="button" type="button" data-action="reload" @click=${this.onClick}>${t.retry}</button>
      </div>`;
    }
    if (this.loader.state === 'loading' && this.model.messages.length === 0) {
      return html`<div class="state" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</div>`;
    }
    const context = this.rowContext(t);
    return html`<div
      class="log"
      part="log"
      role="log"
      aria-live="off"
      aria-label=${t.messages}
      tabindex="-1"
      @scroll=${{ handleEvent: () => this.scrolling.handleScroll(), passive: true }}
      @wheel=${{ handleEvent: () => this.scrolling.interrupt(), passive: true }}
      @touchstart=${{ handleEvent: () => this.scrolling.interrupt(), passive: true }}
      @pointerdown=${() => this.scrolling.interrupt()}
      @pointerover=${this.onPointerOver}
      @pointerleave=${() => (this.hoverId = undefined)}
      @click=${this.onClick}
      @contextmenu=${(event: MouseEvent) => this.menuCtl.handleContextMenu(event)}
      @keydown=${this.onKeydown}
      @focusin=${this.onFocusIn}
      @rangeChanged=${() =>
        queueMicrotask(() => {
          this.syncTabStop();
          this.keepFocus();
        })}
      @ol-editor-close=${(event: Event) => void this.menuCtl.handleEditorClose(event)}
    >
      ${guard([this.rowsWait === 'append' ? this.logRenders : ++this.logRenders], () =>
        virtualize({
          items: this.rowsWait === 'first' ? NO_ROWS : this.model.rows,
          // The virtualizer may ask once for a range of the previous, longer list.
          keyFunction: (row: TimelineRow | undefined, index: number) => row?.key ?? `gone:${index}`,
          renderItem: (row: TimelineRow | undefined) => (row ? renderRow(row, context) : html``),
          scroller: true,
        }),
      )}
    </div>`;
  }

  private rowContext(t: Translation): RowContext {
    const store = this.store;
    const backlogged = this.currentChatId === undefined ? 0 : store.thread(this.currentChatId).backlogged;
    const chat = this.currentChatId === undefined ? undefined : (store.getChat(this.currentChatId) ?? this.chat);
    return {
      t,
      time: (iso) => this.model.time(iso, t),
      fileSize: (bytes) => this.localize.fileSize(bytes),
      // Messages given by properties: those not taken yet (see MessageThread.defer) count, and their number is known.
      setSize: this.model.hasOlder && store.adapter ? -1 : this.model.total + backlogged,
      offset: this.model.offset + backlogged,
      activeIndex: this.roving.activeIndex,
      editingId: this.menuCtl.editingId,
      highlightId: this.highlightId,
      hoverId: this.hoverId,
      top: { hasOlder: this.model.hasEarlier, empty: this.model.messages.length === 0, older: this.loader.older },
      message: (id) => (this.currentChatId === undefined ? undefined : store.thread(this.currentChatId).get(id)),
      avatar: (message) =>
        message.authorKind === 'client' ? chat?.client.avatarUrl : store.operator(message.authorId)?.avatarUrl,
      editor: (message) =>
        html`<ol-message-editor .message=${message} .strings=${this.strings}></ol-message-editor>`,
    };
  }
}
