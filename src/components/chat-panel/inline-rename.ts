import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import type { Translation } from '../../core/i18n/translation.js';
import { icon } from '../shared/icons.js';

export interface InlineRenameOptions {
  /** The title now. */
  title: () => string | undefined;
  /** Saves a trimmed, changed, non-empty title; resolves with an error message when it failed. */
  save: (title: string) => Promise<string | undefined>;
  t: () => Translation;
}

/**
 * Renaming in place (N1): the title becomes a field; Enter (or the check
 * button) saves, Escape (or the cross) cancels, an empty name is refused with
 * a message. A failed save reopens the field with what was typed and the
 * error. Focus goes back to the host's `.rename-button` afterwards.
 */
export class InlineRenameController implements ReactiveController {
  /** The field is shown. */
  editing = false;
  private value = '';
  private error: string | undefined;
  /** The error is a failed save (Retry offered), not a refused empty name. */
  private failed = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: InlineRenameOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: InlineRenameOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  private get input(): HTMLInputElement | null {
    return this.host.shadowRoot?.querySelector<HTMLInputElement>('.rename-input') ?? null;
  }

  private async focusButton(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.rename-button')?.focus();
  }

  /** Opens the field with the current title selected. */
  async start(): Promise<void> {
    const title = this.options.title();
    if (title === undefined) return;
    this.editing = true;
    this.value = title;
    this.error = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
    this.input?.select();
  }

  /** Closes the field without saving (also when the chat changes: `focus` false). */
  async cancel(focus = true): Promise<void> {
    if (!this.editing) return;
    this.editing = false;
    this.error = undefined;
    this.host.requestUpdate();
    if (focus) await this.focusButton();
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const value = this.value;
    const title = value.trim();
    this.failed = false;
    if (!title) {
      this.error = this.options.t().renameEmptyError;
      this.host.requestUpdate();
      this.input?.focus();
      return;
    }
    if (title === this.options.title()) {
      await this.cancel();
      return;
    }
    // The title shows at once (optimistic); the field comes back if it fails.
    this.editing = false;
    this.host.requestUpdate();
    const error = await this.options.save(title);
    if (error === undefined) {
      await this.focusButton();
      return;
    }
    this.editing = true;
    this.value = value;
    this.error = error;
    this.failed = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
  };

  /** Saves what is in the field again. */
  private readonly retry = (): void => {
    this.host.shadowRoot?.querySelector<HTMLFormElement>('form.rename')?.requestSubmit();
  };

  private readonly onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    if (this.error) {
      this.error = undefined;
      this.host.requestUpdate();
    }
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void this.cancel();
  };

  /** The form, in place of the title. */
  renderForm(): TemplateResult {
    const t = this.options.t();
    return html`<form class="rename" @submit=${this.submit}>
      <input
        class="input rename-input"
        aria-label=${t.chatNameLabel}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.error ? 'rename-error' : nothing}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      <button class="button icon-only" type="submit" aria-label=${t.save} title=${t.save}>${icon('check')}</button>
      <button class="button icon-only" type="button" aria-label=${t.cancel} title=${t.cancel} @click=${() => this.cancel()}>
        ${icon('close')}
      </button>
    </form>`;
  }

  /** The error under the bar, while editing. */
  renderError(): TemplateResult | typeof nothing {
    return this.editing && this.error
      ? html`<div class="alert" id="rename-error" role="alert" part="alert">
          ${icon('alert')}<span>${this.error}</span>
          ${this.failed
            ? html`<button class="button retry" type="button" @click=${this.retry}>${this.options.t().retry}</button>`
            : nothing}
        </div>`
      : nothing;
  }
}
