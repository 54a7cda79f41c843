import type { CrmEntity, Id, TransferTarget } from '../core/model.js';
import { OlEvent } from './ol-event.js';

/** Detail carried by every event about one chat. */
export interface ChatDetail {
  chatId: Id;
}

/** L1: a chat was selected in the list (not cancelable: selection is the host's to follow). */
export class OlChatSelectEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-select', detail, false);
  }
}

export interface ChatHistoryDetail extends ChatDetail {
  query?: string;
  from?: string;
  to?: string;
}

/** L2, N7, A15, K2: open (or search) the message history with this client. */
export class OlChatHistoryEvent extends OlEvent<ChatHistoryDetail> {
  constructor(detail: ChatHistoryDetail) {
    super('ol-chat-history', detail);
  }
}

export interface ChatRenameDetail extends ChatDetail {
  title: string;
}

/** L3, N1: rename the chat. */
export class OlChatRenameEvent extends OlEvent<ChatRenameDetail> {
  constructor(detail: ChatRenameDetail) {
    super('ol-chat-rename', detail);
  }
}

/** N2, A16: mark the chat as spam (ends it; the client gets no rating form). */
export class OlChatSpamEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-spam', detail);
  }
}

/** N3: answer (take) a waiting chat. */
export class OlChatAnswerEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-answer', detail);
  }
}

/** N4: skip the chat, leaving it to the others in the queue. */
export class OlChatSkipEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-skip', detail);
  }
}

export interface ChatTransferDetail extends ChatDetail {
  target: TransferTarget;
}

/** N5, A2: transfer the chat to an employee or an open channel (queue). */
export class OlChatTransferEvent extends OlEvent<ChatTransferDetail> {
  constructor(detail: ChatTransferDetail) {
    super('ol-chat-transfer', detail);
  }
}

export interface CrmOpenDetail extends ChatDetail {
  entity: Pick<CrmEntity, 'type' | 'id'> & Partial<CrmEntity>;
}

/** N6, A14: open a linked CRM record; the host decides how (not cancelable: nothing else happens). */
export class OlCrmOpenEvent extends OlEvent<CrmOpenDetail> {
  constructor(detail: CrmOpenDetail) {
    super('ol-crm-open', detail, false);
  }
}

/** N8: take the conversation from another employee. */
export class OlChatInterceptEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-intercept', detail);
  }
}

export interface ChatInviteDetail extends ChatDetail {
  userIds: Id[];
}

/** A1: invite users (e.g. a senior colleague) to the chat. */
export class OlChatInviteEvent extends OlEvent<ChatInviteDetail> {
  constructor(detail: ChatInviteDetail) {
    super('ol-chat-invite', detail);
  }
}

/** A3: finish the conversation. */
export class OlChatFinishEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-chat-finish', detail);
  }
}

export interface ChatPinDetail extends ChatDetail {
  pinned: boolean;
}

/** A13: lock the chat as mine (or unlock it). */
export class OlChatPinEvent extends OlEvent<ChatPinDetail> {
  constructor(detail: ChatPinDetail) {
    super('ol-chat-pin', detail);
  }
}

export interface SessionStartDetail extends ChatDetail {
  /** The message the new conversation starts from (M7). */
  fromMessageId?: Id;
}

/** M7, K3: start a new conversation (a new session number) with this client. */
export class OlSessionStartEvent extends OlEvent<SessionStartDetail> {
  constructor(detail: SessionStartDetail) {
    super('ol-session-start', detail);
  }
}
