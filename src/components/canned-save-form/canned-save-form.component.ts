import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { saveCanned } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { actionErrorMessage, type Translation } from '../../core/i18n/translation.js';
import type { CannedDraft, Id } from '../../core/model.js';
import { LocalizeController } from '../../controllers/localize.js';
import { StoreController } from '../../controllers/store-controller.js';
import { baseStyles } from '../../themes/tokens.js';
import { knownSections, sectionLabel } from '../canned-picker/canned-search.js';
import { controlStyles } from '../shared/controls.styles.js';
import { OlCannedFormCloseEvent, type CannedFormCloseDetail } from './canned-form-events.js';
import { cannedTitleFrom } from './canned-title.js';
import { styles } from './canned-save-form.styles.js';

type Field = 'title' | 'text';

/**
 * Saves text as a canned response (M8): title (prefilled with the first words
 * of the text), text and section. An empty title or text is refused with a
 * message on the field. Saving goes through the `saveCanned` action
 * (cancelable `ol-canned-save`); the new response is then in the store, so
 * `<ol-canned-picker>` finds it. A failure is shown with `role="alert"` and
 * everything typed is kept.
 *
 * `<ol-message-menu>` shows it for "Save as canned response";
 * `<ol-canned-picker>` for "New canned response".
 *
 * @summary Form that saves a canned response.
 * @tag ol-canned-save-form
 *
 * @fires {OlCannedSaveEvent} ol-canned-save - Saving, before the adapter is called (cancelable).
 * @fires {OlErrorEvent} ol-error - The adapter refused to save.
 * @fires {OlCannedFormCloseEvent} ol-canned-form-close - Internal: saved or cancelled; close the form. Not composed.
 *
 * @csspart base - The form.
 * @csspart header - The form's title.
 * @csspart actions - The row of buttons.
 */
export class OlCannedSaveFormElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The text to save (BBCode), e.g. a message's text. */
  @property() text = '';

  /** The title to start with; default: the first words of `text`. */
  @property({ attribute: 'response-title' }) responseTitle?: string;

  /** The section to start with (`greeting`, `payment`, `delivery`, `common` or any name); empty for none. */
  @property() section = '';

  /** The message the text comes from (sent in `ol-canned-save`). */
  @property({ attribute: 'from-message-id' }) fromMessageId?: Id;

  /** The chat the message belongs to (sent in `ol-canned-save`). */
  @property({ attribute: 'chat-id' }) chatId?: Id;

  /** Data adapter; else the one of an ancestor provider or element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private titleValue = '';
  @state() private textValue = '';
  @state() private sectionValue = '';
  @state() private invalid: ReadonlySet<Field> = new Set();
  @state() private failure: string | undefined;
  @state() private saving = false;

  @query('#title') private titleInput!: HTMLInputElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, { filter: (change) => change.directory });
  private sections: string[] = [];

  /** Focuses the title field. */
  override focus(options?: FocusOptions): void {
    this.titleInput?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    if (changed.has('text') || changed.has('responseTitle')) {
      this.textValue = this.text;
      this.titleValue = this.responseTitle ?? cannedTitleFrom(this.text);
      this.invalid = new Set();
      this.failure = undefined;
    }
    if (changed.has('section')) this.sectionValue = this.section.trim();
    const sections = knownSections(this.storeCtl.store.canned);
    if (this.sectionValue && !sections.includes(this.sectionValue)) sections.push(this.sectionValue);
    this.sections = sections;
  }

  protected override render() {
    const t = this.localize.t;
    const heading = this.fromMessageId === undefined ? t.cannedNew : t.saveAsCanned;
    return html`<form part="base" aria-labelledby="heading" novalidate @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <div part="header" id="heading" class="heading">${heading}</div>
      ${this.failure
        ? html`<div class="alert" role="alert">${this.failure} <button type="submit" class="button retry" ?disabled=${this.saving}>${t.retry}</button></div>`
        : nothing}
      <div class="field">
        <label for="title">${t.cannedFieldTitle}</label>
        <input
          id="title"
          class="input"
          autocomplete="off"
          required
          .value=${this.titleValue}
          aria-invalid=${this.invalid.has('title') ? 'true' : 'false'}
          aria-describedby=${this.invalid.has('title') ? 'title-error' : nothing}
          @input=${(e: Event) => this.onField('title', (e.target as HTMLInputElement).value)}
        />
        ${this.invalid.has('title') ? html`<span id="title-error" class="field-error">${t.requiredField}</span>` : nothing}
      </div>
      <div class="field">
        <label for="text">${t.cannedFieldText}</label>
        <textarea
          id="text"
          class="input"
          rows="4"
          required
          .value=${this.textValue}
          aria-invalid=${this.invalid.has('text') ? 'true' : 'false'}
          aria-describedby=${this.invalid.has('text') ? 'text-error' : nothing}
          @input=${(e: Event) => this.onField('text', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.invalid.has('text') ? html`<span id="text-error" class="field-error">${t.requiredField}</span>` : nothing}
      </div>
      <div class="field">
        <label for="section">${t.cannedFieldSection}</label>
        <select id="section" class="input" @change=${(e: Event) => (this.sectionValue = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.sectionValue === ''}>${t.cannedNoSection}</option>
          ${repeat(
            this.sections,
            (name) => name,
            (name) => html`<option value=${name} ?selected=${this.sectionValue === name}>${sectionLabel(t, name)}</option>`,
          )}
        </select>
      </div>
      <div part="actions" class="actions">
        <button type="button" class="button" @click=${this.cancel}>${t.cancel}</button>
        <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : 'false'}>${t.save}</button>
      </div>
    </form>`;
  }

  private onField(field: Field, value: string): void {
    if (field === 'title') this.titleValue = value;
    else this.textValue = value;
    if (this.invalid.has(field) && value.trim()) {
      const invalid = new Set(this.invalid);
      invalid.delete(field);
      this.invalid = invalid;
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.save();
  }

  /** Validates and saves; resolves when the form is done or shows an error. */
  async save(): Promise<void> {
    if (this.saving) return;
    const title = this.titleValue.trim();
    const text = this.textValue;
    const invalid = new Set<Field>();
    if (!title) invalid.add('title');
    if (!text.trim()) invalid.add('text');
    this.invalid = invalid;
    if (invalid.size > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(invalid.has('title') ? '#title' : '#text')?.focus();
      return;
    }
    const draft: CannedDraft & { chatId?: Id } = { title, text };
    if (this.chatId !== undefined) draft.chatId = this.chatId;
    if (this.sectionValue) draft.section = this.sectionValue;
    if (this.fromMessageId !== undefined) draft.fromMessageId = this.fromMessageId;
    this.saving = true;
    this.failure = undefined;
    const result = await saveCanned(this.storeCtl.store, this, draft);
    this.saving = false;
    if (result.status === 'failed') {
      this.failure = actionErrorMessage(this.localize.t, 'saveCanned');
      return;
    }
    this.close(result.status === 'done' ? { reason: 'saved', response: result.value } : { reason: 'saved' });
  }

  /** Closes without saving. */
  cancel(): void {
    this.close({ reason: 'cancel' });
  }

  private close(detail: CannedFormCloseDetail): void {
    const event = new OlCannedFormCloseEvent(detail);
    this.dispatchEvent(event);
  }
}
