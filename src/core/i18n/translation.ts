import type { Locale } from 'date-fns';
import type { OlCapability } from '../adapter.js';
import type {
  AttachmentKind,
  ChatFilter,
  ChatState,
  CrmEntityType,
  OperatorStatus,
  SourceChannel,
} from '../model.js';

/** Units of `Translation.fileSize`, in steps of 1024. */
export type FileSizeUnit = 'B' | 'KB' | 'MB' | 'GB' | 'TB';

/**
 * Every built-in string of the library, in one language.
 *
 * - Keys starting with `$` are metadata and date-fns patterns, not text.
 * - Fixed text is a plain string; anything with a parameter (a name, a count, a
 *   duration) is a function, so that each language can place the parameter and
 *   choose its plural form. Counts are passed as numbers and formatted by the
 *   translation (French writes "1 200").
 * - Seed ids (N3, A13, M2…) refer to `FEATURES.md`.
 *
 * A host can override any key for any language with `overrideStrings()`, or per
 * element through the element's `strings` property.
 */
export interface Translation {
  // ─── Metadata ────────────────────────────────────────────────────────────
  /** BCP 47 language tag, e.g. `en`, `fr`, `fr-CA`. */
  $code: string;
  /** The language's name in that language, e.g. `Français`. */
  $name: string;
  /** Writing direction, used when no `dir` attribute is found. */
  $dir: 'ltr' | 'rtl';
  /** date-fns locale used by every date formatter. */
  $dateLocale: Locale;

  // ─── Date patterns (date-fns `format` tokens) ────────────────────────────
  /** Time of day, e.g. `p` → "2:05 PM" / "14:05". */
  $timeFormat: string;
  /** Date without time, e.g. `PP` → "Nov 25, 2026". */
  $dateFormat: string;
  /** Date and time, e.g. `PPp`. */
  $dateTimeFormat: string;
  /** Day separator in the current year: "Wednesday, November 25". */
  $dayFormat: string;
  /** Day separator in another year: "Wednesday, November 25, 2025". */
  $dayFormatOtherYear: string;
  /** Short date in lists, current year: "Nov 25". */
  $shortDateFormat: string;
  /** Short date in lists, other years: "11/25/2025". */
  $shortDateFormatOtherYear: string;
  /** Weekday in lists for the last week: "Wed". */
  $weekdayFormat: string;

  // ─── Common ──────────────────────────────────────────────────────────────
  cancel: string;
  save: string;
  close: string;
  retry: string;
  undo: string;
  ok: string;
  confirm: string;
  back: string;
  apply: string;
  reset: string;
  open: string;
  edit: string;
  delete: string;
  copy: string;
  copied: string;
  dismiss: string;
  showMore: string;
  showLess: string;
  loading: string;
  loadMore: string;
  /** Fallback error text when nothing more precise is known. */
  errorGeneric: string;
  /** Generic empty state. */
  empty: string;
  search: string;
  clearSearch: string;
  /** Label of the "⋯" button. */
  moreActions: string;
  requiredField: string;
  unknown: string;
  /** The current operator, in place of their name. */
  you: string;
  /** Name + role, e.g. screen-reader label of an avatar. */
  avatarOf: (name: string) => string;
  connectionLost: string;
  connectionRestored: string;

  // ─── Relative times and durations ────────────────────────────────────────
  /** Day separator and lists: the current day. */
  today: string;
  yesterday: string;
  /** Less than a minute ago. */
  justNow: string;
  /** Short relative time in lists: "5 min". */
  relativeMinutes: (minutes: number) => string;
  /** Short relative time in lists: "2 h". */
  relativeHours: (hours: number) => string;
  durationSeconds: (seconds: number) => string;
  durationMinutes: (minutes: number) => string;
  durationHours: (hours: number) => string;
  durationDays: (days: number) => string;
  /** Joins the two largest units of a duration: "1 h" + "5 min". */
  durationPair: (major: string, minor: string) => string;
  /** A formatted number and a unit: "1.5 MB", "1,5 Mo". */
  fileSize: (value: string, unit: FileSizeUnit) => string;

