/**
 * open-lines elements: everything a host imports, with no side effect. Nothing
 * here registers an element: import `@open-lines/elements/define.js` (all
 * elements) or one element's entry for that.
 */

// Data model, adapter contract, store and actions
export type * from './core/model.js';
export { CHAT_STATES, SOURCE_CHANNELS } from './core/model.js';
export type { OlAdapter, OlCapability, RealtimeEvent, RealtimeListener, UploadOptions } from './core/adapter.js';
export { OlAdapterError, can } from './core/adapter.js';
export type { Intent, IntentResult, Revert, StoreChange, StoreListener, StoreOptions } from './core/store.js';
export { OlStore, chatChanged, isLocalMessage, storeFor } from './core/store.js';
export { compareMessages, MessageThread } from './core/message-thread.js';
export * as actions from './core/actions.js';
export { storeContext } from './core/context.js';

// BBCode and localisation
export * from './core/bbcode/index.js';
export * from './core/i18n/index.js';

// Events
export * from './events/index.js';

// Adapters
export * from './adapters/memory/index.js';

// Controllers, for hosts building their own elements on the same store
export { LocalizeController } from './controllers/localize.js';
export { RovingFocusController } from './controllers/roving-focus.js';
export type { RovingFocusOptions } from './controllers/roving-focus.js';
export { StoreController } from './controllers/store-controller.js';
export type { AdapterHost, StoreControllerOptions } from './controllers/store-controller.js';

// Themes
export { baseStyles, darkTokens, lightTokens, token } from './themes/tokens.js';
export type { TokenName } from './themes/tokens.js';

// Element classes (registration lives in define.js and the per-element entries)
export { OlProviderElement } from './components/provider/provider.component.js';
export { OlChatListElement } from './components/chat-list/chat-list.component.js';
export { OlContactCenterElement } from './components/contact-center/contact-center.component.js';
export { OlChatPanelElement } from './components/chat-panel/chat-panel.component.js';
export { OlTransferDialogElement } from './components/transfer-dialog/transfer-dialog.component.js';
export { OlInviteDialogElement } from './components/invite-dialog/invite-dialog.component.js';
export { OlHistoryDialogElement } from './components/history-dialog/history-dialog.component.js';
export { OlCrmDialogElement } from './components/crm-dialog/crm-dialog.component.js';
export { OlTimelineElement } from './components/timeline/timeline.component.js';
export { OlComposerElement } from './components/composer/composer.component.js';
export type { SendKey } from './components/composer/composer.component.js';
export { OlMessageMenuElement } from './components/message-menu/message-menu.component.js';
export type { MessageMenuShowOptions } from './components/message-menu/message-menu.component.js';
export type { OlMessageMenuAction } from './components/message-menu/menu-actions.js';
export { OlEditRequestEvent } from './components/message-menu/menu-events.js';
export { OlMessageEditorElement } from './components/message-editor/message-editor.component.js';
export { OlCannedPickerElement } from './components/canned-picker/canned-picker.component.js';
export { OlCannedCloseEvent } from './components/canned-picker/canned-picker-events.js';
export { OlCannedSaveFormElement } from './components/canned-save-form/canned-save-form.component.js';

// Canned response placeholders ({client.name}, {operator.name}…) and text matching
export * from './core/placeholders.js';
export { foldText, matchesQuery } from './core/text.js';
