import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { storeContext } from '../../core/context.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Gif } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { safeUrl } from '../../core/sanitize.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { gifPickerStyles } from './gif-picker.styles.js';
import { renderPickerGrid } from '../shared/picker-grid.js';

const COLUMNS = 3;
const SEARCH_DELAY_MS = 250;

export interface GifSelectDetail {
  gif: Gif;
}

/**
 * GIF search (A11): a search field and a grid of results from the adapter's
 * `searchGifs`, navigable with the arrow keys. It takes the store from the
 * element around it (`<ol-composer>`, which loads it on first use).
 *
 * @summary GIF search with a keyboard-navigable grid of results.
 * @tag ol-gif-picker
 * @fires {CustomEvent<GifSelectDetail>} gif-select - A GIF was chosen (internal: does not bubble; `<ol-composer>` turns it into `ol-gif-send`).
 * @csspart base - The picker.
 * @csspart search - The search field.
 * @csspart grid - The grid of results.
 * @cssproperty [--ol-gif-picker-cell=96px] - Width of one result.
 */
export class OlGifPickerElement extends LitElement {
  static override styles = [baseStyles, controlStyles, gifPickerStyles];
  /** @internal Focus goes to the search field (or the list). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** @internal The store, from the element around the picker. */
  @consume({ context: storeContext, subscribe: true })
  @property({ attribute: false })
  store?: OlStore;

  @state() private query = '';
  @state() private results: Gif[] = [];
  @state() private loading = false;
  @state() private error = false;

  @query('input') private input!: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private searched = false;

  private readonly roving = new RovingFocusController(this, {
    count: () => this.results.length,
    orientation: 'grid',
    columns: () => COLUMNS,
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.searched = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.seq += 1;
  }

  protected override willUpdate(): void {
    if (!this.searched && this.store) {
      this.searched = true;
      void this.search('');
    }
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private async search(query: string): Promise<void> {
    const store = this.store;
    const searchGifs = store?.adapter?.searchGifs;
    if (!store || typeof searchGifs !== 'function') return;
    const seq = ++this.seq;
    this.loading = true;
    this.error = false;
    try {
      const results = await store.withTimeout(searchGifs.call(store.adapter, query));
      if (seq !== this.seq) return;
      this.results = results;
      this.roving.activeIndex = 0;
    } catch {
      if (seq !== this.seq) return;
      this.results = [];
      this.error = true;
    }
    this.loading = false;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(this.query.trim()), SEARCH_DELAY_MS);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && this.results.length) {
      event.preventDefault();
      this.roving.focus(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.search(this.query.trim());
    }
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const index = Number((event.target as HTMLElement).dataset.index);
    const gif = this.results[index];
    if ((event.key === 'Enter' || event.key === ' ') && gif) {
      event.preventDefault();
      this.select(gif);
      return;
    }
    if (event.key === 'ArrowUp' && index < COLUMNS) {
      event.preventDefault();
      this.input.focus();
      return;
    }
    this.roving.handleKeydown(event);
  }

  private select(gif: Gif): void {
    this.dispatchEvent(new CustomEvent<GifSelectDetail>('gif-select', { detail: { gif } }));
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div class="base" part="base">
      <div class="search-row">
        ${icon('search')}
        <input
          class="input search"
          part="search"
          type="search"
          .value=${this.query}
          aria-label=${t.gifSearch}
          placeholder=${t.gifSearchPlaceholder}
          autocomplete="off"
          @input=${this.onInput}
          @keydown=${this.onSearchKeydown}
        />
      </div>
      <p class="visually-hidden" role="status">${this.loading ? '' : t.announceResults(this.results.length)}</p>
      ${this.error ? html`<p class="alert" role="alert">${t.errorGifs}</p>` : nothing}
      <div class="results">
        ${this.results.length
          ? renderPickerGrid({
              items: this.results,
              columns: COLUMNS,
              label: t.gif,
              key: (gif) => gif.id,
              name: (gif) => gif.title,
              content: (gif) =>
                html`<img src=${safeUrl(gif.previewUrl, 'image') ?? nothing} alt="" loading="lazy" width=${gif.width} height=${gif.height} />`,
              roving: this.roving,
              onSelect: (gif) => this.select(gif),
              onKeydown: this.onGridKeydown,
            })
          : this.loading
            ? html`<p class="note">${t.loading}</p>`
            : this.error
              ? nothing
              : html`<p class="note">${t.gifNoResults}</p>`}
      </div>
    </div>`;
  }
}
