/**
 * Every adapter-backed action of FEATURES.md §2, as an intent the store
 * carries out: the cancelable event first, then the optimistic change and the
 * adapter call, rolled back with `ol-error` on failure.
 *
 * Elements call these with themselves as `origin`, so the events bubble from
 * where the person acted.
 */
import type { UploadOptions } from './adapter.js';
import type {
  Attachment,
  CannedDraft,
  CannedResponse,
  Chat,
  HistoryQuery,
  Id,
  Message,
  OutgoingMessage,
  TransferTarget,
} from './model.js';
import type { IntentResult, OlStore } from './store.js';
import {
  OlChatAnswerEvent,
  OlChatFinishEvent,
  OlChatHistoryEvent,
  OlChatInterceptEvent,
  OlChatInviteEvent,
  OlChatPinEvent,
  OlChatRenameEvent,
  OlChatSkipEvent,
  OlChatSpamEvent,
  OlChatTransferEvent,
  OlSessionStartEvent,
} from '../events/chat-events.js';
import { OlFileUploadEvent, OlMessageSendEvent, OlSilentChangeEvent } from '../events/composer-events.js';
import {
  OlCannedSaveEvent,
  OlMessageChatEvent,
  OlMessageDeleteEvent,
  OlMessageEditEvent,
  OlMessagePostEvent,
  OlMessageTaskEvent,
  OlMessageUnreadEvent,
} from '../events/message-events.js';
import { sanitizeList, sanitizeMessage } from './sanitize.js';

type Result<R> = Promise<IntentResult<R>>;

/** L3, N1: rename a chat (the title is trimmed; elements refuse an empty one before calling). */
export function renameChat(store: OlStore, origin: EventTarget, chatId: Id, title: string): Result<void> {
  const trimmed = title.trim();
  return store.run(origin, {
    event: new OlChatRenameEvent({ chatId, title: trimmed }),
    chatId,
    capability: 'renameChat',
    call: (adapter) => adapter.renameChat!(chatId, trimmed),
    optimistic: () => store.patchChat(chatId, { title: trimmed }),
  });
}

/** N2, A16: mark as spam (the conversation ends without a rating form). */
export function markSpam(store: OlStore, origin: EventTarget, chatId: Id): Result<void> {
  return store.run(origin, {
    event: new OlChatSpamEvent({ chatId }),
    chatId,
    capability: 'markSpam',
    call: (adapter) => adapter.markSpam!(chatId),
    optimistic: () => store.patchChat(chatId, { state: 'spam', pinned: false }),
    refreshChat: true,
  });
}

/** N3: answer a waiting chat; it becomes the current operator's. */
export function answerChat(store: OlStore, origin: EventTarget, chatId: Id): Result<void> {
  return store.run(origin, {
    event: new OlChatAnswerEvent({ chatId }),
    chatId,
    capability: 'answer',
    call: (adapter) => adapter.answer!(chatId),
    optimistic: () =>
      store.patchChat(chatId, {
        state: 'answered',
        waitingSince: undefined,
        ...(store.me ? { operatorId: store.me.id } : {}),
      }),
    refreshChat: true,
  });
}

/** N4: skip a waiting chat, leaving it to the others in the queue. */
export function skipChat(store: OlStore, origin: EventTarget, chatId: Id): Result<void> {
  return store.run(origin, {
    event: new OlChatSkipEvent({ chatId }),
    chatId,
    capability: 'skip',
    call: (adapter) => adapter.skip!(chatId),
    optimistic: () => {
      store.skipped.add(chatId);
      const revert = store.patchChat(chatId, { operatorId: undefined });
      return () => {
        store.skipped.delete(chatId);
        revert();
      };
    },
    refreshChat: true,
  });
}

/** N5, A2: transfer to an employee or an open channel. */
export function transferChat(store: OlStore, origin: EventTarget, chatId: Id, target: TransferTarget): Result<void> {
  return store.run(origin, {
    event: new OlChatTransferEvent({ chatId, target: { ...target } }),
    chatId,
    capability: 'transfer',
    call: (adapter) => adapter.transfer!(chatId, target),
    optimistic: () =>
      store.patchChat(
        chatId,
        target.kind === 'operator' ? { operatorId: target.id } : { queueId: target.id, operatorId: undefined },
      ),
    refreshChat: true,
  });
}

/** N8: take the conversation from another employee. */
export function interceptChat(store: OlStore, origin: EventTarget, chatId: Id): Result<void> {
  return store.run(origin, {
    event: new OlChatInterceptEvent({ chatId }),
    chatId,
    capability: 'intercept',
    call: (adapter) => adapter.intercept!(chatId),
    optimistic: () => (store.me ? store.patchChat(chatId, { operatorId: store.me.id }) : undefined),
    refreshChat: true,
  });
}

