/**
 * The inline rename (L3) of a chat row. The form lives outside the listbox (a
 * text field may not sit inside an option) and is placed over the row being
 * renamed, so it reads as an edit in place. Enter saves, Escape cancels; an
 * empty title is refused; a failure rolls the title back (the store does),
 * shows the error and keeps what was typed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { renameChat } from '../../core/actions.js';
import { actionErrorMessage } from '../../core/i18n/translation.js';
import type { Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';

export interface RenameState {
  chatId: Id;
  /** What the person typed (kept after a failure). */
  draft: string;
  error?: string;
  /** The error is a failed save: Retry is offered. */
  failed?: boolean;
  busy: boolean;
}

export interface RenameOptions {
  store: () => OlStore;
  localize: LocalizeController;
  /** Where the form is rendered. */
  root: () => ParentNode;
  rowElement: (chatId: Id) => HTMLElement | null;
  /** Gives focus back to the row after saving or cancelling. */
  focusChat: (chatId: Id) => void;
}

export class RenameController implements ReactiveController {
  state: RenameState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RenameOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.state) this.place();
  }

  private set(state: RenameState | undefined): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private input(): HTMLInputElement | null {
    return this.options.root().querySelector<HTMLInputElement>('#rename-input');
  }

  async start(chatId: Id): Promise<void> {
    const store = this.options.store();
    const chat = store.getChat(chatId);
    if (!chat || !store.can('renameChat')) return;
    this.set({ chatId, draft: chat.title, busy: false });
    await this.host.updateComplete;
    this.input()?.focus();
    this.input()?.select();
  }

  async submit(): Promise<void> {
    const current = this.state;
    if (!current || current.busy) return;
    const { t } = this.options.localize;
    if (!current.draft.trim()) {
      this.set({ ...current, failed: false, error: t.renameEmptyError });
      return;
    }
    this.set({ ...current, busy: true, failed: false, error: undefined });
    const result = await renameChat(this.options.store(), this.host, current.chatId, current.draft);
    if (this.state?.chatId !== current.chatId) return;
    if (result.status === 'failed') {
      this.set({ ...current, busy: false, failed: true, error: `${actionErrorMessage(t, 'renameChat')}. ${t.errorDetails(result.error.message)}` });
      await this.host.updateComplete;
      this.input()?.focus();
      return;
    }
    this.cancel();
  }

  cancel(): void {
    const chatId = this.state?.chatId;
    this.set(undefined);
    if (chatId !== undefined) this.options.focusChat(chatId);
  }

  /** Puts the form over its row, inside the list body; call it when the list scrolls. */
  place(): void {
    const root = this.options.root();
    const form = root.querySelector<HTMLElement>('.rename');
    const body = form?.parentElement;
    if (!form || !body || !this.state) return;
    const row = this.options.rowElement(this.state.chatId);
    const top = row ? row.getBoundingClientRect().top - body.getBoundingClientRect().top : 0;
    form.style.insetBlockStart = `${Math.max(0, Math.min(top, body.clientHeight - form.offsetHeight))}px`;
  }

  render() {
    const state = this.state;
    if (!state) return nothing;
    const { t } = this.options.localize;
    return html`<form
      class="rename"
      part="rename"
      novalidate
      aria-busy=${state.busy ? 'true' : 'false'}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          this.cancel();
        }
      }}
    >
      <label class="visually-hidden" for="rename-input">${t.chatNameLabel}</label>
      <input
        id="rename-input"
        class="input"
        .value=${live(state.draft)}
        aria-invalid=${state.error ? 'true' : 'false'}
        aria-describedby=${state.error ? 'rename-error' : nothing}
        ?readonly=${state.busy}
        autocomplete="off"
        @input=${(e: Event) => this.state && this.set({ ...this.state, draft: (e.target as HTMLInputElement).value, error: undefined })}
      />
      <button class="button primary" type="submit" ?disabled=${state.busy}>${t.save}</button>
      <button class="button" type="button" @click=${() => this.cancel()}>${t.cancel}</button>
      ${state.error
        ? html`<p id="rename-error" class="alert" role="alert">
            ${state.error}
            ${state.failed ? html`<button class="button retry" type="button" @click=${() => void this.submit()}>${t.retry}</button>` : nothing}
          </p>`
        : nothing}
    </form>`;
  }
}
