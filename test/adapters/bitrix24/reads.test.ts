import { expect } from '@open-wc/testing';
import type { Chat } from '../../../src/core/model.js';
import { FakePortal, errorBody, rejection } from './portal.js';

const portal = new FakePortal('reads');

/** The two open channel chats of fixtures/im.recent.list.json, in the public model. */
const WAITING: Chat = {
  id: '1364',
  title: 'Eugene Perekopsky - Priority Support',
  state: 'new',
  pinned: false,
  silent: false,
  unreadCount: 2,
  client: { id: '203', name: 'Eugene Perekopsky' },
  queueId: '1',
  sourceChannel: 'livechat',
  sessionId: '1743',
  createdAt: '2025-11-25T08:40:55.000Z',
  updatedAt: '2025-11-25T08:43:12.000Z',
  crm: [{ type: 'contact', id: '3691', title: 'Contact #3691' }],
  waitingSince: '2025-11-25T08:40:55.000Z',
  lastMessage: { id: '28561624', authorKind: 'client', text: 'Hello, where is my invoice?', createdAt: '2025-11-25T08:43:12.000Z' },
};

const ANSWERED: Chat = {
  id: '1982',
  title: 'Guest Room #33 - Sales',
  state: 'answered',
  pinned: true,
  silent: true,
  unreadCount: 0,
  client: { id: '450', name: 'Guest Room #33' },
  operatorId: '1',
  queueId: '2',
  sourceChannel: 'telegram',
  sessionId: '469',
  createdAt: '2025-11-24T07:40:26.000Z',
  updatedAt: '2025-11-25T07:45:34.000Z',
  crm: [
    { type: 'contact', id: '3691', title: 'Contact #3691' },
    { type: 'deal', id: '212', title: 'Deal #212' },
  ],
  lastMessage: { id: '19009', authorKind: 'operator', text: "I'll check it with the warehouse", createdAt: '2025-11-25T07:45:34.000Z' },
};

