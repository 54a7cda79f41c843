import type { PropertyValues } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { editMessage } from '../../core/actions.js';
import type { OlAdapter } from '../../core/adapter.js';
import { actionErrorMessage, type Translation } from '../../core/i18n/translation.js';
import type { Message } from '../../core/model.js';
import { LocalizeController } from '../../controllers/localize.js';
import { StoreController } from '../../controllers/store-controller.js';
import { controlStyles } from '../shared/controls.styles.js';
import { baseStyles } from '../../themes/tokens.js';
import { OlEditorCloseEvent } from './editor-events.js';
import { styles } from './message-editor.styles.js';

/**
 * Edits the text of an operator message in place (M9): a text area filled
 * with the message's BBCode text. Enter saves, Shift+Enter starts a new line,
 * Escape cancels. Saving goes through the `editMessage` action (cancelable
 * `ol-message-edit`, optimistic, rolled back on failure); a failure is shown
 * in the editor and the text typed is kept.
 *
 * The timeline shows it in place of a message when `<ol-message-menu>` asks
 * for an edit (`ol-edit-request`), and removes it on `ol-editor-close`. It
 * takes the focus when it appears.
 *
 * @summary Inline editor of one message's text.
 * @tag ol-message-editor
 *
 * @fires {OlMessageEditEvent} ol-message-edit - Saving, before the adapter is called (cancelable).
 * @fires {OlErrorEvent} ol-error - The adapter refused the edit.
 * @fires {OlEditorCloseEvent} ol-editor-close - Internal: the edit is saved or cancelled; remove the editor. Not composed.
 *
 * @csspart base - The wrapper.
 * @csspart textarea - The text area.
 * @csspart actions - The row of buttons.
 *
 * @cssproperty [--ol-message-editor-max-block-size=12lh] - Height beyond which the text area scrolls.
 */
export class OlMessageEditorElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The message being edited (its `chatId`, `id` and `text` are used). */
  @property({ attribute: false }) message?: Message;

  /** Data adapter; else the one of an ancestor provider or element. */
  @property({ attribute: false }) adapter?: OlAdapter;

  /** Per-element overrides of built-in strings. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private value = '';
  @state() private error: string | undefined;
  /** The error is a failed save: Retry is offered. */
  private failed = false;
  @state() private saving = false;

  @query('textarea') private textarea!: HTMLTextAreaElement;

  private readonly localize = new LocalizeController(this);
  private readonly storeCtl = new StoreController(this, { filter: () => false });

  /** Focuses the text area, the cursor at the end. */
  override focus(options?: FocusOptions): void {
    const textarea = this.textarea;
    if (!textarea) return;
    textarea.focus(options);
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.storeCtl.sync();
    const previous = changed.get('message') as Message | undefined;
    if (changed.has('message') && previous?.id !== this.message?.id) {
      this.value = this.message?.text ?? '';
      this.error = undefined;
    }
  }

  protected override firstUpdated(): void {
    this.focus();
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div part="base" class="editor">
      <label class="visually-hidden" for="text">${t.editingMessage}</label>
      <textarea
        id="text"
        part="textarea"
        class="input"
        rows="2"
        .value=${this.value}
        aria-describedby="hint"
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-errormessage=${this.error ? 'error' : nothing}
        ?readonly=${this.saving}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      ></textarea>
      ${this.error
        ? html`<div id="error" class="alert" role="alert">${this.error}${this.failed
              ? html` <button type="button" class="button retry" @click=${this.save}>${t.retry}</button>`
              : nothing}</div>`
        : nothing}
      <div class="footer">
        <span id="hint" class="hint">${t.editHint}</span>
        <span part="actions" class="actions">
          <button type="button" class="button" @click=${this.cancel}>${t.cancel}</button>
          <button type="button" class="button primary" aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.save}>${t.save}</button>
        </span>
      </div>
    </div>`;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      void this.save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
    }
  }

  /** Saves the text typed; resolves when the editor is done or shows an error. */
  async save(): Promise<void> {
    const message = this.message;
    if (!message || this.saving) return;
    const text = this.value;
    const t = this.localize.t;
    if (!text.trim()) {
      this.error = t.requiredField;
      return;
    }
    if (text === message.text) {
      this.close('cancel');
      return;
    }
    this.saving = true;
    this.error = undefined;
    this.failed = false;
    const result = await editMessage(this.storeCtl.store, this, message.chatId, message.id, text);
    this.saving = false;
    if (result.status === 'failed') {
      this.failed = true;
      this.error = actionErrorMessage(t, 'editMessage');
      await this.updateComplete;
      this.textarea.focus();
      return;
    }
    this.close('saved', text);
  }

  /** Leaves without saving. */
  cancel(): void {
    this.close('cancel');
  }

  private close(reason: 'saved' | 'cancel', text?: string): void {
    const message = this.message;
    if (!message) return;
    const event = new OlEditorCloseEvent({
      reason,
      chatId: message.chatId,
      messageId: message.id,
      ...(text === undefined ? {} : { text }),
    });
    this.dispatchEvent(event);
  }
}
