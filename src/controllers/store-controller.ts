import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OlAdapter } from '../core/adapter.js';
import { storeContext } from '../core/context.js';
import type { StoreChange } from '../core/store.js';
import { OlStore, storeFor } from '../core/store.js';

/** An element that can be given an adapter directly. */
export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: OlAdapter;
  /** When set, the timeout of adapter calls of the store in use (`OlStore.timeoutMs`). */
  timeoutMs?: number;
}

export interface StoreControllerOptions {
  /** Which changes concern the host; it re-renders only for those. Default: all. */
  filter?: (change: StoreChange) => boolean;
  /** Called when the store in use changes (first connection, new adapter). */
  onStore?: (store: OlStore) => void;
  /**
   * Under a flood of changes (a busy realtime feed: three notifications or
   * more within this many ms), the host re-renders at most once per this
   * many ms; changes that come alone re-render it at once. Default: off.
   */
  floodIntervalMs?: number;
  /**
   * Which notifications can make a flood: `any` (default), or only `feed`,
   * those of the realtime feed (the store notifies them from an animation
   * frame): the host's own actions, loads and data it is given then always
   * re-render it at once.
   */
  floodFrom?: 'any' | 'feed';
}

/**
 * Gives an element its store and re-renders it when the data it shows changes.
 *
 * The store comes from the element's own `adapter` property when set (shared
 * with every element given the same adapter), else from the nearest provider
 * above it, else from a private store fed by properties. The element provides
 * the store it uses to its own subtree, so nested parts share it.
 */
export class StoreController implements ReactiveController {
  private readonly host: AdapterHost;
  private readonly options: StoreControllerOptions;
  private readonly provider: ContextProvider<typeof storeContext>;
  private contextStore: OlStore | undefined;
  private localStore: OlStore | undefined;
  private current: OlStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;
  /** Times of the latest notifications, and the re-render planned during a flood. */
  private readonly recent: number[] = [];
  private floodTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: AdapterHost, options: StoreControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        this.contextStore = store;
        this.sync();
      },
    });
    this.provider = new ContextProvider(host, { context: storeContext });
  }

  /** The store in use. */
  get store(): OlStore {
    const adapter = this.host.adapter;
    if (adapter) return storeFor(adapter);
    if (this.contextStore) return this.contextStore;
    return (this.localStore ??= new OlStore());
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.floodTimer);
    this.floodTimer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  /** Re-reads where the store comes from; call it when `adapter` (or `timeoutMs`) changes. */
  sync(): void {
    if (!this.connected) return;
    const store = this.store;
    const timeoutMs = this.host.timeoutMs;
    if (typeof timeoutMs === 'number' && !Number.isNaN(timeoutMs)) store.timeoutMs = timeoutMs;
    if (store === this.current) return;
    this.unsubscribe?.();
    this.current = store;
    this.provider.setValue(store);
    const filter = this.options.filter;
    this.unsubscribe = store.subscribe((change) => {
      if (!filter || filter(change)) this.notify();
    });
    this.options.onStore?.(store);
    this.host.requestUpdate();
  }

  /** Re-renders the host for a change, at most once per `floodIntervalMs` during a flood. */
  private notify(): void {
    const interval = this.options.floodIntervalMs;
    if (!interval || (this.options.floodFrom === 'feed' && !this.current?.notifyingAtFrame)) {
      this.host.requestUpdate();
      return;
    }
    const now = performance.now();
    const recent = this.recent;
    recent.push(now);
    if (recent.length > 3) recent.shift();
    // A re-render is planned: it will show this change too.
    if (this.floodTimer !== undefined) return;
    const flood = recent.length === 3 && now - recent[0]! < interval;
    if (!flood) {
      this.host.requestUpdate();
      return;
    }
    this.floodTimer = setTimeout(() => {
      this.floodTimer = undefined;
      this.host.requestUpdate();
    }, interval);
  }
}
