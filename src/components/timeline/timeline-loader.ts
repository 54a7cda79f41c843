import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OlAdapterError } from '../../core/adapter.js';
import type { Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlErrorEvent } from '../../events/error-event.js';

export type LoadState = 'loading' | 'ready' | 'error';
export type OlderState = 'idle' | 'loading' | 'error';

/**
 * Loads the messages of the chat a timeline shows: the latest page when the
 * chat (or the store) changes, older pages on demand. A failure is kept for
 * the view and announced with `ol-error` (`action: 'listMessages'`) on the
 * host; answers for a chat no longer shown are dropped.
 */
export class TimelineLoader implements ReactiveController {
  state: LoadState = 'loading';
  /** Message of the last failure of the latest page. */
  error: string | undefined;
  older: OlderState = 'idle';

  private opened: { chatId: Id | undefined; store: OlStore } | undefined;
  private readonly host: ReactiveControllerHost & EventTarget;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.opened = undefined;
  }

  /** Whether `chatId` in `store` is what is loaded (or loading). */
  shows(store: OlStore, chatId: Id | undefined): boolean {
    return this.opened !== undefined && this.opened.chatId === chatId && this.opened.store === store;
  }

  /** Starts on a chat: loads its latest messages (and the chat and directory when missing). */
  open(store: OlStore, chatId: Id | undefined): void {
    this.opened = { chatId, store };
    this.older = 'idle';
    if (chatId !== undefined) void this.loadLatest();
  }

  /** Loads the latest messages of the chat shown again (after a failure). */
  async loadLatest(): Promise<void> {
    const opened = this.opened;
    if (!opened || opened.chatId === undefined) return;
    const { store, chatId } = opened;
    this.set({ state: 'loading', error: undefined });
    if (store.adapter && !store.getChat(chatId)) store.loadChat(chatId).catch(() => undefined);
    if (store.adapter && !store.me) store.loadDirectory().catch(() => undefined);
    try {
      await store.loadMessages(chatId);
      if (this.opened === opened) this.set({ state: 'ready' });
    } catch (thrown) {
      if (this.opened !== opened) return;
      const error = OlAdapterError.from(thrown);
      this.set({ state: 'error', error: error.message });
      this.host.dispatchEvent(new OlErrorEvent({ action: 'listMessages', chatId, error }));
    }
  }

  /** Loads the page before the oldest message loaded, when there is one; resolves with whether a page came. */
  async loadOlder(): Promise<boolean> {
    const opened = this.opened;
    if (!opened || opened.chatId === undefined || this.older === 'loading' || this.state !== 'ready') return false;
    const { store, chatId } = opened;
    const thread = store.thread(chatId);
    if (!thread.hasOlder || (!store.adapter && thread.backlogged === 0)) return false;
    this.set({ older: 'loading' });
    try {
      await store.loadMessages(chatId, { older: true });
      if (this.opened !== opened) return false;
      this.set({ older: 'idle' });
      return true;
    } catch (thrown) {
      if (this.opened !== opened) return false;
      this.set({ older: 'error' });
      this.host.dispatchEvent(new OlErrorEvent({ action: 'listMessages', chatId, error: OlAdapterError.from(thrown) }));
      return false;
    }
  }

  private set(patch: Partial<Pick<TimelineLoader, 'state' | 'error' | 'older'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
