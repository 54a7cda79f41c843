/**
 * Templates of the timeline rows. Pure functions of a row and a context, so
 * that the element keeps the state and these keep the markup.
 *
 * Buttons carry `data-action` (and `data-id`): the element handles clicks by
 * delegation on the log, so thousands of rows add no listeners.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { Id, Message } from '../../core/model.js';
import { bbcodeToPlainText, renderBBCode } from '../../core/bbcode/index.js';
import { isLocalMessage } from '../../core/store.js';
import { icon } from '../shared/icons.js';
import { renderAttachments, safeMediaUrl } from './attachments.js';
import type { DayRow, MessageRow, TimelineRow } from './timeline-rows.js';

/** What the row templates need from the element. */
export interface RowContext {
  t: Translation;
  /** Cached time of day of an ISO date. */
  time: (iso: string) => string;
  fileSize: (bytes: number) => string;
  /** Loaded messages count, or -1 when older ones exist (aria-setsize). */
  setSize: number;
  /** Position in the loaded messages of the first message with rows (the rows cover a window of them). */
  offset: number;
  /** Index of the message holding the tab stop. */
  activeIndex: number;
  /** The message being edited in place, if any. */
  editingId: Id | undefined;
  /** The message briefly highlighted after a jump from a reply. */
  highlightId: Id | undefined;
  /** The message under the pointer (the ⋯ button is rendered for it and the active one only). */
  hoverId: Id | undefined;
  /** A loaded message by id (reply previews). */
  message: (id: Id) => Message | undefined;
  /** Avatar URL of an author, when known. */
  avatar: (message: Message) => string | undefined;
  /** The inline editor for a message (M9). */
  editor: (message: Message) => TemplateResult | typeof nothing;
  /** State of the top row. */
  top: TopState;
}

export interface TopState {
  hasOlder: boolean;
  empty: boolean;
  older: 'idle' | 'loading' | 'error';
}

const textCache = new WeakMap<Message, TemplateResult>();
const plainCache = new WeakMap<Message, string>();

/** The rendered BBCode of a message, computed once per message version. */
function messageText(message: Message): TemplateResult {
  let text = textCache.get(message);
  if (!text) {
    text = renderBBCode(message.text, { meName: message.authorName ?? '' });
    textCache.set(message, text);
  }
  return text;
}

/** One line of plain text of a message, computed once per message version. */
export function plainText(message: Message): string {
  let text = plainCache.get(message);
  if (text === undefined) {
    text = bbcodeToPlainText(message.text, { meName: message.authorName ?? '' });
    plainCache.set(message, text);
  }
  return text;
}

/** The name shown for the author of a message. */
export function authorName(message: Message, t: Translation): string {
  const name = message.authorName?.trim();
  if (name) return name;
  switch (message.authorKind) {
    case 'client':
      return t.authorClient;
    case 'bot':
      return t.authorBot;
    case 'system':
      return t.authorSystem;
    default:
      return t.unknown;
  }
}

const initialsCache = new Map<string, string>();

/** Initials of a name (cached: every render of a row asks for them). */
function initials(name: string): string {
  let cached = initialsCache.get(name);
  if (cached === undefined) {
    cached = computeInitials(name);
    if (initialsCache.size > 500) initialsCache.clear();
    initialsCache.set(name, cached);
  }
  return cached;
}

function computeInitials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase();
}

function avatar(message: Message, context: RowContext) {
  const url = safeMediaUrl(context.avatar(message), 'image');
  if (url) return html`<img class="avatar" src=${url} alt="" width="32" height="32" />`;
  if (message.authorKind === 'bot') return html`<span class="avatar bot" aria-hidden="true">${icon('chat')}</span>`;
  return html`<span class="avatar" aria-hidden="true">${initials(authorName(message, context.t))}</span>`;
}

