/**
 * Templates of `<ol-message-menu>`'s views: the actions, the delete
 * confirmation and the result of an action. Pure functions of what they
 * show and the handlers they call. @internal
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Translation } from '../../core/i18n/translation.js';
import { icon, type IconName } from '../shared/icons.js';
import type { BuiltInAction } from './menu-actions.js';

/** One row of the menu: a built-in action or one of the host's. */
export type MenuItem =
  | { kind: 'built-in'; id: string; label: string; icon: IconName; action: BuiltInAction }
  | { kind: 'extra'; id: string; label: string; icon?: IconName };

export interface MenuListOptions {
  items: readonly MenuItem[];
  /** The action waiting for the adapter: every item is then disabled. */
  busy: string | undefined;
  tabIndexFor: (index: number) => number;
  onChoose: (item: MenuItem, index: number) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The `role="menu"` list, the host's actions after a separator. */
export function renderMenuList(t: Translation, options: MenuListOptions) {
  const { items, busy } = options;
  const firstExtra = items.findIndex((item) => item.kind === 'extra');
  return html`<div
    part="menu"
    class="menu"
    role="menu"
    aria-label=${t.messageActions}
    aria-busy=${busy ? 'true' : 'false'}
    @keydown=${options.onKeydown}
  >
    ${repeat(
      items,
      (item) => `${item.kind}:${item.id}`,
      (item, index) => html`${index === firstExtra && index > 0
          ? html`<div part="separator" class="separator" role="separator"></div>`
          : nothing}<button
          type="button"
          part="item"
          class=${classMap({ item: true, danger: item.kind === 'built-in' && item.id === 'delete' })}
          role="menuitem"
          data-index=${index}
          data-action=${item.id}
          tabindex=${options.tabIndexFor(index)}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => options.onChoose(item, index)}
        >
          ${item.icon ? icon(item.icon) : html`<span class="icon" aria-hidden="true"></span>`}
          <span class="label">${item.label}</span>
          ${busy === item.id ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        </button>`,
    )}
  </div>`;
}

/** M10: "Delete this message? [Cancel] [Delete]". */
export function renderDeleteConfirm(t: Translation, options: { busy: boolean; onCancel: () => void; onConfirm: () => void }) {
  return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-title" aria-describedby="confirm-body">
    <p id="confirm-title" class="confirm-title">${t.deleteConfirmTitle}</p>
    <p id="confirm-body" class="confirm-body">${t.deleteConfirmBody}</p>
    <div class="buttons">
      <button type="button" class="button cancel" @click=${options.onCancel}>${t.cancel}</button>
      <button
        type="button"
        class="button primary danger confirm-delete"
        aria-disabled=${options.busy ? 'true' : 'false'}
        @click=${options.onConfirm}
      >
        ${t.delete}
      </button>
    </div>
  </div>`;
}

/**
 * The live region of the popup, present in every view so that a result
 * written into it is announced ("Task created").
 */
export function renderStatus(result: { text: string } | undefined) {
  // No whitespace inside: the region collapses (`:empty`) while it has nothing to say.
  const content = result ? html`${icon('check')}<span id="result-text">${result.text}</span>` : nothing;
  return html`<div part="status" class="status" role="status">${content}</div>`;
}

/** The buttons under a result: a link to what was created (when it has an address) and Close. */
export function renderResultButtons(t: Translation, url: string | undefined, onClose: () => void) {
  return html`<div class="buttons">
    ${url
      ? html`<a class="button" href=${url} target="_blank" rel="noopener noreferrer" aria-describedby="result-text">${t.open}</a>`
      : nothing}
    <button type="button" class="button close" @click=${onClose}>${t.close}</button>
  </div>`;
}