/** A1: invite users to the chat. */
export function inviteUsers(store: OlStore, origin: EventTarget, chatId: Id, userIds: Id[]): Result<void> {
  return store.run(origin, {
    event: new OlChatInviteEvent({ chatId, userIds: [...userIds] }),
    chatId,
    capability: 'invite',
    call: (adapter) => adapter.invite!(chatId, userIds),
    refreshChat: true,
  });
}

/** A3: finish the conversation. */
export function finishChat(store: OlStore, origin: EventTarget, chatId: Id): Result<void> {
  return store.run(origin, {
    event: new OlChatFinishEvent({ chatId }),
    chatId,
    capability: 'finish',
    call: (adapter) => adapter.finish!(chatId),
    optimistic: () => store.patchChat(chatId, { state: 'closed', pinned: false }),
    refreshChat: true,
  });
}

/** A13: lock the chat as mine, or unlock it. */
export function setPinned(store: OlStore, origin: EventTarget, chatId: Id, pinned: boolean): Result<void> {
  return store.run(origin, {
    event: new OlChatPinEvent({ chatId, pinned }),
    chatId,
    capability: 'setPinned',
    call: (adapter) => adapter.setPinned!(chatId, pinned),
    optimistic: () => store.patchChat(chatId, { pinned }),
  });
}

/** A8: silent mode on or off. */
export function setSilent(store: OlStore, origin: EventTarget, chatId: Id, silent: boolean): Result<void> {
  return store.run(origin, {
    event: new OlSilentChangeEvent({ chatId, silent }),
    chatId,
    capability: 'setSilent',
    call: (adapter) => adapter.setSilent!(chatId, silent),
    optimistic: () => store.patchChat(chatId, { silent }),
  });
}

/** M7, K3: start a new conversation (new session number), optionally from a message. */
export function startSession(store: OlStore, origin: EventTarget, chatId: Id, fromMessageId?: Id): Result<Chat> {
  return store.run(origin, {
    event: new OlSessionStartEvent(fromMessageId === undefined ? { chatId } : { chatId, fromMessageId }),
    chatId,
    messageId: fromMessageId,
    capability: 'startSession',
    call: (adapter) => adapter.startSession!(chatId, fromMessageId),
    commit: (chat) => store.putAdapterChat(chat),
  });
}

/** L2, N7, A15, K2: search the message history with this client. */
export function searchHistory(store: OlStore, origin: EventTarget, chatId: Id, query: HistoryQuery = {}): Result<Message[]> {
  return store.run(origin, {
    event: new OlChatHistoryEvent({ chatId, ...query }),
    chatId,
    capability: 'searchHistory',
    // Results do not enter the store: they are checked here (see sanitize.ts).
    call: async (adapter) => sanitizeList(await adapter.searchHistory!(chatId, query), sanitizeMessage, 'searchHistory()'),
  });
}

/**
 * A12: send a message. It shows at once as "sending"; on failure it stays in
 * the timeline as "failed" (see `retryMessage`), so the text is never lost.
 */
export async function sendMessage(
  store: OlStore,
  origin: EventTarget,
  chatId: Id,
  message: OutgoingMessage,
  retryOf?: Id,
): Result<Message> {
  let localId = retryOf;
  const result = await store.run(origin, {
    event: new OlMessageSendEvent({ chatId, ...message, attachments: [...message.attachments] }),
    chatId,
    capability: 'sendMessage',
    call: (adapter) => adapter.sendMessage!(chatId, message),
    optimistic: () => {
      if (localId !== undefined) {
        store.patchMessage(chatId, localId, { delivery: 'sending', error: undefined });
        return;
      }
      const me = store.me;
      localId = store.addLocalMessage({
        chatId,
        authorKind: 'operator',
        authorId: me?.id,
        authorName: me?.name,
        text: message.text,
        createdAt: new Date().toISOString(),
        silent: message.silent,
        attachments: message.attachments,
        replyToId: message.replyToId,
        delivery: 'sending',
      }).id;
    },
    commit: (sent) => {
      if (localId !== undefined) store.removeLocalMessage(chatId, localId);
      store.putAdapterMessage(sent);
    },
  });
  if (result.status === 'failed' && localId !== undefined) {
    store.patchMessage(chatId, localId, { delivery: 'failed', error: result.error.message });
  }
  return result;
}

/** Sends a failed message again (the intent event fires again). */
export function retryMessage(store: OlStore, origin: EventTarget, chatId: Id, localId: Id): Result<Message> {
  const failed = store.thread(chatId).get(localId);
  if (!failed) return Promise.resolve({ status: 'unhandled' });
  return sendMessage(
    store,
    origin,
    chatId,
    {
      text: failed.text,
      silent: failed.silent ?? false,
      attachments: failed.attachments ?? [],
      ...(failed.replyToId === undefined ? {} : { replyToId: failed.replyToId }),
    },
    localId,
  );
}

