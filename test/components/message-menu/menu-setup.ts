import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { CannedResponse, Message } from '../../../src/core/model.js';
import { storeFor } from '../../../src/core/store.js';
import { makeChat, makeMessage } from '../../helpers/fixtures.js';

/** A chat with a client message, one of mine, and one of a colleague, loaded into the adapter's store. */
export async function menuSetup(options: MemoryAdapterOptions = {}, canned: CannedResponse[] = []) {
  const chat = makeChat({ id: 'c1', unreadCount: 0, operatorId: 'op-me' });
  const clientMessage = makeMessage({ id: 'm-client', chatId: 'c1', authorKind: 'client', text: 'My order [b]#42[/b] has not arrived yet, can you check?' });
  const ownMessage = makeMessage({ id: 'm-own', chatId: 'c1', authorKind: 'operator', authorId: 'op-me', authorName: 'Olga', text: 'Let me check that for you.' });
  const otherMessage = makeMessage({ id: 'm-other', chatId: 'c1', authorKind: 'operator', authorId: 'op-2', authorName: 'Pierre', text: 'Hello from Pierre' });
  const clientFollowUp = makeMessage({ id: 'm-client-2', chatId: 'c1', authorKind: 'client', text: 'Thanks!' });
  const adapter = new MemoryAdapter(
    {
      me: 'op-me',
      operators: [
        { id: 'op-me', name: 'Olga' },
        { id: 'op-2', name: 'Pierre' },
      ],
      queues: [{ id: 'q1', name: 'Sales' }],
      chats: [chat],
      messages: [clientMessage, ownMessage, otherMessage, clientFollowUp],
      canned,
    },
    options,
  );
  const store = storeFor(adapter);
  await store.loadChats();
  await store.loadMessages('c1');
  await store.loadDirectory();
  const get = (id: string): Message => store.messages('c1').find((m) => m.id === id)!;
  return { adapter, store, chat, clientMessage: get('m-client'), ownMessage: get('m-own'), otherMessage: get('m-other') };
}
