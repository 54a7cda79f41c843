/** `<vaadin-message-list>`: renders every message. */
import '@vaadin/message-list';
import { expose } from './harness.js';
import { timelineScenario } from './timeline-scenario.js';

let list;
let items = [];
const toItem = (m) => ({
  text: m.text,
  time: m.createdAt.slice(11, 16),
  userName: m.authorName ?? 'System',
  className: `id-${m.id}`,
});
const contender = {
  async mount(box) {
    list = document.createElement('vaadin-message-list');
    list.style.blockSize = '100%';
    box.append(list);
    await list.updateComplete;
  },
  give(messages) {
    items = messages.map(toItem);
    list.items = items;
  },
  shown(id) {
    return !!list.querySelector(`vaadin-message.id-${id}`);
  },
  append(message) {
    items = [...items, toItem(message)];
    list.items = items;
  },
  scroller: () => list,
};

expose((params) => timelineScenario(contender, params));
