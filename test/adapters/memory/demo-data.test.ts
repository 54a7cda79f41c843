import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { CHAT_STATES } from '../../../src/core/model.js';
import type { Message } from '../../../src/core/model.js';
import { DEMO_ME, demoData, MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryData } from '../../../src/adapters/memory/index.js';
import { NOW } from './fixture.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

const HOUR = 3600_000;

for (const locale of ['en', 'fr'] as const) {
  describe(`demo data (${locale})`, () => {
    const data: MemoryData = demoData(locale, NOW);
    const texts = data.messages.map((m) => m.text).join('\n');

    it('has open channels and six operators, one of them me', () => {
      expect(data.queues.length).to.be.at.least(3);
      expect(data.queues.some((q) => q.active === false)).to.equal(true);
      expect(data.operators).to.have.length(6);
      expect(data.me).to.equal(DEMO_ME);
      expect(data.operators.map((o) => o.id)).to.include(data.me);
      for (const operator of data.operators) {
        expect(operator.position, operator.name).to.be.a('string').and.not.empty;
        expect(operator.avatarUrl).to.match(/^data:image\/svg\+xml,/);
        expect(operator.queueIds?.length).to.be.greaterThan(0);
      }
      expect(new Set(data.operators.map((o) => o.status))).to.deep.equal(new Set(['online', 'away', 'busy', 'offline']));
    });

    it('counts each operator’s open chats in activeChats', () => {
      for (const operator of data.operators) {
        const open = data.chats.filter((c) => c.operatorId === operator.id && (c.state === 'new' || c.state === 'answered'));
        expect(operator.activeChats, operator.name).to.equal(open.length);
      }
    });

    it('has 40+ chats covering every state, flag and link', () => {
      const { chats } = data;
      expect(chats.length).to.be.at.least(40);
      for (const state of CHAT_STATES) expect(chats.some((c) => c.state === state), state).to.equal(true);
      expect(chats.some((c) => c.pinned && c.operatorId === data.me)).to.equal(true);
      expect(chats.some((c) => c.silent)).to.equal(true);
      expect(chats.some((c) => c.unreadCount > 0)).to.equal(true);
      expect(chats.some((c) => c.state === 'answered' && c.operatorId && c.operatorId !== data.me)).to.equal(true);
      expect(chats.some((c) => c.state === 'new' && c.operatorId && c.operatorId !== data.me)).to.equal(true);
      expect(chats.some((c) => c.state === 'new' && !c.operatorId)).to.equal(true);
      expect(chats.some((c) => c.waitingSince && NOW.getTime() - Date.parse(c.waitingSince) > 2 * HOUR)).to.equal(true);
      expect(chats.some((c) => c.autoCloseAt && Date.parse(c.autoCloseAt) > NOW.getTime())).to.equal(true);
      for (const type of ['contact', 'deal', 'company', 'lead']) {
        expect(chats.some((c) => c.crm?.some((e) => e.type === type)), type).to.equal(true);
      }
      expect(chats.some((c) => c.rating === 'like')).to.equal(true);
      expect(chats.some((c) => c.rating === 'dislike')).to.equal(true);
      expect(new Set(chats.map((c) => c.sourceChannel)).size).to.be.at.least(8);
      expect(chats.some((c) => c.title !== c.client.name)).to.equal(true);
    });

    it('is internally consistent', () => {
      const operatorIds = new Set(data.operators.map((o) => o.id));
      const queueIds = new Set(data.queues.map((q) => q.id));
      const chatIds = new Set(data.chats.map((c) => c.id));
      expect(chatIds.size).to.equal(data.chats.length);
      expect(new Set(data.chats.map((c) => c.sessionId)).size).to.equal(data.chats.length);
      expect(new Set(data.messages.map((m) => m.id)).size).to.equal(data.messages.length);
      const byId = new Map(data.messages.map((m) => [m.id, m]));
      for (const chat of data.chats) {
        expect(queueIds.has(chat.queueId), chat.id).to.equal(true);
        if (chat.operatorId) expect(operatorIds.has(chat.operatorId), chat.id).to.equal(true);
        const messages = data.messages.filter((m) => m.chatId === chat.id);
        expect(messages.length, chat.id).to.be.greaterThan(0);
        const last = messages.at(-1) as Message;
        expect(chat.lastMessage?.id, chat.id).to.equal(last.id);
        expect(chat.updatedAt, chat.id).to.equal(last.createdAt);
        expect(Date.parse(chat.createdAt)).to.be.at.most(Date.parse(chat.updatedAt));
        if (chat.state === 'new') expect(chat.waitingSince, chat.id).to.be.a('string');
      }
      for (const message of data.messages) {
        expect(chatIds.has(message.chatId)).to.equal(true);
        expect(Date.parse(message.createdAt)).to.be.at.most(NOW.getTime());
        if (message.replyToId) expect(byId.get(message.replyToId)?.chatId).to.equal(message.chatId);
        if (message.authorKind === 'operator') expect(operatorIds.has(message.authorId as string)).to.equal(true);
      }
    });

    it('has messages with BBCode, quotes, /me, replies, silent, system and bot messages', () => {
      for (const tag of ['[b]', '[i]', '[u]', '[s]', '[url=https://', '[code]', '[user=u', '[chat=pc']) {
        expect(texts.includes(tag), tag).to.equal(true);
      }
      expect(data.messages.some((m) => m.text.startsWith('>>'))).to.equal(true);
      expect(data.messages.some((m) => m.text.startsWith('/me '))).to.equal(true);
      expect(data.messages.some((m) => m.replyToId)).to.equal(true);
      expect(data.messages.some((m) => m.silent)).to.equal(true);
      expect(data.messages.some((m) => m.editedAt)).to.equal(true);
      expect(data.messages.some((m) => m.deleted && m.text === '')).to.equal(true);
      expect(data.messages.some((m) => m.authorKind === 'bot')).to.equal(true);
      const system = data.messages.filter((m) => m.authorKind === 'system').map((m) => m.text);
      const taken = locale === 'en' ? /^Chat taken by / : /^Chat pris en charge par /;
      const started = locale === 'en' ? /^Conversation #\d+ started$/ : /^Conversation n°\d+ démarrée$/;
      expect(system.some((t) => taken.test(t))).to.equal(true);
      expect(system.some((t) => started.test(t))).to.equal(true);
    });

    it('has image, video and file attachments with sizes', () => {
      const attachments = data.messages.flatMap((m) => m.attachments ?? []);
      const image = attachments.find((a) => a.kind === 'image');
      expect(image?.previewUrl).to.match(/^data:image\/svg\+xml,/);
      expect(image?.width).to.be.greaterThan(0);
      const pdf = attachments.find((a) => a.mimeType === 'application/pdf');
      expect(pdf?.kind).to.equal('file');
      expect(pdf?.size).to.be.greaterThan(1000);
      const video = attachments.find((a) => a.kind === 'video');
      expect(video?.previewUrl).to.match(/^data:image\/svg\+xml,/);
      for (const a of attachments) expect(a.url ?? '', a.name).to.not.match(/^https?:/);
      expect(new Set(attachments.map((a) => a.id)).size).to.equal(attachments.length);
    });

    it('has a long chat of about 300 messages', () => {
      const counts = new Map<string, number>();
      for (const m of data.messages) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
      expect(Math.max(...counts.values())).to.be.at.least(300);
    });

    it('has a client with several conversations (for history)', () => {
      const clients = data.chats.map((c) => c.client.id);
      expect(clients.length).to.be.greaterThan(new Set(clients).size);
    });

    it('has canned responses in sections with placeholders and usage counts', () => {
      expect(new Set(data.canned.map((c) => c.section))).to.deep.equal(new Set(['greeting', 'payment', 'delivery', 'common']));
      const all = data.canned.map((c) => c.text).join(' ');
      expect(all).to.contain('{client.name}');
      expect(all).to.contain('{operator.name}');
      expect(data.canned.every((c) => typeof c.usageCount === 'number')).to.equal(true);
    });

    it('has offline GIFs, commands, sales items and public chats', () => {
      expect(data.gifs?.length).to.be.at.least(8);
      for (const gif of data.gifs ?? []) {
        expect(gif.url).to.match(/^data:image\/svg\+xml,/);
        expect(gif.previewUrl).to.match(/^data:image\/svg\+xml,/);
      }
      expect(data.commands?.map((c) => c.command)).to.include('/me');
      expect(data.salesItems?.some((s) => s.kind === 'product')).to.equal(true);
      expect(data.salesItems?.some((s) => s.kind === 'payment')).to.equal(true);
      expect(data.publicChats?.length).to.be.at.least(3);
    });
  });
}

