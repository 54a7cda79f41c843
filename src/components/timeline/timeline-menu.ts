import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chat, Id, Message } from '../../core/model.js';
import { isLocalMessage } from '../../core/store.js';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
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

/** The menu and the in-place editor: loaded the first time a message's menu opens, or an edit starts. */
const loadMenu = () => import('../message-menu/ol-message-menu.js');
const loadEditor = () => import('../message-editor/ol-message-editor.js');

/** Whether a key opens the context menu of the focused message. */
export function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.metaKey);
}

/**
 * The message menu of a timeline (one `<ol-message-menu>` for every message)
 * and the edit in place it may ask for (M9): `ol-edit-request` from the menu
 * shows `<ol-message-editor>` instead of the message's text until the editor
 * closes; the focus then goes back to the message. Both load on first use:
 * the menu when a message's menu first opens, the editor on the first edit.
 */
export class TimelineMenuController implements ReactiveController {
  /** The message edited in place. */
  editingId: Id | undefined;
  /** Whether `<ol-message-menu>` is loaded: the timeline renders it from then on. */
  menuLoaded = false;

  private readonly host: ReactiveControllerHost;
  private readonly options: TimelineMenuOptions;
  /** When the keyboard last opened the menu (the `contextmenu` event that follows is ignored). */
  private openedByKey = 0;
  private readonly parts: LazyPartsController;

  constructor(host: ReactiveControllerHost, options: TimelineMenuOptions) {
    this.host = host;
    this.options = options;
    this.parts = new LazyPartsController(host);
    host.addController(this);
  }

  /** Opens the menu of a message next to `anchor`, or at the pointer of a `contextmenu` event. */
  async open(id: Id, anchor: Element, event?: MouseEvent): Promise<void> {
    if (!this.opensFor(id)) return;
    if (!this.menuLoaded) {
      await loadMenu();
      this.menuLoaded = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    const menu = this.options.menu();
    const message = this.options.message(id);
    if (!message || !menu || !this.opensFor(id)) return;
    menu.message = message;
    menu.chat = this.options.chat();
    this.options.activate(id);
    if (event) await menu.showFromContextMenu(event, anchor);
    else await menu.show(anchor);
  }

  /** Whether a message has a menu: loaded, not deleted, and known to the server. */
  private opensFor(id: Id): boolean {
    const message = this.options.message(id);
    return !!message && !message.deleted && !isLocalMessage(message);
  }

  /** Right click (or the context-menu key) on a message. */
  handleContextMenu(event: MouseEvent): void {
    const article = (event.target as Element).closest<HTMLElement>('article[data-message-id]');
    if (!article) return;
    if (Date.now() - this.openedByKey < 300) {
      event.preventDefault();
      return;
    }
    const id = article.dataset['messageId']!;
    // The browser's own menu stays away while ours loads; the menu then opens at the pointer.
    if (!this.menuLoaded && this.opensFor(id)) event.preventDefault();
    void this.open(id, article.querySelector('.bubble') ?? article, event);
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
    void this.parts.load(loadEditor);
  }

  /** The menu gives the focus back to its anchor when it closes: the editor takes it after. */
  async handleMenuClose(): Promise<void> {
    const id = this.editingId;
    if (id === undefined) return;
    await this.parts.settled();
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
