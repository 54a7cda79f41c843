import { expect } from '@open-wc/testing';
import { OlAdapterError } from '../../../src/core/adapter.js';
import type { RealtimeEvent } from '../../../src/core/adapter.js';
import type { Chat, Message } from '../../../src/core/model.js';
import { createAdapter, recordEvents, rejectionOf } from './fixture.js';

const chatOf = (event: RealtimeEvent | undefined): Chat => {
  if (event?.type !== 'chat-updated' && event?.type !== 'chat-added') throw new Error(`not a chat event: ${event?.type}`);
  return event.chat;
};
const messageOf = (event: RealtimeEvent | undefined): Message => {
  if (event?.type !== 'message-added' && event?.type !== 'message-updated') throw new Error(`not a message event: ${event?.type}`);
  return event.message;
};
const codeOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as OlAdapterError).code;
const mineIds = async (adapter: ReturnType<typeof createAdapter>['adapter']) =>
  (await adapter.listChats({ filter: { mine: true } })).items.map((c) => c.id);

describe('MemoryAdapter chat actions', () => {
  describe('answer', () => {
    it('makes the chat answered and mine, with first response time and a system message', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.answer('ch1');
      const chat = await adapter.getChat('ch1');
      expect(chat.state).to.equal('answered');
      expect(chat.operatorId).to.equal('op1');
      expect(chat.waitingSince).to.equal(undefined);
      expect(chat.firstResponseSeconds).to.equal(3600);
      expect(chat.unreadCount).to.equal(0);
      expect(chat.updatedAt).to.equal(clock.iso());
      const { items } = await adapter.listMessages('ch1', { limit: 10 });
      const system = items.at(-1)!;
      expect(system).to.include({ authorKind: 'system', text: 'Chat taken by Marie Curie', createdAt: clock.iso() });
      expect(chat.lastMessage?.id).to.equal(system.id);
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(messageOf(rec.events[0]).id).to.equal(system.id);
      expect(chatOf(rec.events[1])).to.deep.equal(chat);
      rec.stop();
    });

    it('counts the chat in my activeChats', async () => {
      const { adapter } = createAdapter();
      await adapter.answer('ch1');
      const me = (await adapter.listOperators()).find((o) => o.id === 'op1');
      expect(me?.activeChats).to.equal(2);
    });

    it('rejects an answered or closed chat', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.answer('ch2'))).to.equal('INVALID_STATE');
      expect(await codeOf(adapter.answer('ch4'))).to.equal('CHAT_CLOSED');
      expect(await codeOf(adapter.answer('nope'))).to.equal('NOT_FOUND');
    });
  });

  describe('skip', () => {
    it('leaves the chat to the others: unassigned, still new, no longer mine', async () => {
      const { adapter } = createAdapter();
      expect(await mineIds(adapter)).to.include('ch1');
      const rec = recordEvents(adapter);
      await adapter.skip('ch1');
      const chat = await adapter.getChat('ch1');
      expect(chat.state).to.equal('new');
      expect(chat.operatorId).to.equal(undefined);
      expect(chat.waitingSince).to.equal('2026-11-25T09:00:00.000Z');
      expect(await mineIds(adapter)).to.not.include('ch1');
      expect((await adapter.listChats({ filter: { states: ['new'] } })).items.map((c) => c.id)).to.include('ch1');
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie skipped the chat');
      rec.stop();
    });

    it('skips a new chat that was assigned to me', async () => {
      const { adapter } = createAdapter();
      await adapter.transfer('ch1', { kind: 'operator', id: 'op1' });
      expect((await adapter.getChat('ch1')).operatorId).to.equal('op1');
      await adapter.skip('ch1');
      expect((await adapter.getChat('ch1')).operatorId).to.equal(undefined);
      expect(await mineIds(adapter)).to.not.include('ch1');
    });

    it('rejects answered chats and other operators’ chats', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.skip('ch2'))).to.equal('INVALID_STATE');
      expect(await codeOf(adapter.skip('ch6'))).to.equal('FORBIDDEN');
    });
  });

  describe('transfer', () => {
    it('to an operator: operatorId is the target, state kept, no longer mine', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.setPinned('ch2', true);
      rec.clear();
      await adapter.transfer('ch2', { kind: 'operator', id: 'op3' });
      const chat = await adapter.getChat('ch2');
      expect(chat).to.include({ operatorId: 'op3', state: 'answered', pinned: false });
      expect(await mineIds(adapter)).to.not.include('ch2');
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie transferred the chat to Paul Martin');
      const operators = await adapter.listOperators();
      expect(operators.find((o) => o.id === 'op1')?.activeChats).to.equal(0);
      expect(operators.find((o) => o.id === 'op3')?.activeChats).to.equal(1);
      rec.stop();
    });

    it('to a queue: new queue, unassigned, waiting again, not back in my list', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.transfer('ch2', { kind: 'queue', id: 'q2' });
      const chat = await adapter.getChat('ch2');
      expect(chat).to.include({ queueId: 'q2', state: 'new', waitingSince: clock.iso() });
      expect(chat.operatorId).to.equal(undefined);
      expect(await mineIds(adapter)).to.not.include('ch2');
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie transferred the chat to the open channel “Sales”');
      expect(chatOf(rec.events[1]).queueId).to.equal('q2');
      rec.stop();
    });

    it('rejects unknown targets, inactive queues, the same operator and closed chats', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.transfer('ch2', { kind: 'operator', id: 'ghost' }))).to.equal('NOT_FOUND');
      expect(await codeOf(adapter.transfer('ch2', { kind: 'queue', id: 'ghost' }))).to.equal('NOT_FOUND');
      expect(await codeOf(adapter.transfer('ch2', { kind: 'queue', id: 'q3' }))).to.equal('QUEUE_INACTIVE');
      expect(await codeOf(adapter.transfer('ch2', { kind: 'operator', id: 'op1' }))).to.equal('INVALID');
      expect(await codeOf(adapter.transfer('ch4', { kind: 'operator', id: 'op2' }))).to.equal('CHAT_CLOSED');
      expect((await adapter.getChat('ch2')).operatorId).to.equal('op1');
    });
  });

  describe('intercept', () => {
    it('takes the chat from another operator', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.intercept('ch6');
      const chat = await adapter.getChat('ch6');
      expect(chat).to.include({ operatorId: 'op1', state: 'answered', firstResponseSeconds: 1200 });
      expect(chat.waitingSince).to.equal(undefined);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie took the conversation over from Élodie Garnier');
      expect(await mineIds(adapter)).to.include('ch6');
      rec.stop();
    });

    it('takes an answered chat without changing its first response time', async () => {
      const { adapter } = createAdapter();
      await adapter.intercept('ch3');
      expect(await adapter.getChat('ch3')).to.include({ operatorId: 'op1', state: 'answered', firstResponseSeconds: 1800 });
    });

    it('rejects my own chat and closed chats', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.intercept('ch2'))).to.equal('INVALID_STATE');
      expect(await codeOf(adapter.intercept('ch7'))).to.equal('CHAT_CLOSED');
    });
  });

  describe('invite', () => {
    it('keeps an invited list and posts a system message', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.invite('ch2', ['op2', 'op3', 'op2']);
      expect(adapter.invitedUsers('ch2')).to.deep.equal(['op2', 'op3']);
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie invited Élodie Garnier and Paul Martin to the chat');
      rec.clear();
      await adapter.invite('ch2', ['op3']);
      expect(adapter.invitedUsers('ch2')).to.deep.equal(['op2', 'op3']);
      expect(rec.events).to.deep.equal([]);
      rec.stop();
    });

    it('lets an invited operator write in someone else’s chat', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.sendMessage('ch3', { text: 'hi', silent: false, attachments: [] }))).to.equal('FORBIDDEN');
      await adapter.invite('ch3', ['op1']);
      const sent = await adapter.sendMessage('ch3', { text: 'hi', silent: false, attachments: [] });
      expect(sent.authorId).to.equal('op1');
      expect((await adapter.getChat('ch3')).operatorId).to.equal('op2');
    });

    it('rejects unknown users without inviting anyone', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.invite('ch2', ['op2', 'ghost']))).to.equal('NOT_FOUND');
      expect(adapter.invitedUsers('ch2')).to.deep.equal([]);
    });
  });

  describe('finish', () => {
    it('closes the conversation', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.finish('ch2');
      const chat = await adapter.getChat('ch2');
      expect(chat).to.include({ state: 'closed', operatorId: 'op1', pinned: false, unreadCount: 0, updatedAt: clock.iso() });
      expect(chat.autoCloseAt).to.equal(undefined);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie finished the conversation');
      expect(chatOf(rec.events[1]).state).to.equal('closed');
      expect(await codeOf(adapter.finish('ch2'))).to.equal('CHAT_CLOSED');
      rec.stop();
    });

    it('assigns a finished queue chat to me', async () => {
      const { adapter } = createAdapter();
      await adapter.finish('ch1');
      expect(await adapter.getChat('ch1')).to.include({ state: 'closed', operatorId: 'op1' });
    });
  });

  describe('markSpam', () => {
    it('ends the conversation as spam', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.markSpam('ch1');
      const chat = await adapter.getChat('ch1');
      expect(chat).to.include({ state: 'spam', operatorId: 'op1', unreadCount: 0 });
      expect(chat.waitingSince).to.equal(undefined);
      expect(messageOf(rec.events[0]).text).to.equal('Marie Curie marked the conversation as spam');
      expect(chatOf(rec.events[1]).state).to.equal('spam');
      expect(await codeOf(adapter.markSpam('ch1'))).to.equal('CHAT_CLOSED');
      rec.stop();
    });
  });

  describe('setPinned and setSilent', () => {
    it('pins my chat and postpones auto-close by a week', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.setPinned('ch2', true);
      const chat = await adapter.getChat('ch2');
      expect(chat.pinned).to.equal(true);
      expect(chat.autoCloseAt).to.equal('2026-12-02T10:00:00.000Z');
      expect(rec.types()).to.deep.equal(['chat-updated']);
      expect(chatOf(rec.events[0]).pinned).to.equal(true);
      await adapter.setPinned('ch2', false);
      expect((await adapter.getChat('ch2')).pinned).to.equal(false);
      expect(rec.types()).to.deep.equal(['chat-updated', 'chat-updated']);
      rec.stop();
    });

    it('does not pin someone else’s chat, and emits nothing when nothing changes', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      expect(await codeOf(adapter.setPinned('ch3', true))).to.equal('FORBIDDEN');
      await adapter.setPinned('ch2', false);
      expect(rec.events).to.deep.equal([]);
      rec.stop();
    });

    it('switches silent mode', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.setSilent('ch2', true);
      expect((await adapter.getChat('ch2')).silent).to.equal(true);
      expect(chatOf(rec.events[0]).silent).to.equal(true);
      await adapter.setSilent('ch2', false);
      expect((await adapter.getChat('ch2')).silent).to.equal(false);
      expect(await codeOf(adapter.setSilent('ch4', true))).to.equal('CHAT_CLOSED');
      rec.stop();
    });
  });

  describe('renameChat', () => {
    it('changes the title without moving the chat in the list', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.renameChat('ch4', '  Alice — invoice  ');
      const chat = await adapter.getChat('ch4');
      expect(chat.title).to.equal('Alice — invoice');
      expect(chat.updatedAt).to.equal('2026-11-20T11:00:00.000Z');
      expect(rec.types()).to.deep.equal(['chat-updated']);
      expect(chatOf(rec.events[0]).title).to.equal('Alice — invoice');
      expect(await codeOf(adapter.renameChat('ch4', '   '))).to.equal('INVALID');
      rec.stop();
    });
  });

  describe('startSession', () => {
    it('starts a new conversation in the same chat with the next session number', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      const chat = await adapter.startSession('ch4');
      expect(chat).to.include({ id: 'ch4', sessionId: '107', state: 'answered', operatorId: 'op1', createdAt: clock.iso() });
      expect(chat.rating).to.equal(undefined);
      expect(chat.firstResponseSeconds).to.equal(undefined);
      expect(await adapter.getChat('ch4')).to.deep.equal(chat);
      expect(messageOf(rec.events[0]).text).to.equal('Conversation #107 started');
      expect(chatOf(rec.events[1])).to.deep.equal(chat);
      const again = await adapter.startSession('ch4');
      expect(again.sessionId).to.equal('108');
      rec.stop();
    });

    it('links the system message to the message it starts from', async () => {
      const { adapter } = createAdapter();
      await adapter.startSession('ch2', 'm6');
      const last = (await adapter.listMessages('ch2', { limit: 1 })).items[0];
      expect(last).to.include({ authorKind: 'system', replyToId: 'm6' });
      expect(await codeOf(adapter.startSession('ch2', 'm1'))).to.equal('NOT_FOUND');
    });
  });
});
