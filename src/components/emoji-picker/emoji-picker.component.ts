import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { EMOJI_CATEGORY_KEYS, type EmojiCategory, type Translation } from '../../core/i18n/translation.js';
import { baseStyles } from '../../themes/tokens.js';
import { controlStyles } from '../shared/controls.styles.js';
import { EMOJI, EMOJI_CATEGORIES, type Emoji } from './emoji-data.js';
import { emojiPickerStyles } from './emoji-picker.styles.js';
import { foldText } from '../../core/text.js';
import { renderPickerGrid } from '../shared/picker-grid.js';

/** Where the recently used emoji are kept. */
export const EMOJI_RECENTS_KEY = 'ol-emoji-recents';
const MAX_RECENTS = 24;
const COLUMNS = 8;

export interface EmojiSelectDetail {
  emoji: string;
}


function readRecents(): string[] {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(EMOJI_RECENTS_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter((e): e is string => typeof e === 'string').slice(0, MAX_RECENTS) : [];
  } catch {
    return [];
  }
}

function writeRecents(recents: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(EMOJI_RECENTS_KEY, JSON.stringify(recents));
  } catch {
    // Storage denied: recents last for this page only.
  }
}

const BY_CHAR = new Map(EMOJI.map((emoji) => [emoji.char, emoji]));

/**
 * A searchable emoji picker: a search box, category tabs (with recently used
 * emoji first) and a grid of emoji navigable with the arrow keys. The data
 * is bundled (a few hundred common emoji with English and French keywords);
 * recents are kept in `localStorage`. Used by `<ol-composer>`, which loads it
 * on first use.
 *
 * @summary Emoji picker (grid pattern) with search, categories and recents.
 * @tag ol-emoji-picker
 * @fires {CustomEvent<EmojiSelectDetail>} emoji-select - An emoji was chosen (internal: does not bubble; `<ol-composer>` turns it into `ol-emoji-insert`).
 * @csspart base - The picker.
 * @csspart search - The search field.
 * @csspart grid - The grid of emoji.
 * @cssproperty [--ol-emoji-picker-size=28px] - Size of one emoji cell.
 */
export class OlEmojiPickerElement extends LitElement {
  static override styles = [baseStyles, controlStyles, emojiPickerStyles];
  /** @internal Focus goes to the search field (or the list). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private query = '';
  @state() private category: EmojiCategory = 'smileys';
  @state() private recents: string[] = readRecents();

  @query('input') private input!: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  /** The emoji shown (a category or the search results). */
  private shown: readonly Emoji[] = [];

  private readonly roving = new RovingFocusController(this, {
    count: () => this.shown.length,
    orientation: 'grid',
    columns: () => COLUMNS,
    pageSize: () => COLUMNS * 3,
    focusItem: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.recents = readRecents();
    if (this.recents.length) this.category = 'recents';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query') || changed.has('category') || changed.has('recents')) {
      this.shown = this.compute();
      if (changed.has('query') || changed.has('category')) this.roving.activeIndex = 0;
    }
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private get categories(): EmojiCategory[] {
    return this.recents.length ? ['recents', ...EMOJI_CATEGORIES] : [...EMOJI_CATEGORIES];
  }

  private compute(): readonly Emoji[] {
    const q = foldText(this.query.trim());
    if (q) {
      const lang = this.localize.t.$code.startsWith('fr') ? 'fr' : 'en';
      const words = (emoji: Emoji) => [...emoji[lang], ...(lang === 'fr' ? emoji.en : [])];
      return EMOJI.filter((emoji) => words(emoji).some((word) => foldText(word).includes(q)));
    }
    if (this.category === 'recents') {
      return this.recents.map((char) => BY_CHAR.get(char) ?? { char, category: 'symbols', en: [char], fr: [char] });
    }
    return EMOJI.filter((emoji) => emoji.category === this.category);
  }

  private nameOf(emoji: Emoji): string {
    return (this.localize.t.$code.startsWith('fr') ? emoji.fr[0] : emoji.en[0]) ?? emoji.char;
  }

  private select(emoji: Emoji): void {
    const recents = [emoji.char, ...this.recents.filter((char) => char !== emoji.char)].slice(0, MAX_RECENTS);
    writeRecents(recents);
    this.recents = recents;
    this.dispatchEvent(new CustomEvent<EmojiSelectDetail>('emoji-select', { detail: { emoji: emoji.char } }));
  }

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && this.shown.length) {
      event.preventDefault();
      this.roving.focus(0);
    } else if (event.key === 'Enter' && this.query && this.shown[0]) {
      event.preventDefault();
      this.select(this.shown[0]);
    }
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const index = Number((event.target as HTMLElement).dataset.index);
    if ((event.key === 'Enter' || event.key === ' ') && this.shown[index]) {
      event.preventDefault();
      this.select(this.shown[index]);
      return;
    }
    if (event.key === 'ArrowUp' && index < COLUMNS) {
      event.preventDefault();
      this.input.focus();
      return;
    }
    this.roving.handleKeydown(event);
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const categories = this.categories;
    const current = categories.indexOf(this.category);
    const rtl = this.localize.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (current + step + categories.length) % categories.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = categories.length - 1;
    else if (event.key === 'ArrowDown' && this.shown.length) {
      event.preventDefault();
      this.roving.focus(this.roving.activeIndex);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.category = categories[next] ?? this.category;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  protected override render() {
    const t = this.localize.t;
    const searching = foldText(this.query.trim()) !== '';
    const gridLabel = searching ? t.announceResults(this.shown.length) : t[EMOJI_CATEGORY_KEYS[this.category]];
    return html`<div class="base" part="base" dir=${this.localize.dir}>
      <input
        class="input search"
        part="search"
        type="search"
        .value=${this.query}
        aria-label=${t.emojiSearch}
        placeholder=${t.emojiSearch}
        autocomplete="off"
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKeydown}
      />
      ${searching
        ? nothing
        : html`<div class="tabs" role="tablist" aria-label=${t.emoji} @keydown=${this.onTabKeydown}>
            ${this.categories.map((category) => this.renderTab(category))}
          </div>`}
      <div
        class="panel"
        id="panel"
        role=${searching ? nothing : 'tabpanel'}
        aria-labelledby=${searching ? nothing : `tab-${this.category}`}
      >
        ${this.shown.length
          ? renderPickerGrid({
              items: this.shown,
              columns: COLUMNS,
              label: gridLabel,
              key: (emoji) => emoji.char,
              name: (emoji) => this.nameOf(emoji),
              content: (emoji) => emoji.char,
              roving: this.roving,
              onSelect: (emoji) => this.select(emoji),
              onKeydown: this.onGridKeydown,
            })
          : html`<p class="empty" role="status">${t.emojiNoResults}</p>`}
      </div>
    </div>`;
  }

  private renderTab(category: EmojiCategory) {
    const t = this.localize.t;
    const selected = category === this.category;
    const sample = category === 'recents' ? '🕘' : EMOJI.find((e) => e.category === category)?.char ?? '';
    return html`<button
      type="button"
      role="tab"
      class="tab"
      id=${`tab-${category}`}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel"
      aria-label=${t[EMOJI_CATEGORY_KEYS[category]]}
      title=${t[EMOJI_CATEGORY_KEYS[category]]}
      tabindex=${selected ? 0 : -1}
      @click=${() => (this.category = category)}
    >
      <span aria-hidden="true">${sample}</span>
    </button>`;
  }
}
