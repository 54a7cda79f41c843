/**
 * Bitrix24 REST answers → the public model. Every rule is written next to the
 * field it fills; the sources are the REST pages of each method and the
 * imopenlines module, which stores an open channel chat's state in the
 * chat's `entity_*` fields.
 */
import type {
  CannedResponse,
  Chat,
  ChatState,
  CrmEntity,
  CrmEntityType,
  Id,
  LastMessage,
  Operator,
  OperatorStatus,
  Queue,
  SourceChannel,
} from '../../core/model.js';
import { authorKindOf } from './message-mapping.js';
import { isoDate, str } from './values.js';
import type { RawChat, RawLine, RawPortalUser, RawRecentItem, RawSession } from './raw.js';

/** `chat<ID>`: the dialog id of a chat (im.* methods take it as `DIALOG_ID`). */
export const dialogId = (chatId: Id): string => `chat${chatId}`;

/** Numeric ids are sent as numbers, as in the documentation's examples. */
export const num = (id: Id | number): number => Number(id);



// ---------------------------------------------------------------------------
// Open channel chat fields

/**
 * `entity_id` of an open channel chat: `connector|lineId|externalChatId|clientUserId`
 * (e.g. `livechat|1|1363|203`).
 */
export function parseEntityId(entityId: string | undefined): { connector: string; lineId: string; clientId: string } {
  const [connector = '', lineId = '', , clientId = ''] = str(entityId).split('|');
  return { connector, lineId, clientId };
}

/**
 * `entity_data_1` (the imopenlines "LINES_SESSION" field), pipe-separated:
 * `CRM|CRM_ENTITY_TYPE|CRM_ENTITY_ID|PAUSE|WAIT_ACTION|SESSION_ID|DATE_CREATE|LINE_ID|BLOCK_DATE|BLOCK_REASON`,
 * e.g. `N|NONE|0|N|N|0|1591872180|1|0|`.
 * - `PAUSE` = `Y` while the chat is pinned to its operator (`imopenlines.session.mode.pin`) → `pinned`;
 * - `SESSION_ID` is the current session (0 once it is closed) → `sessionId`, and `closed` when 0;
 * - `DATE_CREATE` is a Unix timestamp of the session start;
 * - `LINE_ID` is the open channel → `queueId`;
 * - `CRM`/`CRM_ENTITY_TYPE`/`CRM_ENTITY_ID`: the main CRM binding (also in `entity_data_2`).
 */
export function parseEntityData1(value: string | undefined): {
  crm: boolean;
  crmType: string;
  crmId: string;
  pinned: boolean;
  sessionId: string;
  sessionStart?: string;
  lineId: string;
} {
  const parts = str(value).split('|');
  const seconds = Number(parts[6]);
  return {
    crm: parts[0] === 'Y',
    crmType: parts[1] ?? '',
    crmId: parts[2] ?? '0',
    pinned: parts[3] === 'Y',
    sessionId: parts[5] ?? '0',
    sessionStart: seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined,
    lineId: parts[7] ?? '',
  };
}

const CRM_TYPES: Record<string, CrmEntityType> = { LEAD: 'lead', COMPANY: 'company', CONTACT: 'contact', DEAL: 'deal' };
const CRM_LABELS: Record<CrmEntityType, string> = { lead: 'Lead', company: 'Company', contact: 'Contact', deal: 'Deal' };

/**
 * `entity_data_2` (the "LINES_CRM" field): pairs `LEAD|id|COMPANY|id|CONTACT|id|DEAL|id`;
 * an id of 0 means no binding. Falls back to the main binding of `entity_data_1`.
 * Bitrix24 sends no record names here, so the title is "Deal #212".
 */
export function parseCrm(data2: string | undefined, data1: string | undefined): CrmEntity[] {
  const out: CrmEntity[] = [];
  const parts = str(data2).split('|');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const type = CRM_TYPES[parts[i]!];
    const id = parts[i + 1]!;
    if (type && Number(id) > 0) out.push(crmEntity(type, id));
  }
  if (out.length === 0) {
    const main = parseEntityData1(data1);
    const type = CRM_TYPES[main.crmType];
    if (main.crm && type && Number(main.crmId) > 0) out.push(crmEntity(type, main.crmId));
  }
  return out;
}

function crmEntity(type: CrmEntityType, id: string): CrmEntity {
  return { type, id, title: `${CRM_LABELS[type]} #${id}` };
}

/**
 * Connector codes (first part of `entity_id`, `source` of sessions) → source channel.
 * Bitrix24 has several connectors per network (e.g. `telegrambot`, `whatsappbytwilio`,
 * `whatsappbyedna`, `fbinstagramdirect`); unknown ones are `other`.
 */
