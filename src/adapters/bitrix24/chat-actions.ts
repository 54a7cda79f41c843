/** Chat actions that need more than one call: taking a chat, starting a session. */
import { OlAdapterError } from '../../core/adapter.js';
import type { Chat, Id } from '../../core/model.js';
import type { BatchCommand } from './client.js';
import type { B24Context } from './context.js';
import { Bitrix24Error } from './errors.js';
import { num } from './mapping.js';
import type { RawChat } from './raw.js';
import { chatCommands, chatFromBatch } from './reads.js';

/**
 * `imopenlines.operator.answer` / `imopenlines.session.intercept`. When
 * someone else was faster (a competing answer, or `false`), fails with
 * `CONFLICT` and the id of the chat's operator, read with
 * `imopenlines.dialog.get` (`owner`).
 */
export async function takeChat(ctx: B24Context, method: string, chatId: Id): Promise<void> {
  let conflict: OlAdapterError;
  try {
    const result = await ctx.client.call(method, { CHAT_ID: num(chatId) });
    if (result !== false) return;
    conflict = new OlAdapterError(`${method} was refused: the chat was taken`, 'CONFLICT');
  } catch (error) {
    if (!(error instanceof OlAdapterError) || error.code !== 'CONFLICT') throw error;
    conflict = error;
  }
  const owner = await ctx.client.call<RawChat>('imopenlines.dialog.get', { CHAT_ID: num(chatId) }).then(
    (chat) => (Number(chat?.owner) > 0 ? String(chat.owner) : undefined),
    () => undefined,
  );
  const options = owner ? { operatorId: owner } : undefined;
  throw conflict instanceof Bitrix24Error
    ? new Bitrix24Error(conflict.b24Error, conflict.message, conflict.status, options)
    : new OlAdapterError(conflict.message, 'CONFLICT', options);
}

/**
 * `imopenlines.session.start` (`CHAT_ID`), or from a message
 * `imopenlines.message.session.start` (`CHAT_ID`, `MESSAGE_ID`); then the
 * chat as `getChat` reads it, all in one halting `batch`.
 */
export async function startSession(ctx: B24Context, chatId: Id, fromMessageId?: Id): Promise<Chat> {
  const start: BatchCommand = fromMessageId
    ? ['imopenlines.message.session.start', { CHAT_ID: num(chatId), MESSAGE_ID: num(fromMessageId) }]
    : ['imopenlines.session.start', { CHAT_ID: num(chatId) }];
  const answer = await ctx.client.batch({ start, ...chatCommands(chatId) }, { halt: true });
  if (answer.errors.start) throw answer.errors.start;
  if (answer.result.start === false) throw new OlAdapterError('The portal did not start a new session', 'INVALID_STATE');
  return chatFromBatch(ctx, chatId, answer);
}
