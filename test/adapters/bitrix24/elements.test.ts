import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/chat-list/ol-chat-list.js';
import '../../../src/components/chat-panel/ol-chat-panel.js';
import type { OlChatListElement } from '../../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../../src/components/chat-panel/ol-chat-panel.js';
import { ignoreResizeObserverLoops, rows } from '../../components/chat-list/helpers.js';
import { actionButton, headerOf } from '../../components/chat-panel/helpers.js';
import { FakePortal } from './portal.js';

const portal = new FakePortal('elements');
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<ol-chat-list> and <ol-chat-panel> on the Bitrix24 adapter', () => {
  ignoreResizeObserverLoops();
  beforeEach(() => portal.reset());

  it('lists the portal chats; Answer in the panel calls imopenlines.operator.answer; nothing keeps polling afterwards', async () => {
    const adapter = portal.adapter({ realtime: { intervalMs: 60_000 } });
    const root = await fixture<HTMLDivElement>(html`
      <div style="display: flex; block-size: 600px;">
        <ol-chat-list style="inline-size: 360px;" .adapter=${adapter}></ol-chat-list>
        <ol-chat-panel style="inline-size: 700px;" chat-id="1364" .adapter=${adapter}></ol-chat-panel>
      </div>
    `);
    const list = root.querySelector('ol-chat-list') as OlChatListElement;
    const panel = root.querySelector('ol-chat-panel') as OlChatPanelElement;

    await waitUntil(() => rows(list).length === 2, 'the list did not render the two chats', { timeout: 4000 });
    expect(rows(list).map((row) => row.dataset.chatId).sort()).to.deep.equal(['1364', '1982']);
    expect(text(rows(list).find((row) => row.dataset.chatId === '1364'))).to.contain('Eugene Perekopsky');
    expect(await portal.methods()).to.include('im.recent.list');

    await waitUntil(() => actionButton(panel, 'answer'), 'the panel shows no Answer button', { timeout: 4000 });
    expect(text(headerOf(panel)!.shadowRoot!.querySelector('.title'))).to.contain('Eugene Perekopsky');
    actionButton(panel, 'answer')!.click();
    await waitUntil(async () => (await portal.calls('imopenlines.operator.answer')).length === 1, 'no answer call');
    expect((await portal.calls('imopenlines.operator.answer'))[0]!.params).to.deep.equal({ CHAT_ID: 1364 });
    expect(adapter.listenerCount).to.be.greaterThan(0);

    root.remove();
    await waitUntil(() => adapter.listenerCount === 0, 'a realtime listener was left behind');
    expect(adapter.realtimeRunning).to.equal(false);
  });
});