function reply(message: Message, tabIndex: number, context: RowContext) {
  if (message.replyToId === undefined || message.deleted) return nothing;
  const { t } = context;
  const target = context.message(message.replyToId);
  if (!target) return html`<div class="reply unavailable">${t.originalUnavailable}</div>`;
  const name = authorName(target, t);
  const text = target.deleted ? t.messageDeleted : plainText(target);
  return html`<button
    class="reply"
    type="button"
    data-action="reply"
    data-id=${target.id}
    tabindex=${tabIndex}
    aria-label=${`${t.replyTo(name)}: ${text}`}
  >
    <bdi class="reply-author">${name}</bdi>
    <span class="reply-text" dir="auto">${text}</span>
  </button>`;
}

function delivery(message: Message, t: Translation) {
  if (message.delivery === 'sending') return html`<span class="delivery sending">${t.sending}</span>`;
  if (message.delivery === 'failed') {
    return html`<span class="delivery failed">${icon('alert')}${t.notSent}</span>`;
  }
  return nothing;
}

function failedActions(message: Message, tabIndex: number, t: Translation) {
  if (message.delivery !== 'failed') return nothing;
  return html`<div class="failed-actions">
    <span class="failed-text">${t.sendFailed}</span>
    <button class="button retry" type="button" data-action="retry" data-id=${message.id} tabindex=${tabIndex}>
      ${icon('undo')}${t.retry}
    </button>
    <button class="button danger discard" type="button" data-action="discard" data-id=${message.id} tabindex=${tabIndex}>
      ${icon('trash')}${t.delete}
    </button>
  </div>`;
}

function content(message: Message, context: RowContext) {
  if (message.deleted) return html`<p class="text deleted">${context.t.messageDeleted}</p>`;
  if (message.id === context.editingId) return context.editor(message);
  return message.text.trim() ? html`<div class="text" dir="auto">${messageText(message)}</div>` : nothing;
}

/** The labels after the time (edited, delivery), when any. */
function metaAfter(message: Message, edited: boolean, t: Translation) {
  if (!edited && !message.delivery) return nothing;
  return html`${edited ? html`<span class="edited-label">${t.edited}</span>` : nothing}${delivery(message, t)}`;
}

const labelCache = new WeakMap<Message, { t: Translation; label: string }>();

/** The accessible name of a message row, computed once per message version and language. */
function ariaLabel(message: Message, name: string, time: string, edited: boolean, t: Translation): string {
  const cached = labelCache.get(message);
  if (cached?.t === t) return cached.label;
  const label = [
    t.messageMeta(name, time),
    message.silent ? t.silentMessage : '',
    edited ? t.edited : '',
    message.delivery === 'sending' ? t.sending : message.delivery === 'failed' ? t.notSent : '',
  ]
    .filter(Boolean)
    .join(', ');
  labelCache.set(message, { t, label });
  return label;
}

