import type { CrmEntity, Chat, Id } from '../../core/model.js';
import { CRM_OPEN_KEYS } from '../../core/i18n/translation.js';
import type { Translation } from '../../core/i18n/translation.js';
import type { OlStore } from '../../core/store.js';
import type { IconName } from '../shared/icons.js';

/** What a person can do from the header. */
export type HeaderAction =
  | 'answer'
  | 'skip'
  | 'transfer'
  | 'spam'
  | 'rename'
  | 'intercept'
  | 'invite'
  | 'finish'
  | 'pin'
  | 'history'
  | 'crm'
  | 'crm-dialog'
  | 'start';

/** One item of the "⋯" menu. */
export interface MenuEntry {
  /** Unique in the menu. */
  key: string;
  action: HeaderAction;
  label: string;
  icon: IconName;
  /** A `menuitemcheckbox` when defined. */
  checked?: boolean;
  /** A second line, also the item's description. */
  hint?: string;
  entity?: CrmEntity;
}

/** Everything the header shows for one chat, derived once per update. */
export interface HeaderModel {
  chat: Chat;
  /** The chat is the current operator's, or nobody's (or it cannot be told). */
  mine: boolean;
  /** Name of the other operator the open chat belongs to. */
  otherOwner: string | undefined;
  readOnly: 'closed' | 'spam' | undefined;
  /** Buttons in the header bar, in order. */
  buttons: HeaderAction[];
  menu: MenuEntry[];
  canRename: boolean;
  canIntercept: boolean;
  canStart: boolean;
  /** `targets` of the transfer dialog: employees only for a waiting chat (N5). */
  transferTargets: 'operators' | 'all';
  ownerName: string | undefined;
  queueName: string | undefined;
}

/**
 * The header's actions for a chat's state (FEATURES.md N1–N8, A1–A3,
 * A13–A16), without those the adapter cannot do.
 */
export function headerModel(chat: Chat, store: OlStore, t: Translation): HeaderModel {
  const me: Id | undefined = store.me?.id;
  const open = chat.state === 'new' || chat.state === 'answered';
  const other = open && me !== undefined && chat.operatorId !== undefined && chat.operatorId !== me;
  const ownerName = chat.operatorId === undefined ? undefined : (store.operator(chat.operatorId)?.name ?? chat.operatorId);
  const can = (capability: Parameters<OlStore['can']>[0]) => store.can(capability);

  const buttons: HeaderAction[] = [];
  const menu: MenuEntry[] = [];
  const crmEntries = (): MenuEntry[] => {
    const entities = chat.crm ?? [];
    const entries: MenuEntry[] = entities.map((entity) => ({
      key: `crm:${entity.type}:${entity.id}`,
      action: 'crm',
      label: `${t[CRM_OPEN_KEYS[entity.type]]}: ${entity.title}`,
      icon: 'crm',
      entity,
    }));
    if (entities.length > 0) entries.push({ key: 'crm-dialog', action: 'crm-dialog', label: t.crmLinked, icon: 'crm' });
    return entries;
  };
  const history = (): MenuEntry[] =>
    can('searchHistory') ? [{ key: 'history', action: 'history', label: t.messageHistory, icon: 'history' }] : [];
  const intercept = (): MenuEntry[] =>
    other && can('intercept') ? [{ key: 'intercept', action: 'intercept', label: t.interceptLong, icon: 'intercept' }] : [];

  if (!open) {
    menu.push(...crmEntries(), ...history());
  } else if (other) {
    menu.push(...crmEntries(), ...history(), ...intercept());
  } else if (chat.state === 'new') {
    if (can('answer')) buttons.push('answer');
    if (can('skip')) buttons.push('skip');
    if (can('transfer')) buttons.push('transfer');
    if (can('markSpam')) buttons.push('spam');
    menu.push(...crmEntries(), ...history());
  } else {
    if (can('invite')) buttons.push('invite');
    if (can('transfer')) buttons.push('transfer');
    if (can('finish')) buttons.push('finish');
    if (can('setPinned')) menu.push({ key: 'pin', action: 'pin', label: t.pin, icon: 'lock', checked: chat.pinned, hint: t.pinHint });
    menu.push(...crmEntries(), ...history());
    if (can('markSpam')) menu.push({ key: 'spam', action: 'spam', label: t.markSpam, icon: 'spam', hint: t.markSpamHint });
  }

  return {
    chat,
    mine: !other,
    otherOwner: other ? ownerName : undefined,
    readOnly: chat.state === 'closed' || chat.state === 'spam' ? chat.state : undefined,
    buttons,
    menu,
    canRename: open && !other && can('renameChat'),
    canIntercept: other && can('intercept'),
    canStart: !open && can('startSession'),
    transferTargets: chat.state === 'new' ? 'operators' : 'all',
    ownerName,
    queueName: store.queue(chat.queueId)?.name,
  };
}