  // ─── Chat states and flags ───────────────────────────────────────────────
  stateNew: string;
  stateNewShort: string;
  stateAnswered: string;
  stateAnsweredShort: string;
  stateClosed: string;
  stateClosedShort: string;
  stateSpam: string;
  stateSpamShort: string;
  /** A13 flag. */
  flagPinned: string;
  /** A8 flag. */
  flagSilent: string;

  // ─── Source channels (SourceChannel) ─────────────────────────────────────
  sourceLivechat: string;
  sourceTelegram: string;
  sourceWhatsapp: string;
  sourceViber: string;
  sourceFacebook: string;
  sourceInstagram: string;
  sourceVk: string;
  sourceEmail: string;
  sourcePhone: string;
  sourceImessage: string;
  sourceOther: string;
  /** "via Telegram". */
  sourceVia: (channel: string) => string;

  // ─── Operator status ─────────────────────────────────────────────────────
  statusOnline: string;
  statusAway: string;
  statusBusy: string;
  statusOffline: string;

  // ─── Chat list (Messenger) ───────────────────────────────────────────────
  chatList: string;
  groupWaiting: string;
  groupInProgress: string;
  groupPinned: string;
  groupClosed: string;
  tabOpenChannels: string;
  tabColleagues: string;
  tabChats: string;
  /** Title of the settings popover (gear icon). */
  settings: string;
  /** S1. */
  settingSeparateOpenChannels: string;
  /** S2. */
  settingGroupWaiting: string;
  searchChatsPlaceholder: string;
  noChats: string;
  noResults: string;
  noResultsFor: (query: string) => string;
  /** L3 / N1. */
  rename: string;
  renameChatTitle: string;
  chatNameLabel: string;
  renameEmptyError: string;
  /** L2 / N7 / A15. */
  messageHistory: string;
  assignedTo: (name: string) => string;
  inQueue: string;
  /** Still waiting for a first response since `duration`. */
  waitingFor: (duration: string) => string;
  /** Waited `duration` for the first response. */
  waited: (duration: string) => string;
  unreadCount: (count: number) => string;
  chatCount: (count: number) => string;
  chatActionsFor: (title: string) => string;
  lastMessageByYou: (text: string) => string;
  lastMessageAttachment: string;
  noMessagesYet: string;
  typing: (name: string) => string;
  viewing: (name: string) => string;

  // ─── Contact Center (K1–K5) ──────────────────────────────────────────────
  contactCenter: string;
  contactCenterChatList: string;
  allConversations: string;
  conversationCount: (count: number) => string;
  columnSession: string;
  columnClient: string;
  columnOpenChannel: string;
  columnSource: string;
  columnOperator: string;
  columnState: string;
  columnCreated: string;
  columnLastActivity: string;
  columnFirstResponse: string;
  columnRating: string;
  columnCrm: string;
  columnActions: string;
  filters: string;
  filterOpenChannel: string;
  filterOperator: string;
  filterState: string;
  filterSource: string;
  filterDate: string;
  dateFrom: string;
  dateTo: string;
  filterCrm: string;
  filterHasCrm: string;
  filterNoCrm: string;
  filterRating: string;
  filterMine: string;
  filterAny: string;
  filterReset: string;
  activeFilterCount: (count: number) => string;
  ratingLike: string;
  ratingDislike: string;
  ratingNone: string;
  statistics: string;
  statTotal: string;
  statByState: string;
  statAverageFirstResponse: string;
  statAverageDuration: string;
  statLikes: string;
  statDislikes: string;
  /** K3 / M7. */
  startNewConversation: string;
  invalidDateRange: string;

