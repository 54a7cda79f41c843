/** The floor: a bare `<lit-virtualizer>` of the same messages, one simple row each (no avatar, no grouping). */
import '@lit-labs/virtualizer';
import { html } from 'lit';
import { expose } from './harness.js';
import { timelineScenario } from './timeline-scenario.js';

const style = document.createElement('style');
style.textContent = `
  lit-virtualizer { display: block; block-size: 100%; }
  .row { box-sizing: border-box; inline-size: 100%; padding: 6px 16px; font: 14px/1.4 system-ui, sans-serif; }
  .name { font-weight: 600; }
`;
document.head.append(style);

let list;
/**
 * Newest at the bottom: every frame, scroll to the end until the last row is
 * rendered there (the virtualizer estimates, then measures row sizes, so the
 * end moves; the proxy's scrollIntoView does not move a `scroller` host).
 */
let pinning = 0;
const toBottom = () => {
  cancelAnimationFrame(pinning);
  let frames = 0;
  const step = () => {
    frames += 1;
    list.scrollTop = list.scrollHeight;
    const last = list.items.at(-1);
    const row = last && list.querySelector(`[data-id="${last.id}"]`);
    const settled = row && row.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 1;
    if (!settled && frames < 120) pinning = requestAnimationFrame(step);
  };
  pinning = requestAnimationFrame(step);
};
let items = [];
const contender = {
  async mount(box) {
    list = document.createElement('lit-virtualizer');
    list.scroller = true;
    list.keyFunction = (m) => m.id;
    list.renderItem = (m) => html`<div class="row" data-id=${m.id}><div class="name">${m.authorName ?? ''}</div><div class="text">${m.text}</div></div>`;
    box.append(list);
    await list.updateComplete;
  },
  give(messages) {
    items = messages;
    list.items = items;
    toBottom();
  },
  shown(id) {
    return !!list.querySelector(`[data-id="${id}"]`);
  },
  append(message) {
    items = [...items, message];
    list.items = items;
    toBottom();
  },
  scroller: () => list,
};

window.contender = contender;
expose((params) => timelineScenario(contender, params));