/** A message row: system line, or avatar + bubble. Templates without whitespace between tags: fewer nodes per row. */
export function renderMessageRow(row: MessageRow, context: RowContext): TemplateResult {
  const { message, index } = row;
  const { t } = context;
  const active = index === context.activeIndex;
  const tabIndex = active ? 0 : -1;
  const name = authorName(message, t);
  const time = context.time(message.createdAt);
  const posinset = context.setSize < 0 ? undefined : context.offset + index + 1;
  const classes = {
    message: true,
    [message.authorKind]: true,
    'group-start': row.groupStart,
    'group-end': row.groupEnd,
    silent: !!message.silent,
    deleted: !!message.deleted,
    edited: !!message.editedAt && !message.deleted,
    local: isLocalMessage(message),
    sending: message.delivery === 'sending',
    failed: message.delivery === 'failed',
    highlight: message.id === context.highlightId,
  };
  const label = ariaLabel(message, name, time, classes.edited, t);
  if (message.authorKind === 'system') {
    return html`<article
      class=${classMap(classes)}
      part="message system"
      tabindex=${tabIndex}
      data-message-id=${message.id}
      aria-label=${label}
      aria-setsize=${context.setSize}
      aria-posinset=${posinset ?? nothing}
    ><p class="system-text" dir="auto">${messageText(message)} <time datetime=${message.createdAt} dir="auto">${time}</time></p></article>`;
  }
  const canOpenMenu = !message.deleted && !isLocalMessage(message) && (active || message.id === context.hoverId);
  return html`<article
    class=${classMap(classes)}
    part="message ${message.authorKind}"
    tabindex=${tabIndex}
    data-message-id=${message.id}
    aria-label=${label}
    aria-setsize=${context.setSize}
    aria-posinset=${posinset ?? nothing}
  >${row.groupStart ? html`<div class="avatar-slot">${avatar(message, context)}</div>` : nothing}<div class="body">${row.groupStart
      ? html`<div class="author"><bdi class="name">${name}</bdi>${message.authorKind === 'bot' ? html`<span class="badge">${t.authorBot}</span>` : nothing}</div>`
      : nothing}<div class="bubble" part="bubble">${reply(message, tabIndex, context)}${content(message, context)}${message.deleted
      ? nothing
      : renderAttachments(message.attachments, { t, fileSize: context.fileSize, tabIndex })}<div class="meta">${message.silent
      ? html`<span class="silent-label">${icon('eyeOff')}${t.silentMessage}</span>`
      : nothing}<time datetime=${message.createdAt} dir="auto">${time}</time>${metaAfter(message, classes.edited, t)}</div></div>${failedActions(
      message,
      tabIndex,
      t,
    )}</div>${canOpenMenu
      ? html`<button
          class="button icon-only more"
          type="button"
          data-action="menu"
          data-id=${message.id}
          tabindex=${tabIndex}
          aria-haspopup="menu"
          aria-label=${t.messageActions}
        >${icon('more')}</button>`
      : nothing}</article>`;
}

/** A day separator. */
export function renderDayRow(row: DayRow): TemplateResult {
  return html`<div class="day-separator" part="day-separator" role="heading" aria-level="3"><span>${row.label}</span></div>`;
}

/** The "new messages" divider. */
export function renderUnreadRow(t: Translation): TemplateResult {
  return html`<div class="unread-divider" part="unread-divider" role="heading" aria-level="3"><span>${t.newMessages}</span></div>`;
}

/** The top row: older messages (load, loading, failed), or the beginning of the conversation. */
export function renderTopRow(t: Translation, state: TopState) {
  if (!state.hasOlder) {
    return html`<p class="beginning">${t.beginningOfConversation}</p>
      ${state.empty ? html`<p class="empty">${t.noMessagesYet}</p>` : nothing}`;
  }
  if (state.older === 'loading') {
    return html`<p class="older" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</p>`;
  }
  if (state.older === 'error') {
    return html`<div class="alert older" role="alert">
      ${icon('alert')}<span>${t.errorLoadMessages}</span>
      <button class="button" type="button" data-action="load-older">${t.retry}</button>
    </div>`;
  }
  return html`<p class="older">
    <button class="button" type="button" data-action="load-older">${icon('history')}${t.loadOlder}</button>
  </p>`;
}

/** One row of the virtualized log; `data-key` lets the scroll controller find it. */
export function renderRow(row: TimelineRow, context: RowContext): TemplateResult {
  switch (row.kind) {
    case 'message':
      return html`<div class="row message-row" data-key=${row.key}>${renderMessageRow(row, context)}</div>`;
    case 'day':
      return html`<div class="row" data-key=${row.key}>${renderDayRow(row)}</div>`;
    case 'unread':
      return html`<div class="row" data-key=${row.key}>${renderUnreadRow(context.t)}</div>`;
    case 'top':
      return html`<div class="row top-row" data-key=${row.key}>${renderTopRow(context.t, context.top)}</div>`;
  }
}
