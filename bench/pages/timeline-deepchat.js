/** `<deep-chat>`: renders every message of its history. */
import 'deep-chat';
import { deepFind, expose } from './harness.js';
import { timelineScenario } from './timeline-scenario.js';

let chat;
const toItem = (m) => ({ role: m.authorKind === 'client' ? 'user' : 'ai', text: m.text });
const bubbles = () => chat.shadowRoot?.querySelectorAll('.message-bubble').length ?? 0;
let expected = 0;
const contender = {
  async mount(box) {
    chat = document.createElement('deep-chat');
    chat.style.display = 'block';
    chat.style.blockSize = '100%';
    chat.style.inlineSize = '100%';
    chat.chatStyle = { width: '100%', height: '100%' };
    // Render every message (by default it keeps the latest 4,000).
    chat.maxVisibleMessages = 1e9;
    box.append(chat);
  },
  give(messages) {
    expected = messages.length;
    chat.history = messages.map(toItem);
  },
  shown(id) {
    if (id.startsWith('new')) return bubbles() > expected;
    return bubbles() >= expected && !!deepFind(chat, (el) => el.classList.contains('message-bubble'));
  },
  append(message) {
    chat.addMessage(toItem(message));
  },
};
expose((params) => timelineScenario(contender, params));
