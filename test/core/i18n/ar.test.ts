import { expect } from '@open-wc/testing';
import {
  availableLanguages,
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatRelative,
  formatTime,
  getTranslation,
  registerTranslation,
  unregisterTranslation,
} from '../../../src/core/i18n/index.js';
import { ar } from '../../../src/core/i18n/ar.js';
import { NBSP, WED, allTexts, at, expectArgumentsKept, expectComplete } from './locale-checks.js';

/** First-strong isolate … pop directional isolate. */
const FSI = '\u2068';
const PDI = '\u2069';

describe('Arabic (ar)', () => {
  before(() => registerTranslation(ar));
  after(() => unregisterTranslation('ar'));

  describe('structure', () => {
    it('has every key of English, in the same order, with the same function arities, none empty or broken', () => {
      expectComplete(ar);
    });

    it('is right to left, and so is every regional request that resolves to it', () => {
      expect(ar.$dir).to.equal('rtl');
      expect(ar.$code).to.equal('ar');
      expect(ar.$name).to.equal('العربية');
      expect(ar.$dateLocale.code).to.equal('ar');
      expect(getTranslation('ar').$dir).to.equal('rtl');
      expect(getTranslation('ar-EG').$dir).to.equal('rtl');
      expect(getTranslation('ar-EG').$code).to.equal('ar');
      expect(availableLanguages().find((l) => l.code === 'ar')).to.deep.equal({ code: 'ar', name: 'العربية', dir: 'rtl' });
    });

    it('no text is left in English', () => {
      const latinAllowed = new Set(['crm', 'columnCrm', 'filterCrm', 'gif', 'sessionNumber', 'durationPair']);
      for (const [key, text] of allTexts(ar)) {
        if (key.startsWith('source') || latinAllowed.has(key)) continue;
        expect(text, key).to.match(/[\u0600-\u06ff]/);
      }
    });

    it('every function key shows its arguments', () => {
      expectArgumentsKept(ar);
      expect(ar.uploadProgress('invoice.pdf', 41.6)).to.equal(`جارٍ رفع ${FSI}invoice.pdf${PDI}: 42%`);
      expect(ar.fileTooLarge('video.mp4', '100 ميغابايت')).to.equal(
        `حجم «${FSI}video.mp4${PDI}» يتجاوز الحد الأقصى 100 ميغابايت`,
      );
      expect(ar.messageMeta('Anna', '2:05 م')).to.equal(`${FSI}Anna${PDI}، 2:05 م`);
    });
  });

  describe('plurals (zero / one / two / few / many / other)', () => {
    const at6 = (f: (n: number) => string) => [0, 1, 2, 3, 11, 100].map(f);

    it('unread messages', () => {
      expect(at6(ar.unreadCount)).to.deep.equal([
        'لا توجد رسائل غير مقروءة',
        'رسالة واحدة غير مقروءة',
        'رسالتان غير مقروءتين',
        '3 رسائل غير مقروءة',
        '11 رسالة غير مقروءة',
        '100 رسالة غير مقروءة',
      ]);
    });

    it('chats and conversations', () => {
      expect(at6(ar.chatCount)).to.deep.equal(['لا توجد دردشات', 'دردشة واحدة', 'دردشتان', '3 دردشات', '11 دردشة', '100 دردشة']);
      expect(at6(ar.conversationCount)).to.deep.equal([
        'لا توجد محادثات',
        'محادثة واحدة',
        'محادثتان',
        '3 محادثات',
        '11 محادثة',
        '100 محادثة',
      ]);
    });

    it('masculine nouns: accusative after 11–99, genitive after 100', () => {
      expect(at6(ar.employeeCount)).to.deep.equal(['لا يوجد موظفون', 'موظف واحد', 'موظفان', '3 موظفين', '11 موظفًا', '100 موظف']);
      expect(at6(ar.invited)).to.deep.equal([
        'لم تتم دعوة أي مستخدم',
        'تمت دعوة مستخدم واحد',
        'تمت دعوة مستخدمَين',
        'تمت دعوة 3 مستخدمين',
        'تمت دعوة 11 مستخدمًا',
        'تمت دعوة 100 مستخدم',
      ]);
      expect(at6(ar.attachmentCount)).to.deep.equal(['لا توجد مرفقات', 'مرفق واحد', 'مرفقان', '3 مرفقات', '11 مرفقًا', '100 مرفق']);
    });

    it('phrases around the count', () => {
      expect(at6(ar.historyResults)).to.deep.equal([
        'لم يتم العثور على أي رسالة',
        'تم العثور على رسالة واحدة',
        'تم العثور على رسالتين',
        'تم العثور على 3 رسائل',
        'تم العثور على 11 رسالة',
        'تم العثور على 100 رسالة',
      ]);
      expect(at6(ar.cannedUsage)).to.deep.equal([
        'لم يُستخدم بعد',
        'استُخدم مرة واحدة',
        'استُخدم مرتين',
        'استُخدم 3 مرات',
        'استُخدم 11 مرة',
        'استُخدم 100 مرة',
      ]);
      expect(ar.announceNewChats(3)).to.equal('3 محادثات جديدة بانتظار الرد الأول');
      expect(ar.activeFilterCount(2)).to.equal('عاملا تصفية');
    });

    it('writes counts with Latin digits, like the dates', () => {
      expect(ar.unreadCount(1200)).to.equal('1,200 رسالة غير مقروءة');
      expect(ar.chatCount(1005)).to.equal('1,005 دردشات');
    });
  });

  describe('dates and times (date-fns `ar`: Latin digits, يناير… ديسمبر)', () => {
    it('uses a 12-hour clock with ص / م', () => {
      expect(formatTime(WED, ar)).to.equal('2:05 م');
      expect(formatTime(at(2026, 5, 3, 9, 7), ar)).to.equal('9:07 ص');
    });

    it('formats dates and date-times with the Arabic comma', () => {
      expect(formatDate(WED, ar)).to.equal('25 نوفمبر 2026');
      expect(formatDate(at(2026, 1, 3), ar)).to.equal('3 يناير 2026');
      expect(formatDateTime(WED, ar)).to.equal('25 نوفمبر 2026، 2:05 م');
    });

    it('day separators', () => {
      expect(formatDay(WED, ar, at(2026, 11, 25, 23, 59))).to.equal('اليوم');
      expect(formatDay(WED, ar, at(2026, 11, 26, 0, 1))).to.equal('أمس');
      expect(formatDay(WED, ar, at(2026, 11, 27))).to.equal('الأربعاء، 25 نوفمبر');
      expect(formatDay(WED, ar, at(2027, 1, 5))).to.equal('الأربعاء، 25 نوفمبر 2026');
    });

    it('relative times in lists', () => {
      expect(formatRelative(WED, ar, at(2026, 11, 25, 14, 5, 30))).to.equal('الآن');
      expect(formatRelative(WED, ar, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}د`);
      expect(formatRelative(WED, ar, at(2026, 11, 25, 16, 30))).to.equal(`2${NBSP}س`);
      expect(formatRelative(WED, ar, at(2026, 11, 26, 9))).to.equal('أمس');
      expect(formatRelative(WED, ar, at(2026, 11, 28, 9))).to.equal('الأربعاء');
      expect(formatRelative(WED, ar, at(2026, 12, 10))).to.equal('25 نوفمبر');
      expect(formatRelative(WED, ar, at(2027, 1, 5))).to.equal('25/11/2026');
    });

    it('durations join their two units with و', () => {
      expect(formatDuration(20, ar)).to.equal(`20${NBSP}ث`);
      expect(formatDuration(200, ar)).to.equal(`3${NBSP}د و20${NBSP}ث`);
      expect(formatDuration(3900, ar)).to.equal(`1${NBSP}س و5${NBSP}د`);
      expect(formatDuration(2 * 86400 + 3 * 3600, ar)).to.equal(`2${NBSP}ي و3${NBSP}س`);
    });
  });

  describe('file sizes', () => {
    it('uses Arabic unit names and Latin digits', () => {
      expect(formatFileSize(512, ar)).to.equal(`512${NBSP}بايت`);
      expect(formatFileSize(1536, ar)).to.equal(`1.5${NBSP}كيلوبايت`);
      expect(formatFileSize(1.5 * 1024 * 1024, ar)).to.equal(`1.5${NBSP}ميغابايت`);
      expect(formatFileSize(3 * 1024 ** 3, ar)).to.equal(`3${NBSP}غيغابايت`);
    });

    it('turns Arabic-Indic digits of older ICU data into Latin ones', () => {
      expect(ar.fileSize('١٫٥', 'MB')).to.equal(`1.5${NBSP}ميغابايت`);
      expect(ar.fileSize('١٬٠٢٣', 'KB')).to.equal(`1,023${NBSP}كيلوبايت`);
    });
  });

  describe('right-to-left text', () => {
    it('isolates names and file names, whatever their direction', () => {
      expect(ar.typing('Anna (VIP)')).to.equal(`${FSI}Anna (VIP)${PDI} يكتب…`);
      expect(ar.transferredTo('Anna')).to.equal(`تم التحويل إلى ${FSI}Anna${PDI}`);
      expect(ar.lastMessageByYou('Hello!')).to.equal(`أنت: ${FSI}Hello!${PDI}`);
      expect(ar.noResultsFor('invoice')).to.equal(`لا توجد نتائج لـ«${FSI}invoice${PDI}»`);
      expect(ar.errorConflict('سارة')).to.equal(`هذه المحادثة لدى ${FSI}سارة${PDI} بالفعل`);
      // Every string argument of every function is isolated.
      for (const [key, text] of allTexts(ar)) {
        expect(text.split(FSI).length, `${key}: balanced isolates`).to.equal(text.split(PDI).length);
      }
    });

    it('does not isolate its own numbers, durations and dates', () => {
      expect(ar.waitingFor('5\u00a0د')).to.equal(`بالانتظار منذ 5${NBSP}د`);
      expect(ar.sessionNumber('1042')).to.equal('#1042');
      expect(ar.sessionLabel('1042')).to.equal('المحادثة رقم 1042');
      expect(ar.unreadCount(3)).to.not.contain(FSI);
    });

    it('uses Arabic punctuation', () => {
      for (const [key, text] of allTexts(ar)) {
        // fileSize shows the number it is given, digit grouping included.
        if (key === 'fileSize') continue;
        expect(text, `${key}: Arabic comma, question mark and semicolon`).to.not.match(/[,?;]/);
      }
      expect(ar.confirmFinishTitle).to.equal('إنهاء المحادثة؟');
      expect(ar.deleteConfirmTitle).to.equal('حذف هذه الرسالة؟');
      expect(ar.sendHint).to.equal('Enter للإرسال، وShift+Enter لسطر جديد');
    });
  });
});