  // ─── Chat panel header ───────────────────────────────────────────────────
  chatActions: string;
  noChatSelected: string;
  chatNotFound: string;
  /** "#1234". */
  sessionNumber: (session: string) => string;
  /** Screen-reader form of the session number. */
  sessionLabel: (session: string) => string;
  openChannelLabel: (name: string) => string;
  autoCloseAt: (dateTime: string) => string;
  /** N3. */
  answer: string;
  answerHint: string;
  /** N4. */
  skip: string;
  skipHint: string;
  /** N5 / A2. */
  transfer: string;
  transferHint: string;
  /** N2 / A16. */
  markSpam: string;
  markSpamHint: string;
  /** N8, short form. */
  intercept: string;
  /** N8, as in the seed. */
  interceptLong: string;
  /** A1. */
  invite: string;
  /** A3. */
  finish: string;
  finishShort: string;
  /** A13. */
  pin: string;
  unpin: string;
  pinHint: string;
  /** N6 / A14. */
  crm: string;
  crmLinked: string;
  crmNone: string;
  crmContact: string;
  crmDeal: string;
  crmCompany: string;
  crmLead: string;
  crmOpenContact: string;
  crmOpenDeal: string;
  crmOpenCompany: string;
  crmOpenLead: string;
  confirmFinishTitle: string;
  confirmFinishBody: string;
  confirmSpamTitle: string;
  confirmSpamBody: string;
  finished: string;
  markedSpam: string;
  skipped: string;
  pinned: string;
  unpinned: string;
  transferredTo: (name: string) => string;
  invited: (count: number) => string;
  /** Accessible name of the undo button of a toast: "Undo: Conversation finished". */
  undoLabel: (what: string) => string;
  ownedByOther: (name: string) => string;
  readOnlyClosed: string;
  readOnlySpam: string;
  waitingInQueue: string;

  // ─── Transfer dialog (N5, A2) ────────────────────────────────────────────
  transferTitle: string;
  transferSearch: string;
  transferEmployees: string;
  transferOpenChannels: string;
  transferTo: (name: string) => string;
  transferNoTargets: string;
  employeeCount: (count: number) => string;
  queueInactive: string;

  // ─── Invite dialog (A1) ──────────────────────────────────────────────────
  inviteTitle: string;
  inviteSearch: string;
  inviteSelected: (count: number) => string;
  inviteConfirm: string;
  alreadyInChat: string;

  // ─── Message history dialog (L2, N7, A15, K2) ────────────────────────────
  historyTitle: (name: string) => string;
  historyKeyword: string;
  historyKeywordPlaceholder: string;
  historyNoResults: string;
  historyResults: (count: number) => string;
  /** Button of a result that is in the open conversation: scrolls the timeline to it. */
  historyJump: string;
  /** A result from another conversation with the same client (cannot be shown in the timeline). */
  historyOtherConversation: string;

  // ─── Timeline ────────────────────────────────────────────────────────────
  messages: string;
  newMessages: string;
  jumpToLatest: string;
  jumpToLatestCount: (count: number) => string;
  edited: string;
  messageDeleted: string;
  silentMessage: string;
  sending: string;
  sent: string;
  notSent: string;
  sendFailed: string;
  loadOlder: string;
  beginningOfConversation: string;
  authorClient: string;
  authorBot: string;
  authorSystem: string;
  messageMeta: (author: string, time: string) => string;
  attachmentImage: string;
  attachmentVideo: string;
  attachmentAudio: string;
  attachmentFile: string;
  attachmentCount: (count: number) => string;
  downloadFile: (name: string) => string;
  openFile: (name: string) => string;
  replyTo: (name: string) => string;
  quoteFrom: (name: string) => string;
  originalUnavailable: string;

