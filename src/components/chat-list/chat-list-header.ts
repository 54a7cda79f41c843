/** The bar above the Messenger list (search, settings), its debounced search, and the S1 tabs. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { SettingsToggleDetail } from '../chat-list-settings/chat-list-settings.component.js';
import { icon } from '../shared/icons.js';

/** Search is applied this long after the last keystroke (clearing is immediate). */
export const SEARCH_DEBOUNCE_MS = 150;

/** What is typed in the search box, and the query applied after a pause (at once when cleared). */
export class SearchController implements ReactiveController {
  /** The text in the box. */
  text = '';
  /** The query the list shows. */
  query = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onApply: (query: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  input(value: string): void {
    this.text = value;
    clearTimeout(this.timer);
    if (value.trim()) this.timer = setTimeout(() => this.apply(value), SEARCH_DEBOUNCE_MS);
    else this.apply('');
    this.host.requestUpdate();
  }

  clear(): void {
    this.input('');
  }

  private apply(query: string): void {
    this.query = query;
    this.onApply(query);
    this.host.requestUpdate();
  }
}

export interface HeaderContext {
  localize: LocalizeController;
  strings: Partial<Translation> | undefined;
  searchText: string;
  separateOpenChannels: boolean;
  groupWaiting: boolean;
  onSearchInput: (event: Event) => void;
  onClearSearch: () => void;
  onSettingToggle: (event: CustomEvent<SettingsToggleDetail>) => void;
}

export function renderHeader(ctx: HeaderContext) {
  const { t } = ctx.localize;
  return html`<div class="header" part="header">
    <div class="search" part="search" role="search">
      ${icon('search')}
      <input
        class="input"
        type="search"
        aria-label=${t.searchChatsPlaceholder}
        placeholder=${t.searchChatsPlaceholder}
        .value=${ctx.searchText}
        @input=${ctx.onSearchInput}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape' && ctx.searchText) ctx.onClearSearch();
        }}
      />
      ${ctx.searchText
        ? html`<button class="button icon-only clear" aria-label=${t.clearSearch} title=${t.clearSearch} @click=${ctx.onClearSearch}>
            ${icon('close')}
          </button>`
        : nothing}
    </div>
    <ol-chat-list-settings
      .strings=${ctx.strings}
      .separateOpenChannels=${ctx.separateOpenChannels}
      .groupWaiting=${ctx.groupWaiting}
      @settings-toggle=${ctx.onSettingToggle}
    ></ol-chat-list-settings>
  </div>`;
}

export type ChatListTab = 'open-channels' | 'colleagues';

/** WAI-ARIA tabs with automatic activation: arrows, Home and End switch and focus. */
export function renderTabs(localize: LocalizeController, current: ChatListTab, select: (tab: ChatListTab, focus: boolean) => void) {
  const { t } = localize;
  const tabs: [ChatListTab, string][] = [
    ['open-channels', t.tabOpenChannels],
    ['colleagues', t.tabChats],
  ];
  const onKeydown = (event: KeyboardEvent) => {
    const other: ChatListTab = current === 'open-channels' ? 'colleagues' : 'open-channels';
    const target = { ArrowLeft: other, ArrowRight: other, Home: 'open-channels', End: 'colleagues' }[event.key] as ChatListTab | undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.chatList} @keydown=${onKeydown}>
    ${tabs.map(
      ([id, label]) => html`<button
        class="tab"
        role="tab"
        id="tab-${id}"
        aria-controls="panel-${id}"
        aria-selected=${current === id ? 'true' : 'false'}
        tabindex=${current === id ? 0 : -1}
        @click=${() => select(id, false)}
      >
        ${label}
      </button>`,
    )}
  </div>`;
}
