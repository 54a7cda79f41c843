/**
 * The context menu of a chat row (right click, the menu key, Shift+F10, or the
 * row's ⋯): "Message history" (L2, only fires `ol-chat-history`: the panel
 * shows the history) and "Rename" (L3, inline). Actions the adapter cannot do
 * are left out; with none left, no menu opens.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import type { Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { OlChatHistoryEvent } from '../../events/chat-events.js';
import type { ChatListMenuItem, MenuAnchor, MenuCloseDetail, MenuSelectDetail } from '../chat-list-menu/chat-list-menu.component.js';

export interface RowMenuOptions {
  store: () => OlStore;
  localize: LocalizeController;
  rename: (chatId: Id) => void;
  /** Gives focus back to the row. */
  focusChat: (chatId: Id) => void;
}

export class RowMenuController implements ReactiveController {
  private open: { chatId: Id; anchor: MenuAnchor } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RowMenuOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private items(): ChatListMenuItem[] {
    const { t } = this.options.localize;
    const store = this.options.store();
    const items: ChatListMenuItem[] = [];
    if (store.can('searchHistory')) items.push({ id: 'history', label: t.messageHistory, icon: 'history' });
    if (store.can('renameChat')) items.push({ id: 'rename', label: t.rename, icon: 'edit' });
    return items;
  }

  /** Opens the menu of a chat (again for the same chat: nothing happens). */
  show(chatId: Id, anchor: MenuAnchor): void {
    if (this.open?.chatId === chatId || this.items().length === 0) return;
    this.open = { chatId, anchor };
    this.host.requestUpdate();
  }

  private close(): Id | undefined {
    const chatId = this.open?.chatId;
    this.open = undefined;
    this.host.requestUpdate();
    return chatId;
  }

  private onSelect(event: CustomEvent<MenuSelectDetail>): void {
    const chatId = this.close();
    if (chatId === undefined) return;
    if (event.detail.id === 'rename') {
      this.options.rename(chatId);
      return;
    }
    this.host.dispatchEvent(new OlChatHistoryEvent({ chatId }));
    this.options.focusChat(chatId);
  }

  private onClose(event: CustomEvent<MenuCloseDetail>): void {
    const chatId = this.close();
    if (chatId !== undefined && event.detail.returnFocus) this.options.focusChat(chatId);
  }

  render() {
    if (!this.open) return nothing;
    const title = this.options.store().getChat(this.open.chatId)?.title ?? '';
    return html`<ol-chat-list-menu
      .items=${this.items()}
      .anchor=${this.open.anchor}
      label=${this.options.localize.t.chatActionsFor(title)}
      @menu-select=${(e: CustomEvent<MenuSelectDetail>) => this.onSelect(e)}
      @menu-close=${(e: CustomEvent<MenuCloseDetail>) => this.onClose(e)}
    ></ol-chat-list-menu>`;
  }
}
