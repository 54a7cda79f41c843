/**
 * Columns and cells of the Contact Center grid (K1). Each cell has one focus
 * target for the grid's roving focus: the button it holds (sortable headers,
 * row actions) or the cell itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import { CHAT_STATE_SHORT_KEYS, RATING_KEYS, SOURCE_CHANNEL_KEYS } from '../../core/i18n/translation.js';
import type { Chat, Id } from '../../core/model.js';
import type { OlStore } from '../../core/store.js';
import { channelIcon, icon } from '../shared/icons.js';
import type { ContactCenterSort } from './contact-center-model.js';

export type ColumnId =
  | 'session' | 'client' | 'queue' | 'source' | 'operator' | 'state'
  | 'created' | 'activity' | 'wait' | 'rating' | 'history' | 'start';

export interface GridContext {
  localize: LocalizeController;
  store: OlStore;
  now: number;
  sort: ContactCenterSort;
  tabIndexFor: (cell: number) => 0 | -1;
  onSort: (sort: ContactCenterSort) => void;
  onHistory: (chatId: Id) => void;
  onStart: (chatId: Id) => void;
  busy: ReadonlySet<Id>;
}

interface Column {
  id: ColumnId;
  header: (ctx: GridContext) => string;
  sort?: ContactCenterSort;
  action?: boolean;
  cell: (chat: Chat, ctx: GridContext, tabIndex: 0 | -1) => TemplateResult | string;
}

const nameOf = (chat: Chat) => chat.client.name || chat.title;

function waitCell(chat: Chat, { localize, now }: GridContext): TemplateResult | string {
  if (chat.firstResponseSeconds !== undefined) return html`<span dir="auto">${localize.duration(chat.firstResponseSeconds)}</span>`;
  if (chat.state !== 'new') return '—';
  const since = Date.parse(chat.waitingSince ?? chat.createdAt);
  if (Number.isNaN(since)) return '—';
  const seconds = Math.max(0, (now - since) / 1000);
  return html`<span class="waiting" dir="auto">${localize.term('waitingFor', localize.duration(seconds < 60 ? seconds : Math.floor(seconds / 60) * 60))}</span>`;
}

const COLUMNS: Column[] = [
  { id: 'session', header: ({ localize }) => localize.t.columnSession, cell: (c, { localize }) => localize.term('sessionNumber', c.sessionId) },
  {
    id: 'client',
    header: ({ localize }) => localize.t.columnClient,
    cell: (c) => html`<bdi class="client">${nameOf(c)}</bdi>${c.title && c.title !== c.client.name ? html`<span class="subtle"><bdi>${c.title}</bdi></span>` : nothing}`,
  },
  { id: 'queue', header: ({ localize }) => localize.t.columnOpenChannel, cell: (c, { store }) => store.queue(c.queueId)?.name ?? c.queueId },
  {
    id: 'source',
    header: ({ localize }) => localize.t.columnSource,
    cell: (c, { localize }) => html`${channelIcon(c.sourceChannel)} ${localize.term(SOURCE_CHANNEL_KEYS[c.sourceChannel] ?? 'sourceOther')}`,
  },
  {
    id: 'operator',
    header: ({ localize }) => localize.t.columnOperator,
    cell: (c, { store, localize }) =>
      c.operatorId === undefined ? html`<span class="subtle">${localize.t.inQueue}</span>` : (store.operator(c.operatorId)?.name ?? c.operatorId),
  },
  {
    id: 'state',
    header: ({ localize }) => localize.t.columnState,
    cell: (c, { localize }) => html`<span class="badge state-${c.state}">${localize.term(CHAT_STATE_SHORT_KEYS[c.state])}</span>`,
  },
  {
    id: 'created',
    sort: 'createdAt',
    header: ({ localize }) => localize.t.columnCreated,
    cell: (c, { localize }) => html`<time dir="auto" datetime=${c.createdAt}>${localize.dateTime(c.createdAt)}</time>`,
  },
  {
    id: 'activity',
    sort: 'updatedAt',
    header: ({ localize }) => localize.t.columnLastActivity,
    cell: (c, { localize, now }) => html`<time dir="auto" datetime=${c.updatedAt} title=${localize.dateTime(c.updatedAt)}>${localize.relative(c.updatedAt, now)}</time>`,
  },
  { id: 'wait', header: ({ localize }) => localize.t.columnFirstResponse, cell: waitCell },
  {
    id: 'rating',
    header: ({ localize }) => localize.t.columnRating,
    cell: (c, { localize }) => (c.rating ? html`<span class="rating rating-${c.rating}">${localize.term(RATING_KEYS[c.rating])}</span>` : '—'),
  },
  {
    id: 'history',
    action: true,
    header: ({ localize }) => localize.t.messageHistory,
    cell: (c, ctx, tabIndex) => html`<button
      class="button icon-only"
      tabindex=${tabIndex}
      aria-label=${`${ctx.localize.t.messageHistory}: ${nameOf(c)}`}
      title=${ctx.localize.t.messageHistory}
      @click=${() => ctx.onHistory(c.id)}
    >
      ${icon('history')}
    </button>`,
  },
  {
    id: 'start',
    action: true,
    header: ({ localize }) => localize.t.startNewConversation,
    cell: (c, ctx, tabIndex) => html`<button
      class="button icon-only"
      tabindex=${tabIndex}
      aria-label=${`${ctx.localize.t.startNewConversation}: ${nameOf(c)}`}
      title=${ctx.localize.t.startNewConversation}
      ?disabled=${ctx.busy.has(c.id)}
      @click=${() => ctx.onStart(c.id)}
    >
      ${icon('newSession')}
    </button>`,
  },
];

/** The columns to show: row actions the adapter cannot do are left out. */
export function columnsFor(store: OlStore): Column[] {
  return COLUMNS.filter(
    (column) => (column.id !== 'history' || store.can('searchHistory')) && (column.id !== 'start' || store.can('startSession')),
  );
}

export function renderHeaderRow(columns: Column[], ctx: GridContext) {
  return html`<tr aria-rowindex="1">
    ${columns.map((column, index) => {
      const label = column.header(ctx);
      const tabIndex = ctx.tabIndexFor(index);
      if (column.sort) {
        const active = ctx.sort === column.sort;
        return html`<th scope="col" data-cell=${index} aria-sort=${active ? 'descending' : 'none'}>
          <button class="sort" tabindex=${tabIndex} @click=${() => ctx.onSort(column.sort!)}>
            ${label}${active ? icon('arrowDown') : nothing}
          </button>
        </th>`;
      }
      return html`<th scope="col" data-cell=${index} tabindex=${tabIndex} class=${column.action ? 'action' : ''}>
        ${column.action ? html`<span class="visually-hidden">${label}</span>` : label}
      </th>`;
    })}
  </tr>`;
}

export function renderRow(chat: Chat, rowIndex: number, columns: Column[], ctx: GridContext) {
  const base = (rowIndex + 1) * columns.length;
  return html`<tr aria-rowindex=${rowIndex + 2} data-chat-id=${chat.id}>
    ${columns.map((column, index) => {
      const tabIndex = ctx.tabIndexFor(base + index);
      return column.action
        ? html`<td data-cell=${base + index} class="action">${column.cell(chat, ctx, tabIndex)}</td>`
        : html`<td data-cell=${base + index} tabindex=${tabIndex}>${column.cell(chat, ctx, tabIndex)}</td>`;
    })}
  </tr>`;
}
