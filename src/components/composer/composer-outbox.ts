/**
 * What the composer sends and toggles through the store (A8, A10, A11, A12):
 * messages with "Unsend" for a few seconds after, GIFs, sales items and
 * silent mode, with the error of a failed call shown where it happened
 * (`role="alert"`), and Retry for a failed message.
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { deleteMessage, retryMessage, sendMessage, setSilent } from '../../core/actions.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Attachment, Gif, Id, OutgoingMessage, SalesItem } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlGifSendEvent, OlSalesSendEvent } from '../../events/composer-events.js';
import { icon } from '../shared/icons.js';
import type { Draft } from './composer-drafts.js';

/** What the outbox needs from the composer. */
export interface OutboxEnv {
  /** The composer: intents are dispatched on it. */
  readonly origin: EventTarget;
  store(): OlStore;
  chatId(): Id;
  t(): Translation;
  /** Whether messages go out silent. */
  silent(): boolean;
  /** Silent mode for a chat the store does not hold. */
  setLocalSilent(silent: boolean): void;
  unsendMs(): number;
  draftOf(chatId: Id): Draft;
  /** Makes `draft` the chat's draft (and the shown one, for the current chat). */
  replaceDraft(chatId: Id, draft: Draft): void;
  announce(text: string): void;
  focus(): void;
}

