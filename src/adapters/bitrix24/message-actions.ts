/** The composer and the message actions that need more than one call. */
import type { UploadOptions } from '../../core/adapter.js';
import { OlAdapterError } from '../../core/adapter.js';
import type { Attachment, CannedDraft, CannedResponse, Id, Message, OutgoingMessage } from '../../core/model.js';
import type { B24Context } from './context.js';
import { cannedFromDraft, dialogId, num } from './mapping.js';
import { attachmentFromDisk, messagesFromPage } from './message-mapping.js';
import type { RawDiskFile, RawMessagePage } from './raw.js';
import type { B24Params } from './transports/transport.js';

/**
 * Text only: `im.message.add` (`DIALOG_ID`, `MESSAGE`, `REPLY_ID`), which
 * answers the new message id. With files (uploaded by `uploadFile`):
 * `im.disk.file.commit` (`CHAT_ID`, `UPLOAD_ID`, `MESSAGE`, `SILENT_MODE`)
 * publishes them with the text, and `im.dialog.messages.get` reads the
 * message back, in one halting `batch`. Silent mode itself is the session's
 * (`imopenlines.session.mode.silent`); `silent` only marks the message.
 */
export async function sendMessage(ctx: B24Context, chatId: Id, message: OutgoingMessage): Promise<Message> {
  const me = await ctx.currentOperator();
  if (message.attachments.length === 0) {
    const params: B24Params = { DIALOG_ID: dialogId(chatId), MESSAGE: message.text };
    if (message.replyToId) params.REPLY_ID = num(message.replyToId);
    const id = await ctx.client.call<number | string>('im.message.add', params);
    const sent: Message = {
      id: String(id),
      chatId,
      authorKind: 'operator',
      authorId: me.id,
      authorName: me.name,
      text: message.text,
      createdAt: new Date().toISOString(),
    };
    if (message.silent) sent.silent = true;
    if (message.replyToId) sent.replyToId = message.replyToId;
    ctx.see(chatId, [sent]);
    return sent;
  }
  const commit: B24Params = {
    CHAT_ID: num(chatId),
    UPLOAD_ID: message.attachments.map((attachment) => num(attachment.id)),
    SILENT_MODE: message.silent ? 'Y' : 'N',
  };
  if (message.text) commit.MESSAGE = message.text;
  const answer = await ctx.client.batch(
    { commit: ['im.disk.file.commit', commit], sent: ['im.dialog.messages.get', { DIALOG_ID: dialogId(chatId), LIMIT: 5 }] },
    { halt: true },
  );
  if (answer.errors.commit) throw answer.errors.commit;
  const recent = messagesFromPage(answer.result.sent as RawMessagePage, chatId, ctx.clientOf(chatId));
  const fileIds = new Set(message.attachments.map((attachment) => attachment.id));
  const mine = recent.filter((m) => m.authorId === me.id);
  const sent = mine.find((m) => m.attachments?.some((a) => fileIds.has(a.id))) ?? mine.at(-1);
  if (!sent) throw new OlAdapterError('The files were published but the message was not found', 'ADAPTER_ERROR');
  if (message.silent) sent.silent = true;
  ctx.see(chatId, recent);
  return sent;
}

/**
 * The documented disk flow: `im.disk.folder.get` (`CHAT_ID`) gives the
 * chat's folder, `disk.folder.uploadfile` (`id`, `data.NAME`, `fileContent`
 * [name, base64], `generateUniqueName`) stores the file there, with upload
 * progress. `sendMessage` then publishes it with `im.disk.file.commit`.
 */
