import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { UploadOptions } from '../../../src/core/adapter.js';
import type { Attachment } from '../../../src/core/model.js';
import type { OlComposerElement } from '../../../src/components/composer/composer.component.js';
import { alerts, button, clearStorage, mountComposer as mount, waitUntil } from './helpers.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** This file's chats (see helpers). */
const MINE = 'c17';
const OTHER = 'c32';
const mountComposer = (options: Parameters<typeof mount>[0] = {}) => mount({ chatId: MINE, ...options });

const file = (name: string, size = 20, type = 'text/plain') => new File(['x'.repeat(size)], name, { type });
const items = (root: ShadowRoot) => [...root.querySelectorAll('[part="attachments"] li')];
const progress = (root: ShadowRoot) => root.querySelector('[role="progressbar"]');
const sendButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="send-button"]')!;

function transfer(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

describe('<ol-composer> uploads (A4)', () => {
  beforeEach(() => clearStorage([MINE, OTHER]));

  it('fires ol-file-upload per file, shows progress, then sends the attachments with the message', async () => {
    const { el, root, adapter, textarea } = await mountComposer({ adapterOptions: { upload: { steps: 4, stepMs: 60 } } });
    const events: CustomEvent[] = [];
    el.addEventListener('ol-file-upload', (e) => events.push(e));
    const report = file('report.pdf', 2048, 'application/pdf');
    const photo = file('photo.png', 512, 'image/png');
    el.addFiles([report, photo]);
    await waitUntil(() => events.length === 2, 'both uploads announced');
    expect(events.map((e) => e.detail)).to.deep.equal([
      { chatId: MINE, file: report },
      { chatId: MINE, file: photo },
    ]);
    await waitUntil(() => Number(progress(root)?.getAttribute('aria-valuenow')) > 0, 'progress reported');
    const bar = progress(root)!;
    expect(bar.getAttribute('aria-label')).to.match(/^Uploading (report\.pdf|photo\.png): \d+%$/);
    expect(sendButton(root).disabled, 'no sending while uploading').to.equal(true);
    await expect(el).to.be.accessible();
    await waitUntil(() => items(root).every((li) => li.getAttribute('data-status') === 'done'), 'uploads done', { timeout: 3000 });
    expect(progress(root)).to.equal(null);
    expect(sendButton(root).disabled).to.equal(false);
    textarea.focus();
    await sendKeys({ type: 'Here you go' });
    const sent = oneEvent(el, 'ol-message-send');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.text).to.equal('Here you go');
    expect(detail.attachments.map((a: Attachment) => [a.name, a.kind, a.size])).to.deep.equal([
      ['report.pdf', 'file', 2048],
      ['photo.png', 'image', 512],
    ]);
    await el.updateComplete;
    expect(items(root)).to.have.length(0);
    void adapter;
  });

  it('cancels an upload: the signal aborts, the file goes away and no error is reported', async () => {
    const { el, root, adapter } = await mountComposer({ adapterOptions: { upload: { steps: 10, stepMs: 100 } } });
    const call = sinon.spy(adapter, 'uploadFile');
    const errors = sinon.spy();
    el.addEventListener('ol-error', errors);
    el.addFiles([file('big-video.mp4', 4096, 'video/mp4')]);
    await waitUntil(() => call.called && progress(root), 'upload running');
    const signal = (call.firstCall.args[2] as UploadOptions).signal!;
    expect(signal.aborted).to.equal(false);
    const cancel = button(root, 'Cancel upload');
    expect(root.getElementById(cancel.getAttribute('aria-describedby')!)!.textContent).to.equal('big-video.mp4');
    cancel.click();
    expect(signal.aborted).to.equal(true);
    await el.updateComplete;
    expect(items(root)).to.have.length(0);
    await aTimeout(150);
    expect(errors.called).to.equal(false);
    expect(alerts(root)).to.deep.equal([]);
  });

  it('refuses a file over the size limit with a clear message, without uploading it', async () => {
    const { el, root, adapter } = await mountComposer({ adapterOptions: { uploadLimits: { maxSize: 1024 } } });
    const call = sinon.spy(adapter, 'uploadFile');
    const events = sinon.spy();
    el.addEventListener('ol-file-upload', events);
    el.addFiles([file('huge.zip', 5000, 'application/zip')]);
    await waitUntil(() => alerts(root).length === 1, 'refusal shown');
    expect(alerts(root)[0]).to.equal('“huge.zip” is larger than the 1 KB limit');
    expect(items(root)[0]!.getAttribute('data-status')).to.equal('refused');
    expect(call.called).to.equal(false);
    expect(events.called).to.equal(false);
    expect(sendButton(root).disabled, 'a refused file is not sent').to.equal(true);
    await expect(el).to.be.accessible();
    button(root, 'Remove huge.zip').click();
    await el.updateComplete;
    expect(items(root)).to.have.length(0);
  });

  it('refuses a type the backend does not accept', async () => {
    const { el, root } = await mountComposer({ adapterOptions: { uploadLimits: { accept: ['image/*', '.pdf'] } } });
    el.addFiles([file('script.exe', 10, 'application/x-msdownload'), file('scan.pdf', 10, 'application/pdf')]);
    await waitUntil(() => alerts(root).length === 1 && items(root)[1]?.getAttribute('data-status') === 'done');
    expect(alerts(root)[0]).to.equal('Files like “script.exe” cannot be sent here');
  });

  it('in French, the refusal reads in French', async () => {
    const { el, root } = await mountComposer({ lang: 'fr', adapterOptions: { uploadLimits: { maxSize: 1024 } } });
    el.addFiles([file('énorme.zip', 5000)]);
    await waitUntil(() => alerts(root).length === 1);
    expect(alerts(root)[0]).to.equal('« énorme.zip » dépasse la taille maximale de 1 Ko');
  });

  it('preventDefault() on ol-file-upload leaves the upload to the host', async () => {
    const { el, root, adapter } = await mountComposer();
    const call = sinon.spy(adapter, 'uploadFile');
    el.addEventListener('ol-file-upload', (event) => event.preventDefault());
    el.addFiles([file('mine.txt')]);
    await aTimeout(30);
    await el.updateComplete;
    expect(call.called).to.equal(false);
    expect(items(root)).to.have.length(0);
  });

  it('shows a failed upload with Retry, which uploads it again', async () => {
    const { el, root, adapter } = await mountComposer({ adapterOptions: { upload: { steps: 1, stepMs: 10 } } });
    adapter.failNext('uploadFile', 'Disk full');
    const error = oneEvent(el, 'ol-error');
    el.addFiles([file('notes.txt')]);
    expect((await error).detail.action).to.equal('ol-file-upload');
    await waitUntil(() => alerts(root).length === 1);
    // The alert ends with its Retry button.
    expect(alerts(root)[0]).to.equal('Could not upload “notes.txt” Retry');
    await expect(el).to.be.accessible();
    button(root, 'Retry').click();
    await waitUntil(() => items(root)[0]?.getAttribute('data-status') === 'done', 'uploaded on retry');
    expect(alerts(root)).to.deep.equal([]);
  });

  it('takes files dropped on it, pasted images and files chosen with the button', async () => {
    const { el, root, textarea } = await mountComposer({ adapterOptions: { upload: { steps: 1, stepMs: 5 } } });
    const base = root.querySelector('[part="base"]')!;
    const dropped = file('dropped.txt');
    base.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer(dropped), bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(root.querySelector('.drop')!.textContent).to.contain('Drop files here');
    const drop = new DragEvent('drop', { dataTransfer: transfer(dropped), bubbles: true, cancelable: true });
    base.dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(root.querySelector('.drop')).to.equal(null);

    const pasted = file('screenshot.png', 64, 'image/png');
    const paste = new ClipboardEvent('paste', { clipboardData: transfer(pasted), bubbles: true, cancelable: true });
    textarea.dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);

    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const click = sinon.spy(input, 'click');
    button(root, 'Upload a file').click();
    expect(click.calledOnce).to.equal(true);
    input.files = transfer(file('chosen.txt')).files;
    input.dispatchEvent(new Event('change'));

    await waitUntil(() => items(root).length === 3 && items(root).every((li) => li.getAttribute('data-status') === 'done'));
    expect(items(root).map((li) => li.querySelector('.upload-name')!.textContent)).to.deep.equal([
      'dropped.txt',
      'screenshot.png',
      'chosen.txt',
    ]);
  });

  it('keeps the uploads of each chat with its draft', async () => {
    const { el, root } = await mountComposer({ adapterOptions: { upload: { steps: 1, stepMs: 5 } } });
    el.addFiles([file('for-c3.txt')]);
    await waitUntil(() => items(root)[0]?.getAttribute('data-status') === 'done');
    el.chatId = OTHER;
    await el.updateComplete;
    expect(items(root)).to.have.length(0);
    el.chatId = MINE;
    await el.updateComplete;
    expect(items(root)[0]!.querySelector('.upload-name')!.textContent).to.equal('for-c3.txt');
  });

  it('without an adapter, fires ol-file-upload and leaves the file to the host', async () => {
    const el = await fixture<OlComposerElement>(html`<ol-composer lang="en" chat-id="x1"></ol-composer>`);
    const upload = oneEvent(el, 'ol-file-upload');
    const f = file('host.txt');
    el.addFiles([f]);
    expect((await upload).detail).to.deep.equal({ chatId: 'x1', file: f });
    await aTimeout(10);
    await el.updateComplete;
    expect(items(el.shadowRoot!)).to.have.length(0);
  });
});
