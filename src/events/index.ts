import type {
  OlChatAnswerEvent,
  OlChatFinishEvent,
  OlChatHistoryEvent,
  OlChatInterceptEvent,
  OlChatInviteEvent,
  OlChatPinEvent,
  OlChatRenameEvent,
  OlChatSelectEvent,
  OlChatSkipEvent,
  OlChatSpamEvent,
  OlChatTransferEvent,
  OlCrmOpenEvent,
  OlSessionStartEvent,
} from './chat-events.js';
import type {
  OlCannedOpenEvent,
  OlCannedSelectEvent,
  OlCommandInsertEvent,
  OlEmojiInsertEvent,
  OlFileUploadEvent,
  OlGifSendEvent,
  OlMentionInsertEvent,
  OlMessageSendEvent,
  OlSalesOpenEvent,
  OlSalesSendEvent,
  OlSilentChangeEvent,
} from './composer-events.js';
import type { OlErrorEvent } from './error-event.js';
import type { OlFilterChangeEvent, OlSettingsChangeEvent } from './list-events.js';
import type {
  OlCannedSaveEvent,
  OlMessageActionEvent,
  OlMessageChatEvent,
  OlMessageDeleteEvent,
  OlMessageEditEvent,
  OlMessagePostEvent,
  OlMessageQuoteEvent,
  OlMessageReplyEvent,
  OlMessageTaskEvent,
  OlMessageUnreadEvent,
} from './message-events.js';

export * from './chat-events.js';
export * from './composer-events.js';
export * from './error-event.js';
export * from './list-events.js';
export * from './message-events.js';
export { OlEvent } from './ol-event.js';

/** Every event the elements fire, by name. */
export interface OlEventMap {
  'ol-settings-change': OlSettingsChangeEvent;
  'ol-filter-change': OlFilterChangeEvent;
  'ol-chat-select': OlChatSelectEvent;
  'ol-chat-history': OlChatHistoryEvent;
  'ol-chat-rename': OlChatRenameEvent;
  'ol-chat-spam': OlChatSpamEvent;
  'ol-chat-answer': OlChatAnswerEvent;
  'ol-chat-skip': OlChatSkipEvent;
  'ol-chat-transfer': OlChatTransferEvent;
  'ol-crm-open': OlCrmOpenEvent;
  'ol-chat-intercept': OlChatInterceptEvent;
  'ol-chat-invite': OlChatInviteEvent;
  'ol-chat-finish': OlChatFinishEvent;
  'ol-chat-pin': OlChatPinEvent;
  'ol-session-start': OlSessionStartEvent;
  'ol-file-upload': OlFileUploadEvent;
  'ol-mention-insert': OlMentionInsertEvent;
  'ol-command-insert': OlCommandInsertEvent;
  'ol-emoji-insert': OlEmojiInsertEvent;
  'ol-silent-change': OlSilentChangeEvent;
  'ol-canned-open': OlCannedOpenEvent;
  'ol-canned-select': OlCannedSelectEvent;
  'ol-sales-open': OlSalesOpenEvent;
  'ol-sales-send': OlSalesSendEvent;
  'ol-gif-send': OlGifSendEvent;
  'ol-message-send': OlMessageSendEvent;
  'ol-message-reply': OlMessageReplyEvent;
  'ol-message-unread': OlMessageUnreadEvent;
  'ol-message-quote': OlMessageQuoteEvent;
  'ol-message-task': OlMessageTaskEvent;
  'ol-message-chat': OlMessageChatEvent;
  'ol-message-post': OlMessagePostEvent;
  'ol-message-edit': OlMessageEditEvent;
  'ol-message-delete': OlMessageDeleteEvent;
  'ol-message-action': OlMessageActionEvent;
  'ol-canned-save': OlCannedSaveEvent;
  'ol-error': OlErrorEvent;
}

/** The name of any `ol-*` event. */
export type OlEventName = keyof OlEventMap;

declare global {
  // Typed `addEventListener('ol-chat-transfer', e => e.detail.target)` on any element.
  interface GlobalEventHandlersEventMap extends OlEventMap {}
}

/** Every event name at run time (loggers, framework wrappers). */
export const OL_EVENT_NAMES = [
  'ol-settings-change',
  'ol-filter-change',
  'ol-chat-select',
  'ol-chat-history',
  'ol-chat-rename',
  'ol-chat-spam',
  'ol-chat-answer',
  'ol-chat-skip',
  'ol-chat-transfer',
  'ol-crm-open',
  'ol-chat-intercept',
  'ol-chat-invite',
  'ol-chat-finish',
  'ol-chat-pin',
  'ol-session-start',
  'ol-file-upload',
  'ol-mention-insert',
  'ol-command-insert',
  'ol-emoji-insert',
  'ol-silent-change',
  'ol-canned-open',
  'ol-canned-select',
  'ol-sales-open',
  'ol-sales-send',
  'ol-gif-send',
  'ol-message-send',
  'ol-message-reply',
  'ol-message-unread',
  'ol-message-quote',
  'ol-message-task',
  'ol-message-chat',
  'ol-message-post',
  'ol-message-edit',
  'ol-message-delete',
  'ol-message-action',
  'ol-canned-save',
  'ol-error',
] as const satisfies readonly OlEventName[];

// Compile-time check that the list above names every event of the map.
type Unlisted = Exclude<OlEventName, (typeof OL_EVENT_NAMES)[number]>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyEventListed;
