import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chat, Id, Message } from '../../core/model.js';
import { isLocalMessage } from '../../core/store.js';
import type { OlEditRequestEvent } from '../message-menu/menu-events.js';
import type { OlMessageMenuElement } from '../message-menu/message-menu.component.js';

export interface TimelineMenuOptions {
  /** The timeline's `<ol-message-menu>`. */
  menu: () => OlMessageMenuElement | undefined;
  chatId: () => Id | undefined;
  chat: () => Chat | undefined;
  /** A loaded message by id. */
  message: (id: Id) => Message | undefined;
  /** Makes a message the tab stop. */
  activate: (id: Id) => void;
  /** The rendered `article` of a message. */
  article: (id: Id) => HTMLElement | null;
}

/** Whether a key opens the context menu of the focused message. */
export function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.metaKey);
}

/**
 * The message menu of a timeline (one `<ol-message-menu>` for every message)
 * and the edit in place it may ask for (M9): `ol-edit-request` from the menu
 * shows `<ol-message-editor>` instead of the message's text until the editor
 * closes; the focus then goes back to the message.
 */
export class TimelineMenuController implements ReactiveController {
  /** The message edited in place. */
  editingId: Id | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: TimelineMenuOptions;
  /** When the keyboard last opened the menu (the `contextmenu` event that follows is ignored). */
  private openedByKey = 0;

  constructor(host: ReactiveControllerHost, options: TimelineMenuOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Opens the menu of a message next to `anchor`, or at the pointer of a `contextmenu` event. */
  async open(id: Id, anchor: Element, event?: MouseEvent): Promise<void> {
    const menu = this.options.menu();
    const message = this.options.message(id);
    if (!message || !menu || message.deleted || isLocalMessage(message)) return;
    menu.message = message;
    menu.chat = this.options.chat();
    this.options.activate(id);
    if (event) await menu.showFromContextMenu(event, anchor);
    else await menu.show(anchor);
  }

  /** Right click (or the context-menu key) on a message. */
  handleContextMenu(event: MouseEvent): void {
    const article = (event.target as Element).closest<HTMLElement>('article[data-message-id]');
    if (!article) return;
    if (Date.now() - this.openedByKey < 300) {
      event.preventDefault();
      return;
    }
    void this.open(article.dataset['messageId']!, article.querySelector('.bubble') ?? article, event);
  }

  /** The context-menu key or Shift+F10 on a focused message. */
  handleMenuKey(event: KeyboardEvent, article: HTMLElement): void {
    event.preventDefault();
    this.openedByKey = Date.now();
    // Next to the bubble; the focus comes back to the message when the menu closes.
    void this.open(article.dataset['messageId']!, article.querySelector('.bubble') ?? article);
  }

  /** "Edit" in the menu: edit in place (the menu then does not show its own editor). */
  handleEditRequest(event: OlEditRequestEvent): void {
    const { chatId, messageId } = event.detail;
    if (chatId !== this.options.chatId() || !this.options.message(messageId)) return;
    event.preventDefault();
    this.editingId = messageId;
    this.host.requestUpdate();
  }

  /** The menu gives the focus back to its anchor when it closes: the editor takes it after. */
  async handleMenuClose(): Promise<void> {
    const id = this.editingId;
    if (id === undefined) return;
    await this.host.updateComplete;
    this.options.article(id)?.querySelector<HTMLElement>('ol-message-editor')?.focus();
  }

  async handleEditorClose(event: Event): Promise<void> {
    event.stopPropagation();
    const id = this.editingId;
    this.editingId = undefined;
    this.host.requestUpdate();
    if (id === undefined) return;
    await this.host.updateComplete;
    this.options.article(id)?.focus({ preventScroll: true });
  }

  /** Drops the edit of a message no longer loaded. */
  forgetMissing(): void {
    if (this.editingId !== undefined && !this.options.message(this.editingId)) this.editingId = undefined;
  }

  hostDisconnected(): void {
    this.editingId = undefined;
  }
}
