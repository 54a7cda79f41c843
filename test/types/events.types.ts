/**
 * Compile-time test, checked by `tsc -p test/tsconfig.json` (part of npm test):
 * the element and event maps make hosts' code fully typed. Each
 * `@ts-expect-error` fails the check if the line it guards ever compiles.
 */
import '../../src/define.js';
import type { OlChatTransferEvent, OlEventMap } from '../../src/events/index.js';
import type { TransferTarget } from '../../src/core/model.js';

const element = document.createElement('ol-provider');
element.addEventListener('ol-chat-transfer', (event) => {
  const target: TransferTarget = event.detail.target;
  const kind: 'operator' | 'queue' = target.kind;
  const chatId: string = event.detail.chatId;
  // @ts-expect-error: a transfer detail has no `title`
  void event.detail.title;
  void [kind, chatId];
});

document.addEventListener('ol-message-send', (event) => {
  const silent: boolean = event.detail.silent;
  // @ts-expect-error: `text` is a string, not a number
  const text: number = event.detail.text;
  void [silent, text];
});

window.addEventListener('ol-error', (event) => {
  const code: string = event.detail.error.code;
  const action: string = event.detail.action;
  void [code, action];
});

const transfer: OlEventMap['ol-chat-transfer'] = {} as OlChatTransferEvent;
// @ts-expect-error: an unknown event name is not in the map
const unknown: OlEventMap['ol-chat-teleport'] = transfer;
void unknown;
