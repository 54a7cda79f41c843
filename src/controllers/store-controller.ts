import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OlAdapter } from '../core/adapter.js';
import { storeContext } from '../core/context.js';
import type { StoreChange } from '../core/store.js';
import { OlStore, storeFor } from '../core/store.js';

/** An element that can be given an adapter directly. */
export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: OlAdapter;
}

export interface StoreControllerOptions {
  /** Which changes concern the host; it re-renders only for those. Default: all. */
  filter?: (change: StoreChange) => boolean;
  /** Called when the store in use changes (first connection, new adapter). */
  onStore?: (store: OlStore) => void;
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
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  /** Re-reads where the store comes from; call it when `adapter` changes. */
  sync(): void {
    if (!this.connected) return;
    const store = this.store;
    if (store === this.current) return;
    this.unsubscribe?.();
    this.current = store;
    this.provider.setValue(store);
    const filter = this.options.filter;
    this.unsubscribe = store.subscribe((change) => {
      if (!filter || filter(change)) this.host.requestUpdate();
    });
    this.options.onStore?.(store);
    this.host.requestUpdate();
  }
}
