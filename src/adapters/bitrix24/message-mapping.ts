/**
 * Bitrix24 messages and files → the public model (see `mapping.ts` for chats).
 */
import type { Attachment, AttachmentKind, AuthorKind, Id, Message } from '../../core/model.js';
import { isoDate, str } from './values.js';
import type { RawDiskFile, RawFile, RawMessage, RawMessagePage, RawUser } from './raw.js';

/**
 * Who wrote a message: `author_id` 0 is a system message; the chat's client
 * (the connector user of `entity_id`, or a user flagged `connector`) is the
 * client; users flagged `bot` are bots; anyone else is an operator.
 */
export function authorKindOf(authorId: string, clientId: string, user?: RawUser): AuthorKind {
  if (!(Number(authorId) > 0)) return 'system';
  if (user?.connector || (clientId !== '' && authorId === clientId)) return 'client';
  if (user?.bot) return 'bot';
  return 'operator';
}

function fileKind(file: RawFile): AttachmentKind {
  const type = str(file.type);
  if (type === 'image' || type === 'video' || type === 'audio') return type;
  return 'file';
}

/** A file of `im.dialog.messages.get` → attachment. */
export function attachmentFromFile(file: RawFile): Attachment {
  const attachment: Attachment = { id: str(file.id), kind: fileKind(file), name: str(file.name), size: Number(file.size ?? 0) };
  const url = file.urlDownload || file.urlShow;
  if (url) attachment.url = url;
  if (file.urlPreview) attachment.previewUrl = file.urlPreview;
  if (file.image && typeof file.image === 'object') {
    if (file.image.width) attachment.width = file.image.width;
    if (file.image.height) attachment.height = file.image.height;
  }
  return attachment;
}

/** A file uploaded with `disk.folder.uploadfile` → attachment. */
export function attachmentFromDisk(file: RawDiskFile, source: File): Attachment {
  const mime = source.type;
  const kind: AttachmentKind = mime.startsWith('image/') ? 'image' : mime.startsWith('video/') ? 'video' : mime.startsWith('audio/') ? 'audio' : 'file';
  const attachment: Attachment = { id: str(file.ID), kind, name: str(file.NAME) || source.name, size: Number(file.SIZE ?? source.size) };
  if (mime) attachment.mimeType = mime;
  if (file.DOWNLOAD_URL) attachment.url = file.DOWNLOAD_URL;
  return attachment;
}

function param(params: RawMessage['params'], key: string): unknown {
  return params && !Array.isArray(params) ? (params as Record<string, unknown>)[key] : undefined;
}

/**
 * Messages of an `im.dialog.messages.get` / `.search` page, oldest first.
 * Message `params`: `IS_DELETED`/`IS_EDITED` = `Y` flag deleted and edited
 * messages (Bitrix24 keeps no edit date: `editedAt` is the message date),
 * `FILE_ID` lists the files (found in `files`), `REPLY_ID` the message
 * replied to.
 */
export function messagesFromPage(page: RawMessagePage | undefined, chatId: Id, clientId: string): Message[] {
  if (!page) return [];
  const users = new Map((page.users ?? []).map((user) => [str(user.id), user]));
  const files = new Map(Object.values(page.files ?? {}).map((file: RawFile) => [str(file.id), file]));
  return (page.messages ?? [])
    .map((raw) => messageFromRaw(raw, chatId, clientId, users, files))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

function messageFromRaw(raw: RawMessage, chatId: Id, clientId: string, users: Map<string, RawUser>, files: Map<string, RawFile>): Message {
  const authorId = str(raw.author_id);
  const user = users.get(authorId);
  const kind = raw.isSystem ? 'system' : authorKindOf(authorId, clientId, user);
  const message: Message = {
    id: str(raw.id),
    chatId: str(raw.chat_id) || chatId,
    authorKind: kind,
    text: str(raw.text),
    createdAt: isoDate(raw.date),
  };
  if (kind !== 'system') {
    message.authorId = authorId;
    if (user?.name) message.authorName = user.name;
  }
  if (param(raw.params, 'IS_DELETED') === 'Y') message.deleted = true;
  if (param(raw.params, 'IS_EDITED') === 'Y') message.editedAt = message.createdAt;
  const replyId = param(raw.params, 'REPLY_ID');
  if (Number(replyId) > 0) message.replyToId = str(replyId);
  const fileIds = param(raw.params, 'FILE_ID');
  if (Array.isArray(fileIds)) {
    const attachments = fileIds.map((id) => files.get(str(id))).filter((file): file is RawFile => file !== undefined);
    if (attachments.length) message.attachments = attachments.map(attachmentFromFile);
  }
  return message;
}

/** The client of a chat from the users of a message page: the `connector` user. */
export function clientFromUsers(users: RawUser[] | undefined, clientId: string): { id: Id; name: string; avatarUrl?: string } | undefined {
  const user = (users ?? []).find((u) => u.connector || (clientId !== '' && str(u.id) === clientId));
  if (!user) return undefined;
  const client: { id: Id; name: string; avatarUrl?: string } = { id: str(user.id), name: str(user.name) };
  if (user.avatar && !user.avatar.endsWith('blank.gif')) client.avatarUrl = user.avatar;
  return client;
}