  // ─── Composer (A4–A12) ───────────────────────────────────────────────────
  composerLabel: string;
  composerPlaceholder: string;
  composerPlaceholderSilent: string;
  send: string;
  sendHint: string;
  /** Hint when the composer sends with Ctrl/Cmd+Enter (`send-key="mod-enter"`). */
  sendHintModEnter: string;
  /** A4. */
  uploadFile: string;
  dropFilesHere: string;
  uploadProgress: (name: string, percent: number) => string;
  cancelUpload: string;
  removeAttachment: (name: string) => string;
  fileTooLarge: (name: string, limit: string) => string;
  fileTypeRefused: (name: string) => string;
  uploadFailed: (name: string) => string;
  /** A5. */
  mention: string;
  mentionSearch: string;
  mentionUser: string;
  mentionChat: string;
  /** Label of the list of mentions under the composer's text. */
  mentionsInMessage: string;
  /** A6. */
  commands: string;
  commandsOpen: string;
  commandBold: string;
  commandItalic: string;
  commandUnderline: string;
  commandStrike: string;
  commandLink: string;
  commandCode: string;
  commandQuote: string;
  commandMe: string;
  commandLoud: string;
  formatting: string;
  /** A7. */
  emoji: string;
  emojiSearch: string;
  emojiNoResults: string;
  emojiRecents: string;
  emojiSmileys: string;
  emojiPeople: string;
  emojiAnimals: string;
  emojiFood: string;
  emojiTravel: string;
  emojiActivities: string;
  emojiObjects: string;
  emojiSymbols: string;
  emojiFlags: string;
  /** A8. */
  silentMode: string;
  silentOn: string;
  silentOff: string;
  silentEnable: string;
  silentDisable: string;
  silentHint: string;
  /** A9. */
  cannedOpen: string;
  /** A10. */
  sales: string;
  salesOpen: string;
  salesProduct: string;
  salesPayment: string;
  salesEmpty: string;
  /** A11. */
  gif: string;
  gifSearch: string;
  gifSearchPlaceholder: string;
  gifNoResults: string;
  draft: string;
  draftPreview: (text: string) => string;
  replyingTo: (name: string) => string;
  quoting: (name: string) => string;
  cancelReply: string;
  editingMessage: string;
  cancelEdit: string;
  /** Unsend within the undo window after sending. */
  unsend: string;
  unsent: string;
  composerDisabledClosed: string;
  composerDisabledSpam: string;
  composerDisabledOwnedByOther: (name: string) => string;
  composerDisabledNotAnswered: string;

  // ─── Message menu (M1–M10) ───────────────────────────────────────────────
  messageActions: string;
  /** M1. */
  reply: string;
  /** M2. */
  markUnread: string;
  markedUnread: string;
  /** M3. */
  quote: string;
  /** M4. */
  createTask: string;
  taskCreated: string;
  /** M5 on a client message. */
  createChat: string;
  /** M5 on an operator message. */
  discussInChat: string;
  chatCreated: string;
  /** M6 on a client message. */
  createPost: string;
  /** M6 on an operator message. */
  discussInFeed: string;
  postCreated: string;
  /** M8. */
  saveAsCanned: string;
  /** M9 uses `edit`, M10 uses `delete`. */
  deleteConfirmTitle: string;
  deleteConfirmBody: string;
  /** M9: keyboard hint under the message editor. */
  editHint: string;
  /** M7 done: the new conversation's number. */
  sessionStarted: (session: string) => string;

  // ─── Canned responses picker (A9, M8) ────────────────────────────────────
  cannedResponses: string;
  cannedSearch: string;
  cannedMostUsed: string;
  cannedSectionGreeting: string;
  cannedSectionPayment: string;
  cannedSectionDelivery: string;
  cannedSectionCommon: string;
  cannedNoSection: string;
  cannedEmpty: string;
  cannedPreview: string;
  cannedInsert: string;
  cannedNew: string;
  cannedFieldTitle: string;
  cannedFieldText: string;
  cannedFieldSection: string;
  cannedSaved: string;
  cannedUsage: (count: number) => string;
  cannedShortcutHint: string;
  placeholderUnfilled: (name: string) => string;

  // ─── Errors (per action) ─────────────────────────────────────────────────
  /** Fallback for an action without its own message. */
  actionFailed: (action: string) => string;
  errorDetails: (message: string) => string;
  errorLoadChats: string;
  errorLoadMessages: string;
  errorRename: string;
  errorSpam: string;
  errorAnswer: string;
  errorSkip: string;
  errorTransfer: string;
  errorIntercept: string;
  errorInvite: string;
  errorFinish: string;
  errorPin: string;
  errorSilent: string;
  errorStartSession: string;
  errorSend: string;
  errorUpload: string;
  errorEdit: string;
  errorDelete: string;
  errorMarkUnread: string;
  errorMarkRead: string;
  errorCreateTask: string;
  errorCreateChat: string;
  errorCreatePost: string;
  errorSaveCanned: string;
  errorLoadCanned: string;
  errorHistory: string;
  errorMentions: string;
  errorCommands: string;
  errorGifs: string;
  errorSalesItems: string;
  errorSales: string;
  errorStatistics: string;
  errorRealtime: string;
  /** Someone acted first (`CONFLICT`), e.g. another operator answered: who took the conversation. */
  errorConflict: (name: string) => string;
  /** `CONFLICT` when who acted first is not known. */
  errorConflictUnknown: string;

