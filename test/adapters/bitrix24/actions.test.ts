import { expect } from '@open-wc/testing';
import { FakePortal, errorBody, rejection } from './portal.js';

const portal = new FakePortal('actions');

/** The only call made, as `[method, params]`. */
async function onlyCall(): Promise<[string, Record<string, unknown>]> {
  const requests = await portal.requests();
  expect(requests, JSON.stringify(requests)).to.have.length(1);
  return [requests[0]!.method, requests[0]!.params];
}

describe('Bitrix24Adapter actions', () => {
  beforeEach(() => portal.reset());

  describe('one REST method each, with the documented parameters', () => {
    const cases: Array<[string, (a: ReturnType<FakePortal['adapter']>) => Promise<unknown>, string, Record<string, unknown>]> = [
      ['renameChat (L3, N1)', (a) => a.renameChat('1364', 'VIP client'), 'im.chat.updateTitle', { CHAT_ID: 1364, TITLE: 'VIP client' }],
      ['markSpam (N2, A16)', (a) => a.markSpam('1364'), 'imopenlines.operator.spam', { CHAT_ID: 1364 }],
      ['answer (N3)', (a) => a.answer('1364'), 'imopenlines.operator.answer', { CHAT_ID: 1364 }],
      ['skip (N4)', (a) => a.skip('1364'), 'imopenlines.operator.skip', { CHAT_ID: 1364 }],
      [
        'transfer to an operator (N5)',
        (a) => a.transfer('1364', { kind: 'operator', id: '7' }),
        'imopenlines.operator.transfer',
        { CHAT_ID: 1364, TRANSFER_ID: 7 },
      ],
      [
        'transfer to an open channel (A2)',
        (a) => a.transfer('1364', { kind: 'queue', id: '2' }),
        'imopenlines.operator.transfer',
        { CHAT_ID: 1364, TRANSFER_ID: 'queue2' },
      ],
      ['intercept (N8)', (a) => a.intercept('1982'), 'imopenlines.session.intercept', { CHAT_ID: 1982 }],
      ['invite (A1)', (a) => a.invite('1982', ['7', '12']), 'im.chat.user.add', { CHAT_ID: 1982, USERS: [7, 12] }],
      ['finish (A3)', (a) => a.finish('1982'), 'imopenlines.operator.finish', { CHAT_ID: 1982 }],
      ['setSilent on (A8)', (a) => a.setSilent('1982', true), 'imopenlines.session.mode.silent', { CHAT_ID: 1982, ACTIVATE: 'Y' }],
      ['setSilent off (A8)', (a) => a.setSilent('1982', false), 'imopenlines.session.mode.silent', { CHAT_ID: 1982, ACTIVATE: 'N' }],
      ['setPinned on (A13)', (a) => a.setPinned('1982', true), 'imopenlines.session.mode.pin', { CHAT_ID: 1982, ACTIVATE: 'Y' }],
      ['setPinned off (A13)', (a) => a.setPinned('1982', false), 'imopenlines.session.mode.pin', { CHAT_ID: 1982, ACTIVATE: 'N' }],
      ['deleteMessage (M10)', (a) => a.deleteMessage('1982', '19009'), 'im.message.delete', { MESSAGE_ID: 19009 }],
      ['markUnread (M2)', (a) => a.markUnread('1364', '28561622'), 'im.dialog.unread', { DIALOG_ID: 'chat1364', MESSAGE_ID: 28561622 }],
      [
        'createTask (M4)',
        (a) => a.createTask('1364', '28561622'),
        'im.message.share',
        { MESSAGE_ID: 28561622, DIALOG_ID: 'chat1364', TYPE: 'TASK' },
      ],
      [
        'createChatFromMessage (M5)',
        (a) => a.createChatFromMessage('1364', '28561622'),
        'im.message.share',
        { MESSAGE_ID: 28561622, DIALOG_ID: 'chat1364', TYPE: 'CHAT' },
      ],
      [
        'createPostFromMessage (M6)',
        (a) => a.createPostFromMessage('1364', '28561622'),
        'im.message.share',
        { MESSAGE_ID: 28561622, DIALOG_ID: 'chat1364', TYPE: 'POST' },
      ],
    ];
    for (const [name, run, method, params] of cases) {
      it(`${name}: ${method}`, async () => {
        await run(portal.adapter());
        expect(await onlyCall()).to.deep.equal([method, params]);
      });
    }
  });

  it('create* answer the source message id (the portal returns only true)', async () => {
    expect(await portal.adapter().createTask('1364', '28561622')).to.deep.equal({ id: '28561622' });
  });

  it('a `false` result is a refusal: INVALID_STATE', async () => {
    await portal.script({ method: 'imopenlines.operator.finish', body: { result: false } });
    const error = await rejection(portal.adapter().finish('1982'));
    expect(error.code).to.equal('INVALID_STATE');
  });

  describe('answer and intercept conflicts', () => {
    it('a competing answer is a CONFLICT naming the chat owner read with imopenlines.dialog.get', async () => {
      await portal.script(
        {
          method: 'imopenlines.operator.answer',
          status: 400,
          body: errorBody('IMOL_CHAT_ERROR_ANSWER_COMPETITIVE_REQUEST', 'Another operator is answering this chat'),
        },
        { method: 'imopenlines.dialog.get', body: { result: { id: 1364, owner: 7, entity_id: 'livechat|1|1363|203' } } },
      );
      const error = await rejection(portal.adapter().answer('1364'));
      expect(error.code).to.equal('CONFLICT');
      expect(error.operatorId).to.equal('7');
      expect(error.b24Error).to.equal('IMOL_CHAT_ERROR_ANSWER_COMPETITIVE_REQUEST');
      expect(error.message).to.equal('Another operator is answering this chat');
      expect((await portal.requests()).map((r) => [r.method, r.params])).to.deep.equal([
        ['imopenlines.operator.answer', { CHAT_ID: 1364 }],
        ['imopenlines.dialog.get', { CHAT_ID: 1364 }],
      ]);
    });

    it('an intercept answered `false` is a CONFLICT too', async () => {
      await portal.script(
        { method: 'imopenlines.session.intercept', body: { result: false } },
        { method: 'imopenlines.dialog.get', body: { result: { id: 1982, owner: 12 } } },
      );
      const error = await rejection(portal.adapter().intercept('1982'));
      expect([error.code, error.operatorId]).to.deep.equal(['CONFLICT', '12']);
    });

    it('other errors pass through unchanged', async () => {
      await portal.script({ method: 'imopenlines.operator.answer', status: 403, body: errorBody('ACCESS_DENIED') });
      const error = await rejection(portal.adapter().answer('1364'));
      expect(error.code).to.equal('FORBIDDEN');
      expect(await portal.methods()).to.deep.equal(['imopenlines.operator.answer']);
    });
  });

  describe('startSession', () => {
    it('K3: imopenlines.session.start then the chat, in one halting batch', async () => {
      const chat = await portal.adapter().startSession('1364');
      const [batch] = await portal.calls('batch');
      expect(batch!.params).to.deep.equal({
        halt: 1,
        cmd: {
          start: 'imopenlines.session.start?CHAT_ID=1364',
          dialog: 'imopenlines.dialog.get?CHAT_ID=1364',
          last: 'im.dialog.messages.get?DIALOG_ID=chat1364&LIMIT=1',
          counters: 'im.counters.get',
        },
      });
      expect([chat.id, chat.state, chat.sessionId]).to.deep.equal(['1364', 'new', '1743']);
    });

    it('M7: imopenlines.message.session.start with MESSAGE_ID', async () => {
      await portal.adapter().startSession('1364', '28561622');
      const sub = (await portal.requests()).find((r) => r.via === 'batch');
      expect([sub!.method, sub!.params]).to.deep.equal(['imopenlines.message.session.start', { CHAT_ID: '1364', MESSAGE_ID: '28561622' }]);
    });

    it('an error of the start command rejects, and halts the batch', async () => {
      await portal.script({ method: 'imopenlines.session.start', status: 400, body: errorBody('CHAT_TYPE', 'Not an open channel chat') });
      const error = await rejection(portal.adapter().startSession('1364'));
      expect([error.code, error.b24Error]).to.deep.equal(['INVALID', 'CHAT_TYPE']);
      expect(await portal.methods()).to.deep.equal(['batch', 'imopenlines.session.start']);
    });
  });

  describe('sendMessage (A12)', () => {
    it('im.message.add with DIALOG_ID, MESSAGE and REPLY_ID; the message carries the returned id', async () => {
      const adapter = portal.adapter();
      const sent = await adapter.sendMessage('1364', { text: '[b]Hello[/b]', silent: false, attachments: [], replyToId: '28561622' });
      expect((await portal.calls('im.message.add')).map((r) => r.params)).to.deep.equal([
        { DIALOG_ID: 'chat1364', MESSAGE: '[b]Hello[/b]', REPLY_ID: 28561622 },
      ]);
      expect(sent).to.deep.include({
        id: '28561700',
        chatId: '1364',
        authorKind: 'operator',
        authorId: '1',
        authorName: 'Marie Curie',
        text: '[b]Hello[/b]',
        replyToId: '28561622',
      });
      expect(Number.isNaN(Date.parse(sent.createdAt))).to.equal(false);
    });

    it('without a reply, no REPLY_ID; silent messages are flagged', async () => {
      const sent = await portal.adapter().sendMessage('1364', { text: 'note', silent: true, attachments: [] });
      expect((await portal.calls('im.message.add'))[0]!.params).to.deep.equal({ DIALOG_ID: 'chat1364', MESSAGE: 'note' });
      expect(sent.silent).to.equal(true);
    });

    it('with files: im.disk.file.commit (UPLOAD_ID, MESSAGE, SILENT_MODE) and the message read back, in one halting batch', async () => {
      const sent = await portal.adapter().sendMessage('1364', {
        text: 'Here is the invoice',
        silent: false,
        attachments: [{ id: '540', kind: 'image', name: 'invoice.png', size: 55013 }],
      });
      // The first batch reads me (user.current), the second publishes.
      const batch = (await portal.calls('batch')).at(-1);
      expect(batch!.params).to.deep.equal({
        halt: 1,
        cmd: {
          commit: 'im.disk.file.commit?CHAT_ID=1364&UPLOAD_ID%5B0%5D=540&SILENT_MODE=N&MESSAGE=Here%20is%20the%20invoice',
          sent: 'im.dialog.messages.get?DIALOG_ID=chat1364&LIMIT=5',
        },
      });
      const commit = (await portal.calls('im.disk.file.commit'))[0]!;
      expect(commit.params).to.deep.equal({ CHAT_ID: '1364', UPLOAD_ID: ['540'], SILENT_MODE: 'N', MESSAGE: 'Here is the invoice' });
      expect(sent.id).to.equal('28561624');
      expect(sent.attachments?.map((a) => a.id)).to.deep.equal(['540']);
    });
  });

  describe('uploadFile (A4)', () => {
    it('im.disk.folder.get, then disk.folder.uploadfile into that folder, reporting progress up to 1', async () => {
      const file = new File(['hello world!'], 'screenshot.png', { type: 'image/png' });
      const progress: number[] = [];
      const attachment = await portal.adapter().uploadFile('1364', file, { onProgress: (f) => progress.push(f) });
      const requests = await portal.requests();
      expect(requests.map((r) => [r.method, r.params])).to.deep.equal([
        ['im.disk.folder.get', { CHAT_ID: 1364 }],
        [
          'disk.folder.uploadfile',
          { id: 127, data: { NAME: 'screenshot.png' }, fileContent: ['screenshot.png', btoa('hello world!')], generateUniqueName: true },
        ],
      ]);
      expect(attachment).to.deep.equal({
        id: '990',
        kind: 'image',
        name: 'screenshot.png',
        size: 12,
        mimeType: 'image/png',
        url: 'https://portal.example.com/rest/download.json?auth=x&token=disk%7CaWQ9OTkw',
      });
      expect(progress[0]).to.equal(0);
      expect(progress.at(-1)).to.equal(1);
      expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress);
    });

    it('an aborted upload rejects with AbortError and sends nothing more', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(portal.adapter().uploadFile('1364', new File(['x'], 'a.txt'), { signal: controller.signal }));
      expect(error.name).to.equal('AbortError');
      expect(await portal.methods()).to.deep.equal([]);
    });
  });

  it('editMessage (M9): im.message.update and the message read back (FIRST_ID = id - 1) in one halting batch', async () => {
    const edited = await portal.adapter().editMessage('1364', '28561624', 'Here is the [i]new[/i] invoice');
    const [batch] = await portal.calls('batch');
    expect(batch!.params).to.deep.equal({
      halt: 1,
      cmd: {
        update: 'im.message.update?MESSAGE_ID=28561624&MESSAGE=Here%20is%20the%20%5Bi%5Dnew%5B%2Fi%5D%20invoice',
        message: 'im.dialog.messages.get?DIALOG_ID=chat1364&FIRST_ID=28561623&LIMIT=1',
      },
    });
    expect((await portal.calls('im.message.update'))[0]!.params).to.deep.equal({ MESSAGE_ID: '28561624', MESSAGE: 'Here is the [i]new[/i] invoice' });
    expect(edited).to.deep.include({ id: '28561624', chatId: '1364', text: 'Here is the [i]new[/i] invoice', authorKind: 'operator' });
    expect(edited.editedAt).to.be.a('string');
  });

  it('editMessage: CANT_EDIT_MESSAGE is FORBIDDEN', async () => {
    await portal.script({ method: 'im.message.update', status: 400, body: errorBody('CANT_EDIT_MESSAGE', 'Time has expired for modification') });
    const error = await rejection(portal.adapter().editMessage('1364', '28561624', 'x'));
    expect([error.code, error.b24Error, error.message]).to.deep.equal(['FORBIDDEN', 'CANT_EDIT_MESSAGE', 'Time has expired for modification']);
  });

  describe('markRead', () => {
    it('im.dialog.read up to the newest message loaded', async () => {
      const adapter = portal.adapter();
      await adapter.listMessages('1364', { limit: 20 });
      await adapter.markRead('1364');
      expect((await portal.calls('im.dialog.read')).map((r) => r.params)).to.deep.equal([{ DIALOG_ID: 'chat1364', MESSAGE_ID: 28561624 }]);
    });

    it('with no message loaded, reads the newest first (im.dialog.messages.get LIMIT 1)', async () => {
      await portal.adapter().markRead('1364');
      expect((await portal.requests()).map((r) => [r.method, r.params])).to.deep.equal([
        ['im.dialog.messages.get', { DIALOG_ID: 'chat1364', LIMIT: 1 }],
        ['im.dialog.read', { DIALOG_ID: 'chat1364', MESSAGE_ID: 28561624 }],
      ]);
    });
  });

  describe('saveCanned (M8)', () => {
    it('imopenlines.message.quick.save with the CHAT_ID of a loaded message', async () => {
      const adapter = portal.adapter();
      await adapter.listMessages('1364', { limit: 20 });
      const saved = await adapter.saveCanned({ title: 'Invoice', text: 'Hello, where is my invoice?', fromMessageId: '28561622' });
      expect((await portal.calls('imopenlines.message.quick.save')).map((r) => r.params)).to.deep.equal([
        { CHAT_ID: 1364, MESSAGE_ID: 28561622 },
      ]);
      expect(saved).to.deep.equal({ id: 'message-28561622', title: 'Invoice', text: 'Hello, where is my invoice?' });
    });

    it('without a known source message: INVALID, nothing sent', async () => {
      const error = await rejection(portal.adapter().saveCanned({ title: 'Hi', text: 'Hello' }));
      expect(error.code).to.equal('INVALID');
      expect(await portal.methods()).to.deep.equal([]);
    });
  });

  it('has no method for what Bitrix24 REST cannot do: the elements hide those actions', () => {
    const adapter = portal.adapter() as unknown as Record<string, unknown>;
    for (const method of ['listCanned', 'searchGifs', 'listCommands', 'listSalesItems', 'sendSalesItem', 'uploadLimits']) {
      expect(adapter[method], method).to.equal(undefined);
    }
  });
});
