import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/message-editor/ol-message-editor.js';
import type { OlMessageEditorElement } from '../../../src/components/message-editor/ol-message-editor.js';
import type { OlAdapter } from '../../../src/core/adapter.js';
import type { Message } from '../../../src/core/model.js';
import { menuSetup } from './menu-setup.js';
import { mount as mountIn } from './mount.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

async function mount(message: Message, adapter?: OlAdapter, lang = 'en') {
  const { root, el: editor } = await mountIn<OlMessageEditorElement>(
    html`<div lang=${lang}><ol-message-editor .adapter=${adapter} .message=${message}></ol-message-editor></div>`,
    'ol-message-editor',
  );
  return { root, editor, textarea: editor.shadowRoot!.querySelector('textarea')! };
}

const alertOf = (editor: OlMessageEditorElement) => editor.shadowRoot!.querySelector('[role="alert"]')?.textContent;

describe('<ol-message-editor>', () => {
  it('shows the message text in a labelled text area, focused with the cursor at the end', async () => {
    const { ownMessage, adapter } = await menuSetup();
    const { editor, textarea } = await mount(ownMessage, adapter);
    expect(textarea.value).to.equal('Let me check that for you.');
    expect(editor.shadowRoot!.activeElement).to.equal(textarea);
    expect(textarea.selectionStart).to.equal(textarea.value.length);
    expect(editor.shadowRoot!.querySelector('label')!.textContent).to.equal('Editing message');
    expect(editor.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Enter to save, Shift+Enter for a new line, Escape to cancel');
  });

  it('Shift+Enter starts a new line; Enter saves through the store and closes', async () => {
    const { ownMessage, adapter, store } = await menuSetup();
    const { editor, textarea } = await mount(ownMessage, adapter);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'On it.' });
    expect(textarea.value).to.equal('Let me check that for you.\nOn it.');
    const edited = oneEvent(editor, 'ol-message-edit');
    const closed = oneEvent(editor, 'ol-editor-close');
    await sendKeys({ press: 'Enter' });
    expect((await edited).detail).to.deep.equal({ chatId: 'c1', messageId: 'm-own', text: 'Let me check that for you.\nOn it.' });
    const close = await closed;
    expect(close.detail).to.deep.equal({ reason: 'saved', chatId: 'c1', messageId: 'm-own', text: 'Let me check that for you.\nOn it.' });
    expect(close.composed).to.equal(false);
    const stored = store.messages('c1').find((m) => m.id === 'm-own')!;
    expect(stored.text).to.equal('Let me check that for you.\nOn it.');
    expect(stored.editedAt).to.be.a('string');
  });

  it('Escape cancels without an edit', async () => {
    const { ownMessage, adapter } = await menuSetup();
    const spy = sinon.spy(adapter, 'editMessage');
    const { editor } = await mount(ownMessage, adapter);
    await sendKeys({ type: ' changed' });
    const closed = oneEvent(editor, 'ol-editor-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.reason).to.equal('cancel');
    expect(spy.called).to.equal(false);
  });

  it('an unchanged text closes without an edit', async () => {
    const { ownMessage, adapter } = await menuSetup();
    const spy = sinon.spy(adapter, 'editMessage');
    const { editor } = await mount(ownMessage, adapter);
    const closed = oneEvent(editor, 'ol-editor-close');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail.reason).to.equal('cancel');
    expect(spy.called).to.equal(false);
  });

  it('refuses an empty text with a message', async () => {
    const { ownMessage, adapter } = await menuSetup();
    const spy = sinon.spy(adapter, 'editMessage');
    const { editor, textarea } = await mount(ownMessage, adapter);
    textarea.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    expect(alertOf(editor)).to.equal('This field is required');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(spy.called).to.equal(false);
    await expect(editor).to.be.accessible();
  });

  it('preventDefault() on ol-message-edit: the adapter is not called, the host takes over', async () => {
    const { ownMessage, adapter, store } = await menuSetup();
    const spy = sinon.spy(adapter, 'editMessage');
    const { editor, root } = await mount(ownMessage, adapter);
    root.addEventListener('ol-message-edit', (event) => event.preventDefault());
    await sendKeys({ type: '!' });
    const closed = oneEvent(editor, 'ol-editor-close');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail.reason).to.equal('saved');
    expect(spy.called).to.equal(false);
    expect(store.messages('c1').find((m) => m.id === 'm-own')!.text).to.equal('Let me check that for you.');
  });

  it('a failure rolls the text back, keeps what was typed and shows the error (French)', async () => {
    const { ownMessage, adapter, store } = await menuSetup({ failures: { editMessage: 'Forbidden' }, latency: 400 });
    const { editor, textarea, root } = await mount(ownMessage, adapter, 'fr');
    const errors: string[] = [];
    root.addEventListener('ol-error', (event) => errors.push(event.detail.action));
    await sendKeys({ type: ' Fait.' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.messages('c1').find((m) => m.id === 'm-own')!.text.endsWith('Fait.'), 'optimistic');
    await waitUntil(() => alertOf(editor), 'error shown');
    // The alert ends with its Retry button.
    expect(alertOf(editor)).to.equal('Impossible de modifier le message Réessayer');
    expect(textarea.value).to.equal('Let me check that for you. Fait.');
    expect(store.messages('c1').find((m) => m.id === 'm-own')!.text).to.equal('Let me check that for you.');
    expect(errors).to.deep.equal(['ol-message-edit']);
    expect(editor.shadowRoot!.activeElement).to.equal(textarea);
    await expect(editor).to.be.accessible();
  });

  it('passes axe', async () => {
    const { ownMessage, adapter } = await menuSetup();
    const { root } = await mount(ownMessage, adapter);
    await expect(root).to.be.accessible();
  });
});
