import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../controllers/localize.js';
import { StoreController } from '../../controllers/store-controller.js';
import type { OlAdapter } from '../../core/adapter.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Chat, Mention, Message, OutgoingMessage } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { chatChanged } from '../../core/store.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { DraftBook, type Draft } from './composer-drafts.js';
import { ComposerOutbox } from './composer-outbox.js';
import { PopupController } from './composer-popups.js';
import { SUGGEST_LIST_ID, SuggestController } from './composer-suggest.js';
import { encodeMentions, mentionLabel, mentionsInText, replaceRange, type TextEdit } from './composer-text.js';
import { renderToolbar } from './composer-toolbar.js';
import { ComposerUploads } from './composer-uploads.js';
import { renderMentionChips, renderReplyPreview, renderUploads } from './composer-view.js';
import { composerStyles } from './composer.styles.js';

export type SendKey = 'enter' | 'mod-enter';

/** `drafts="off"` turns draft persistence off. */
const draftsConverter = {
  fromAttribute: (value: string | null) => value !== 'off' && value !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'off'),
};

/**
 * The message composer of a conversation: a growing text field with Enter to
 * send, uploads with progress (button, drag and drop, paste), mentions after
 * `@`, formatting and bot commands after `/` or from the commands button,
 * emoji, silent mode, canned responses, sales and GIFs, a reply or quote
 * preview, per-chat drafts that survive a reload, and "Unsend" for a few
 * seconds after sending. Disabled, with the reason shown, when the chat is
 * finished, spam, or handled by another operator.
 *
 * Shortcuts: Enter sends and Shift+Enter adds a line (`send-key="mod-enter"`:
 * Ctrl/⌘+Enter sends); `@` mentions; `/` at the start of a line opens the
 * commands, whose first entry opens the canned responses; in a list,
 * ArrowUp/ArrowDown move, Enter or Tab choose, Escape closes.
 *
 * @summary Message composer: text, uploads, mentions, commands, emoji, silent mode, canned responses, sales, GIFs.
 * @tag ol-composer
 *
 * @fires {OlMessageSendEvent} ol-message-send - A message is sent (A12); cancelable: the text stays in the composer.
 * @fires {OlFileUploadEvent} ol-file-upload - A file starts uploading (A4); cancelable: the host uploads it.
 * @fires {OlMentionInsertEvent} ol-mention-insert - A user or public chat is mentioned (A5); cancelable.
 * @fires {OlCommandInsertEvent} ol-command-insert - A command of the list is applied (A6); cancelable.
 * @fires {OlEmojiInsertEvent} ol-emoji-insert - An emoji is inserted (A7); cancelable.
 * @fires {OlSilentChangeEvent} ol-silent-change - Silent mode is turned on or off (A8); cancelable.
 * @fires {OlCannedOpenEvent} ol-canned-open - The canned responses open (A9); cancelable: the host shows its own.
 * @fires {OlSalesOpenEvent} ol-sales-open - The sales list opens (A10); cancelable.
 * @fires {OlSalesSendEvent} ol-sales-send - A product or payment link is sent (A10); cancelable.
 * @fires {OlGifSendEvent} ol-gif-send - A GIF is sent (A11); cancelable. Then `ol-message-send` with the GIF as an image.
 * @fires {OlMessageDeleteEvent} ol-message-delete - "Unsend" right after sending (M10); cancelable.
 * @fires {OlErrorEvent} ol-error - An adapter call failed; the composer shows it with `role="alert"`.
 *
 * @csspart base - The composer.
 * @csspart input - The text field.
 * @csspart toolbar - The row of buttons under the text field.
 * @csspart send-button - The Send button.
 * @csspart reply-preview - The bar showing the message replied to or quoted.
 * @csspart attachments - The list of files being attached.
 * @csspart suggestions - The mention and command list.
 * @csspart popup - The emoji, GIF, sales and canned responses popups.
 * @csspart toast - The "Unsend" notice after sending.
 *
 * @cssproperty [--ol-composer-background=var(--ol-color-surface)] - Background.
 * @cssproperty [--ol-composer-border-color=var(--ol-color-border)] - Border colour.
 * @cssproperty [--ol-composer-radius=var(--ol-radius-l)] - Corner radius.
 * @cssproperty [--ol-composer-padding=var(--ol-space-s)] - Inner spacing.
 * @cssproperty [--ol-composer-max-height=12lh] - Height the text field grows to before scrolling.
 * @cssproperty [--ol-composer-silent-color=var(--ol-color-silent)] - Border and label colour in silent mode.
 * @cssproperty [--ol-composer-silent-background=var(--ol-color-silent-subtle)] - Background in silent mode.
 */