export function sourceChannel(connector: string | undefined): SourceChannel {
  const code = str(connector).toLowerCase();
  if (code === 'livechat') return 'livechat';
  if (code.startsWith('telegram')) return 'telegram';
  if (code.startsWith('whatsapp') || code === 'wz_whatsapp') return 'whatsapp';
  if (code.startsWith('viber')) return 'viber';
  if (code.includes('instagram')) return 'instagram';
  if (code.startsWith('facebook') || code === 'fbmessenger') return 'facebook';
  if (code.startsWith('vk')) return 'vk';
  if (code === 'imessage' || code === 'applebusinesschat') return 'imessage';
  if (code.includes('mail')) return 'email';
  if (code === 'voximplant' || code.includes('phone') || code.includes('sms')) return 'phone';
  return 'other';
}

/**
 * Session status codes (imopenlines `Session::STATUS_*`, as `lines.status` of
 * `im.recent.list`) → chat state:
 * - 0 new, 5 skipped by an operator → `new` (waits in the queue);
 * - 20 client waiting for an answer → `new` while no operator owns the chat, else `answered`;
 * - 10 answered, 25 client wrote after the operator, 40 operator replied, 50 waiting for the client → `answered`;
 * - 60 closed, 69 duplicate, 75 silently closed → `closed`;
 * - 65 spam → `spam`.
 */
export function stateFromStatus(status: number, hasOperator: boolean): ChatState {
  if (status === 65) return 'spam';
  if (status >= 60) return 'closed';
  if (status === 0 || status === 5) return 'new';
  if (status === 20) return hasOperator ? 'answered' : 'new';
  return 'answered';
}

/**
 * Without a status code (`imopenlines.dialog.get`): a chat whose session id
 * in `entity_data_1` is 0 is closed; one with no owner waits (`new`); else
 * `answered`. Spam cannot be told from closed there.
 */
export function stateFromChat(sessionId: string, hasOperator: boolean): ChatState {
  if (!(Number(sessionId) > 0)) return 'closed';
  return hasOperator ? 'answered' : 'new';
}

/** `imopenlines.v2.Session.list` status strings; `paused` is a session waiting on the operator's pause: `answered`. */
export function stateFromSessionStatus(status: string): ChatState {
  if (status === 'new' || status === 'closed' || status === 'spam') return status;
  return 'answered';
}

/** Open channel chats are titled "Client name - Channel name": the client's name is the part before. */
function clientName(title: string): string {
  const cut = title.lastIndexOf(' - ');
  return cut > 0 ? title.slice(0, cut) : title;
}

/** A chat from `imopenlines.dialog.get` (optionally with what `im.recent.list` or messages add). */
export function chatFromRaw(
  raw: RawChat,
  extra: {
    status?: number;
    unreadCount?: number;
    updatedAt?: string;
    lastMessage?: LastMessage;
    client?: { id: Id; name: string; avatarUrl?: string };
    sessionId?: string;
    sessionCreatedAt?: string;
  } = {},
): Chat {
  const entity = parseEntityId(raw.entity_id);
  const data1 = parseEntityData1(raw.entity_data_1);
  const owner = str(raw.owner);
  const operatorId = Number(owner) > 0 ? owner : undefined;
  const title = str(raw.name);
  const state =
    extra.status !== undefined ? stateFromStatus(extra.status, operatorId !== undefined) : stateFromChat(data1.sessionId, operatorId !== undefined);
  const createdAt = isoDate(raw.date_create);
  const sessionCreatedAt = extra.sessionCreatedAt ?? data1.sessionStart ?? createdAt;
  const chat: Chat = {
    id: str(raw.id),
    title,
    state,
    pinned: data1.pinned,
    // entity_data_3 (the "LINES_SILENT_MODE" field) is `Y` in silent mode.
    silent: raw.entity_data_3 === 'Y',
    unreadCount: extra.unreadCount ?? 0,
    client: extra.client ?? { id: entity.clientId, name: clientName(title) },
    queueId: data1.lineId || entity.lineId,
    sourceChannel: sourceChannel(entity.connector),
    sessionId: extra.sessionId ?? data1.sessionId,
    createdAt,
    updatedAt: extra.updatedAt ?? extra.lastMessage?.createdAt ?? createdAt,
  };
  if (operatorId) chat.operatorId = operatorId;
  if (raw.avatar && chat.client.avatarUrl === undefined && !raw.avatar.endsWith('blank.gif')) chat.client.avatarUrl = raw.avatar;
  const crm = parseCrm(raw.entity_data_2, raw.entity_data_1);
  if (crm.length) chat.crm = crm;
  if (state === 'new') chat.waitingSince = sessionCreatedAt;
  if (extra.lastMessage) chat.lastMessage = extra.lastMessage;
  return chat;
}

