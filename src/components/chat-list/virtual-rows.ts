import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../core/model.js';

export interface VirtualRowsOptions {
  /** The virtualized listbox, when rendered. */
  list: () => VirtualizerHostElement | null | undefined;
  /** Index in the virtualizer's items of a row (rows and group headers share the items). */
  itemIndexOfRow: (rowIndex: number) => number | undefined;
  /** The row holding the tab stop. */
  activeRow: () => number;
  /** Called with the index of the last rendered item whenever the rendered range changes. */
  onRange?: (last: number) => void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The parts of a virtualized listbox that depend on which rows exist in the
 * DOM: the rendered range (is the active row there to hold the tab stop?),
 * focusing a row that may first need scrolling into the range, and keeping
 * the rows in view still while items are inserted or removed above them.
 */
export class VirtualRows implements ReactiveController {
  private range = { first: 0, last: -1 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualRowsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Listener of the virtualizer's `rangeChanged` event. */
  readonly onRangeChanged = (event: Event & { first?: number; last?: number }): void => {
    const { first = 0, last = -1 } = event;
    const wasRendered = this.activeRowRendered();
    this.range = { first, last };
    if (wasRendered !== this.activeRowRendered()) this.host.requestUpdate();
    this.options.onRange?.(last);
  };

  /** Whether the active row is in the DOM (else the listbox itself takes the tab stop). */
  activeRowRendered(): boolean {
    const item = this.options.itemIndexOfRow(this.options.activeRow());
    return item !== undefined && item >= this.range.first && item <= this.range.last;
  }

  rowElement(chatId: Id): HTMLElement | null {
    return this.options.list()?.querySelector<HTMLElement>(`[role="option"][data-chat-id="${CSS.escape(chatId)}"]`) ?? null;
  }

  /** Focuses a row, scrolling it into the rendered range first when virtualized away. */
  async focusRow(index: number): Promise<void> {
    const find = () => this.options.list()?.querySelector<HTMLElement>(`[role="option"][data-row="${index}"]`);
    let row = find();
    if (!row) {
      const item = this.options.itemIndexOfRow(index) ?? 0;
      this.options.list()?.[virtualizerRef]?.element(item)?.scrollIntoView({ block: 'nearest' });
      for (let tries = 0; tries < 12 && !row; tries += 1) {
        await nextFrame();
        row = find();
      }
    }
    row?.focus();
  }

  /** The first row in view and its distance from the top, when the list is scrolled. */
  captureAnchor(): { chatId: Id; offset: number } | undefined {
    const list = this.options.list();
    if (!list || list.scrollTop <= 0) return undefined;
    const top = list.getBoundingClientRect().top;
    for (const row of list.querySelectorAll<HTMLElement>('[role="option"]')) {
      const offset = row.getBoundingClientRect().top - top;
      if (offset >= 0 && row.dataset.chatId !== undefined) return { chatId: row.dataset.chatId, offset };
    }
    return undefined;
  }

  /** Once the new items are laid out, scrolls so that the anchor row is where it was. */
  async restoreAnchor(anchor: { chatId: Id; offset: number }, rendered: Promise<unknown>): Promise<void> {
    await rendered;
    const list = this.options.list();
    const virtualizer = list?.[virtualizerRef];
    if (!list || !virtualizer) return;
    await Promise.race([virtualizer.layoutComplete.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 100))]);
    const row = this.rowElement(anchor.chatId);
    if (!row) return;
    const delta = row.getBoundingClientRect().top - list.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(delta) >= 1) list.scrollTop += delta;
  }
}