export class ComposerOutbox implements ReactiveController {
  /** The error shown under the toolbar, with the failed message to retry (or the failed action to run again). */
  error: { text: string; retryId?: Id; retry?: () => void } | undefined;
  /** The message "Unsend" can take back. */
  sent: { chatId: Id; messageId: Id; draft: Draft } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: OutboxEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.sent = undefined;
  }

  private setError(error: OutboxError | undefined): void {
    this.error = error;
    this.host.requestUpdate();
  }

  /** Forgets the error and the "Unsend" offer (another chat is shown). */
  reset(): void {
    clearTimeout(this.timer);
    this.error = undefined;
    this.sent = undefined;
  }

  /**
   * Sends a message whose draft the composer has already cleared. Prevented:
   * the draft comes back (the host handles it). Failed: the store keeps the
   * message as "failed" in the timeline, and the error is shown with Retry.
   */
  async send(chatId: Id, message: OutgoingMessage, draft: Draft): Promise<void> {
    const store = this.env.store();
    const t = this.env.t();
    this.setError(undefined);
    const result = await sendMessage(store, this.env.origin, chatId, message);
    switch (result.status) {
      case 'prevented': {
        const current = this.env.draftOf(chatId);
        if (!current.text && !current.reply) this.env.replaceDraft(chatId, { ...draft, uploads: [...draft.uploads, ...current.uploads] });
        break;
      }
      case 'failed':
        this.showSendError(chatId);
        break;
      case 'done':
        this.env.announce(t.announceMessageSent);
        this.offerUnsend(chatId, result.value.id, draft);
        break;
      default:
        this.env.announce(t.announceMessageSent);
    }
  }

  /** A11: `ol-gif-send`, then the GIF as an image message. */
  async sendGif(gif: Gif): Promise<void> {
    const chatId = this.env.chatId();
    const event = new OlGifSendEvent({ chatId, gif: { ...gif } });
    this.env.origin.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const image: Attachment = { id: gif.id, kind: 'image', name: gif.title, size: 0, url: gif.url, previewUrl: gif.previewUrl };
    const result = await sendMessage(this.env.store(), this.env.origin, chatId, {
      text: '',
      silent: this.env.silent(),
      attachments: [image],
    });
    if (result.status === 'failed') this.showSendError(chatId);
  }

  /** A10: `ol-sales-send`, then `sendSalesItem`; the message it returns goes into the store. */
  async sendSalesItem(item: SalesItem): Promise<void> {
    const chatId = this.env.chatId();
    const store = this.env.store();
    this.setError(undefined);
    const result = await store.run(this.env.origin, {
      event: new OlSalesSendEvent({ chatId, item: { ...item } }),
      chatId,
      capability: 'sendSalesItem',
      call: (adapter) => adapter.sendSalesItem!(chatId, item.id),
      commit: (message) => store.putAdapterMessage(message),
    });
    if (result.status === 'failed') this.setError({ text: this.env.t().errorSales, retry: () => void this.sendSalesItem(item) });
  }

  /** A8: turns silent mode on or off. */
  async toggleSilent(): Promise<void> {
    const next = !this.env.silent();
    const chatId = this.env.chatId();
    const store = this.env.store();
    this.setError(undefined);
    const result = await setSilent(store, this.env.origin, chatId, next);
    if (result.status === 'failed') {
      this.setError({ text: this.env.t().errorSilent, retry: () => void this.toggleSilent() });
      return;
    }
    if (result.status === 'prevented') return;
    if (!store.getChat(chatId)) this.env.setLocalSilent(next);
    this.env.announce(next ? this.env.t().silentOn : this.env.t().silentOff);
  }

  private showSendError(chatId: Id): void {
    const failed = this.env
      .store()
      .messages(chatId)
      .filter((m) => m.delivery === 'failed')
      .at(-1);
    this.setError({ text: this.env.t().errorSend, ...(failed ? { retryId: failed.id } : {}) });
  }

  private async retry(localId: Id): Promise<void> {
    const chatId = this.env.chatId();
    this.setError(undefined);
    const result = await retryMessage(this.env.store(), this.env.origin, chatId, localId);
    if (result.status === 'failed') this.setError({ text: this.env.t().errorSend, retryId: localId });
    else if (result.status === 'done') this.env.announce(this.env.t().announceMessageSent);
  }

  private offerUnsend(chatId: Id, messageId: Id, draft: Draft): void {
    clearTimeout(this.timer);
    const delay = this.env.unsendMs();
    if (!(delay > 0) || !this.env.store().can('deleteMessage')) return;
    this.sent = { chatId, messageId, draft };
    this.timer = setTimeout(() => {
      this.sent = undefined;
      this.host.requestUpdate();
    }, delay);
    this.host.requestUpdate();
  }

  /** Deletes the message just sent (`ol-message-delete`) and puts its text back. */
  private async unsend(retried?: NonNullable<ComposerOutbox['sent']>): Promise<void> {
    const sent = retried ?? this.sent;
    if (!sent) return;
    clearTimeout(this.timer);
    this.sent = undefined;
    this.setError(undefined);
    const result = await deleteMessage(this.env.store(), this.env.origin, sent.chatId, sent.messageId);
    if (result.status === 'failed') {
      this.setError({ text: this.env.t().errorDelete, retry: () => void this.unsend(sent) });
      return;
    }
    if (result.status === 'prevented') return;
    const previous = sent.draft;
    const current = this.env.draftOf(sent.chatId);
    const restored: Draft = {
      text: current.text ? `${previous.text}\n${current.text}` : previous.text,
      mentions: [...previous.mentions, ...current.mentions],
      uploads: [...previous.uploads, ...current.uploads],
    };
    const reply = current.reply ?? previous.reply;
    if (reply) restored.reply = reply;
    this.env.replaceDraft(sent.chatId, restored);
    this.env.announce(this.env.t().unsent);
    this.env.focus();
  }

  /** The error (with Retry for a failed message). */
  renderError() {
    const error = this.error;
    if (!error) return nothing;
    const t = this.env.t();
    const retryId = error.retryId;
    const retry = retryId ? () => void this.retry(retryId) : error.retry;
    return html`<div class="alert" role="alert">
      ${icon('alert')}<span class="alert-text">${error.text}</span>
      ${retry ? html`<button type="button" class="button retry" @click=${retry}>${t.retry}</button>` : nothing}
      <button type="button" class="button icon-only" aria-label=${t.dismiss} title=${t.dismiss} @click=${() => this.setError(undefined)}>
        ${icon('close')}
      </button>
    </div>`;
  }

  /** "Message sent · Unsend", for `unsendMs` after sending. */
  renderUnsend() {
    if (!this.sent) return nothing;
    const t = this.env.t();
    return html`<div class="toast" part="toast">
      ${icon('check')}<span>${t.announceMessageSent}</span>
      <button type="button" class="button" @click=${() => this.unsend()}>${icon('undo')}${t.unsend}</button>
    </div>`;
  }
}

type OutboxError = NonNullable<ComposerOutbox['error']>;
