import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RovingFocusController } from '../../controllers/roving-focus.js';

export interface PickerGridOptions<T> {
  items: readonly T[];
  columns: number;
  /** Accessible name of the grid. */
  label: string;
  key: (item: T) => string;
  /** Accessible name (and tooltip) of one cell. */
  name: (item: T) => string;
  /** What a cell shows. */
  content: (item: T) => unknown;
  roving: RovingFocusController;
  onSelect: (item: T) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * The ARIA grid of the emoji and GIF pickers: rows of cells, one tab stop
 * (roving focus), a cell chosen by click or by the grid's key handler.
 */
export function renderPickerGrid<T>(options: PickerGridOptions<T>): TemplateResult {
  const { items, columns, roving } = options;
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  return html`<div class="grid" part="grid" role="grid" aria-label=${options.label} @keydown=${options.onKeydown}>
    ${rows.map(
      (row, r) => html`<div role="row" class="row">
        ${repeat(row, options.key, (item, c) => {
          const index = r * columns + c;
          return html`<span
            role="gridcell"
            class="cell"
            data-index=${index}
            tabindex=${roving.tabIndexFor(index)}
            aria-label=${options.name(item)}
            title=${options.name(item)}
            @click=${() => options.onSelect(item)}
            @focus=${() => roving.setActive(index)}
            >${options.content(item)}</span
          >`;
        })}
      </div>`,
    )}
  </div>`;
}