/**
 * A4: upload one file; `onProgress` and `signal` go to the adapter. Aborts
 * raise no `ol-error`. The store's timeout counts from the last progress
 * report, so a long upload that progresses does not time out.
 */
export function uploadFile(
  store: OlStore,
  origin: EventTarget,
  chatId: Id,
  file: File,
  options: UploadOptions = {},
): Result<Attachment> {
  let touch = (): void => {};
  const tracked: UploadOptions = {
    ...options,
    onProgress: (fraction) => {
      touch();
      options.onProgress?.(fraction);
    },
  };
  return store.run(origin, {
    event: new OlFileUploadEvent({ chatId, file }),
    chatId,
    capability: 'uploadFile',
    call: (adapter) => adapter.uploadFile!(chatId, file, tracked),
    reportError: (error) => error.code !== 'ABORTED',
    keepAlive: (alive) => {
      touch = alive;
    },
  });
}

/** M9: edit an operator message. */
export function editMessage(store: OlStore, origin: EventTarget, chatId: Id, messageId: Id, text: string): Result<Message> {
  return store.run(origin, {
    event: new OlMessageEditEvent({ chatId, messageId, text }),
    chatId,
    messageId,
    capability: 'editMessage',
    call: (adapter) => adapter.editMessage!(chatId, messageId, text),
    optimistic: () => store.patchMessage(chatId, messageId, { text, editedAt: new Date().toISOString() }),
    commit: (message) => store.putAdapterMessage(message),
  });
}

/** M10: delete an operator message (it stays as a "deleted" marker). */
export function deleteMessage(store: OlStore, origin: EventTarget, chatId: Id, messageId: Id): Result<void> {
  return store.run(origin, {
    event: new OlMessageDeleteEvent({ chatId, messageId }),
    chatId,
    messageId,
    capability: 'deleteMessage',
    call: (adapter) => adapter.deleteMessage!(chatId, messageId),
    optimistic: () => store.patchMessage(chatId, messageId, { deleted: true }),
  });
}

/** M2: mark the chat unread from this message on; the unread counter comes back. */
export function markUnread(store: OlStore, origin: EventTarget, chatId: Id, messageId: Id): Result<void> {
  return store.run(origin, {
    event: new OlMessageUnreadEvent({ chatId, messageId }),
    chatId,
    messageId,
    capability: 'markUnread',
    call: (adapter) => adapter.markUnread!(chatId, messageId),
    optimistic: () => {
      const messages = store.messages(chatId);
      const from = messages.findIndex((m) => m.id === messageId);
      if (from < 0) return;
      const unreadCount = messages.slice(from).filter((m) => m.authorKind === 'client' && !m.deleted).length;
      return store.patchChat(chatId, { unreadCount: Math.max(unreadCount, 1) });
    },
    refreshChat: true,
  });
}

type ShareKind = 'task' | 'chat' | 'post';

const SHARE = {
  task: { Event: OlMessageTaskEvent, capability: 'createTask' },
  chat: { Event: OlMessageChatEvent, capability: 'createChatFromMessage' },
  post: { Event: OlMessagePostEvent, capability: 'createPostFromMessage' },
} as const;

/** M4, M5, M6: create a task, a chat with colleagues or a News Feed post from a message. */
export function shareMessage(
  store: OlStore,
  origin: EventTarget,
  kind: ShareKind,
  chatId: Id,
  messageId: Id,
): Result<{ id: Id; url?: string }> {
  const { Event, capability } = SHARE[kind];
  return store.run(origin, {
    event: new Event({ chatId, messageId }),
    chatId,
    messageId,
    capability,
    call: (adapter) => adapter[capability]!(chatId, messageId),
  });
}

/** M8: save text (usually a message) as a canned response. */
export function saveCanned(
  store: OlStore,
  origin: EventTarget,
  draft: CannedDraft & { chatId?: Id },
): Result<CannedResponse> {
  const { chatId, ...rest } = draft;
  return store.run(origin, {
    event: new OlCannedSaveEvent({ ...draft }),
    chatId,
    messageId: draft.fromMessageId,
    capability: 'saveCanned',
    call: (adapter) => adapter.saveCanned!(rest),
    commit: (response) => store.addCanned(response),
  });
}

/** Marks a chat read when the operator opens it (no event: nothing to decide). */
export async function markRead(store: OlStore, chatId: Id): Promise<void> {
  const chat = store.getChat(chatId);
  if (!chat || chat.unreadCount === 0) return;
  const revert = store.patchChat(chatId, { unreadCount: 0 });
  if (typeof store.adapter?.markRead !== 'function') return;
  try {
    await store.withTimeout(store.adapter.markRead(chatId));
  } catch {
    revert();
  }
}
