import { consume } from '@lit/context';
import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { storeContext } from '../../core/context.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { SalesItem } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { salesPickerStyles } from './sales-picker.styles.js';

export interface SalesSelectDetail {
  item: SalesItem;
}

/**
 * The products and payment links that can be sent in a chat (A10), from the
 * adapter's `listSalesItems`, as a listbox. It takes the store from the
 * element around it (`<ol-composer>`, which loads it on first use).
 *
 * @summary List of products and payment links to send.
 * @tag ol-sales-picker
 * @fires {CustomEvent<SalesSelectDetail>} sales-select - An item was chosen (internal: does not bubble; `<ol-composer>` turns it into `ol-sales-send`).
 * @csspart base - The list.
 */
export class OlSalesPickerElement extends LitElement {
  static override styles = [baseStyles, controlStyles, salesPickerStyles];
  /** @internal Focus goes to the search field (or the list). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The chat the items would be sent to. */
  @property({ attribute: 'chat-id' }) chatId = '';

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** @internal The store, from the element around the picker. */
  @consume({ context: storeContext, subscribe: true })
  @property({ attribute: false })
  store?: OlStore;

  @state() private items: SalesItem[] = [];
  @state() private loading = false;
  @state() private error = false;

  private readonly localize = new LocalizeController(this);
  private loadedFor: string | undefined;
  private seq = 0;

  private readonly roving = new RovingFocusController(this, {
    count: () => this.items.length,
    label: (index) => this.items[index]?.title ?? '',
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('chatId') || changed.has('store')) && this.store && this.loadedFor !== this.chatId) {
      this.loadedFor = this.chatId;
      void this.load();
    }
  }

  /** Focuses the active item (or the list while it loads). */
  override focus(options?: FocusOptions): void {
    if (this.items.length) this.roving.focus();
    else this.renderRoot.querySelector<HTMLElement>('.base')?.focus(options);
  }

  private async load(): Promise<void> {
    const store = this.store;
    const list = store?.adapter?.listSalesItems;
    if (!store || typeof list !== 'function') return;
    const seq = ++this.seq;
    this.loading = true;
    this.error = false;
    try {
      const items = await store.withTimeout(list.call(store.adapter, this.chatId));
      if (seq !== this.seq) return;
      this.items = items;
      const hadFocus = this.shadowRoot?.activeElement?.classList.contains('base');
      await this.updateComplete;
      if (hadFocus && items.length) this.roving.focus(0);
    } catch {
      if (seq === this.seq) this.error = true;
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    const index = Number((event.target as HTMLElement).dataset.index);
    const item = this.items[index];
    if ((event.key === 'Enter' || event.key === ' ') && item) {
      event.preventDefault();
      this.select(item);
      return;
    }
    this.roving.handleKeydown(event);
  }

  private select(item: SalesItem): void {
    this.dispatchEvent(new CustomEvent<SalesSelectDetail>('sales-select', { detail: { item } }));
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div class="base" part="base" tabindex="-1">
      <p class="title" id="title">${t.sales}</p>
      ${this.error ? html`<p class="alert" role="alert">${t.errorSalesItems}</p>` : nothing}
      ${this.loading && !this.items.length ? html`<p class="note" role="status">${t.loading}</p>` : nothing}
      ${!this.loading && !this.error && !this.items.length ? html`<p class="note">${t.salesEmpty}</p>` : nothing}
      ${this.items.length
        ? html`<ul class="list" role="listbox" aria-labelledby="title" @keydown=${this.onKeydown}>
            ${repeat(
              this.items,
              (item) => item.id,
              (item, index) => html`<li
                role="option"
                class="item"
                data-index=${index}
                tabindex=${this.roving.tabIndexFor(index)}
                aria-selected=${index === this.roving.activeIndex ? 'true' : 'false'}
                @click=${() => this.select(item)}
                @focus=${() => this.roving.setActive(index)}
              >
                ${icon(item.kind === 'product' ? 'cart' : 'post')}
                <span class="item-title">${item.title}</span>
                <span class="item-kind">${item.kind === 'product' ? t.salesProduct : t.salesPayment}</span>
                ${item.price ? html`<span class="item-price">${item.price}</span>` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }
}