describe('Bitrix24Adapter reads', () => {
  beforeEach(() => portal.reset());

  it('currentOperator: user.current and my open channels (imopenlines.config.list.get QUEUE) in one batch, once', async () => {
    const adapter = portal.adapter();
    const me = await adapter.currentOperator();
    await adapter.currentOperator();
    expect(me).to.deep.equal({
      id: '1',
      name: 'Marie Curie',
      position: 'Support lead',
      avatarUrl: 'https://cdn.example.com/avatars/1.png',
      status: 'online',
      queueIds: ['1'],
    });
    expect((await portal.requests()).map((r) => [r.method, r.params])).to.deep.equal([
      [
        'batch',
        {
          halt: 0,
          cmd: {
            me: 'user.current',
            lines:
              'imopenlines.config.list.get?PARAMS%5Bselect%5D%5B0%5D=ID&PARAMS%5Bselect%5D%5B1%5D=LINE_NAME&PARAMS%5Bselect%5D%5B2%5D=ACTIVE&PARAMS%5Border%5D%5BID%5D=ASC&OPTIONS%5BQUEUE%5D=Y',
          },
        },
      ],
      ['user.current', {}],
      ['imopenlines.config.list.get', { PARAMS: { select: ['ID', 'LINE_NAME', 'ACTIVE'], order: { ID: 'ASC' } }, OPTIONS: { QUEUE: 'Y' } }],
    ]);
  });

  it('currentOperator: a failure is not cached', async () => {
    await portal.script({ method: 'user.current', status: 401, body: errorBody('NO_AUTH_FOUND', 'Wrong authorization data') });
    const adapter = portal.adapter();
    expect((await rejection(adapter.currentOperator())).code).to.equal('UNAUTHORIZED');
    expect((await adapter.currentOperator()).id).to.equal('1');
  });

  it('listOperators: user.search over active employees (FIND = the query) with their open channels, in one batch', async () => {
    const adapter = portal.adapter();
    const all = await adapter.listOperators();
    await adapter.listOperators('  pas ');
    expect(all).to.deep.equal([
      { id: '1', name: 'Marie Curie', position: 'Support lead', avatarUrl: 'https://cdn.example.com/avatars/1.png', status: 'online', queueIds: ['1'] },
      { id: '7', name: 'Louis Pasteur', position: 'Sales', status: 'offline', queueIds: ['1', '2'] },
    ]);
    expect((await portal.calls('user.search')).map((r) => [r.via, r.params])).to.deep.equal([
      ['batch', { FILTER: { ACTIVE: '1', USER_TYPE: 'employee' } }],
      ['batch', { FILTER: { ACTIVE: '1', USER_TYPE: 'employee', FIND: 'pas' } }],
    ]);
    expect((await portal.calls('imopenlines.config.list.get')).length).to.equal(2);
  });

  it('searchMentions: users found by user.search', async () => {
    const mentions = await portal.adapter().searchMentions('mar');
    expect(mentions).to.deep.equal([
      { kind: 'user', id: '1', name: 'Marie Curie' },
      { kind: 'user', id: '7', name: 'Louis Pasteur' },
    ]);
    expect((await portal.calls('user.search'))[0]!.params).to.deep.equal({ FILTER: { ACTIVE: true, USER_TYPE: 'employee', FIND: 'mar' } });
  });

  it('listQueues: imopenlines.config.list.get with the queue of each line', async () => {
    const queues = await portal.adapter().listQueues();
    expect(queues).to.deep.equal([
      { id: '1', name: 'Priority Support', active: true, operatorIds: ['1', '7'] },
      { id: '2', name: 'Sales', active: false, operatorIds: ['7'] },
    ]);
    expect(await portal.requests()).to.deep.equal([
      {
        method: 'imopenlines.config.list.get',
        params: { PARAMS: { select: ['ID', 'LINE_NAME', 'ACTIVE'], order: { ID: 'ASC' } }, OPTIONS: { QUEUE: 'Y' } },
      },
    ]);
  });

  describe('listChats', () => {
    it('Messenger list ("mine"): im.recent.list, open channel chats only, mapped from status codes and entity_data', async () => {
      const page = await portal.adapter().listChats({ filter: { mine: true }, limit: 20 });
      expect(page).to.deep.equal({ items: [WAITING, ANSWERED] });
      expect(await portal.calls('im.recent.list')).to.deep.equal([
        { method: 'im.recent.list', params: { SKIP_DIALOG: 'Y', SKIP_CHAT: 'Y', OFFSET: 0, LIMIT: 20 } },
      ]);
    });

    it('"mine" keeps my chats and the waiting ones', async () => {
      const recent = await (await fetch('/test/adapters/bitrix24/fixtures/im.recent.list.json')).json();
      recent.result.items[1].chat.owner = 7;
      await portal.script({ method: 'im.recent.list', body: recent });
      const page = await portal.adapter().listChats({ filter: { mine: true } });
      expect(page.items.map((c) => c.id)).to.deep.equal(['1364']);
    });

    it('pages with OFFSET: the cursor is the next offset while hasMore', async () => {
      const fixture = await (await fetch('/test/adapters/bitrix24/fixtures/im.recent.list.json')).json();
      fixture.result.hasMore = true;
      await portal.script({ method: 'im.recent.list', body: fixture });
      const adapter = portal.adapter();
      const first = await adapter.listChats({ filter: { mine: true }, limit: 2 });
      expect(first.nextCursor).to.equal('2');
      const second = await adapter.listChats({ filter: { mine: true }, limit: 2, cursor: first.nextCursor });
      expect(second.nextCursor).to.equal(undefined);
      expect((await portal.calls('im.recent.list')).map((r) => r.params.OFFSET)).to.deep.equal([0, 2]);
      expect((await rejection(adapter.listChats({ filter: { mine: true }, cursor: 'nope' }))).code).to.equal('BAD_CURSOR');
    });

    it('the Messenger search matches title and client name', async () => {
      const search = await portal.adapter().listChats({ filter: { mine: true, search: 'GUEST' } });
      expect(search.items.map((c) => c.id)).to.deep.equal(['1982']);
    });

    it('Contact Center without filters: every session, from imopenlines.v2.Session.list', async () => {
      const page = await portal.adapter().listChats({});
      expect((await portal.calls('imopenlines.v2.Session.list')).map((r) => r.params)).to.deep.equal([
        { offset: 0, limit: 50, order: 'dateCreate', orderDirection: 'desc' },
      ]);
      expect(page.items.map((c) => [c.id, c.state])).to.deep.equal([
        ['1364', 'new'],
        ['1982', 'closed'],
      ]);
      expect(page.nextCursor).to.equal('50');
      expect(await portal.calls('im.recent.list')).to.deep.equal([]);
    });

    it('Contact Center filters: imopenlines.v2.Session.list, then imopenlines.dialog.get of each chat in one batch', async () => {
      // The batch asks for chat 1364 (the fixture) then chat 1982 (scripted here).
      const fixture = await (await fetch('/test/adapters/bitrix24/fixtures/imopenlines.dialog.get.json')).json();
      await portal.script({ method: 'imopenlines.dialog.get', body: fixture }, {
        method: 'imopenlines.dialog.get',
        body: {
          result: {
            id: 1982,
            name: 'Guest Room #33 - Sales',
            owner: 7,
            entity_type: 'LINES',
            entity_id: 'telegrambot|2|1981|450',
            entity_data_1: 'N|NONE|0|N|N|0|1764052826|2|0|',
            entity_data_2: '',
            entity_data_3: 'N',
            date_create: '2025-11-24T08:40:26+01:00',
            type: 'lines',
          },
        },
      });
      const adapter = portal.adapter();
      const page = await adapter.listChats({
        filter: {
          queueIds: ['1', '2'],
          operatorIds: ['7'],
          mine: true,
          states: ['closed'],
          sourceChannels: ['telegram', 'livechat'],
          from: '2025-11-01T00:00:00.000Z',
          to: '2025-11-30T00:00:00.000Z',
          hasCrm: false,
          rating: 'like',
        },
        limit: 2,
        cursor: '4',
      });
      const sessions = await portal.calls('imopenlines.v2.Session.list');
      expect(sessions[0]!.params).to.deep.equal({
        offset: 4,
        limit: 2,
        order: 'dateCreate',
        orderDirection: 'desc',
        configIdList: [1, 2],
        operatorIdList: [7, 1],
        sourceList: ['telegrambot', 'livechat'],
        status: 'closed',
        dateCreateFrom: '2025-11-01T00:00:00.000Z',
        dateCreateTo: '2025-11-30T00:00:00.000Z',
        hasCrm: 'N',
        vote: 'like',
      });
      // "mine" reads me first (a batch of user.current and the lines), then one batch reads the chats.
      const batch = (await portal.calls('batch')).filter((r) => 'chat1364' in (r.params.cmd as object));
      expect(batch).to.have.length(1);
      expect(batch[0]!.params.cmd).to.deep.equal({
        chat1364: 'imopenlines.dialog.get?CHAT_ID=1364',
        chat1982: 'imopenlines.dialog.get?CHAT_ID=1982',
      });
      // The fixture session list has a "new" and a "closed" session: only the closed one passes the state filter.
      expect(page.nextCursor).to.equal('6');
      expect(page.items).to.deep.equal([
        {
          id: '1982',
          title: 'Guest Room #33 - Sales',
          state: 'closed',
          pinned: false,
          silent: false,
          unreadCount: 0,
          client: { id: '450', name: 'Guest Room #33' },
          operatorId: '7',
          queueId: '2',
          sourceChannel: 'telegram',
          sessionId: '469',
          createdAt: '2025-11-24T07:40:26.000Z',
          updatedAt: '2025-11-24T08:12:10.000Z',
          rating: 'like',
          firstResponseSeconds: 65,
        },
      ]);
    });
  });

  it('getChat: one batch of imopenlines.dialog.get, im.dialog.messages.get (last message, client) and im.counters.get', async () => {
    const chat = await portal.adapter().getChat('1364');
    const batch = await portal.calls('batch');
    expect(batch.map((r) => r.params)).to.deep.equal([
      {
        halt: 0,
        cmd: {
          dialog: 'imopenlines.dialog.get?CHAT_ID=1364',
          last: 'im.dialog.messages.get?DIALOG_ID=chat1364&LIMIT=1',
          counters: 'im.counters.get',
        },
      },
    ]);
    expect((await portal.requests()).filter((r) => r.via === 'batch').map((r) => [r.method, r.params])).to.deep.equal([
      ['imopenlines.dialog.get', { CHAT_ID: '1364' }],
      ['im.dialog.messages.get', { DIALOG_ID: 'chat1364', LIMIT: '1' }],
      ['im.counters.get', {}],
    ]);
    expect(chat).to.deep.equal({
      id: '1364',
      title: 'Eugene Perekopsky - Priority Support',
      state: 'new',
      pinned: false,
      silent: false,
      unreadCount: 2,
      client: { id: '203', name: 'Eugene Perekopsky', avatarUrl: 'https://cdn.example.com/avatars/203.png' },
      queueId: '1',
      sourceChannel: 'livechat',
      sessionId: '1743',
      createdAt: '2025-11-25T08:40:55.000Z',
      updatedAt: '2025-11-25T08:58:47.000Z',
      crm: [
        { type: 'contact', id: '3691', title: 'Contact #3691' },
        { type: 'deal', id: '212', title: 'Deal #212' },
      ],
      waitingSince: '2025-11-25T08:40:55.000Z',
      lastMessage: { id: '28561624', authorKind: 'operator', text: 'Here is the [b]invoice[/b]', createdAt: '2025-11-25T08:58:47.000Z' },
    });
  });

  it('getChat: an error of imopenlines.dialog.get inside the batch rejects with its mapped code', async () => {
    await portal.script({ method: 'imopenlines.dialog.get', status: 400, body: errorBody('ACCESS_ERROR', 'No access to this dialog') });
    const error = await rejection(portal.adapter().getChat('1364'));
    expect(error.code).to.equal('FORBIDDEN');
    expect(error.b24Error).to.equal('ACCESS_ERROR');
    expect(error.message).to.equal('No access to this dialog');
  });

  describe('listMessages', () => {
    it('im.dialog.messages.get: oldest first, authors, files, replies, edits; nextCursor when the page is full', async () => {
      const adapter = portal.adapter();
      await adapter.listChats({});
      const page = await adapter.listMessages('1364', { limit: 3 });
      expect(await portal.calls('im.dialog.messages.get')).to.deep.equal([
        { method: 'im.dialog.messages.get', params: { DIALOG_ID: 'chat1364', LIMIT: 3 } },
      ]);
      expect(page.nextCursor).to.equal('28561622');
      expect(page.items).to.deep.equal([
        {
          id: '28561622',
          chatId: '1364',
          authorKind: 'client',
          authorId: '203',
          authorName: 'Eugene Perekopsky',
          text: 'Hello, where is my invoice?',
          createdAt: '2025-11-25T08:43:12.000Z',
        },
        {
          id: '28561623',
          chatId: '1364',
          authorKind: 'system',
          text: '[USER=1][/USER] started working on the conversation',
          createdAt: '2025-11-25T08:43:38.000Z',
        },
        {
          id: '28561624',
          chatId: '1364',
          authorKind: 'operator',
          authorId: '1',
          authorName: 'Marie Curie',
          text: 'Here is the [b]invoice[/b]',
          createdAt: '2025-11-25T08:58:47.000Z',
          editedAt: '2025-11-25T08:58:47.000Z',
          replyToId: '28561622',
          attachments: [
            {
              id: '540',
              kind: 'image',
              name: 'invoice.png',
              size: 55013,
              url: 'https://portal.example.com/bitrix/components/bitrix/im.messenger/download.file.php?fileId=540',
              previewUrl: 'https://portal.example.com/bitrix/components/bitrix/im.messenger/show.file.php?fileId=540&preview=Y',
              width: 960,
              height: 640,
            },
          ],
        },
      ]);
    });

    it('older pages pass LAST_ID = the oldest loaded message; a short page is the last one', async () => {
      const page = await portal.adapter().listMessages('1364', { before: '28561622', limit: 20 });
      expect((await portal.calls('im.dialog.messages.get'))[0]!.params).to.deep.equal({ DIALOG_ID: 'chat1364', LIMIT: 20, LAST_ID: 28561622 });
      expect(page.nextCursor).to.equal(undefined);
    });
  });

  describe('getStatistics (K5)', () => {
    const waitingPage = (count: number, hasNextPage: boolean) => ({
      result: {
        sessions: Array.from({ length: count }, (_, i) => ({ id: i + 1, configId: 1, chatId: 2000 + i, dateCreate: '2025-11-25T09:00:00+01:00', status: 'new' })),
        hasNextPage,
      },
    });

    it('imopenlines.v2.Stat.get and the waiting sessions (Session.list status=new) in one batch, then the next pages', async () => {
      const stat = await (await fetch('/test/adapters/bitrix24/fixtures/imopenlines.v2.Stat.get.json')).json();
      stat.result.totalSessions = 600;
      await portal.script(
        { method: 'imopenlines.v2.Stat.get', body: stat },
        { method: 'imopenlines.v2.Session.list', body: waitingPage(200, true) },
        { method: 'imopenlines.v2.Session.list', body: waitingPage(7, false) },
      );
      const stats = await portal.adapter().getStatistics({
        queueIds: ['1'],
        sourceChannels: ['whatsapp'],
        from: '2025-11-01T00:00:00.000Z',
        to: '2025-11-25T00:00:00.000Z',
      });
      expect(stats).to.deep.equal({
        total: 600,
        // 600 sessions, 318 closed, 4 spam: 278 open, of which 207 wait.
        byState: { new: 207, answered: 71, closed: 318, spam: 4 },
        averageFirstResponseSeconds: 42.7,
        averageDurationSeconds: 612.3,
        likes: 210,
        dislikes: 15,
      });
      const requests = await portal.requests();
      const scope = { configIdList: ['1'], sourceList: ['whatsappbyedna'] };
      expect(requests.map((r) => [r.method, r.params])).to.deep.equal([
        [
          'batch',
          {
            halt: 1,
            cmd: {
              stat: 'imopenlines.v2.Stat.get?configIdList%5B0%5D=1&sourceList%5B0%5D=whatsappbyedna&dateFrom=2025-11-01T00%3A00%3A00.000Z&dateTo=2025-11-25T00%3A00%3A00.000Z',
              waiting:
                'imopenlines.v2.Session.list?configIdList%5B0%5D=1&sourceList%5B0%5D=whatsappbyedna&status=new&dateCreateFrom=2025-11-01T00%3A00%3A00.000Z&dateCreateTo=2025-11-25T00%3A00%3A00.000Z&offset=0&limit=200',
            },
          },
        ],
        ['imopenlines.v2.Stat.get', { ...scope, dateFrom: '2025-11-01T00:00:00.000Z', dateTo: '2025-11-25T00:00:00.000Z' }],
        [
          'imopenlines.v2.Session.list',
          { ...scope, status: 'new', dateCreateFrom: '2025-11-01T00:00:00.000Z', dateCreateTo: '2025-11-25T00:00:00.000Z', offset: '0', limit: '200' },
        ],
        [
          'imopenlines.v2.Session.list',
          { configIdList: [1], sourceList: ['whatsappbyedna'], status: 'new', dateCreateFrom: '2025-11-01T00:00:00.000Z', dateCreateTo: '2025-11-25T00:00:00.000Z', offset: 200, limit: 200 },
        ],
      ]);
    });

    it('answered is what stays open once the waiting sessions are counted; the default period is the last 366 days', async () => {
      await portal.script({ method: 'imopenlines.v2.Session.list', body: waitingPage(3, false) });
      const stats = await portal.adapter().getStatistics({});
      expect(stats.byState).to.deep.equal({ new: 3, answered: 15, closed: 318, spam: 4 });
      const [stat] = await portal.calls('imopenlines.v2.Stat.get');
      const days = (Date.parse(String(stat!.params.dateTo)) - Date.parse(String(stat!.params.dateFrom))) / 86_400_000;
      expect(days).to.equal(366);
    });

    it('TARIFF_RESTRICTION is FORBIDDEN (the Contact Center shows the error)', async () => {
      await portal.script({ method: 'imopenlines.v2.Stat.get', status: 400, body: errorBody('TARIFF_RESTRICTION', 'Statistics reports are not available on the current tariff plan') });
      const error = await rejection(portal.adapter().getStatistics({}));
      expect([error.code, error.b24Error]).to.deep.equal(['FORBIDDEN', 'TARIFF_RESTRICTION']);
    });
  });

  it('searchHistory: im.dialog.messages.search with SEARCH_MESSAGE, DATE_FROM, DATE_TO', async () => {
    const found = await portal.adapter().searchHistory('1364', {
      query: ' invoice ',
      from: '2025-11-01T00:00:00.000Z',
      to: '2025-11-21T00:00:00.000Z',
    });
    expect((await portal.calls('im.dialog.messages.search'))[0]!.params).to.deep.equal({
      CHAT_ID: 1364,
      LIMIT: 200,
      ORDER: { ID: 'DESC' },
      SEARCH_MESSAGE: 'invoice',
      DATE_FROM: '2025-11-01T00:00:00.000Z',
      DATE_TO: '2025-11-21T00:00:00.000Z',
    });
    expect(found).to.deep.equal([
      { id: '33640', chatId: '1364', authorKind: 'system', text: 'Conversation #1702 started', createdAt: '2025-11-20T13:20:00.000Z' },
      {
        id: '33653',
        chatId: '1364',
        authorKind: 'client',
        authorId: '203',
        authorName: 'Eugene Perekopsky',
        text: 'My invoice from last month is wrong',
        createdAt: '2025-11-20T13:28:00.000Z',
      },
    ]);
  });
});
