import type {
  Attachment,
  CannedResponse,
  Command,
  Gif,
  Id,
  Mention,
  SalesItem,
} from '../core/model.js';
import type { ChatDetail } from './chat-events.js';
import { OlEvent } from './ol-event.js';

export interface FileUploadDetail extends ChatDetail {
  file: File;
}

/** A4: upload a file into the chat (fired per file, before the upload starts). */
export class OlFileUploadEvent extends OlEvent<FileUploadDetail> {
  constructor(detail: FileUploadDetail) {
    super('ol-file-upload', detail);
  }
}

export interface MentionInsertDetail extends ChatDetail {
  mention: Mention;
}

/** A5: mention a user or a public chat in the message being written. */
export class OlMentionInsertEvent extends OlEvent<MentionInsertDetail> {
  constructor(detail: MentionInsertDetail) {
    super('ol-mention-insert', detail);
  }
}

export interface CommandInsertDetail extends ChatDetail {
  command: Command;
}

/** A6: apply a formatting or bot command from the commands list. */
export class OlCommandInsertEvent extends OlEvent<CommandInsertDetail> {
  constructor(detail: CommandInsertDetail) {
    super('ol-command-insert', detail);
  }
}

export interface EmojiInsertDetail extends ChatDetail {
  emoji: string;
}

/** A7: insert a smiley / emoji. */
export class OlEmojiInsertEvent extends OlEvent<EmojiInsertDetail> {
  constructor(detail: EmojiInsertDetail) {
    super('ol-emoji-insert', detail);
  }
}

export interface SilentChangeDetail extends ChatDetail {
  silent: boolean;
}

/** A8: turn silent mode on or off (messages sent are hidden from the client). */
export class OlSilentChangeEvent extends OlEvent<SilentChangeDetail> {
  constructor(detail: SilentChangeDetail) {
    super('ol-silent-change', detail);
  }
}

/** A9: open the canned responses database. */
export class OlCannedOpenEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-canned-open', detail);
  }
}

export interface CannedSelectDetail {
  /** The chat the response goes to, when the picker is attached to one. */
  chatId?: Id;
  response: CannedResponse;
  /** The response text with its placeholders filled. */
  text: string;
}

/** A9: a canned response was chosen in `<ol-canned-picker>`. */
export class OlCannedSelectEvent extends OlEvent<CannedSelectDetail> {
  constructor(detail: CannedSelectDetail) {
    super('ol-canned-select', detail);
  }
}

/** A10: open the sales panel (products and payment links). */
export class OlSalesOpenEvent extends OlEvent<ChatDetail> {
  constructor(detail: ChatDetail) {
    super('ol-sales-open', detail);
  }
}

export interface SalesSendDetail extends ChatDetail {
  item: SalesItem;
}

/** A10: send a product or payment link in the chat. */
export class OlSalesSendEvent extends OlEvent<SalesSendDetail> {
  constructor(detail: SalesSendDetail) {
    super('ol-sales-send', detail);
  }
}

export interface GifSendDetail extends ChatDetail {
  gif: Gif;
}

/** A11: send a GIF found by search. */
export class OlGifSendEvent extends OlEvent<GifSendDetail> {
  constructor(detail: GifSendDetail) {
    super('ol-gif-send', detail);
  }
}

export interface MessageSendDetail extends ChatDetail {
  /** BBCode text. */
  text: string;
  silent: boolean;
  attachments: Attachment[];
  replyToId?: Id;
}

/** A12: send a message (Enter or the Send button). */
export class OlMessageSendEvent extends OlEvent<MessageSendDetail> {
  constructor(detail: MessageSendDetail) {
    super('ol-message-send', detail);
  }
}