  // ─── Live region announcements ───────────────────────────────────────────
  announceNewMessage: (name: string) => string;
  announceNewChat: (name: string) => string;
  announceChatClosed: (title: string) => string;
  announceAnswered: string;
  announceMessageSent: string;
  announceUploaded: (name: string) => string;
  announceResults: (count: number) => string;
  /** Several new messages arrived in a burst (live region of `announce`). */
  announceNewMessages: (count: number) => string;
  /** Several new waiting conversations arrived in a burst (live region of `announce`). */
  announceNewChats: (count: number) => string;

  // ─── Keyboard shortcuts ──────────────────────────────────────────────────
  shortcuts: string;
  shortcutNextChat: string;
  shortcutPreviousChat: string;
  shortcutFocusComposer: string;
}

/** Keys that are text (not `$` metadata). */
export type TranslationKey = Exclude<keyof Translation, `$${string}`>;

/** Keys whose value is a plain string. */
export type StringKey = {
  [K in TranslationKey]: Translation[K] extends string ? K : never;
}[TranslationKey];

/** Keys whose value is a function of parameters. */
export type FunctionKey = Exclude<TranslationKey, StringKey>;

/** The arguments a key requires: none for a string, the function's parameters otherwise. */
export type TermArgs<K extends TranslationKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/** A language registered in part: its `$code` and any keys (the rest come from its fallbacks). */
export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;

/**
 * Looks up `key` in `t`, calling it with `args` when it is a function.
 * An unknown key (only possible from untyped JavaScript) returns the key itself.
 */
export function translate<K extends TranslationKey>(t: Translation, key: K, ...args: TermArgs<K>): string {
  const value: unknown = t[key];
  if (typeof value === 'function') return String((value as (...a: unknown[]) => unknown)(...args));
  return typeof value === 'string' ? value : key;
}

// ─── Lookup tables from model values to keys ──────────────────────────────
// `satisfies Record<…>` makes a new model value a compile error until it has a string.

export const CHAT_STATE_KEYS = {
  new: 'stateNew',
  answered: 'stateAnswered',
  closed: 'stateClosed',
  spam: 'stateSpam',
} as const satisfies Record<ChatState, StringKey>;

export const CHAT_STATE_SHORT_KEYS = {
  new: 'stateNewShort',
  answered: 'stateAnsweredShort',
  closed: 'stateClosedShort',
  spam: 'stateSpamShort',
} as const satisfies Record<ChatState, StringKey>;

export const SOURCE_CHANNEL_KEYS = {
  livechat: 'sourceLivechat',
  telegram: 'sourceTelegram',
  whatsapp: 'sourceWhatsapp',
  viber: 'sourceViber',
  facebook: 'sourceFacebook',
  instagram: 'sourceInstagram',
  vk: 'sourceVk',
  email: 'sourceEmail',
  phone: 'sourcePhone',
  imessage: 'sourceImessage',
  other: 'sourceOther',
} as const satisfies Record<SourceChannel, StringKey>;

export const OPERATOR_STATUS_KEYS = {
  online: 'statusOnline',
  away: 'statusAway',
  busy: 'statusBusy',
  offline: 'statusOffline',
} as const satisfies Record<OperatorStatus, StringKey>;

export const CRM_TYPE_KEYS = {
  contact: 'crmContact',
  deal: 'crmDeal',
  company: 'crmCompany',
  lead: 'crmLead',
} as const satisfies Record<CrmEntityType, StringKey>;

export const CRM_OPEN_KEYS = {
  contact: 'crmOpenContact',
  deal: 'crmOpenDeal',
  company: 'crmOpenCompany',
  lead: 'crmOpenLead',
} as const satisfies Record<CrmEntityType, StringKey>;

