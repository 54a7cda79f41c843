import { expect } from '@open-wc/testing';
import { OlAdapterError } from '../../../src/core/adapter.js';
import type { RealtimeEvent } from '../../../src/core/adapter.js';
import type { Attachment, Message } from '../../../src/core/model.js';
import { createAdapter, recordEvents, rejectionOf } from './fixture.js';

const codeOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as OlAdapterError).code;
const messageOf = (event: RealtimeEvent | undefined): Message => {
  if (event?.type !== 'message-added' && event?.type !== 'message-updated') throw new Error(`not a message event: ${event?.type}`);
  return event.message;
};
const picture: Attachment = { id: 'up1', kind: 'image', name: 'shot.png', size: 1200, mimeType: 'image/png', url: 'blob:x' };

describe('MemoryAdapter message actions', () => {
  describe('sendMessage', () => {
    it('posts my message and updates the chat', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      clock.advance(5000);
      const sent = await adapter.sendMessage('ch2', { text: '[b]On its way[/b]', silent: false, attachments: [picture], replyToId: 'm6' });
      expect(sent).to.deep.equal({
        id: 'm14',
        chatId: 'ch2',
        authorKind: 'operator',
        authorId: 'op1',
        authorName: 'Marie Curie',
        text: '[b]On its way[/b]',
        createdAt: '2026-11-25T10:00:05.000Z',
        silent: false,
        attachments: [picture],
        replyToId: 'm6',
      });
      const chat = await adapter.getChat('ch2');
      expect(chat.lastMessage).to.deep.equal({ id: 'm14', authorKind: 'operator', text: '[b]On its way[/b]', createdAt: sent.createdAt });
      expect(chat.updatedAt).to.equal(sent.createdAt);
      expect(chat.unreadCount).to.equal(0);
      expect((await adapter.listMessages('ch2', { limit: 1 })).items[0]).to.deep.equal(sent);
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(messageOf(rec.events[0])).to.deep.equal(sent);
      expect((await adapter.listChats({ limit: 1 })).items[0]?.id).to.equal('ch2');
      rec.stop();
    });

    it('keeps the silent flag, and makes every message silent in silent mode', async () => {
      const { adapter } = createAdapter();
      expect((await adapter.sendMessage('ch2', { text: 'note', silent: true, attachments: [] })).silent).to.equal(true);
      await adapter.setSilent('ch2', true);
      expect((await adapter.sendMessage('ch2', { text: 'note 2', silent: false, attachments: [] })).silent).to.equal(true);
    });

    it('answers a waiting chat first (unless the message is silent)', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.sendMessage('ch1', { text: 'internal', silent: true, attachments: [] });
      expect((await adapter.getChat('ch1')).state).to.equal('new');
      rec.clear();
      const sent = await adapter.sendMessage('ch1', { text: 'Hello Alice', silent: false, attachments: [] });
      expect(await adapter.getChat('ch1')).to.include({ state: 'answered', operatorId: 'op1', firstResponseSeconds: 3600 });
      expect(rec.types()).to.deep.equal(['message-added', 'message-added', 'chat-updated']);
      expect(messageOf(rec.events[0]).text).to.equal('Chat taken by Marie Curie');
      expect(messageOf(rec.events[1]).id).to.equal(sent.id);
      rec.stop();
    });

    it('rejects empty messages, unknown replies, closed chats and other operators’ chats', async () => {
      const { adapter } = createAdapter();
      const before = adapter.snapshot();
      expect(await codeOf(adapter.sendMessage('ch2', { text: '  ', silent: false, attachments: [] }))).to.equal('INVALID');
      expect(await codeOf(adapter.sendMessage('ch2', { text: 'x', silent: false, attachments: [], replyToId: 'm1' }))).to.equal('NOT_FOUND');
      expect(await codeOf(adapter.sendMessage('ch4', { text: 'x', silent: false, attachments: [] }))).to.equal('CHAT_CLOSED');
      expect(await codeOf(adapter.sendMessage('ch6', { text: 'x', silent: false, attachments: [] }))).to.equal('FORBIDDEN');
      expect(adapter.snapshot()).to.deep.equal(before);
    });

    it('accepts a message with only attachments', async () => {
      const { adapter } = createAdapter();
      const sent = await adapter.sendMessage('ch2', { text: '', silent: false, attachments: [picture] });
      expect(sent.attachments).to.deep.equal([picture]);
    });
  });

  describe('sendSalesItem', () => {
    it('posts the product link', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      const sent = await adapter.sendSalesItem('ch2', 's1');
      expect(sent).to.include({ authorKind: 'operator', authorId: 'op1', text: '[url=https://shop.example.com/desk]Desk[/url] — $100' });
      expect((await adapter.getChat('ch2')).lastMessage?.id).to.equal(sent.id);
      expect(rec.types()).to.deep.equal(['message-added', 'chat-updated']);
      expect(await codeOf(adapter.sendSalesItem('ch2', 'nope'))).to.equal('NOT_FOUND');
      rec.stop();
    });
  });

  describe('editMessage', () => {
    it('edits my own message and sets editedAt', async () => {
      const { adapter, clock } = createAdapter();
      const rec = recordEvents(adapter);
      const edited = await adapter.editMessage('ch2', 'm5', 'Let me check [i]again[/i]');
      expect(edited).to.include({ id: 'm5', text: 'Let me check [i]again[/i]', editedAt: clock.iso() });
      expect((await adapter.listMessages('ch2', { limit: 10 })).items.find((m) => m.id === 'm5')?.text).to.equal('Let me check [i]again[/i]');
      expect(rec.types()).to.deep.equal(['message-updated']);
      expect(messageOf(rec.events[0])).to.deep.equal(edited);
      rec.stop();
    });

    it('updates the chat preview when the last message is edited', async () => {
      const { adapter } = createAdapter();
      const sent = await adapter.sendMessage('ch2', { text: 'typo', silent: false, attachments: [] });
      const rec = recordEvents(adapter);
      await adapter.editMessage('ch2', sent.id, 'fixed');
      expect((await adapter.getChat('ch2')).lastMessage?.text).to.equal('fixed');
      expect(rec.types()).to.deep.equal(['message-updated', 'chat-updated']);
      rec.stop();
    });

    it('rejects client messages, colleagues’ messages, empty text and unknown messages', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.editMessage('ch2', 'm6', 'x'))).to.equal('FORBIDDEN');
      expect(await codeOf(adapter.editMessage('ch3', 'm8', 'x'))).to.equal('FORBIDDEN');
      expect(await codeOf(adapter.editMessage('ch2', 'm5', ' '))).to.equal('INVALID');
      expect(await codeOf(adapter.editMessage('ch2', 'm99', 'x'))).to.equal('NOT_FOUND');
      expect((await adapter.listMessages('ch2', { limit: 10 })).items.find((m) => m.id === 'm5')?.text).to.equal('Let me check');
    });
  });

  describe('deleteMessage', () => {
    it('marks my message deleted and clears its content', async () => {
      const { adapter } = createAdapter();
      const sent = await adapter.sendMessage('ch2', { text: 'oops', silent: false, attachments: [picture] });
      const rec = recordEvents(adapter);
      await adapter.deleteMessage('ch2', sent.id);
      const stored = (await adapter.listMessages('ch2', { limit: 1 })).items[0];
      expect(stored).to.include({ id: sent.id, deleted: true, text: '' });
      expect(stored?.attachments).to.equal(undefined);
      expect((await adapter.getChat('ch2')).lastMessage?.text).to.equal('');
      expect(rec.types()).to.deep.equal(['message-updated', 'chat-updated']);
      expect(messageOf(rec.events[0]).deleted).to.equal(true);
      expect(await codeOf(adapter.editMessage('ch2', sent.id, 'back'))).to.equal('INVALID');
      rec.stop();
    });

    it('rejects messages that are not mine', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.deleteMessage('ch2', 'm6'))).to.equal('FORBIDDEN');
      expect((await adapter.listMessages('ch2', { limit: 1 })).items[0]?.deleted).to.equal(undefined);
    });
  });

  describe('markUnread and markRead', () => {
    it('sets the unread counter to the client messages from that message on', async () => {
      const { adapter } = createAdapter();
      const rec = recordEvents(adapter);
      await adapter.markUnread('ch2', 'm3');
      expect((await adapter.getChat('ch2')).unreadCount).to.equal(2);
      await adapter.markUnread('ch2', 'm6');
      expect((await adapter.getChat('ch2')).unreadCount).to.equal(1);
      expect(rec.types()).to.deep.equal(['chat-updated', 'chat-updated']);
      await adapter.markRead('ch2');
      expect((await adapter.getChat('ch2')).unreadCount).to.equal(0);
      expect(rec.events.length).to.equal(3);
      expect(rec.events[2]).to.have.nested.property('chat.unreadCount', 0);
      await adapter.markRead('ch2');
      expect(rec.events.length).to.equal(3);
      expect(await codeOf(adapter.markUnread('ch2', 'm1'))).to.equal('NOT_FOUND');
      rec.stop();
    });
  });

  describe('createTask, createChatFromMessage, createPostFromMessage', () => {
    it('return an id and url and record what was created', async () => {
      const { adapter, clock } = createAdapter();
      const task = await adapter.createTask('ch2', 'm3');
      const chat = await adapter.createChatFromMessage('ch2', 'm6');
      const post = await adapter.createPostFromMessage('ch1', 'm2');
      expect(task).to.deep.equal({ id: 'task-1', url: 'https://portal.example.com/tasks/task-1/' });
      expect(chat.id).to.equal('chat-1');
      expect(post.id).to.equal('post-1');
      expect(adapter.shares).to.deep.equal([
        { kind: 'task', id: 'task-1', url: task.url, chatId: 'ch2', messageId: 'm3', createdAt: clock.iso() },
        { kind: 'chat', id: 'chat-1', url: chat.url, chatId: 'ch2', messageId: 'm6', createdAt: clock.iso() },
        { kind: 'post', id: 'post-1', url: post.url, chatId: 'ch1', messageId: 'm2', createdAt: clock.iso() },
      ]);
      expect(await adapter.searchMentions('thanks')).to.deep.equal([{ kind: 'chat', id: 'chat-1', name: 'Thanks' }]);
      expect((await adapter.createTask('ch2', 'm5')).id).to.equal('task-2');
    });

    it('reject unknown messages', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.createTask('ch2', 'm1'))).to.equal('NOT_FOUND');
      expect(await codeOf(adapter.createChatFromMessage('ch2', 'zz'))).to.equal('NOT_FOUND');
      expect(await codeOf(adapter.createPostFromMessage('nope', 'm1'))).to.equal('NOT_FOUND');
      expect(adapter.shares).to.deep.equal([]);
    });

    it('exposes a copy of the records', async () => {
      const { adapter } = createAdapter();
      await adapter.createTask('ch2', 'm3');
      (adapter.shares[0] as { id: string }).id = 'hacked';
      expect(adapter.shares[0]?.id).to.equal('task-1');
    });
  });

  describe('saveCanned', () => {
    it('adds a response that listCanned then finds', async () => {
      const { adapter } = createAdapter();
      const saved = await adapter.saveCanned({ title: ' Parcel lost ', text: 'We open an [b]investigation[/b]', section: 'delivery', fromMessageId: 'm3' });
      expect(saved).to.deep.equal({ id: 'cr4', title: 'Parcel lost', text: 'We open an [b]investigation[/b]', section: 'delivery', usageCount: 0 });
      expect(await adapter.listCanned('investigation')).to.deep.equal([saved]);
      expect((await adapter.listCanned()).map((c) => c.id)).to.deep.equal(['cr2', 'cr1', 'cr3', 'cr4']);
    });

    it('rejects an empty title or text and an unknown source message', async () => {
      const { adapter } = createAdapter();
      expect(await codeOf(adapter.saveCanned({ title: '', text: 'x' }))).to.equal('INVALID');
      expect(await codeOf(adapter.saveCanned({ title: 'x', text: ' ' }))).to.equal('INVALID');
      expect(await codeOf(adapter.saveCanned({ title: 'x', text: 'y', fromMessageId: 'nope' }))).to.equal('NOT_FOUND');
      expect(await adapter.listCanned()).to.have.length(3);
    });
  });

  describe('uploadFile', () => {
    const file = (size: number, name: string, type: string) => new File([new Uint8Array(size)], name, { type });

    it('reports increasing progress ending at 1 and returns an attachment', async () => {
      const { adapter } = createAdapter({ upload: { steps: 4, stepMs: 5 } });
      const progress: number[] = [];
      const attachment = await adapter.uploadFile('ch2', file(2048, 'shot.png', 'image/png'), { onProgress: (f) => progress.push(f) });
      expect(progress).to.deep.equal([0.25, 0.5, 0.75, 1]);
      expect(attachment).to.include({ kind: 'image', name: 'shot.png', size: 2048, mimeType: 'image/png' });
      expect(attachment.url).to.match(/^blob:/);
      expect(attachment.previewUrl).to.equal(attachment.url);
      const blob = await (await fetch(attachment.url as string)).blob();
      expect(blob.size).to.equal(2048);
      adapter.dispose();
    });

    it('derives the kind from the MIME type', async () => {
      const { adapter } = createAdapter({ upload: { steps: 1, stepMs: 0 } });
      expect((await adapter.uploadFile('ch2', file(1, 'a.mp4', 'video/mp4'))).kind).to.equal('video');
      expect((await adapter.uploadFile('ch2', file(1, 'a.ogg', 'audio/ogg'))).kind).to.equal('audio');
      const pdf = await adapter.uploadFile('ch2', file(1, 'a.pdf', 'application/pdf'));
      expect(pdf.kind).to.equal('file');
      expect(pdf.previewUrl).to.equal(undefined);
      adapter.dispose();
    });

    it('stops and rejects with an AbortError when aborted', async () => {
      const { adapter } = createAdapter({ upload: { steps: 5, stepMs: 20 } });
      const controller = new AbortController();
      const progress: number[] = [];
      const upload = adapter.uploadFile('ch2', file(10, 'a.png', 'image/png'), {
        signal: controller.signal,
        onProgress: (f) => {
          progress.push(f);
          if (progress.length === 2) controller.abort();
        },
      });
      const error = (await rejectionOf(upload)) as DOMException;
      expect(error.name).to.equal('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(progress).to.deep.equal([0.2, 0.4]);
    });

    it('rejects at once when the signal is already aborted', async () => {
      const { adapter } = createAdapter();
      const progress: number[] = [];
      const error = (await rejectionOf(
        adapter.uploadFile('ch2', file(10, 'a.png', 'image/png'), { signal: AbortSignal.abort(), onProgress: (f) => progress.push(f) }),
      )) as DOMException;
      expect(error.name).to.equal('AbortError');
      expect(progress).to.deep.equal([]);
    });

    it('rejects files over the size limit or of a refused type, before any progress', async () => {
      const { adapter } = createAdapter({ uploadLimits: { maxSize: 10, accept: ['image/*', '.pdf'] }, upload: { stepMs: 0 } });
      const progress: number[] = [];
      const onProgress = (f: number) => progress.push(f);
      expect(await codeOf(adapter.uploadFile('ch2', file(11, 'big.png', 'image/png'), { onProgress }))).to.equal('FILE_TOO_LARGE');
      expect(await codeOf(adapter.uploadFile('ch2', file(5, 'a.zip', 'application/zip'), { onProgress }))).to.equal('FILE_TYPE');
      expect(progress).to.deep.equal([]);
      expect((await adapter.uploadFile('ch2', file(10, 'ok.pdf', ''), { onProgress })).kind).to.equal('file');
      expect(progress.at(-1)).to.equal(1);
      expect(await codeOf(adapter.uploadFile('nope', file(1, 'a.png', 'image/png')))).to.equal('NOT_FOUND');
    });
  });
});
