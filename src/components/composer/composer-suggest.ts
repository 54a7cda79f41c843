/**
 * The suggestion list under the caret: mentions after `@` (A5) and commands
 * after `/` at the start of a line or from the commands button (A6).
 *
 * The textarea stays focused (a textarea cannot take `role="combobox"`): it
 * points at the list with `aria-controls` and at the active option with
 * `aria-activedescendant`; ArrowUp/ArrowDown move, Enter/Tab choose, Escape
 * closes. The list is rendered in the composer's own shadow root, so those
 * id references resolve.
 * @internal
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Command, Id, Mention } from '../../core/model.js';
import { OlCommandInsertEvent, OlMentionInsertEvent } from '../../events/composer-events.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { OlStore } from '../../core/store.js';
import { icon, type IconName } from '../shared/icons.js';
import { FORMAT_ICONS, applyCommand, commandItems, filterCommands, type CommandItem } from './composer-commands.js';
import { findTrigger, mentionLabel, replaceRange, type TextEdit, type Trigger } from './composer-text.js';

export type SuggestChoice = { type: 'mention'; mention: Mention } | { type: 'command'; item: CommandItem };

export interface SuggestOption {
  key: string;
  label: string;
  detail?: string;
  icon: IconName;
  choice: SuggestChoice;
}

/** What the list needs from the composer. */
export interface SuggestEnv {
  /** The composer: the insert events are dispatched on it. */
  readonly origin: EventTarget;
  store(): OlStore;
  chatId(): string;
  t(): Translation;
  announce(text: string): void;
  /** The text field. */
  field(): HTMLTextAreaElement | undefined;
  /** Puts new text and selection in the field (and the draft). */
  applyEdit(edit: TextEdit): void;
  /** Records a mention inserted in the draft (sent as BBCode). */
  addMention(mention: Mention): void;
  /** Opens the canned responses (the list's first command). */
  openCanned(opener: HTMLElement): void;
}

export const SUGGEST_LIST_ID = 'suggestions';
const OPTION_ID = 'suggestion-';
/**
 * Options shown at once. The list never scrolls (a scrolled region would need
 * its own tab stop): the window follows the active option, and the wheel
 * moves it.
 */
const WINDOW = 8;
const SEARCH_DELAY_MS = 120;

export class SuggestController implements ReactiveController {
  kind: 'mention' | 'command' | undefined;
  /** What was typed to open the list; absent when a button opened it. */
  trigger: Trigger | undefined;
  options: SuggestOption[] = [];
  active = 0;
  loading = false;
  error: string | undefined;

