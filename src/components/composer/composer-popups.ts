/**
 * The composer's popups (emoji A7, GIF A11, sales A10, canned responses A9):
 * each picker is loaded with `import()` the first time it opens, shown in a
 * non-modal dialog anchored to the composer, and closed by Escape, a click
 * outside or focus leaving it; Escape returns focus to the button that
 * opened it, a choice to the text field.
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../../core/i18n/translation.js';
import type { Gif, SalesItem } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlCannedOpenEvent, OlEmojiInsertEvent, OlSalesOpenEvent, type OlCannedSelectEvent } from '../../events/composer-events.js';
import type { OlCannedCloseEvent } from '../canned-picker/canned-picker-events.js';
import type { EmojiSelectDetail } from '../emoji-picker/emoji-picker.component.js';
import type { GifSelectDetail } from '../gif-picker/gif-picker.component.js';
import type { SalesSelectDetail } from '../sales-picker/sales-picker.component.js';

export type PopupKind = 'emoji' | 'gif' | 'sales' | 'canned';

/** The heavy, rarely used parts: loaded on first use only. */
const LOADERS: Record<PopupKind, () => Promise<unknown>> = {
  emoji: () => import('../emoji-picker/ol-emoji-picker.js'),
  gif: () => import('../gif-picker/ol-gif-picker.js'),
  sales: () => import('../sales-picker/ol-sales-picker.js'),
  canned: () => import('../canned-picker/ol-canned-picker.js'),
};

const loaded = new Map<PopupKind, Promise<unknown>>();

/** Loads a picker's module once. */
export function loadPopup(kind: PopupKind): Promise<unknown> {
  let promise = loaded.get(kind);
  if (!promise) {
    promise = LOADERS[kind]().catch((error: unknown) => {
      loaded.delete(kind);
      throw error;
    });
    loaded.set(kind, promise);
  }
  return promise;
}

/** What the popups need from the composer. */
export interface PopupEnv {
  /** The composer: the open and insert events are dispatched on it. */
  readonly origin: EventTarget;
  renderRoot(): HTMLElement | DocumentFragment;
  store(): OlStore;
  chatId(): string;
  t(): Translation;
  strings(): Partial<Translation> | undefined;
  /** Inserts text at the caret of the text field (and focuses it). */
  insertText(text: string): void;
  focusField(): void;
  sendGif(gif: Gif): void;
  sendSalesItem(item: SalesItem): void;
  /** Something else opened (closes the suggestion list). */
  opening(): void;
}

export class PopupController implements ReactiveController {
  kind: PopupKind | undefined;
  /** Where focus goes back when the popup is dismissed. */
  private opener: HTMLElement | undefined;
  private openSeq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: PopupEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
  }

  private get element(): HTMLElement | null {
    return this.env.renderRoot().querySelector<HTMLElement>('.popup');
  }

  /**
   * Opens a popup from a toolbar button (or closes it when it is the one
   * open). Canned responses and sales announce it first with a cancelable
   * `ol-canned-open` / `ol-sales-open`.
   */
  async toggle(kind: PopupKind, opener: HTMLElement): Promise<void> {
    if (this.kind === kind) {
      this.close(true);
      return;
    }
    const chatId = this.env.chatId();
    if (kind === 'canned' || kind === 'sales') {
      const event = kind === 'canned' ? new OlCannedOpenEvent({ chatId }) : new OlSalesOpenEvent({ chatId });
      this.env.origin.dispatchEvent(event);
      if (event.defaultPrevented) return;
      // Without `listSalesItems` there is nothing to list: the host shows its own.
      if (kind === 'sales' && typeof this.env.store().adapter?.listSalesItems !== 'function') return;
    }
    this.env.opening();
    await this.open(kind, opener);
  }

  private async open(kind: PopupKind, opener: HTMLElement): Promise<void> {
    const seq = ++this.openSeq;
    await loadPopup(kind);
    if (seq !== this.openSeq) return;
    this.kind = kind;
    this.opener = opener;
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const content = this.element?.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await content?.updateComplete;
    content?.focus();
  }

  /** Closes the popup; `restoreFocus` sends focus back to the button that opened it. */
  close(restoreFocus = false): void {
    this.openSeq += 1;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    if (!this.kind) return;
    this.kind = undefined;
    const opener = this.opener;
    this.opener = undefined;
    this.host.requestUpdate();
    if (restoreFocus) opener?.focus();
  }

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    const popup = this.element;
    if ((popup && path.includes(popup)) || (this.opener && path.includes(this.opener))) return;
    this.close(false);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    const popup = this.element;
    if (!next || !popup || popup.contains(next)) return;
    if (this.opener && (next === this.opener || this.opener.contains(next))) return;
    this.close(false);
  };

  private readonly onEmojiSelect = (event: CustomEvent<EmojiSelectDetail>) => {
    this.close();
    const insert = new OlEmojiInsertEvent({ chatId: this.env.chatId(), emoji: event.detail.emoji });
    this.env.origin.dispatchEvent(insert);
    if (insert.defaultPrevented) this.env.focusField();
    else this.env.insertText(event.detail.emoji);
  };

  private readonly onCannedSelect = (event: OlCannedSelectEvent) => {
    // The host hears the event after this listener: decide once everyone has.
    queueMicrotask(() => {
      this.close();
      if (event.defaultPrevented) this.env.focusField();
      else this.env.insertText(event.detail.text);
    });
  };

  private readonly onCannedClose = (event: OlCannedCloseEvent) => {
    if (event.detail.reason === 'escape') this.close(true);
  };

  private readonly onGifSelect = (event: CustomEvent<GifSelectDetail>) => {
    this.close();
    this.env.focusField();
    this.env.sendGif(event.detail.gif);
  };

  private readonly onSalesSelect = (event: CustomEvent<SalesSelectDetail>) => {
    this.close();
    this.env.focusField();
    this.env.sendSalesItem(event.detail.item);
  };

  private label(t: Translation): string {
    switch (this.kind) {
      case 'emoji':
        return t.emoji;
      case 'gif':
        return t.gifSearch;
      case 'sales':
        return t.sales;
      default:
        return t.cannedResponses;
    }
  }

  private content() {
    const strings = this.env.strings();
    const chatId = this.env.chatId();
    switch (this.kind) {
      case 'emoji':
        return html`<ol-emoji-picker .strings=${strings} @emoji-select=${this.onEmojiSelect}></ol-emoji-picker>`;
      case 'gif':
        return html`<ol-gif-picker .strings=${strings} @gif-select=${this.onGifSelect}></ol-gif-picker>`;
      case 'sales':
        return html`<ol-sales-picker chat-id=${chatId} .strings=${strings} @sales-select=${this.onSalesSelect}></ol-sales-picker>`;
      case 'canned':
        return html`<ol-canned-picker
          chat-id=${chatId}
          .strings=${strings}
          @ol-canned-select=${this.onCannedSelect}
          @ol-canned-close=${this.onCannedClose}
        ></ol-canned-picker>`;
      default:
        return nothing;
    }
  }

  /** The dialog around the open picker. */
  render() {
    if (!this.kind) return nothing;
    return html`<div
      class="popup popover"
      part="popup"
      role="dialog"
      aria-label=${this.label(this.env.t())}
      data-kind=${this.kind}
      @keydown=${this.onKeydown}
      @focusout=${this.onFocusOut}
    >
      ${this.content()}
    </div>`;
  }
}