describe('demo data generation', () => {
  it('is deterministic and never calls Math.random', () => {
    const random = sinon.stub(Math, 'random').throws(new Error('Math.random used'));
    try {
      expect(demoData('en', NOW)).to.deep.equal(demoData('en', NOW));
    } finally {
      random.restore();
    }
  });

  it('is relative to now: every date shifts with it', () => {
    const later = new Date(NOW.getTime() + 48 * HOUR);
    const a = demoData('en', NOW);
    const b = demoData('en', later);
    a.chats.forEach((chat, i) => {
      const other = b.chats[i]!;
      expect(Date.parse(other.updatedAt) - Date.parse(chat.updatedAt)).to.equal(48 * HOUR);
      expect(Date.parse(other.createdAt) - Date.parse(chat.createdAt)).to.equal(48 * HOUR);
    });
    const newest = Math.max(...a.chats.map((c) => Date.parse(c.updatedAt)));
    expect(NOW.getTime() - newest).to.be.lessThan(10 * 60_000);
  });

  it('has the same structure in English and French, with translated texts', () => {
    const en = demoData('en', NOW);
    const fr = demoData('fr', NOW);
    expect(fr.chats.map((c) => [c.id, c.state, c.operatorId, c.queueId, c.sourceChannel])).to.deep.equal(
      en.chats.map((c) => [c.id, c.state, c.operatorId, c.queueId, c.sourceChannel]),
    );
    expect(fr.queues.map((q) => q.name).slice(0, 3)).to.deep.equal(['Support site web', 'Ventes', 'Livraison']);
    expect(en.queues.map((q) => q.name).slice(0, 3)).to.deep.equal(['Website support', 'Sales', 'Delivery']);
    expect(fr.operators[0]?.name).to.not.equal(en.operators[0]?.name);
    const frTexts = fr.messages.map((m) => m.text).join(' ');
    expect(frTexts.includes('Chat pris en charge par'), 'taken').to.equal(true);
    expect(frTexts.includes('Bonjour'), 'greeting').to.equal(true);
    expect(frTexts.includes('Chat taken by'), 'no English').to.equal(false);
    expect(fr.canned[0]?.text).to.contain('Bonjour');
  });

  it('follows French typography (no-break spaces before : ; ! ? and inside « »)', async () => {
    const fr = demoData('fr', NOW);
    const texts = [...fr.messages.map((m) => m.text), ...fr.canned.map((c) => c.text), ...fr.chats.map((c) => c.title)];
    const broken = texts.filter((t) => / [:;!?»]/.test(t) || /« /.test(t));
    expect(broken).to.deep.equal([]);
    expect(texts.some((t) => t.includes('\u202f?'))).to.equal(true);
    const adapter = new MemoryAdapter(undefined, { locale: 'fr', now: () => NOW });
    await adapter.transfer('c3', { kind: 'queue', id: 'q1' });
    expect((await adapter.getChat('c3')).lastMessage?.text).to.equal(
      'Camille Dubois a transféré le chat vers le canal ouvert «\u00a0Support site web\u00a0»',
    );
  });

  it('is what new MemoryAdapter() and MemoryAdapter.demoData() serve', async () => {
    const adapter = new MemoryAdapter(undefined, { now: () => NOW });
    expect(adapter.snapshot()).to.deep.equal(demoData('en', NOW));
    expect(MemoryAdapter.demoData('fr', NOW)).to.deep.equal(demoData('fr', NOW));
  });

  it('supports the whole operator flow on demo chats', async () => {
    const adapter = MemoryAdapter.demo('en', { now: () => NOW });
    const waiting = (await adapter.listChats({ filter: { mine: true, states: ['new'] } })).items;
    expect(waiting.length).to.be.greaterThan(2);
    const chat = waiting[0]!;
    await adapter.answer(chat.id);
    await adapter.sendMessage(chat.id, { text: 'Hello!', silent: false, attachments: [] });
    await adapter.finish(chat.id);
    expect((await adapter.getChat(chat.id)).state).to.equal('closed');
    const history = await adapter.searchHistory('c3', {});
    expect(history.some((m) => m.chatId === 'c13')).to.equal(true);
  });
});
