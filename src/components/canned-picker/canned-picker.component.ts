import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OlAdapter } from '../../core/adapter.js';
import { renderBBCode } from '../../core/bbcode/index.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { CannedResponse, Chat, Id } from '../../core/model.js';
import { fillPlaceholders, type FilledText, type PlaceholderContext } from '../../core/placeholders.js';
import type { OlStore, StoreChange } from '../../core/store.js';
import { chatChanged } from '../../core/store.js';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import { LocalizeController } from '../../controllers/localize.js';
import { StoreController } from '../../controllers/store-controller.js';
import { OlCannedSelectEvent } from '../../events/composer-events.js';
import { baseStyles } from '../../themes/tokens.js';
import type { OlCannedFormCloseEvent } from '../canned-save-form/canned-form-events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { OlCannedCloseEvent } from './canned-picker-events.js';
import { styles } from './canned-picker.styles.js';
import { cannedSnippet, groupCanned, searchCanned, sectionLabel, type CannedSection } from './canned-search.js';
import { insertAtCursor, type TextField } from './insert-text.js';

/** The form of "New canned response": loaded on first use. */
const loadSaveForm = () => import('../canned-save-form/ol-canned-save-form.js');

/** Options moved by PageUp / PageDown. */
const PAGE = 5;

/**
 * The canned responses database (A9): search as you type over titles and
 * texts (case and accents ignored), responses grouped by section, the most
 * used first, a preview of the active response with its placeholders
 * (`{client.name}`, `{operator.name}`…) filled, and a warning listing those
 * that cannot be. The search field drives a listbox (combobox pattern):
 * ArrowUp/ArrowDown and PageUp/PageDown move, Enter chooses, Escape asks to
 * close.
 *
 * Choosing fires `ol-canned-select` with the filled text. The composer
 * listens to it and inserts the text itself. Used on its own, give the
 * picker a `target` text field: unless the event is prevented, the text goes
 * in at the cursor, the field gets an `input` event and the focus back.
 *
 * With an adapter, responses come from `listCanned` (loaded once into the
 * store, searched locally); without `listCanned` the picker renders nothing.
 * Without an adapter, give them in `responses`. "New canned response" shows
 * `<ol-canned-save-form>` (loaded on first use) when the adapter can `saveCanned`.
 *
 * @summary Canned responses: search, preview, insert, save.
 * @tag ol-canned-picker
 *
 * @fires {OlCannedSelectEvent} ol-canned-select - A response was chosen; `text` has its placeholders filled (cancelable: prevent it to insert the text yourself).
 * @fires {OlCannedSaveEvent} ol-canned-save - A new response is being saved (from the embedded form; cancelable).
 * @fires {OlErrorEvent} ol-error - Saving a response failed.
 * @fires {OlCannedCloseEvent} ol-canned-close - The picker is done (response chosen, or Escape): close what shows it.
 *
 * @csspart base - The wrapper.
 * @csspart header - Title and "New" button.
 * @csspart search - The search field.
 * @csspart listbox - The list of responses.
 * @csspart section - A section's heading.
 * @csspart option - One response.
 * @csspart preview - The preview of the active response.
 * @csspart warning - The placeholders that cannot be filled.
 * @csspart state - Loading, empty and no-results messages.
 *
 * @cssproperty [--ol-canned-picker-list-max-block-size=20rem] - Height beyond which the list scrolls.
 * @cssproperty [--ol-canned-picker-active-background=var(--ol-color-surface-selected)] - Background of the active response.
 * @cssproperty [--ol-canned-picker-preview-background=var(--ol-color-surface-sunken)] - Background of the preview.
 * @cssproperty [--ol-canned-picker-section-background=var(--ol-color-surface-raised)] - Background of the section headings (they stick while the list scrolls): set it to the background the picker sits on.
 */