  /** First option shown. */
  private windowStart = 0;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly commandCache = new Map<Id, Promise<Command[]>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: SuggestEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
  }

  get open(): boolean {
    return this.kind !== undefined;
  }

  get activeId(): string | undefined {
    return this.open && this.options.length ? `${OPTION_ID}${this.active}` : undefined;
  }

  /** Whether mentions can be searched (the adapter has `searchMentions`). */
  get canMention(): boolean {
    return typeof this.env.store().adapter?.searchMentions === 'function';
  }

  /** Looks at the text before the caret after each input or caret move. */
  refresh(text: string, caret: number): void {
    const trigger = findTrigger(text, caret);
    if (!trigger || (trigger.kind === 'mention' && !this.canMention)) {
      if (this.trigger || this.kind === 'mention') this.close();
      return;
    }
    if (
      this.trigger &&
      this.trigger.kind === trigger.kind &&
      this.trigger.start === trigger.start &&
      this.trigger.query === trigger.query
    ) {
      return;
    }
    this.trigger = trigger;
    this.kind = trigger.kind;
    if (trigger.kind === 'mention') this.searchMentions(trigger.query);
    else void this.loadCommands(trigger.query);
  }

  /** Opens the commands list without anything typed (commands button). */
  openCommands(): void {
    this.trigger = undefined;
    this.kind = 'command';
    void this.loadCommands('');
  }

  close(): void {
    clearTimeout(this.timer);
    this.seq += 1;
    const wasOpen = this.open;
    this.kind = undefined;
    this.trigger = undefined;
    this.options = [];
    this.active = 0;
    this.windowStart = 0;
    this.loading = false;
    this.error = undefined;
    if (wasOpen) this.host.requestUpdate();
  }

  /** Moves the active option, wrapping around. */
  move(delta: number): void {
    const count = this.options.length;
    if (!count) return;
    this.setActive((this.active + delta + count) % count);
  }

  private readonly onWheel = (event: WheelEvent) => {
    if (this.options.length <= WINDOW || event.deltaY === 0) return;
    event.preventDefault();
    this.move(event.deltaY > 0 ? 1 : -1);
  };

  setActive(index: number): void {
    this.active = index;
    // Slide the window of shown options just enough to show the active one.
    if (index < this.windowStart) this.windowStart = index;
    if (index >= this.windowStart + WINDOW) this.windowStart = index - WINDOW + 1;
    this.windowStart = Math.max(0, Math.min(this.windowStart, this.options.length - WINDOW));
    this.host.requestUpdate();
  }

  /**
   * Keys of the text field while the list is open: ArrowUp/ArrowDown move,
   * Enter/Tab choose, Escape closes. Returns whether the key was used.
   */
  handleKeydown(event: KeyboardEvent): boolean {
    if (!this.open) return false;
    const hasOptions = this.options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!hasOptions) return false;
        this.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
      case 'Tab':
        if (!hasOptions || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
        this.pick(this.active);
        break;
      case 'Escape':
        event.stopPropagation();
        this.close();
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  /** Applies the chosen option: inserts the mention or runs the command. */
  pick(index: number): void {
    const option = this.options[index];
    if (!option) return;
    const trigger = this.trigger;
    this.close();
    if (option.choice.type === 'mention') this.insertMention(option.choice.mention, trigger);
    else this.runCommand(option.choice.item, trigger);
  }

  /** The mention button: types `@` at the caret, which opens the list. */
  startMention(): void {
    const field = this.env.field();
    if (!field) return;
    const before = field.value.slice(0, field.selectionStart);
    this.env.applyEdit(replaceRange(field.value, field.selectionStart, field.selectionEnd, /(^|\s)$/.test(before) ? '@' : ' @'));
    this.refresh(field.value, field.selectionStart);
  }

  /** The commands button: opens the list for the current selection. */
  toggleCommands(): void {
    if (this.kind === 'command' && !this.trigger) {
      this.close();
      return;
    }
    this.env.field()?.focus();
    this.openCommands();
  }

  private insertMention(mention: Mention, trigger: Trigger | undefined): void {
    const event = new OlMentionInsertEvent({ chatId: this.env.chatId(), mention: { ...mention } });
    this.env.origin.dispatchEvent(event);
    const field = this.env.field();
    if (!field) return;
    if (event.defaultPrevented) {
      field.focus();
      return;
    }
    const start = trigger?.start ?? field.selectionStart;
    const end = trigger?.end ?? field.selectionEnd;
    this.env.addMention(mention);
    this.env.applyEdit(replaceRange(field.value, start, end, `${mentionLabel(mention)} `));
  }

  private runCommand(item: CommandItem, trigger: Trigger | undefined): void {
    const field = this.env.field();
    if (!field) return;
    let text = field.value;
    let start = field.selectionStart;
    let end = field.selectionEnd;
    const removeTrigger = () => {
      if (!trigger) return;
      text = text.slice(0, trigger.start) + text.slice(trigger.end);
      start = end = trigger.start;
    };
    if (item.type === 'canned') {
      removeTrigger();
      this.env.applyEdit({ text, selectionStart: start, selectionEnd: end });
      this.env.openCanned(field);
      return;
    }
    const event = new OlCommandInsertEvent({ chatId: this.env.chatId(), command: { ...item.command } });
    this.env.origin.dispatchEvent(event);
    if (event.defaultPrevented) {
      field.focus();
      return;
    }
    removeTrigger();
    this.env.applyEdit(applyCommand(text, start, end, item));
  }

  private searchMentions(query: string): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    this.loading = true;
    this.host.requestUpdate();
    this.timer = setTimeout(async () => {
      const store = this.env.store();
      const t = this.env.t();
      const search = store.adapter?.searchMentions;
      if (typeof search !== 'function') return;
      try {
        const found = await store.withTimeout(search.call(store.adapter, query));
        if (seq !== this.seq) return;
        this.show(
          found.map((mention) => ({
            key: `${mention.kind}:${mention.id}`,
            label: mention.name,
            detail: mention.kind === 'user' ? t.mentionUser : t.mentionChat,
            icon: mention.kind === 'user' ? 'user' : 'chat',
            choice: { type: 'mention', mention },
          })),
        );
      } catch {
        if (seq !== this.seq) return;
        this.loading = false;
        this.options = [];
        this.error = t.errorMentions;
        this.host.requestUpdate();
      }
    }, SEARCH_DELAY_MS);
  }

  private async loadCommands(query: string): Promise<void> {
    const seq = ++this.seq;
    const store = this.env.store();
    const t = this.env.t();
    const chatId = this.env.chatId();
    const extra = await this.adapterCommands(store, chatId);
    if (seq !== this.seq) return;
    const canned = store.can('listCanned');
    const items = filterCommands(commandItems(t, extra, canned), query);
    this.show(
      items.map((item, i) => ({
        key: `${item.type}:${item.type === 'canned' ? 'canned' : item.command.command}:${i}`,
        label: item.type === 'canned' ? item.title : item.command.title,
        detail: item.type === 'canned' ? '/' : item.command.description ?? item.command.command,
        icon: item.type === 'canned' ? 'canned' : item.type === 'format' ? FORMAT_ICONS[item.format] ?? 'slash' : 'slash',
        choice: { type: 'command', item },
      })),
    );
  }

  private adapterCommands(store: OlStore, chatId: Id): Promise<Command[]> {
    const list = store.adapter?.listCommands;
    if (typeof list !== 'function' || !chatId) return Promise.resolve([]);
    let commands = this.commandCache.get(chatId);
    if (!commands) {
      commands = store.withTimeout(list.call(store.adapter, chatId)).catch(() => {
        this.commandCache.delete(chatId);
        return [];
      });
      this.commandCache.set(chatId, commands);
    }
    return commands;
  }

  private show(options: SuggestOption[]): void {
    this.loading = false;
    this.error = undefined;
    this.options = options;
    this.active = 0;
    this.windowStart = 0;
    this.env.announce(this.env.t().announceResults(options.length));
    this.host.requestUpdate();
  }

  /** The listbox (options are chosen with the mouse too). */
  render() {
    if (!this.open) return nothing;
    const t = this.env.t();
    const label = this.kind === 'mention' ? t.mention : t.commands;
    const empty = !this.loading && !this.error && this.options.length === 0;
    const count = this.options.length;
    const shown = this.options.slice(this.windowStart, this.windowStart + WINDOW);
    return html`<div class="suggest popover" part="suggestions">
      ${count
        ? html`<ul id=${SUGGEST_LIST_ID} role="listbox" aria-label=${label} class="suggest-list" @wheel=${this.onWheel}>
        ${repeat(
          shown,
          (option) => option.key,
          (option, offset) => {
            const index = this.windowStart + offset;
            return html`<li
            id=${`${OPTION_ID}${index}`}
            role="option"
            class="option"
            aria-setsize=${count}
            aria-posinset=${index + 1}
            aria-selected=${index === this.active ? 'true' : 'false'}
            @mousedown=${(event: Event) => event.preventDefault()}
            @mousemove=${() => index !== this.active && this.setActive(index)}
            @click=${() => this.pick(index)}
          >
            ${icon(option.icon)}<span class="option-label">${option.label}</span>${option.detail
              ? html`<span class=${this.kind === 'command' ? 'option-detail syntax' : 'option-detail'}>${option.detail}</span>`
              : nothing}
          </li>`;
          },
        )}
      </ul>`
        : nothing}
      ${this.loading ? html`<p class="suggest-note">${t.loading}</p>` : nothing}
      ${empty ? html`<p class="suggest-note">${t.noResults}</p>` : nothing}
      ${this.error ? html`<p class="suggest-note alert" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }
}
