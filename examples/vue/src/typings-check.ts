/**
 * Compile-time checks of the generated Vue typings (`tsc` only: nothing
 * imports this file). Template type checkers (vue-tsc, Volar) read the same
 * GlobalComponents entries. Each `@ts-expect-error` line must fail to compile.
 */
import type { GlobalComponents } from 'vue';
import type { OlChatTransferEvent } from '@open-lines/elements';
import { MemoryAdapter } from '@open-lines/elements';
import type {} from '@open-lines/elements/vue';

type PanelProps = InstanceType<GlobalComponents['ol-chat-panel']>['$props'];
type ListProps = InstanceType<GlobalComponents['ol-chat-list']>['$props'];

export const panel: PanelProps = {
  'chat-id': 'c1',
  'undo-ms': 5000,
  adapter: MemoryAdapter.demo('en'),
  // `@ol-chat-answer` in a template
  onOlChatAnswer: (event) => event.detail.chatId,
  onOlChatTransfer: (event) => event.detail.target.kind,
};
export const list: ListProps = { view: 'contact-center', 'group-waiting': true, onOlChatSelect: (event) => event.detail.chatId };

// @ts-expect-error undo-ms is a number
export const wrongAttribute: PanelProps = { 'undo-ms': 'soon' };
// @ts-expect-error view is 'messenger' | 'contact-center'
export const wrongView: ListProps = { view: 'grid' };
export const wrongDetail: PanelProps = {
  // @ts-expect-error an answer carries no target
  onOlChatAnswer: (event) => event.detail.target,
};
export const wrongHandler: PanelProps = {
  // @ts-expect-error the answer handler receives an OlChatAnswerEvent, not a transfer
  onOlChatAnswer: (event: OlChatTransferEvent) => event.detail.target,
};
