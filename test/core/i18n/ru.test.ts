import { expect } from '@open-wc/testing';
import {
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
import { getPluralRules, pluralSelect } from '../../../src/core/i18n/intl.js';
import { ru } from '../../../src/core/i18n/ru.js';
import { NBSP, WED, allTexts, at, expectArgumentsKept, expectComplete } from './locale-checks.js';


describe('Russian (ru)', () => {
  before(() => registerTranslation(ru));
  after(() => unregisterTranslation('ru'));

  describe('structure', () => {
    it('has every key of English, in the same order, with the same function arities, none empty or broken', () => {
      expectComplete(ru);
    });

    it('has its metadata, and resolves from the registry for ru and ru-RU', () => {
      expect(ru.$code).to.equal('ru');
      expect(ru.$name).to.equal('Русский');
      expect(ru.$dir).to.equal('ltr');
      expect(ru.$dateLocale.code).to.equal('ru');
      expect(getTranslation('ru').answer).to.equal('Ответить');
      expect(getTranslation('ru-RU').$code).to.equal('ru');
      expect(getTranslation('ru_RU').skip).to.equal('Пропустить');
    });

    it('no text is left in English', () => {
      // Brand names, CRM and key names may stay Latin; every other text has Cyrillic.
      const latinAllowed = new Set(['ok', 'crm', 'columnCrm', 'filterCrm', 'gif', 'sessionNumber', 'durationPair', 'messageMeta']);
      for (const [key, text] of allTexts(ru)) {
        if (key.startsWith('source') || latinAllowed.has(key)) continue;
        expect(text, key).to.match(/[а-яё]/i);
      }
    });

    it('every function key shows its arguments', () => {
      expectArgumentsKept(ru);
      expect(ru.fileTooLarge('video.mp4', '100 МБ')).to.equal('Размер файла «video.mp4» превышает 100 МБ');
      expect(ru.uploadProgress('счёт.pdf', 41.6)).to.equal(`Загрузка счёт.pdf: 42${NBSP}%`);
      expect(ru.messageMeta('Анна', '14:05')).to.equal('Анна, 14:05');
      expect(translate(ru, 'assignedTo', 'Анна')).to.equal('Ответственный: Анна');
    });
  });

  describe('vocabulary of Bitrix24 Open Channels («Открытые линии»)', () => {
    it('uses the Russian interface terms', () => {
      expect(ru.tabOpenChannels).to.equal('Открытые линии');
      expect(ru.answer).to.equal('Ответить');
      expect(ru.skip).to.equal('Пропустить');
      expect(ru.transfer).to.equal('Перенаправить');
      expect(ru.finish).to.equal('Завершить диалог');
      expect(ru.finishShort).to.equal('Завершить');
      expect(ru.markSpam).to.equal('Спам');
      expect(ru.pin).to.equal('Закрепить за собой');
      expect(ru.unpin).to.equal('Открепить');
      expect(ru.intercept).to.equal('Перехватить');
      expect(ru.cannedResponses).to.equal('Быстрые ответы');
      expect(ru.discussInFeed).to.equal('Обсудить в Живой ленте');
      expect(ru.contactCenter).to.equal('Контакт-центр');
      expect(ru.startNewConversation).to.equal('Начать новый диалог');
      expect(ru.sourceLivechat).to.equal('Онлайн-чат');
    });

    it('does not decline names: they stand in the nominative', () => {
      expect(ru.typing('Анна')).to.equal('Анна печатает…');
      expect(ru.ownedByOther('Анна')).to.equal('Анна ведёт этот диалог');
      expect(ru.transferredTo('Анна')).to.equal('Чат перенаправлен: Анна');
      expect(ru.announceNewMessage('Анна')).to.equal('Новое сообщение: Анна');
      expect(ru.errorConflict('Анна')).to.equal('Этот диалог уже ведёт Анна');
    });
  });

  describe('plurals (one / few / many)', () => {
    const cases: Array<[number, string]> = [
      [0, '0 непрочитанных сообщений'],
      [1, '1 непрочитанное сообщение'],
      [2, '2 непрочитанных сообщения'],
      [3, '3 непрочитанных сообщения'],
      [5, '5 непрочитанных сообщений'],
      [11, '11 непрочитанных сообщений'],
      [21, '21 непрочитанное сообщение'],
      [101, '101 непрочитанное сообщение'],
    ];
    for (const [n, expected] of cases) {
      it(`unreadCount(${n}) → «${expected}»`, () => {
        expect(ru.unreadCount(n)).to.equal(expected);
      });
    }

    it('chats, conversations, employees, attachments, results', () => {
      const chats = [0, 1, 2, 3, 5, 11, 21, 101].map((n) => ru.chatCount(n));
      expect(chats).to.deep.equal(['0 чатов', '1 чат', '2 чата', '3 чата', '5 чатов', '11 чатов', '21 чат', '101 чат']);
      expect([1, 3, 12, 22].map((n) => ru.conversationCount(n))).to.deep.equal([
        '1 диалог',
        '3 диалога',
        '12 диалогов',
        '22 диалога',
      ]);
      expect([1, 4, 5].map((n) => ru.employeeCount(n))).to.deep.equal(['1 сотрудник', '4 сотрудника', '5 сотрудников']);
      expect([1, 2, 14].map((n) => ru.attachmentCount(n))).to.deep.equal(['1 вложение', '2 вложения', '14 вложений']);
      expect([1, 3, 0].map((n) => ru.announceResults(n))).to.deep.equal(['1 результат', '3 результата', '0 результатов']);
      expect([1, 2, 5].map((n) => ru.activeFilterCount(n))).to.deep.equal(['1 фильтр', '2 фильтра', '5 фильтров']);
      expect([1, 2, 5].map((n) => ru.jumpToLatestCount(n))).to.deep.equal([
        '1 новое сообщение',
        '2 новых сообщения',
        '5 новых сообщений',
      ]);
    });

    it('agrees the verb with the number where the number is inside the sentence', () => {
      expect([1, 2, 5, 21].map((n) => ru.invited(n))).to.deep.equal([
        'Приглашён 1 пользователь',
        'Приглашено 2 пользователя',
        'Приглашено 5 пользователей',
        'Приглашён 21 пользователь',
      ]);
      expect([1, 3, 11, 101].map((n) => ru.historyResults(n))).to.deep.equal([
        'Найдено 1 сообщение',
        'Найдено 3 сообщения',
        'Найдено 11 сообщений',
        'Найдено 101 сообщение',
      ]);
      expect([1, 2, 5].map((n) => ru.cannedUsage(n))).to.deep.equal([
        'Использован 1 раз',
        'Использован 2 раза',
        'Использован 5 раз',
      ]);
      expect([1, 3, 5].map((n) => ru.announceNewChats(n))).to.deep.equal([
        '1 новый диалог ожидает первого ответа',
        '3 новых диалога ожидают первого ответа',
        '5 новых диалогов ожидают первого ответа',
      ]);
      expect(ru.inviteSelected(3)).to.equal('Выбрано: 3');
    });

    it('writes thousands with a no-break space', () => {
      expect(ru.chatCount(1200)).to.equal(`1${NBSP}200 чатов`);
    });
  });

  describe('pluralSelect (intl.ts)', () => {
    it('picks the CLDR category of the language and falls back to `other`', () => {
      const select = pluralSelect('ru');
      const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
      expect([0, 1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => select(n, forms))).to.deep.equal([
        'many',
        'one',
        'few',
        'many',
        'many',
        'one',
        'few',
        'many',
        'other',
      ]);
      expect(select(5, { one: 'one', other: 'fallback' })).to.equal('fallback');
      expect(pluralSelect('en')(1, { one: 'chat', other: 'chats' })).to.equal('chat');
      expect(pluralSelect('not a language!')(1, { one: 'en-one', other: 'x' })).to.equal('en-one');
      expect(getPluralRules('ru')).to.equal(getPluralRules('ru'));
    });
  });

  describe('dates and times', () => {
    it('uses a 24-hour clock', () => {
      expect(formatTime(WED, ru)).to.equal('14:05');
      expect(formatTime(at(2026, 5, 3, 9, 7), ru)).to.equal('09:07');
    });

    it('formats dates with genitive month names', () => {
      expect(formatDate(WED, ru)).to.equal('25 нояб. 2026 г.');
      expect(formatDate(at(2026, 5, 3), ru)).to.equal('3 мая 2026 г.');
      expect(formatDateTime(WED, ru)).to.equal('25 нояб. 2026 г., 14:05');
    });

    it('day separators: today, yesterday, day first with the weekday', () => {
      expect(formatDay(WED, ru, at(2026, 11, 25, 23, 59))).to.equal('Сегодня');
      expect(formatDay(WED, ru, at(2026, 11, 26, 0, 1))).to.equal('Вчера');
      expect(formatDay(WED, ru, at(2026, 11, 27))).to.equal('25 ноября, среда');
      expect(formatDay(WED, ru, at(2027, 1, 5))).to.equal('25 ноября 2026, среда');
    });

    it('relative times in lists', () => {
      expect(formatRelative(WED, ru, at(2026, 11, 25, 14, 5, 30))).to.equal('сейчас');
      expect(formatRelative(WED, ru, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}мин`);
      expect(formatRelative(WED, ru, at(2026, 11, 25, 16, 30))).to.equal(`2${NBSP}ч`);
      expect(formatRelative(WED, ru, at(2026, 11, 26, 9))).to.equal('Вчера');
      expect(formatRelative(WED, ru, at(2026, 11, 28, 9))).to.equal('ср');
      expect(formatRelative(WED, ru, at(2026, 12, 10))).to.equal('25 нояб.');
      expect(formatRelative(WED, ru, at(2027, 1, 5))).to.equal('25.11.2026');
    });

    it('durations with two units', () => {
      expect(formatDuration(20, ru)).to.equal(`20${NBSP}с`);
      expect(formatDuration(200, ru)).to.equal(`3${NBSP}мин 20${NBSP}с`);
      expect(formatDuration(3900, ru)).to.equal(`1${NBSP}ч 5${NBSP}мин`);
      expect(formatDuration(2 * 86400 + 3 * 3600, ru)).to.equal(`2${NBSP}дн. 3${NBSP}ч`);
    });
  });

  describe('numbers and file sizes', () => {
    it('uses a decimal comma and Russian units', () => {
      expect(formatFileSize(512, ru)).to.equal(`512${NBSP}Б`);
      expect(formatFileSize(1536, ru)).to.equal(`1,5${NBSP}КБ`);
      expect(formatFileSize(1.5 * 1024 * 1024, ru)).to.equal(`1,5${NBSP}МБ`);
      expect(formatFileSize(3 * 1024 ** 3, ru)).to.equal(`3${NBSP}ГБ`);
      expect(formatFileSize(2 * 1024 ** 4, ru)).to.equal(`2${NBSP}ТБ`);
      expect(formatNumber(1234.5, ru)).to.equal(`1${NBSP}234,5`);
    });
  });

  describe('typography', () => {
    it('uses «ёлочки», an ellipsis character, and no straight quotes', () => {
      for (const [key, text] of allTexts(ru)) {
        expect(text, key).to.not.match(/["'“”„]/);
        expect(text, key).to.not.contain('...');
        expect(text.split('«').length, `${key}: balanced «»`).to.equal(text.split('»').length);
      }
      expect(ru.noResultsFor('счёт')).to.equal('По запросу «счёт» ничего не найдено');
      expect(ru.settingGroupWaiting).to.equal('Показывать чаты «Ожидают первого ответа» в отдельных группах');
    });

    it('keeps numbers with their units and signs', () => {
      expect(ru.sessionNumber('1042')).to.equal(`№${NBSP}1042`);
      expect(ru.sessionLabel('1042')).to.equal(`Диалог №${NBSP}1042`);
      expect(ru.relativeMinutes(5)).to.equal(`5${NBSP}мин`);
      expect(ru.fileSize('1,5', 'MB')).to.equal(`1,5${NBSP}МБ`);
    });
  });
});