/** Whether an `im.recent.list` item is an open channel chat. */
export function isLinesItem(item: RawRecentItem): boolean {
  return item.type === 'chat' && (item.chat?.type === 'lines' || item.chat?.entity_type === 'LINES' || item.lines !== undefined);
}

/** An `im.recent.list` item (type `chat`, chat type `lines`) → chat. */
export function chatFromRecent(item: RawRecentItem): Chat {
  const raw: RawChat = { ...(item.chat ?? { id: item.chat_id ?? '' }) };
  raw.id = item.chat_id ?? raw.id;
  raw.name = item.title ?? raw.name;
  const clientId = parseEntityId(raw.entity_id).clientId;
  const message = item.message;
  const lastMessage: LastMessage | undefined =
    message && Number(message.id) > 0
      ? {
          id: str(message.id),
          authorKind: authorKindOf(str(message.author_id), clientId),
          text: str(message.text),
          createdAt: isoDate(message.date),
        }
      : undefined;
  const status = item.lines?.status;
  return chatFromRaw(raw, {
    status: status === undefined || status === null ? undefined : Number(status),
    unreadCount: Number(item.counter ?? 0) || (item.unread ? 1 : 0),
    updatedAt: isoDate(item.date_last_activity ?? item.date_update ?? message?.date, isoDate(raw.date_create)),
    lastMessage,
    sessionId: item.lines?.id !== undefined ? str(item.lines.id) : undefined,
    sessionCreatedAt: item.lines?.date_create ? isoDate(item.lines.date_create) : undefined,
  });
}

/** A session of `imopenlines.v2.Session.list`, completed by its chat from `imopenlines.dialog.get` when there is one. */
export function chatFromSession(session: RawSession, raw: RawChat | undefined): Chat {
  const base = raw
    ? chatFromRaw(raw)
    : chatFromRaw({ id: session.chatId, name: '', entity_id: `${str(session.source)}|${str(session.configId)}||${str(session.userId)}` });
  const chat: Chat = {
    ...base,
    id: str(session.chatId),
    state: stateFromSessionStatus(session.status),
    queueId: str(session.configId),
    sourceChannel: sourceChannel(session.source),
    sessionId: str(session.id),
    createdAt: isoDate(session.dateCreate),
    updatedAt: isoDate(session.dateClose ?? session.dateCreate),
  };
  if (Number(session.operatorId) > 0) chat.operatorId = str(session.operatorId);
  else delete chat.operatorId;
  if (chat.state === 'new') chat.waitingSince = chat.createdAt;
  else delete chat.waitingSince;
  if (session.vote === 'like' || session.vote === 'dislike') chat.rating = session.vote;
  if (typeof session.waitAnswer === 'number') chat.firstResponseSeconds = session.waitAnswer;
  const type = CRM_TYPES[str(session.crmEntityType).toUpperCase()];
  if (type && Number(session.crmEntityId) > 0 && !chat.crm?.some((e) => e.type === type)) {
    chat.crm = [...(chat.crm ?? []), crmEntity(type, str(session.crmEntityId))];
  }
  return chat;
}

// ---------------------------------------------------------------------------
// People, channels, canned responses

/** `user.current` / `user.search` → operator (`IS_ONLINE` `Y` → online, else offline). */
export function operatorFromUser(user: RawPortalUser): Operator {
  const name = [user.NAME, user.LAST_NAME].filter(Boolean).join(' ').trim();
  const operator: Operator = { id: str(user.ID), name: name || str(user.EMAIL) || `#${str(user.ID)}` };
  if (user.WORK_POSITION) operator.position = user.WORK_POSITION;
  if (user.PERSONAL_PHOTO) operator.avatarUrl = user.PERSONAL_PHOTO;
  if (user.IS_ONLINE !== undefined) operator.status = (user.IS_ONLINE === 'Y' ? 'online' : 'offline') satisfies OperatorStatus;
  return operator;
}

/** `imopenlines.config.list.get` line → queue (`ACTIVE` `Y`/`N`, `QUEUE` operator ids). */
export function queueFromLine(line: RawLine): Queue {
  const queue: Queue = { id: str(line.ID), name: str(line.LINE_NAME) || `#${str(line.ID)}` };
  if (line.ACTIVE !== undefined) queue.active = line.ACTIVE === 'Y';
  if (Array.isArray(line.QUEUE)) queue.operatorIds = line.QUEUE.map(str);
  return queue;
}

/** `imopenlines.message.quick.save` answers `true` only: the response is the draft, keyed by its source message. */
export function cannedFromDraft(draft: { title: string; text: string; section?: string }, messageId: Id): CannedResponse {
  const response: CannedResponse = { id: `message-${messageId}`, title: draft.title, text: draft.text };
  if (draft.section) response.section = draft.section;
  return response;
}
