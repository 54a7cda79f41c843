import { expect } from '@open-wc/testing';
import { de } from '../../../src/core/i18n/de.js';
import {
  actionErrorMessage,
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
  getTranslation,
  registerTranslation,
  translate,
  unregisterTranslation,
} from '../../../src/core/i18n/index.js';
import { allTexts, at, expectArgumentsKept, expectComplete, NBSP, WED } from './locale-checks.js';

describe('German translation (de)', () => {
  before(() => registerTranslation(de));
  after(() => unregisterTranslation('de'));

  it('is complete: every key of English, in order, same kinds and arities, nothing broken', () => {
    expectComplete(de);
  });

  it('keeps every argument of its function keys', () => {
    expectArgumentsKept(de);
  });

  it('has its metadata and the date-fns German locale', () => {
    expect(de.$code).to.equal('de');
    expect(de.$name).to.equal('Deutsch');
    expect(de.$dir).to.equal('ltr');
    expect(de.$dateLocale.code).to.equal('de');
  });

  it('resolves for de and regional requests once registered', () => {
    expect(getTranslation('de').answer).to.equal('Antworten');
    expect(getTranslation('de-AT').$code).to.equal('de');
    expect(getTranslation('de_CH').finish).to.equal('Dialog beenden');
    expect(translate(getTranslation('de'), 'transferredTo', 'Anna')).to.equal('An Anna weitergeleitet');
  });

  describe('plurals and numbers', () => {
    it('uses the singular for 1 only', () => {
      expect(de.unreadCount(0)).to.equal('0 ungelesene Nachrichten');
      expect(de.unreadCount(1)).to.equal('1 ungelesene Nachricht');
      expect(de.unreadCount(2)).to.equal('2 ungelesene Nachrichten');
      expect(de.chatCount(1)).to.equal('1 Chat');
      expect(de.chatCount(0)).to.equal('0 Chats');
      expect(de.attachmentCount(1)).to.equal('1 Anhang');
      expect(de.attachmentCount(3)).to.equal('3 Anhänge');
      expect(de.jumpToLatestCount(1)).to.equal('1 neue Nachricht');
      expect(de.historyResults(2)).to.equal('2 Nachrichten gefunden');
      expect(de.announceNewChats(1)).to.equal('1 neuer Dialog wartet auf die erste Antwort');
      expect(de.announceNewChats(4)).to.equal('4 neue Dialoge warten auf die erste Antwort');
    });

    it('groups thousands with a dot and writes decimals with a comma', () => {
      expect(de.unreadCount(1000)).to.equal('1.000 ungelesene Nachrichten');
      expect(de.conversationCount(12500)).to.equal('12.500 Dialoge');
      expect(de.cannedUsage(1000)).to.equal('1.000-mal verwendet');
      expect(formatNumber(1234.5, de)).to.equal('1.234,5');
      expect(de.uploadProgress('a.pdf', 41.6)).to.equal(`a.pdf wird hochgeladen: 42${NBSP}%`);
    });
  });

  describe('dates and times (date-fns German locale)', () => {
    it('formats time, date and date-time', () => {
      expect(formatTime(WED, de)).to.equal('14:05');
      expect(formatTime(at(2026, 3, 1, 9, 5), de)).to.equal('09:05');
      expect(formatDate(WED, de)).to.equal('25. Nov. 2026');
      expect(formatDate(at(2026, 3, 1), de)).to.equal('1. März 2026');
      expect(formatDateTime(WED, de)).to.equal('25. Nov. 2026, 14:05');
    });

    it('labels day separators', () => {
      expect(formatDay(WED, de, at(2026, 11, 25, 23))).to.equal('Heute');
      expect(formatDay(WED, de, at(2026, 11, 26, 8))).to.equal('Gestern');
      expect(formatDay(WED, de, at(2026, 11, 27))).to.equal('Mittwoch, 25. November');
      expect(formatDay(WED, de, at(2027, 1, 5))).to.equal('Mittwoch, 25. November 2026');
    });

    it('gives short relative times in lists', () => {
      expect(formatRelative(WED, de, at(2026, 11, 25, 14, 5, 30))).to.equal('jetzt');
      expect(formatRelative(WED, de, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}Min.`);
      expect(formatRelative(WED, de, at(2026, 11, 25, 16, 30))).to.equal(`2${NBSP}Std.`);
      expect(formatRelative(WED, de, at(2026, 11, 26, 9))).to.equal('Gestern');
      expect(formatRelative(WED, de, at(2026, 11, 28, 9))).to.equal('Mi.');
      expect(formatRelative(WED, de, at(2026, 12, 20))).to.equal('25. Nov.');
      expect(formatRelative(at(2026, 5, 5), de, at(2026, 12, 20))).to.equal('5. Mai');
      expect(formatRelative(WED, de, at(2027, 2, 1))).to.equal('25.11.2026');
    });

    it('formats durations with German abbreviations', () => {
      expect(formatDuration(200, de)).to.equal(`3${NBSP}Min. 20${NBSP}Sek.`);
      expect(formatDuration(3900, de)).to.equal(`1${NBSP}Std. 5${NBSP}Min.`);
      expect(formatDuration(2 * 86400 + 3600, de)).to.equal(`2${NBSP}Tg. 1${NBSP}Std.`);
      expect(formatDuration(0, de)).to.equal(`0${NBSP}Sek.`);
    });
  });

  it('formats file sizes with a decimal comma', () => {
    expect(formatFileSize(1.5 * 1024 * 1024, de)).to.equal(`1,5${NBSP}MB`);
    expect(formatFileSize(512, de)).to.equal(`512${NBSP}B`);
    expect(formatFileSize(3.25 * 1024 ** 3, de)).to.equal(`3,3${NBSP}GB`);
  });

  it('uses the Bitrix24 German vocabulary', () => {
    expect(de.answer).to.equal('Antworten');
    expect(de.skip).to.equal('Überspringen');
    expect(de.transfer).to.equal('Weiterleiten');
    expect(de.finish).to.equal('Dialog beenden');
    expect(de.markSpam).to.equal('Als Spam markieren');
    expect(de.tabOpenChannels).to.equal('Kommunikationskanäle');
    expect(de.contactCenter).to.equal('Contact Center');
    expect(de.inQueue).to.equal('In der Warteschleife');
    expect(de.crmDeal).to.equal('Auftrag');
    expect(de.discussInFeed).to.equal('Im Feed besprechen');
    expect(actionErrorMessage(de, 'transfer')).to.equal('Der Chat konnte nicht weitergeleitet werden');
  });

  it('uses German quotes „…“ and never English or straight ones', () => {
    expect(de.noResultsFor('Rechnung')).to.equal('Keine Ergebnisse für „Rechnung“');
    expect(de.settingGroupWaiting).to.equal('Chats mit dem Status „Wartet auf erste Antwort“ in eigenen Gruppen anzeigen');
    for (const [key, text] of allTexts(de)) {
      expect(text, key).to.not.match(/["”«»]/);
      expect(text.split('„').length, `${key}: balanced quotes`).to.equal(text.split('“').length);
      expect(text, `${key}: no space before punctuation`).to.not.match(/ [:;!?,.]/);
    }
  });
});