export async function uploadFile(ctx: B24Context, chatId: Id, file: File, options: UploadOptions = {}): Promise<Attachment> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const folder = await ctx.client.call<{ ID: number | string }>('im.disk.folder.get', { CHAT_ID: num(chatId) }, { signal });
  const content = await toBase64(file);
  signal?.throwIfAborted();
  onProgress?.(0);
  const stored = await ctx.client.call<RawDiskFile>(
    'disk.folder.uploadfile',
    { id: num(folder.ID), data: { NAME: file.name }, fileContent: [file.name, content], generateUniqueName: true },
    { signal, onUploadProgress: (fraction) => onProgress?.(fraction) },
  );
  onProgress?.(1);
  return attachmentFromDisk(stored, file);
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * `im.message.update` (`MESSAGE_ID`, `MESSAGE`), and the message read back
 * with `im.dialog.messages.get` (`FIRST_ID` = id − 1, `LIMIT` 1: the first
 * message after it), in one halting `batch`.
 */
export async function editMessage(ctx: B24Context, chatId: Id, messageId: Id, text: string): Promise<Message> {
  const answer = await ctx.client.batch(
    {
      update: ['im.message.update', { MESSAGE_ID: num(messageId), MESSAGE: text }],
      message: ['im.dialog.messages.get', { DIALOG_ID: dialogId(chatId), FIRST_ID: num(messageId) - 1, LIMIT: 1 }],
    },
    { halt: true },
  );
  if (answer.errors.update) throw answer.errors.update;
  if (answer.result.update === false) throw new OlAdapterError('The message was not changed', 'FORBIDDEN');
  const message = messagesFromPage(answer.result.message as RawMessagePage, chatId, ctx.clientOf(chatId)).find((m) => m.id === messageId);
  if (!message) throw new OlAdapterError(`Message ${messageId} not found`, 'NOT_FOUND');
  return { ...message, text, editedAt: message.editedAt ?? new Date().toISOString() };
}

/** `im.dialog.read` (`DIALOG_ID`, `MESSAGE_ID` = newest message known; read first with `im.dialog.messages.get` when none is). */
export async function markRead(ctx: B24Context, chatId: Id): Promise<void> {
  if (!ctx.lastSeen.has(chatId)) {
    const page = await ctx.client.call<RawMessagePage>('im.dialog.messages.get', { DIALOG_ID: dialogId(chatId), LIMIT: 1 });
    ctx.see(chatId, messagesFromPage(page, chatId, ctx.clientOf(chatId)));
  }
  const last = ctx.lastSeen.get(chatId);
  if (last === undefined) return;
  await ctx.client.call('im.dialog.read', { DIALOG_ID: dialogId(chatId), MESSAGE_ID: last });
}

/** The `TYPE` of `im.message.share` for each "create from message" action (M4–M6). */
export const SHARE_TYPES = { task: 'TASK', chat: 'CHAT', post: 'POST' } as const;

/**
 * `im.message.share` (`MESSAGE_ID`, `DIALOG_ID`, `TYPE`). The portal answers
 * `true` without the new object's id: the id returned is the message's, and
 * there is no URL.
 */
export async function share(ctx: B24Context, type: keyof typeof SHARE_TYPES, chatId: Id, messageId: Id): Promise<{ id: Id }> {
  await ctx.action('im.message.share', { MESSAGE_ID: num(messageId), DIALOG_ID: dialogId(chatId), TYPE: SHARE_TYPES[type] });
  return { id: messageId };
}

/**
 * `imopenlines.message.quick.save` (`CHAT_ID`, `MESSAGE_ID`): the portal
 * saves the message's own text (the method takes no title nor text). Needs
 * `fromMessageId` of a message this adapter has loaded; otherwise `INVALID`.
 */
export async function saveCanned(ctx: B24Context, draft: CannedDraft): Promise<CannedResponse> {
  const messageId = draft.fromMessageId;
  const chatId = messageId === undefined ? undefined : ctx.messageChats.get(messageId);
  if (messageId === undefined || chatId === undefined) {
    throw new OlAdapterError('Bitrix24 saves canned responses from a message of an open chat only', 'INVALID');
  }
  await ctx.action('imopenlines.message.quick.save', { CHAT_ID: num(chatId), MESSAGE_ID: num(messageId) });
  return cannedFromDraft(draft, messageId);
}