export class OlComposerElement extends LitElement {
  static override styles = [baseStyles, controlStyles, composerStyles];

  /** The data adapter; else the one of the nearest `<ol-provider>` or parent element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** The chat being written to. Each chat keeps its own draft. */
  @property({ attribute: 'chat-id', reflect: true }) chatId = '';

  /** Placeholder of the text field (default: "Write a message…", or the silent mode one). */
  @property() placeholder?: string;

  /** `enter`: Enter sends, Shift+Enter adds a line. `mod-enter`: Ctrl/⌘+Enter sends, Enter adds a line. */
  @property({ attribute: 'send-key', reflect: true }) sendKey: SendKey = 'enter';

  /** Keep drafts in `localStorage` (`ol-draft:<chatId>`); `drafts="off"` turns it off. */
  @property({ attribute: 'drafts', converter: draftsConverter }) persistDrafts = true;

  /** Disables the composer with this reason shown (overrides the chat's state). */
  @property({ attribute: 'disabled-reason' }) disabledReason?: string;

  /** Silent mode when the store holds no chat for `chatId` (else the chat's `silent` is the state). */
  @property({ type: Boolean, reflect: true }) silent = false;

  /** How long "Unsend" is offered after sending, in ms; 0 turns it off. */
  @property({ type: Number, attribute: 'unsend-ms' }) unsendMs = 5000;

