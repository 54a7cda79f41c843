import { OlAdapterError } from '../../core/adapter.js';
import type { Chat, Id, Message, Operator } from '../../core/model.js';
import type { B24Client, BatchCommand } from './client.js';
import { operatorFromUser } from './mapping.js';
import type { RawLine, RawPortalUser } from './raw.js';
import type { B24Params } from './transports/transport.js';

/** The open channels with their operators (`QUEUE`). */
export const LINES_COMMAND: BatchCommand = [
  'imopenlines.config.list.get',
  { PARAMS: { select: ['ID', 'LINE_NAME', 'ACTIVE'], order: { ID: 'ASC' } }, OPTIONS: { QUEUE: 'Y' } },
];

/** The operator with the open channels whose queue lists them. */
export function withQueues(operator: Operator, lines: RawLine[] | undefined): Operator {
  if (!Array.isArray(lines)) return operator;
  const queueIds = lines.filter((line) => (line.QUEUE ?? []).map(String).includes(operator.id)).map((line) => String(line.ID));
  return { ...operator, queueIds };
}

/**
 * What the adapter's parts share: the client, and what it learnt from the
 * answers so far (Bitrix24 methods need ids the public model does not carry
 * along, e.g. the chat of a message).
 */
export class B24Context {
  /** Newest message id known per chat (drives `FIRST_ID` of the realtime feed and `im.dialog.read`). */
  readonly lastSeen = new Map<Id, number>();
  /** Chat of each message seen (`imopenlines.message.quick.save` needs it). */
  readonly messageChats = new Map<Id, Id>();
  /** Client user id of each chat seen (tells client messages from operators'). */
  private readonly clients = new Map<Id, string>();
  private me: Promise<Operator> | undefined;

  constructor(
    readonly client: B24Client,
    readonly pageSize: number,
  ) {}

  /**
   * `user.current` and `imopenlines.config.list.get` (the open channels whose
   * queue has me: `queueIds`) in one `batch`; once, then cached. A failure
   * is not cached: the next call asks again.
   */
  currentOperator(): Promise<Operator> {
    if (!this.me) {
      const me = this.client.batch({ me: ['user.current'], lines: LINES_COMMAND }).then((answer) => {
        if (answer.errors.me) throw answer.errors.me;
        return withQueues(operatorFromUser(answer.result.me as RawPortalUser), answer.result.lines as RawLine[] | undefined);
      });
      this.me = me;
      me.catch(() => {
        if (this.me === me) this.me = undefined;
      });
    }
    return this.me;
  }

  /** The client user id of a chat, when known (`''` otherwise). */
  clientOf(chatId: Id): string {
    return this.clients.get(chatId) ?? '';
  }

  /** Notes the chat's client and returns the chat. */
  remember(chat: Chat): Chat {
    if (chat.client.id) this.clients.set(chat.id, chat.client.id);
    return chat;
  }

  /** Notes messages seen: their chat, and the newest id of the chat. */
  see(chatId: Id, messages: readonly Message[]): void {
    for (const message of messages) {
      this.messageChats.set(message.id, chatId);
      const id = Number(message.id);
      if (id > (this.lastSeen.get(chatId) ?? 0)) this.lastSeen.set(chatId, id);
    }
  }

  /** Calls an action method; a `false` result (the portal refused without an error) fails with `INVALID_STATE`. */
  async action(method: string, params: B24Params): Promise<void> {
    const result = await this.client.call(method, params);
    if (result === false) throw new OlAdapterError(`${method} was refused`, 'INVALID_STATE');
  }
}
