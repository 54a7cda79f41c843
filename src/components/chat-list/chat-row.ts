/**
 * Rendering of one Messenger row and of a group header. Only rows in (or near)
 * the viewport are rendered, so the per-row work here (relative time, waiting
 * time, labels) runs for a few dozen rows at most, and relative times are
 * cached per minute.
 */
import { html, nothing } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import type { Chat, Id } from '../../core/model.js';
import { CHAT_STATE_SHORT_KEYS, SOURCE_CHANNEL_KEYS } from '../../core/i18n/translation.js';
import { channelIcon, icon } from '../shared/icons.js';
import type { ChatGroupId, GroupHeaderItem } from './chat-list-model.js';
import { previewText } from './chat-list-model.js';

/** What a row needs besides its chat. */
export interface RowContext {
  localize: LocalizeController;
  times: TimeLabels;
  meId: Id | undefined;
  operatorName: (id: Id) => string | undefined;
  selectedId: Id | undefined;
  setSize: number;
  tabIndexFor: (rowIndex: number) => 0 | -1;
  now: number;
}

/** Relative times ("5 min", "Yesterday"), computed once per date, language and minute. */
export class TimeLabels {
  private key = '';
  private readonly labels = new Map<string, string>();

  constructor(private readonly localize: LocalizeController) {}

  relative(iso: string, now: number): string {
    const key = `${this.localize.lang}|${Math.floor(now / 60_000)}`;
    if (key !== this.key) {
      this.key = key;
      this.labels.clear();
    }
    let label = this.labels.get(iso);
    if (label === undefined) {
      label = this.localize.relative(iso, now);
      this.labels.set(iso, label);
    }
    return label;
  }
}

const GROUP_KEYS = {
  waiting: 'groupWaiting',
  active: 'groupInProgress',
  finished: 'groupClosed',
} as const satisfies Record<ChatGroupId, string>;

export function renderGroupHeader(item: GroupHeaderItem, localize: LocalizeController) {
  return html`<div class="group-header" part="group-header" data-group=${item.group}>
    <span class="group-name">${localize.term(GROUP_KEYS[item.group])}</span>
    <span class="group-count">${localize.number(item.count)}</span>
  </div>`;
}

function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('');
  return letters.toLocaleUpperCase() || '?';
}

// The row templates have no whitespace between tags (a line breaks inside a
// tag instead): each row is rendered two dozen times over, and whitespace
// would be a text node each time (rows, lines and badges are flex or grid
// boxes, where it shows nothing).

function renderAvatar(chat: Chat) {
  return html`<span class="avatar" aria-hidden="true"
    >${chat.client.avatarUrl
      ? html`<img src=${chat.client.avatarUrl} alt="" loading="lazy" />`
      : html`<span class="initials">${initials(chat.client.name || chat.title)}</span>`}<span class="channel-badge"
      >${channelIcon(chat.sourceChannel)}</span
    ></span
  >`;
}

function renderPreview(chat: Chat, ctx: RowContext) {
  const { localize } = ctx;
  const last = chat.lastMessage;
  if (!last) return html`<span class="preview no-preview">${localize.term('noMessagesYet')}</span>`;
  const text = previewText(chat) || localize.term('lastMessageAttachment');
  const byMe = last.authorKind === 'operator' && ctx.meId !== undefined && chat.operatorId === ctx.meId;
  return html`<span class="preview" dir="auto">${byMe ? localize.term('lastMessageByYou', text) : text}</span>`;
}

function renderBadges(chat: Chat, ctx: RowContext) {
  const { localize } = ctx;
  const waitingSince = chat.state === 'new' ? Date.parse(chat.waitingSince ?? chat.createdAt) : Number.NaN;
  // Whole minutes: the list refreshes once a minute.
  const waitedSeconds = Math.max(0, (ctx.now - waitingSince) / 1000);
  const waited = Number.isNaN(waitingSince) ? '' : localize.duration(waitedSeconds < 60 ? waitedSeconds : Math.floor(waitedSeconds / 60) * 60);
  const owner = chat.operatorId === undefined ? undefined : chat.operatorId === ctx.meId ? undefined : chat.operatorId;
  // The optional badges share one binding (one marker in the DOM instead of one each).
  const extra = [];
  if (chat.pinned) extra.push(html`<span class="badge pinned">${icon('lock')}${localize.term('flagPinned')}</span>`);
  if (chat.silent) extra.push(html`<span class="badge silent">${icon('eyeOff')}${localize.term('flagSilent')}</span>`);
  if (waited) extra.push(html`<span class="waiting" dir="auto">${localize.term('waitingFor', waited)}</span>`);
  if (owner !== undefined) {
    extra.push(html`<span class="operator">${localize.term('assignedTo', ctx.operatorName(owner) ?? localize.term('unknown'))}</span>`);
  } else if (chat.operatorId === undefined && chat.state === 'new') {
    extra.push(html`<span class="operator">${localize.term('inQueue')}</span>`);
  }
  return html`<span class="badges"
    ><span class="badge state state-${chat.state}">${localize.term(CHAT_STATE_SHORT_KEYS[chat.state])}</span
    >${extra}</span
  >`;
}

/**
 * One chat as a listbox option; the ⋯ affordance is for pointers (keyboard:
 * Shift+F10, the menu key). Untrusted text (title, preview) takes its own
 * direction (`dir="auto"`), so an LTR name in an RTL list is cut at its end.
 * Its parts are flex and grid items, so the accessible name still has a
 * space between them without whitespace in the markup.
 */
export function renderChatRow(row: { chat: Chat }, rowIndex: number, ctx: RowContext) {
  const { chat } = row;
  const { localize } = ctx;
  const selected = chat.id === ctx.selectedId;
  const unread = chat.unreadCount;
  const channel = localize.term(SOURCE_CHANNEL_KEYS[chat.sourceChannel] ?? 'sourceOther');
  return html`<div
    class="row ${selected ? 'selected' : ''} ${unread > 0 ? 'has-unread' : ''}"
    part="row${selected ? ' row-selected' : ''}"
    role="option"
    data-chat-id=${chat.id}
    data-row=${rowIndex}
    aria-selected=${selected ? 'true' : 'false'}
    aria-setsize=${ctx.setSize}
    aria-posinset=${rowIndex + 1}
    aria-keyshortcuts="Shift+F10 F2"
    tabindex=${ctx.tabIndexFor(rowIndex)}
    >${renderAvatar(chat)}<span class="main"
      ><span class="line"
        ><span class="title" dir="auto">${chat.title || chat.client.name}</span
        ><span class="visually-hidden">${localize.term('sourceVia', channel)}</span
        ><time class="time" dir="auto" datetime=${chat.updatedAt}>${ctx.times.relative(chat.updatedAt, ctx.now)}</time></span
      ><span class="line"
        >${renderPreview(chat, ctx)}${unread > 0
          ? html`<span class="unread" aria-hidden="true">${unread > 99 ? '99+' : localize.number(unread)}</span
              ><span class="visually-hidden">${localize.term('unreadCount', unread)}</span>`
          : nothing}</span
      >${renderBadges(chat, ctx)}</span
    ><span class="more" data-action="more" title=${localize.term('chatActionsFor', chat.title || chat.client.name)} aria-hidden="true"
      >${icon('more')}</span
    ></div
  >`;
}