  @state() private dragging = false;
  @state() private announcement = '';

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('input[type="file"]') private fileInput?: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => change.directory || chatChanged(change, this.chatId),
    onStore: () => this.loadData(),
  });
  private readonly drafts = new DraftBook(() => this.persistDrafts && this.chatId !== '');
  private readonly suggest = new SuggestController(this, {
    origin: this,
    store: () => this.store,
    chatId: () => this.chatId,
    t: () => this.localize.t,
    announce: (text) => this.announce(text),
    field: () => this.textarea,
    applyEdit: (edit) => this.applyEdit(edit),
    addMention: (mention) => this.addMention(mention),
    openCanned: (opener) => void this.popups.toggle('canned', opener),
  });
  private readonly popups = new PopupController(this, {
    origin: this,
    renderRoot: () => this.renderRoot,
    store: () => this.store,
    chatId: () => this.chatId,
    t: () => this.localize.t,
    strings: () => this.strings,
    insertText: (text) => this.insertText(text),
    focusField: () => this.textarea?.focus(),
    sendGif: (gif) => void this.outbox.sendGif(gif),
    sendSalesItem: (item) => void this.outbox.sendSalesItem(item),
    opening: () => this.suggest.close(),
  });
  private readonly outbox = new ComposerOutbox(this, {
    origin: this,
    store: () => this.store,
    chatId: () => this.chatId,
    t: () => this.localize.t,
    silent: () => this.isSilent,
    setLocalSilent: (silent) => (this.silent = silent),
    unsendMs: () => this.unsendMs,
    draftOf: (chatId) => this.drafts.get(chatId),
    replaceDraft: (chatId, draft) => {
      this.drafts.save(chatId, draft);
      this.requestUpdate();
    },
    announce: (text) => this.announce(text),
    focus: () => void this.updateComplete.then(() => this.textarea?.focus()),
  });
  private readonly uploads = new ComposerUploads(
    {
      store: () => this.store,
      requestUpdate: () => this.requestUpdate(),
      announce: (text) => this.announce(text),
      announceUploaded: (file) => this.localize.t.announceUploaded(file.name),
      message: (kind, file, limit) => {
        const t = this.localize.t;
        if (kind === 'tooLarge') return t.fileTooLarge(file.name, this.localize.fileSize(limit ?? 0));
        if (kind === 'type') return t.fileTypeRefused(file.name);
        return t.uploadFailed(file.name);
      },
    },
    this,
  );

  private chat: Chat | undefined;
  private disabledText: string | undefined;
  private sizedText: string | undefined;

  private get store(): OlStore {
    return this.storeCtl.store;
  }

  /** The draft of the current chat (each chat keeps its own). */
  private get draft(): Draft {
    return this.drafts.get(this.chatId);
  }

  private get isSilent(): boolean {
    return this.chat ? this.chat.silent : this.silent;
  }

  private get canUpload(): boolean {
    return !this.disabledText && this.store.can('uploadFile');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    if (changed.has('chatId')) {
      this.suggest.close();
      this.popups.close();
      this.outbox.reset();
      this.dragging = false;
      if (changed.get('chatId') !== undefined) this.loadData();
    }
    const store = this.store;
    this.chat = this.chatId ? store.getChat(this.chatId) : undefined;
    this.disabledText = this.disabledReason || this.reasonFromChat(this.chat, store, this.localize.t);
    if (this.disabledText) {
      this.suggest.close();
      this.popups.close();
    }
  }

  protected override updated(): void {
    if (this.sizedText !== this.draft.text) this.autosize();
  }

  // ------------------------------------------------------------- public API

  /** Focuses the text field. */
  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  /** Inserts text at the cursor (replacing the selection) and focuses the field. */
  insertText(text: string): void {
    const field = this.textarea;
    if (!field) this.setText(this.draft.text + text);
    else this.applyEdit(replaceRange(field.value, field.selectionStart, field.selectionEnd, text));
  }

  /**
   * Replies to (M1) or quotes (M3) a message: a preview bar shows it above the
   * input and the message sent carries `replyToId`; a reply also starts the
   * text with a mention of the message's author (`[user=ID]Name[/user], `).
   */
  setReply(message: Message, mode: 'reply' | 'quote' = 'reply'): void {
    const draft = this.draft;
    let text = this.withoutReplyMention(draft);
    draft.reply = { message, mode };
    if (mode === 'reply' && message.authorId && message.authorKind !== 'system') {
      const mention: Mention = { kind: 'user', id: message.authorId, name: message.authorName ?? this.localize.t.authorClient };
      const prefix = `${mentionLabel(mention)}, `;
      if (!text.startsWith(prefix)) text = prefix + text;
      this.addMention(mention);
    }
    this.setText(text);
    void this.updateComplete.then(() => {
      const field = this.textarea;
      if (!field || field.disabled) return;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    });
  }

  /** Attaches files (e.g. dropped on the chat panel): each is checked against the limits, then uploaded. */
  addFiles(files: readonly File[]): void {
    if (!this.canUpload || files.length === 0) return;
    void this.uploads.add(this.chatId, [...files], this.draft.uploads);
  }

  // ------------------------------------------------------------------ state

  private reasonFromChat(chat: Chat | undefined, store: OlStore, t: Translation): string | undefined {
    if (!chat) return undefined;
    if (chat.state === 'closed') return t.composerDisabledClosed;
    if (chat.state === 'spam') return t.composerDisabledSpam;
    const me = store.me;
    if (chat.operatorId !== undefined && me && chat.operatorId !== me.id) {
      return t.composerDisabledOwnedByOther(store.operator(chat.operatorId)?.name ?? t.unknown);
    }
    return undefined;
  }

  /** Loads what the composer shows: the chat (state, silent mode) and the operators (who owns it). */
  private loadData(): void {
    const store = this.store;
    if (!store.adapter) return;
    if (!store.me) store.loadDirectory().catch(() => undefined);
    if (this.chatId && !store.getChat(this.chatId)) store.loadChat(this.chatId).catch(() => undefined);
  }

  private announce(text: string): void {
    // Clear first, so that the same text is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ------------------------------------------------------------------- text

  private setText(text: string): void {
    const draft = this.draft;
    draft.text = text;
    draft.mentions = mentionsInText(text, draft.mentions);
    this.drafts.save(this.chatId, draft);
    this.requestUpdate();
  }

  private applyEdit(edit: TextEdit): void {
    const field = this.textarea;
    if (field) {
      field.value = edit.text;
      field.focus();
      field.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    }
    this.setText(edit.text);
    this.autosize();
  }

  private addMention(mention: Mention): void {
    const draft = this.draft;
    draft.mentions = [...draft.mentions.filter((m) => !(m.kind === mention.kind && m.id === mention.id)), mention];
  }

  /** The text without the mention a reply put at its start. */
  private withoutReplyMention(draft: Draft): string {
    const previous = draft.reply;
    if (previous?.mode !== 'reply' || !previous.message.authorId) return draft.text;
    const mention = draft.mentions.find((m) => m.kind === 'user' && m.id === previous.message.authorId);
    const prefix = mention ? `${mentionLabel(mention)}, ` : undefined;
    return prefix && draft.text.startsWith(prefix) ? draft.text.slice(prefix.length) : draft.text;
  }

  private cancelReply(): void {
    const draft = this.draft;
    const text = this.withoutReplyMention(draft);
    delete draft.reply;
    this.setText(text);
    this.textarea?.focus();
  }

  /** The field grows with its content up to `--ol-composer-max-height`. */
  private autosize(): void {
    const field = this.textarea;
    if (!field) return;
    this.sizedText = field.value;
    field.style.blockSize = 'auto';
    field.style.blockSize = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
  }

  private onInput(event: Event): void {
    const field = event.target as HTMLTextAreaElement;
    this.setText(field.value);
    this.suggest.refresh(field.value, field.selectionStart);
    this.autosize();
  }

  private onCaretMove(): void {
    const field = this.textarea;
    if (field) this.suggest.refresh(field.value, field.selectionStart);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || this.suggest.handleKeydown(event)) return;
    if (event.key !== 'Enter') return;
    const mod = event.ctrlKey || event.metaKey;
    if (this.sendKey === 'mod-enter' ? mod : !event.shiftKey && !event.altKey) {
      event.preventDefault();
      this.send();
    }
  }

  private onKeyup(event: KeyboardEvent): void {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) this.onCaretMove();
  }

  // ------------------------------------------------------------------- send

  /** What Send would send, or nothing (empty, uploads running, disabled). */
  private get sendable(): Pick<OutgoingMessage, 'text' | 'attachments'> | undefined {
    const draft = this.draft;
    if (this.disabledText || draft.uploads.some((u) => u.status === 'uploading')) return undefined;
    const text = encodeMentions(draft.text, draft.mentions).trim();
    const attachments = draft.uploads.flatMap((u) => (u.status === 'done' && u.attachment ? [u.attachment] : []));
    return text || attachments.length ? { text, attachments } : undefined;
  }

  /** Sends the draft: cleared at once, the message shows as "sending" in the timeline. */
  private send(): void {
    const content = this.sendable;
    if (!content) return;
    const chatId = this.chatId;
    const draft = this.draft;
    const message: OutgoingMessage = { ...content, silent: this.isSilent };
    if (draft.reply) message.replyToId = draft.reply.message.id;
    this.suggest.close();
    this.drafts.clear(chatId);
    this.requestUpdate();
    void this.outbox.send(chatId, message, draft);
  }

  // ---------------------------------------------------------------- uploads

  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    this.addFiles(files);
  }

  private onPaste(event: ClipboardEvent): void {
    const files = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith('image/'));
    if (!files.length || !this.canUpload) return;
    event.preventDefault();
    this.addFiles(files);
  }

  private onDragOver(event: DragEvent): void {
    if (!this.canUpload || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    if (!this.canUpload || !event.dataTransfer) return;
    event.preventDefault();
    this.dragging = false;
    this.addFiles([...event.dataTransfer.files]);
  }

  private retryUpload(key: string): void {
    const list = this.draft.uploads;
    const item = list.find((u) => u.key === key);
    if (!item) return;
    this.uploads.remove(list, key);
    void this.uploads.add(this.chatId, [item.file], list);
  }

  // ----------------------------------------------------------------- render

  protected override render() {
    const t = this.localize.t;
    const draft = this.draft;
    const disabled = this.disabledText;
    const silent = this.isSilent && !disabled;
    const describedBy = ['send-hint', disabled ? 'reason' : '', silent ? 'silent-hint' : ''].filter(Boolean).join(' ');
    return html`<div
      class=${classMap({ base: true, silent, disabled: Boolean(disabled), dragging: this.dragging })}
      part="base"
      dir=${this.localize.dir}
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${disabled ? html`<p class="reason" id="reason">${icon('lock')}<span>${disabled}</span></p>` : nothing}
      ${silent ? html`<p class="silent-hint" id="silent-hint">${icon('eyeOff')}<span>${t.silentHint}</span></p>` : nothing}
      ${this.outbox.renderError()}
      ${disabled ? nothing : renderReplyPreview(draft.reply, t, () => this.cancelReply())}
      ${renderUploads(draft.uploads, t, {
        fileSize: (bytes) => this.localize.fileSize(bytes),
        remove: (key) => this.uploads.remove(this.draft.uploads, key),
        retry: (key) => this.retryUpload(key),
      })}
      <div class="field">
        ${this.suggest.render()}
        <textarea
          part="input"
          rows="1"
          .value=${live(draft.text)}
          ?disabled=${Boolean(disabled)}
          aria-label=${t.composerLabel}
          aria-describedby=${describedBy}
          aria-autocomplete="list"
          aria-controls=${ifDefined(this.suggest.options.length ? SUGGEST_LIST_ID : undefined)}
          aria-activedescendant=${ifDefined(this.suggest.activeId)}
          placeholder=${disabled ? '' : this.placeholder ?? (silent ? t.composerPlaceholderSilent : t.composerPlaceholder)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @keyup=${this.onKeyup}
          @click=${this.onCaretMove}
          @paste=${this.onPaste}
          @blur=${() => this.suggest.close()}
        ></textarea>
        <span class="visually-hidden" id="send-hint">${this.sendKey === 'mod-enter' ? t.sendHintModEnter : t.sendHint}</span>
      </div>
      ${disabled ? nothing : renderMentionChips(mentionsInText(draft.text, draft.mentions), t)}
      ${disabled ? nothing : this.renderToolbar(t, silent)}
      ${this.popups.render()}
      ${this.dragging ? html`<div class="drop" aria-hidden="true">${icon('paperclip')}${t.dropFilesHere}</div>` : nothing}
      ${this.outbox.renderUnsend()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(t: Translation, silent: boolean) {
    const store = this.store;
    return renderToolbar(
      {
        t,
        canUpload: this.canUpload,
        canMention: this.suggest.canMention,
        canGif: typeof store.adapter?.searchGifs === 'function',
        canCanned: store.can('listCanned'),
        canSales: store.can('listSalesItems') && store.can('sendSalesItem'),
        canSilent: store.can('setSilent'),
        silent,
        commandsOpen: this.suggest.kind === 'command' && !this.suggest.trigger,
        popup: this.popups.kind,
        canSend: Boolean(this.sendable),
        sendHint: this.sendKey === 'mod-enter' ? t.sendHintModEnter : t.sendHint,
      },
      {
        upload: () => this.fileInput?.click(),
        filesChosen: (event) => this.onFilesChosen(event),
        mention: () => this.suggest.startMention(),
        commands: () => {
          this.popups.close();
          this.suggest.toggleCommands();
        },
        popup: (kind, opener) => void this.popups.toggle(kind, opener),
        sales: (opener) => void this.popups.toggle('sales', opener),
        silent: () => void this.outbox.toggleSilent(),
        send: () => this.send(),
      },
    );
  }
}
