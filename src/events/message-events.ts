import type { Id } from '../core/model.js';
import type { ChatDetail } from './chat-events.js';
import { OlEvent } from './ol-event.js';

/** Detail carried by every event about one message. */
export interface MessageDetail extends ChatDetail {
  messageId: Id;
}

/** M1: reply to the client, mentioning them. */
export class OlMessageReplyEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-reply', detail);
  }
}

/** M2: mark the chat unread from this message on (the unread counter comes back). */
export class OlMessageUnreadEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-unread', detail);
  }
}

/** M3: quote the message in the composer. */
export class OlMessageQuoteEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-quote', detail);
  }
}

/** M4: create a task from the message. */
export class OlMessageTaskEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-task', detail);
  }
}

/** M5: create a new chat with colleagues from the message. */
export class OlMessageChatEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-chat', detail);
  }
}

/** M6: create a News Feed post from the message. */
export class OlMessagePostEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-post', detail);
  }
}

export interface MessageEditDetail extends MessageDetail {
  /** The new BBCode text. */
  text: string;
}

/** M9: edit an operator message. */
export class OlMessageEditEvent extends OlEvent<MessageEditDetail> {
  constructor(detail: MessageEditDetail) {
    super('ol-message-edit', detail);
  }
}

/** M10: delete an operator message. */
export class OlMessageDeleteEvent extends OlEvent<MessageDetail> {
  constructor(detail: MessageDetail) {
    super('ol-message-delete', detail);
  }
}

export interface CannedSaveDetail {
  chatId?: Id;
  title: string;
  text: string;
  section?: string;
  fromMessageId?: Id;
}

/** M8: save a message as a canned response. */
export class OlCannedSaveEvent extends OlEvent<CannedSaveDetail> {
  constructor(detail: CannedSaveDetail) {
    super('ol-canned-save', detail);
  }
}

export interface MessageActionDetail extends MessageDetail {
  /** The id of the host-defined action. */
  action: string;
}

/** A host-defined action of `<ol-message-menu>` was chosen. */
export class OlMessageActionEvent extends OlEvent<MessageActionDetail> {
  constructor(detail: MessageActionDetail) {
    super('ol-message-action', detail);
  }
}
