import { expect } from '@open-wc/testing';
import { en } from '../../../src/core/i18n/en.js';
import { getNumberFormat } from '../../../src/core/i18n/intl.js';
import type { FunctionKey, TermArgs, Translation } from '../../../src/core/i18n/translation.js';

/*
 * Checks shared by the tests of each added language (de, es, pt-BR…): the
 * translation is complete, its functions keep their arguments, and no text is
 * broken. The language-specific files add plurals, dates and vocabulary.
 */

/** Local dates, so that the tests do not depend on the machine's time zone. */
export const at = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  new Date(year, month - 1, day, hours, minutes, seconds);

/** Wednesday 25 November 2026, 14:05. */
export const WED = at(2026, 11, 25, 14, 5);
export const NBSP = '\u00a0';

/**
 * Arguments to call every function key with: distinctive strings and numbers
 * that must show up in the output. The mapped type makes a new function key a
 * compile error here until it has a sample.
 */
export const SAMPLE_ARGS: { [K in FunctionKey]: TermArgs<K> } = {
  avatarOf: ['Ana Souza'],
  sessionStarted: ['1042'],
  relativeMinutes: [7],
  relativeHours: [7],
  durationSeconds: [7],
  durationMinutes: [7],
  durationHours: [7],
  durationDays: [7],
  durationPair: ['MAJOR', 'MINOR'],
  fileSize: ['1,5', 'MB'],
  sourceVia: ['Telegram'],
  noResultsFor: ['fatura'],
  assignedTo: ['Ana Souza'],
  waitingFor: ['DURATION'],
  waited: ['DURATION'],
  unreadCount: [7],
  chatCount: [7],
  chatActionsFor: ['Marie Dupont'],
  lastMessageByYou: ['Hallo'],
  typing: ['Ana Souza'],
  viewing: ['Ana Souza'],
  conversationCount: [7],
  activeFilterCount: [7],
  sessionNumber: ['1234'],
  sessionLabel: ['1234'],
  openChannelLabel: ['Support'],
  autoCloseAt: ['DATETIME'],
  transferredTo: ['Ana Souza'],
  invited: [7],
  undoLabel: ['WHAT'],
  ownedByOther: ['Ana Souza'],
  transferTo: ['Ana Souza'],
  employeeCount: [7],
  inviteSelected: [7],
  historyTitle: ['Marie Dupont'],
  historyResults: [7],
  jumpToLatestCount: [7],
  messageMeta: ['Ana Souza', 'TIME'],
  attachmentCount: [7],
  downloadFile: ['fatura.pdf'],
  openFile: ['fatura.pdf'],
  replyTo: ['Ana Souza'],
  quoteFrom: ['Ana Souza'],
  uploadProgress: ['fatura.pdf', 42],
  removeAttachment: ['fatura.pdf'],
  fileTooLarge: ['video.mp4', 'LIMIT'],
  fileTypeRefused: ['virus.exe'],
  uploadFailed: ['fatura.pdf'],
  draftPreview: ['Hallo'],
  replyingTo: ['Ana Souza'],
  quoting: ['Ana Souza'],
  composerDisabledOwnedByOther: ['Ana Souza'],
  cannedUsage: [7],
  placeholderUnfilled: ['client.name'],
  actionFailed: ['teleport'],
  errorDetails: ['timeout'],
  errorConflict: ['Ana Souza'],
  announceNewMessage: ['Ana Souza'],
  announceNewChat: ['Ana Souza'],
  announceChatClosed: ['Marie Dupont'],
  announceUploaded: ['fatura.pdf'],
  announceResults: [7],
  announceNewMessages: [7],
  announceNewChats: [7],
};

const record = (t: Translation) => t as unknown as Record<string, unknown>;
const textKeys = (t: Translation) => Object.keys(t).filter((key) => !key.startsWith('$'));

/** Every text of a translation: its strings, and each function called with its sample. */
export function allTexts(t: Translation): Array<[string, string]> {
  return textKeys(t).map((key) => {
    const value = record(t)[key];
    if (typeof value !== 'function') return [key, value as string];
    const args = (SAMPLE_ARGS as Record<string, unknown[]>)[key];
    expect(args, `sample arguments for ${key}`).to.be.an('array');
    return [key, String(value(...args!))];
  });
}

/** Same keys as English, in the same order, with the same kinds and arities; nothing empty or broken. */
export function expectComplete(t: Translation): void {
  expect(Object.keys(t), 'keys and their order').to.deep.equal(Object.keys(en));
  for (const key of textKeys(en)) {
    const reference = record(en)[key];
    const value = record(t)[key];
    expect(typeof value, key).to.equal(typeof reference);
    if (typeof reference === 'function') expect((value as () => string).length, key).to.equal(reference.length);
  }
  for (const [key, text] of allTexts(t)) {
    expect(text.trim(), key).to.not.equal('');
    expect(text, key).to.not.match(/undefined|NaN|\[object|\$\{/);
    expect(text, `${key}: no doubled or edge spaces`).to.not.match(/ {2}|^\s|\s$/);
  }
}

/**
 * Each function key shows every argument it is given: strings verbatim,
 * numbers in the language's notation. (A `fileSize` unit may be translated, so
 * only its value is checked.)
 */
export function expectArgumentsKept(t: Translation): void {
  const number = getNumberFormat(t.$code);
  for (const key of Object.keys(SAMPLE_ARGS) as FunctionKey[]) {
    const args = SAMPLE_ARGS[key] as unknown[];
    const text = String((record(t)[key] as (...a: unknown[]) => unknown)(...args));
    const checked = key === 'fileSize' ? args.slice(0, 1) : args;
    for (const arg of checked) {
      const expected = typeof arg === 'number' ? number.format(arg) : String(arg);
      expect(text, `${key} shows ${expected}`).to.include(expected);
    }
  }
}
