import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OlAdapterError } from '../../core/adapter.js';
import type { Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the Messenger view's data into the store: the directory (who I am),
 * my chats page by page (`filter: { mine: true }`), and, while a search is
 * active and pages remain, the backend's matches for it.
 *
 * Every answer is checked against a generation counter, so an answer that
 * arrives after the store changed (new adapter) or the list was reset is
 * dropped.
 */
export class MessengerLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  error: OlAdapterError | undefined;
  /** Cursor of the next page; absent once every page is loaded. */
  nextCursor: string | undefined;
  loadingMore = false;
  /** Chats the backend found for `searchedQuery`. */
  searchMatches: ReadonlySet<Id> = new Set();
  searchedQuery = '';

  private store: OlStore | undefined;
  private generation = 0;
  private searchSeq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Answers still on their way are dropped; a reconnected host reloads.
    this.generation += 1;
    this.store = undefined;
    this.status = 'idle';
  }

  /** Starts over with this store (first connection, new adapter, Retry). */
  async load(store: OlStore): Promise<void> {
    this.store = store;
    const generation = ++this.generation;
    this.status = 'loading';
    this.error = undefined;
    this.nextCursor = undefined;
    this.loadingMore = false;
    this.searchMatches = new Set();
    this.searchedQuery = '';
    this.host.requestUpdate();
    try {
      await store.loadDirectory();
      const page = await store.loadChats({ filter: { mine: true }, limit: this.pageSize() });
      if (generation !== this.generation) return;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.error = OlAdapterError.from(error);
    }
    this.host.requestUpdate();
  }

  /** Loads the next page, once at a time, while there is one. */
  async loadMore(): Promise<void> {
    const store = this.store;
    const cursor = this.nextCursor;
    if (!store || cursor === undefined || this.loadingMore || this.status !== 'ready') return;
    const generation = this.generation;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await store.loadChats({ filter: { mine: true }, limit: this.pageSize(), cursor });
      if (generation !== this.generation) return;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (generation !== this.generation) return;
      // The loaded pages stay; the error replaces the "loading more" row until Retry.
      this.error = OlAdapterError.from(error);
    } finally {
      if (generation === this.generation) {
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Retries what failed: the next page when pages were loaded, else everything. */
  retry(): void {
    if (!this.store) return;
    if (this.status === 'ready' && this.error) {
      this.error = undefined;
      void this.loadMore();
    } else {
      void this.load(this.store);
    }
  }

  /**
   * Asks the backend for my chats matching `query` when pages remain to be
   * loaded (otherwise everything is here and the local search is complete).
   * Failures are silent: the local matches still show.
   */
  async search(query: string): Promise<void> {
    const store = this.store;
    const trimmed = query.trim();
    const seq = ++this.searchSeq;
    if (!trimmed || !store?.adapter || this.nextCursor === undefined) {
      if (this.searchMatches.size) {
        this.searchMatches = new Set();
        this.host.requestUpdate();
      }
      return;
    }
    try {
      const page = await store.loadChats({ filter: { mine: true, search: trimmed }, limit: this.pageSize() });
      if (seq !== this.searchSeq) return;
      this.searchMatches = new Set(page.items.map((chat) => chat.id));
      this.searchedQuery = trimmed;
      this.host.requestUpdate();
    } catch {
      // Local results only.
    }
  }
}
