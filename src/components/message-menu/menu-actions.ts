/**
 * Which actions `<ol-message-menu>` offers on a message (FEATURES.md M1–M10),
 * in the seed's order, kept pure so that it is tested without an element.
 */
import type { OlCapability } from '../../core/adapter.js';
import type { StringKey } from '../../core/i18n/translation.js';
import type { Chat, Id, Message } from '../../core/model.js';
import { isLocalMessage } from '../../core/store.js';
import type { IconName } from '../shared/icons.js';

/** The built-in actions: M1 reply … M10 delete. */
export type BuiltInActionId =
  | 'reply'
  | 'unread'
  | 'quote'
  | 'task'
  | 'chat'
  | 'post'
  | 'session'
  | 'canned'
  | 'edit'
  | 'delete';

export interface BuiltInAction {
  id: BuiltInActionId;
  label: StringKey;
  icon: IconName;
  /** The adapter method it needs (hidden when the adapter lacks it). */
  capability: OlCapability;
}

/**
 * An action the host adds to the menu. Choosing it fires `ol-message-action`
 * with `action: id`.
 */
export interface OlMessageMenuAction {
  /** Sent as `detail.action`; unique among the host's actions. */
  id: string;
  /** What the person reads (already translated by the host). */
  label: string;
  icon?: IconName;
  /** Whether the action applies to this message; default: always. */
  visible?: (message: Message, chat: Chat | undefined) => boolean;
}

const action = (id: BuiltInActionId, label: StringKey, icon: IconName, capability: OlCapability): BuiltInAction => ({
  id,
  label,
  icon,
  capability,
});

const QUOTE = action('quote', 'quote', 'quote', 'sendMessage');
const TASK = action('task', 'createTask', 'task', 'createTask');
const SESSION = action('session', 'startNewConversation', 'newSession', 'startSession');
const CANNED = action('canned', 'saveAsCanned', 'save', 'saveCanned');

/** On a client message, in the seed's order (M1–M8). */
export const CLIENT_ACTIONS: readonly BuiltInAction[] = [
  action('reply', 'reply', 'reply', 'sendMessage'),
  action('unread', 'markUnread', 'unread', 'markUnread'),
  QUOTE,
  TASK,
  action('chat', 'createChat', 'chat', 'createChatFromMessage'),
  action('post', 'createPost', 'post', 'createPostFromMessage'),
  SESSION,
  CANNED,
];

/** On an operator message, in the seed's order (M3–M10). */
export const OPERATOR_ACTIONS: readonly BuiltInAction[] = [
  QUOTE,
  TASK,
  action('chat', 'discussInChat', 'chat', 'createChatFromMessage'),
  action('post', 'discussInFeed', 'post', 'createPostFromMessage'),
  SESSION,
  CANNED,
  action('edit', 'edit', 'edit', 'editMessage'),
  action('delete', 'delete', 'trash', 'deleteMessage'),
];

/** On a bot message: what client and operator messages have in common. */
export const BOT_ACTIONS: readonly BuiltInAction[] = CLIENT_ACTIONS.filter((a) => OPERATOR_ACTIONS.some((o) => o.id === a.id));

export interface ActionContext {
  /** Whether the adapter can do something (`store.can`). */
  can: (capability: OlCapability) => boolean;
  /** The current operator; when known, only their own messages can be edited or deleted. */
  meId?: Id;
}

/**
 * The built-in actions on a message: by author kind, without those the
 * adapter cannot do. Deleted messages, system messages and messages not sent
 * yet have none. Edit and delete apply to the current operator's own messages.
 */
export function builtInActionsFor(message: Message, context: ActionContext): BuiltInAction[] {
  if (message.deleted || isLocalMessage(message)) return [];
  let actions: readonly BuiltInAction[];
  switch (message.authorKind) {
    case 'client':
      actions = CLIENT_ACTIONS;
      break;
    case 'operator':
      actions = OPERATOR_ACTIONS;
      break;
    case 'bot':
      actions = BOT_ACTIONS;
      break;
    default:
      return [];
  }
  const own = context.meId === undefined || message.authorId === context.meId;
  return actions.filter((a) => (own || (a.id !== 'edit' && a.id !== 'delete')) && context.can(a.capability));
}

/** The host's actions that apply to a message. A predicate that throws hides its action. */
export function extraActionsFor(
  actions: readonly OlMessageMenuAction[] | undefined,
  message: Message,
  chat: Chat | undefined,
): OlMessageMenuAction[] {
  return (actions ?? []).filter((a) => {
    if (!a.visible) return true;
    try {
      return a.visible(message, chat);
    } catch (error) {
      console.error(`[open-lines] the visibility predicate of menu action "${a.id}" threw`, error);
      return false;
    }
  });
}
