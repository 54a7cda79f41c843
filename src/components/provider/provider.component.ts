import { ContextProvider } from '@lit/context';
import type { PropertyValues } from 'lit';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { OlAdapter } from '../../core/adapter.js';
import { storeContext } from '../../core/context.js';
import { storeFor } from '../../core/store.js';

/**
 * Gives one adapter to every open-lines element inside it, so that a list and
 * a panel placed anywhere in a page section share one store.
 *
 * @summary Provides an adapter (and its store) to a subtree.
 * @tag ol-provider
 * @slot - The elements that use the adapter.
 */
export class OlProviderElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data adapter shared by the elements inside. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /**
   * How long an adapter call may take before it fails with `TIMEOUT` (the
   * element shows the error with Retry), in ms; 0 waits forever. Unset: 30 s.
   */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs?: number;

  private readonly provider = new ContextProvider(this, { context: storeContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.provider.setValue(this.adapter ? storeFor(this.adapter) : undefined);
    if ((changed.has('adapter') || changed.has('timeoutMs')) && this.adapter && this.timeoutMs !== undefined) {
      storeFor(this.adapter).timeoutMs = this.timeoutMs;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