export class OlCannedPickerElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** Data adapter; else the one of an ancestor provider or element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  /** The chat the response is for: fills `{client.*}`, `{chat.title}`, `{session.id}`. Default: the store's chat `chatId`. */
  @property({ attribute: false }) chat?: Chat;

  /** Id of the chat the response is for (sent in `ol-canned-select`). */
  @property({ attribute: 'chat-id' }) chatId?: Id;

  /** A text field to insert the chosen response into, at its cursor. */
  @property({ attribute: false }) target?: TextField;

  /** The responses to offer, when there is no adapter (properties-only use). */
  @property({ attribute: false }) responses?: CannedResponse[];

  /** The search text. */
  @property() query = '';

  @state() private loading = false;
  @state() private loadFailed = false;
  @state() private activeIndex = 0;
  @state() private creating = false;
  @state() private announcement = '';

  @query('#search') private search?: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, {
    filter: (change) => this.concerns(change),
    onStore: (store) => this.storeChanged(store),
  });
  private readonly parts = new LazyPartsController(this);
  private sections: CannedSection[] = [];
  private flat: CannedResponse[] = [];
  private total = 0;
  private preview: FilledText | undefined;
  /** What `sections` were computed from (search and grouping run only when it changes). */
  private found: { all: readonly CannedResponse[]; query: string; t: Translation } | undefined;
  private loadSeq = 0;

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.search?.focus(options);
  }

  /** Also waits for the "New canned response" form when it is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.parts.settled()) ? super.getUpdateComplete() : done;
  }

  /** Loads the responses again (after an error, or to refresh them). */
  async reload(): Promise<void> {
    const store = this.storeCtl.store;
    if (this.responses || !store.adapter || !store.can('listCanned')) return;
    const seq = ++this.loadSeq;
    this.loading = true;
    this.loadFailed = false;
    try {
      await store.loadCanned();
      if (seq === this.loadSeq) this.loading = false;
    } catch {
      if (seq !== this.loadSeq) return;
      this.loading = false;
      this.loadFailed = true;
    }
  }

  /** Whether the picker has something to offer (false when the adapter lacks `listCanned`). */
  get available(): boolean {
    const store = this.storeCtl.store;
    return Boolean(this.responses) || !store.adapter || store.can('listCanned');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    const store = this.storeCtl.store;
    const t = this.localize.t;
    const all = this.responses ?? store.canned ?? [];
    const found = this.found;
    if (!found || found.all !== all || found.query !== this.query || found.t !== t) {
      this.sections = groupCanned(searchCanned(all, this.query), t, this.localize.lang);
      this.flat = this.sections.flatMap((section) => section.items);
      this.found = { all, query: this.query, t };
    }
    this.total = all.length;
    if (changed.has('query')) this.activeIndex = 0;
    this.activeIndex = Math.max(0, Math.min(this.activeIndex, this.flat.length - 1));
    const active = this.flat[this.activeIndex];
    this.preview = active ? fillPlaceholders(active.text, this.placeholderContext()) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('chatId') || changed.has('chat')) this.ensureChat();
    if (changed.has('activeIndex') || changed.has('query')) this.scrollActiveIntoView();
  }

  /** Scrolls the list (and nothing around it) so that the active response shows below its sticky section heading. */
  private scrollActiveIntoView(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.listbox');
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.activeIndex}`);
    if (!list || !option) return;
    const heading = option.parentElement?.querySelector<HTMLElement>('.section')?.offsetHeight ?? 0;
    const box = list.getBoundingClientRect();
    const rect = option.getBoundingClientRect();
    if (rect.top < box.top + heading) list.scrollTop -= box.top + heading - rect.top;
    else if (rect.bottom > box.bottom) list.scrollTop += rect.bottom - box.bottom;
  }

  protected override render() {
    if (!this.available) return nothing;
    const t = this.localize.t;
    const canSave = this.storeCtl.store.can('saveCanned');
    return html`<div part="base" class="picker" dir=${this.localize.dir}>
      <div part="header" class="header">
        <span class="title">${t.cannedResponses}</span>
        ${canSave && !this.creating
          ? html`<button type="button" class="button new" @click=${this.startCreating}>${icon('newSession')}<span>${t.cannedNew}</span></button>`
          : nothing}
      </div>
      ${this.creating ? this.renderForm() : this.renderList(t)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderForm() {
    return html`<ol-canned-save-form
      .chatId=${this.chatId ?? this.chat?.id}
      .strings=${this.strings}
      @ol-canned-form-close=${this.onFormClose}
    ></ol-canned-save-form>`;
  }

  private renderList(t: Translation) {
    const hasList = this.flat.length > 0;
    return html`<div class="search" part="search">
        ${icon('search')}
        <input
          id="search"
          class="input"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-label=${t.cannedSearch}
          placeholder=${t.cannedSearch}
          aria-autocomplete="list"
          aria-expanded=${hasList ? 'true' : 'false'}
          aria-controls=${hasList ? 'listbox' : nothing}
          aria-activedescendant=${hasList ? `option-${this.activeIndex}` : nothing}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
      </div>
      ${this.renderBody(t)}`;
  }

  private renderBody(t: Translation) {
    if (this.loadFailed) {
      return html`<div class="alert" role="alert">
        ${icon('alert')}<span class="grow">${t.errorLoadCanned}</span>
        <button type="button" class="button retry" @click=${() => void this.reload()}>${t.retry}</button>
      </div>`;
    }
    if (this.loading && this.total === 0) {
      return html`<p part="state" class="state" role="status">${t.loading}</p>`;
    }
    if (this.total === 0) return html`<p part="state" class="state empty">${t.cannedEmpty}</p>`;
    if (this.flat.length === 0) return html`<p part="state" class="state no-results">${t.noResultsFor(this.query.trim())}</p>`;
    let index = 0;
    return html`<div class="content">
      <div part="listbox" id="listbox" class="listbox" role="listbox" aria-label=${t.cannedResponses}>
        ${repeat(
          this.sections,
          (section) => section.key,
          (section) => html`<div role="group" class="group" aria-labelledby="section-${section.key || '-'}">
            <div part="section" class="section" id="section-${section.key || '-'}" role="presentation">${section.label}</div>
            ${repeat(section.items, (response) => response.id, (response) => this.renderOption(response, index++))}
          </div>`,
        )}
      </div>
      ${this.renderPreview(t)}
    </div>`;
  }

  private renderOption(response: CannedResponse, index: number) {
    const active = index === this.activeIndex;
    return html`<div
      part="option"
      class=${classMap({ option: true, active })}
      id="option-${index}"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @mousemove=${() => {
        if (this.activeIndex !== index) this.activeIndex = index;
      }}
      @click=${() => this.choose(index)}
    >
      <span class="option-title">${response.title}</span>
      <span class="option-text">${cannedSnippet(response)}</span>
    </div>`;
  }

  private renderPreview(t: Translation) {
    const response = this.flat[this.activeIndex];
    const preview = this.preview;
    if (!response || !preview) return nothing;
    return html`<section part="preview" class="preview" aria-labelledby="preview-label">
      <div class="preview-head">
        <span id="preview-label" class="preview-label">${t.cannedPreview}</span>
        <span class="badge">${sectionLabel(t, response.section)}</span>
        ${response.usageCount ? html`<span class="badge">${t.cannedUsage(response.usageCount)}</span>` : nothing}
      </div>
      <div class="preview-title">${response.title}</div>
      <div class="preview-text">${renderBBCode(preview.text)}</div>
      ${preview.unfilled.length
        ? html`<ul part="warning" class="warning">
            ${preview.unfilled.map((name) => html`<li>${icon('alert')}<span>${t.placeholderUnfilled(name)}</span></li>`)}
          </ul>`
        : nothing}
      <div class="preview-actions">
        <button type="button" class="button primary insert" @click=${() => this.choose(this.activeIndex)}>${t.cannedInsert}</button>
      </div>
    </section>`;
  }

  // ------------------------------------------------------------------- data

  private concerns(change: StoreChange): boolean {
    const chatId = this.chatId;
    return change.directory || (chatId !== undefined && chatChanged(change, chatId));
  }

  private storeChanged(store: OlStore): void {
    if (store.canned === undefined) void this.reload();
    if (store.adapter && !store.me) store.loadDirectory().catch(() => undefined);
    this.ensureChat();
  }

  private ensureChat(): void {
    const store = this.storeCtl.store;
    if (this.chat || this.chatId === undefined || !store.adapter || store.getChat(this.chatId)) return;
    store.loadChat(this.chatId).catch(() => undefined);
  }

  private placeholderContext(): PlaceholderContext {
    const store = this.storeCtl.store;
    const chat = this.chat ?? (this.chatId === undefined ? undefined : store.getChat(this.chatId));
    return { ...(chat ? { chat } : {}), ...(store.me ? { operator: store.me } : {}) };
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  // ---------------------------------------------------------------- actions

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    void this.updateComplete.then(() => {
      const t = this.localize.t;
      this.announce(this.flat.length ? t.announceResults(this.flat.length) : t.noResultsFor(this.query.trim()));
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.flat.length;
    const move = (to: number) => {
      event.preventDefault();
      if (count > 0) this.activeIndex = Math.max(0, Math.min(count - 1, to));
    };
    switch (event.key) {
      case 'ArrowDown':
        move(this.activeIndex + 1);
        break;
      case 'ArrowUp':
        move(this.activeIndex - 1);
        break;
      case 'PageDown':
        move(this.activeIndex + PAGE);
        break;
      case 'PageUp':
        move(this.activeIndex - PAGE);
        break;
      case 'Enter':
        event.preventDefault();
        if (count > 0) this.choose(this.activeIndex);
        break;
      case 'Escape':
        // Keeps the search text (a search field clears itself on Escape); lets the event reach a container.
        event.preventDefault();
        this.requestClose('escape');
        this.target?.focus();
        break;
    }
  }

  /** Chooses a response: `ol-canned-select`, then insertion into `target` unless prevented. */
  private choose(index: number): void {
    const response = this.flat[index];
    if (!response) return;
    this.activeIndex = index;
    const t = this.localize.t;
    const filled = fillPlaceholders(response.text, this.placeholderContext());
    const chatId = this.chatId ?? this.chat?.id;
    const event = new OlCannedSelectEvent({
      ...(chatId === undefined ? {} : { chatId }),
      response: { ...response },
      text: filled.text,
    });
    this.dispatchEvent(event);
    if (!event.defaultPrevented && this.target) insertAtCursor(this.target, filled.text);
    if (filled.unfilled.length) this.announce(filled.unfilled.map((name) => t.placeholderUnfilled(name)).join('. '));
    this.requestClose('select');
  }

  private requestClose(reason: 'select' | 'escape'): void {
    const event = new OlCannedCloseEvent({ reason });
    this.dispatchEvent(event);
  }

  private async startCreating(): Promise<void> {
    this.creating = true;
    // The form loads on first use; it shows (and takes the focus) once it has.
    await Promise.all([this.parts.load(loadSaveForm), this.updateComplete]);
    const form = this.renderRoot.querySelector('ol-canned-save-form');
    await form?.updateComplete;
    form?.focus();
  }

  private async onFormClose(event: OlCannedFormCloseEvent): Promise<void> {
    event.stopPropagation();
    this.creating = false;
    const saved = event.detail.response;
    if (saved) {
      this.query = saved.title;
      this.announce(this.localize.t.cannedSaved);
    }
    await this.updateComplete;
    if (saved) {
      const index = this.flat.findIndex((response) => response.id === saved.id);
      if (index >= 0) this.activeIndex = index;
    }
    this.focus();
  }
}
