/**
 * Registers every open-lines element. Import it once:
 * `import '@open-lines/elements/define.js'`. Rarely used parts (pickers,
 * dialogs, the Contact Center grid) still load on first use.
 */
import './components/provider/ol-provider.js';
import './components/chat-list/ol-chat-list.js';
import './components/chat-panel/ol-chat-panel.js';
import './components/message-menu/ol-message-menu.js';
import './components/canned-picker/ol-canned-picker.js';
import './components/timeline/ol-timeline.js';
import './components/composer/ol-composer.js';