export const ATTACHMENT_KIND_KEYS = {
  image: 'attachmentImage',
  video: 'attachmentVideo',
  audio: 'attachmentAudio',
  file: 'attachmentFile',
} as const satisfies Record<AttachmentKind, StringKey>;

export const RATING_KEYS = {
  like: 'ratingLike',
  dislike: 'ratingDislike',
  none: 'ratingNone',
} as const satisfies Record<NonNullable<ChatFilter['rating']>, StringKey>;

/** Built-in sections of the canned responses database; other sections show their own name. */
export const CANNED_SECTION_KEYS = {
  greeting: 'cannedSectionGreeting',
  payment: 'cannedSectionPayment',
  delivery: 'cannedSectionDelivery',
  common: 'cannedSectionCommon',
} as const satisfies Record<string, StringKey>;

export type EmojiCategory =
  | 'recents'
  | 'smileys'
  | 'people'
  | 'animals'
  | 'food'
  | 'travel'
  | 'activities'
  | 'objects'
  | 'symbols'
  | 'flags';

export const EMOJI_CATEGORY_KEYS = {
  recents: 'emojiRecents',
  smileys: 'emojiSmileys',
  people: 'emojiPeople',
  animals: 'emojiAnimals',
  food: 'emojiFood',
  travel: 'emojiTravel',
  activities: 'emojiActivities',
  objects: 'emojiObjects',
  symbols: 'emojiSymbols',
  flags: 'emojiFlags',
} as const satisfies Record<EmojiCategory, StringKey>;

/** Built-in formatting commands of the composer (A6). */
export type FormatCommand = 'bold' | 'italic' | 'underline' | 'strike' | 'link' | 'code' | 'quote' | 'me' | 'loud';

export const FORMAT_COMMAND_KEYS = {
  bold: 'commandBold',
  italic: 'commandItalic',
  underline: 'commandUnderline',
  strike: 'commandStrike',
  link: 'commandLink',
  code: 'commandCode',
  quote: 'commandQuote',
  me: 'commandMe',
  loud: 'commandLoud',
} as const satisfies Record<FormatCommand, StringKey>;

/** Actions that can fail: every adapter capability, plus the two required reads. */
export type ErrorAction = OlCapability | 'listChats' | 'listMessages';

/** The error message of each action, as shown in `role="alert"` after a failure. */
export const ACTION_ERROR_KEYS: Partial<Record<ErrorAction, StringKey>> = {
  listChats: 'errorLoadChats',
  listMessages: 'errorLoadMessages',
  searchHistory: 'errorHistory',
  listCanned: 'errorLoadCanned',
  searchMentions: 'errorMentions',
  searchGifs: 'errorGifs',
  listCommands: 'errorCommands',
  listSalesItems: 'errorSalesItems',
  getStatistics: 'errorStatistics',
  uploadLimits: 'errorGeneric',
  renameChat: 'errorRename',
  markSpam: 'errorSpam',
  answer: 'errorAnswer',
  skip: 'errorSkip',
  transfer: 'errorTransfer',
  intercept: 'errorIntercept',
  invite: 'errorInvite',
  finish: 'errorFinish',
  setPinned: 'errorPin',
  setSilent: 'errorSilent',
  startSession: 'errorStartSession',
  sendMessage: 'errorSend',
  uploadFile: 'errorUpload',
  sendSalesItem: 'errorSales',
  editMessage: 'errorEdit',
  deleteMessage: 'errorDelete',
  markUnread: 'errorMarkUnread',
  markRead: 'errorMarkRead',
  createTask: 'errorCreateTask',
  createChatFromMessage: 'errorCreateChat',
  createPostFromMessage: 'errorCreatePost',
  saveCanned: 'errorSaveCanned',
  subscribe: 'errorRealtime',
};

/**
 * The message to show when `action` failed: its own message when it has one,
 * else `actionFailed(action)`.
 */
export function actionErrorMessage(t: Translation, action: string): string {
  const key = ACTION_ERROR_KEYS[action as ErrorAction];
  return key ? t[key] : t.actionFailed(action);
}
