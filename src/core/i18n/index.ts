/**
 * Localisation: the typed `Translation`, the built-in languages, the registry
 * (register, override, resolve) and the formatters. Elements use it through
 * `LocalizeController` (`src/controllers/localize.ts`).
 */
export type {
  ErrorAction,
  EmojiCategory,
  FileSizeUnit,
  FormatCommand,
  FunctionKey,
  PartialTranslation,
  StringKey,
  TermArgs,
  Translation,
  TranslationKey,
} from './translation.js';
export {
  ACTION_ERROR_KEYS,
  ATTACHMENT_KIND_KEYS,
  CANNED_SECTION_KEYS,
  CHAT_STATE_KEYS,
  CHAT_STATE_SHORT_KEYS,
  CRM_OPEN_KEYS,
  CRM_TYPE_KEYS,
  EMOJI_CATEGORY_KEYS,
  FORMAT_COMMAND_KEYS,
  OPERATOR_STATUS_KEYS,
  RATING_KEYS,
  SOURCE_CHANNEL_KEYS,
  actionErrorMessage,
  translate,
} from './translation.js';
export { en } from './en.js';
export { fr } from './fr.js';
export type { LanguageInfo, TranslationLoader } from './registry.js';
export {
  FALLBACK_LANGUAGE,
  availableLanguages,
  clearOverrides,
  getTranslation,
  loadLanguage,
  onTranslationsChange,
  overrideStrings,
  registerTranslation,
  registerTranslationLoader,
  resolveLanguage,
  translationsVersion,
  unregisterTranslation,
} from './registry.js';
export type { DateInput } from './format.js';
export {
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
  toDate,
} from './format.js';
