/** Pure render helpers of `<ol-chat-header>`. */
import type { TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import { CHAT_STATE_KEYS, SOURCE_CHANNEL_KEYS } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import { channelIcon, icon } from '../shared/icons.js';
import type { IconName } from '../shared/icons.js';
import type { HeaderAction, HeaderModel, MenuEntry } from './header-model.js';
import type { PendingKind } from './pending-action.js';

/** The header bar buttons: icon and label. */
export const BUTTONS: Partial<Record<HeaderAction, { icon: IconName; label: keyof Translation }>> = {
  answer: { icon: 'answer', label: 'answer' },
  skip: { icon: 'skip', label: 'skip' },
  transfer: { icon: 'transfer', label: 'transfer' },
  spam: { icon: 'spam', label: 'markSpam' },
  invite: { icon: 'userPlus', label: 'invite' },
  finish: { icon: 'finish', label: 'finishShort' },
};

const HINTS: Partial<Record<HeaderAction, keyof Translation>> = {
  answer: 'answerHint',
  skip: 'skipHint',
  spam: 'markSpamHint',
};

export function renderButton(
  action: HeaderAction,
  t: Translation,
  disabled: boolean,
  onClick: (action: HeaderAction, button: HTMLElement) => void,
): TemplateResult | typeof nothing {
  const button = BUTTONS[action];
  if (!button) return nothing;
  const hint = HINTS[action];
  return html`<button
    class="button ${action === 'answer' ? 'primary' : ''} ${action === 'spam' ? 'danger' : ''}"
    type="button"
    data-action=${action}
    title=${(hint ? t[hint] : t[button.label]) as string}
    aria-disabled=${disabled ? 'true' : 'false'}
    @click=${(e: Event) => !disabled && onClick(action, e.currentTarget as HTMLElement)}
  >
    ${icon(button.icon)}<span class="label">${t[button.label] as string}</span>
  </button>`;
}

/** Client, open channel, source channel, state, operator, session, auto-close, flags. */
export function renderMeta(model: HeaderModel, t: Translation, autoClose: string | undefined): TemplateResult {
  const { chat } = model;
  return html`<ul class="meta" part="meta">
    <li class="client">${icon('user')}<span class="visually-hidden">${t.columnClient}: </span>${chat.client.name}</li>
    ${model.queueName
      ? html`<li><span aria-hidden="true">${model.queueName}</span><span class="visually-hidden">${t.openChannelLabel(model.queueName)}</span></li>`
      : nothing}
    <li class="source">${channelIcon(chat.sourceChannel)}${t[SOURCE_CHANNEL_KEYS[chat.sourceChannel] ?? 'sourceOther']}</li>
    <li><span class="badge state state-${chat.state}">${t[CHAT_STATE_KEYS[chat.state]]}</span></li>
    <li class="operator">${model.ownerName ? t.assignedTo(model.ownerName) : t.inQueue}</li>
    <li class="session">
      <span aria-hidden="true">${t.sessionNumber(chat.sessionId)}</span><span class="visually-hidden">${t.sessionLabel(chat.sessionId)}</span>
    </li>
    ${autoClose ? html`<li class="auto-close">${icon('history')}${autoClose}</li>` : nothing}
    ${chat.pinned ? html`<li><span class="badge pinned">${icon('lock')}${t.flagPinned}</span></li>` : nothing}
    ${chat.silent ? html`<li><span class="badge silent">${icon('eyeOff')}${t.flagSilent}</span></li>` : nothing}
  </ul>`;
}

/** One item of the ⋯ menu: `menuitem`, or `menuitemcheckbox` when it has a checked state. */
export function renderMenuItem(entry: MenuEntry, disabled: boolean, onSelect: (entry: MenuEntry) => void): TemplateResult {
  const hintId = `hint-${entry.key}`;
  return html`<button
    class="menuitem"
    type="button"
    tabindex="-1"
    role=${entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
    aria-checked=${entry.checked === undefined ? nothing : entry.checked ? 'true' : 'false'}
    aria-disabled=${disabled ? 'true' : 'false'}
    aria-describedby=${entry.hint ? hintId : nothing}
    data-action=${entry.action}
    @click=${() => !disabled && onSelect(entry)}
  >
    ${icon(entry.icon)}
    <span class="menuitem-text">
      <span class="menuitem-label">${entry.label}</span>
      ${entry.hint ? html`<span class="hint" id=${hintId} aria-hidden="true">${entry.hint}</span>` : nothing}
    </span>
    ${entry.checked === undefined ? nothing : html`<span class="check ${entry.checked ? 'on' : ''}">${icon('check')}</span>`}
  </button>`;
}

/** The content of the status region: the undo toast, or a short confirmation. */
export function renderToast(
  pending: PendingKind | undefined,
  notice: string | undefined,
  t: Translation,
  onUndo: () => void,
): TemplateResult | typeof nothing {
  if (pending) {
    const what = pending === 'finish' ? t.finished : t.markedSpam;
    return html`<div class="toast" part="toast">
      <span>${what}</span>
      <button class="button undo" type="button" aria-label=${t.undoLabel(what)} @click=${onUndo}>${icon('undo')}${t.undo}</button>
    </div>`;
  }
  return notice ? html`<div class="toast" part="toast"><span>${notice}</span></div>` : nothing;
}

/** The content of the confirmation dialog (`undo-ms="0"`), Cancel first. */
export function renderConfirmContent(
  kind: PendingKind | undefined,
  t: Translation,
  on: { cancel: () => void; confirm: () => void },
): TemplateResult | typeof nothing {
  if (!kind) return nothing;
  return html`<h2 id="confirm-title" class="dialog-title">${kind === 'finish' ? t.confirmFinishTitle : t.confirmSpamTitle}</h2>
    <p id="confirm-body">${kind === 'finish' ? t.confirmFinishBody : t.confirmSpamBody}</p>
    <div class="confirm-actions">
      <button class="button" type="button" autofocus @click=${on.cancel}>${t.cancel}</button>
      <button class="button primary" type="button" @click=${on.confirm}>${kind === 'finish' ? t.finishShort : t.markSpam}</button>
    </div>`;
}
