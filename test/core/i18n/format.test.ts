import { expect } from '@open-wc/testing';
import {
  en,
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
  fr,
  toDate,
} from '../../../src/core/i18n/index.js';

/** Local dates, so that the tests do not depend on the machine's time zone. */
const at = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  new Date(year, month - 1, day, hours, minutes, seconds);

/** Wednesday 25 November 2026, 14:05. */
const WED = at(2026, 11, 25, 14, 5);
const NBSP = '\u00a0';

describe('format', () => {
  describe('formatTime', () => {
    it('uses each language clock', () => {
      expect(formatTime(WED, fr)).to.equal('14:05');
      expect(formatTime(WED, en)).to.equal('2:05 PM');
    });

    it('accepts ISO strings (local when without offset) and epoch milliseconds', () => {
      expect(formatTime('2026-11-25T14:05:00', fr)).to.equal('14:05');
      expect(formatTime(WED.getTime(), fr)).to.equal('14:05');
    });
  });

  describe('formatDay (day separators)', () => {
    it('says today and yesterday', () => {
      expect(formatDay(WED, fr, at(2026, 11, 25, 23, 59))).to.equal("aujourd'hui");
      expect(formatDay(WED, fr, at(2026, 11, 26, 0, 1))).to.equal('hier');
      expect(formatDay(WED, en, at(2026, 11, 25, 15))).to.equal('Today');
      expect(formatDay(WED, en, at(2026, 11, 26, 9))).to.equal('Yesterday');
    });

    it('gives the weekday and date in the current year', () => {
      expect(formatDay(WED, fr, at(2026, 11, 27))).to.equal('mercredi 25 novembre');
      expect(formatDay(WED, en, at(2026, 12, 31))).to.equal('Wednesday, November 25');
    });

    it('adds the year for another year', () => {
      expect(formatDay(WED, fr, at(2027, 1, 5))).to.equal('mercredi 25 novembre 2026');
      expect(formatDay(WED, en, at(2027, 1, 5))).to.equal('Wednesday, November 25, 2026');
    });

    it('defaults "now" to the current time', () => {
      expect(formatDay(new Date(), fr)).to.equal("aujourd'hui");
    });
  });

  describe('formatRelative (lists)', () => {
    it('goes from "now" to minutes, hours, yesterday, weekday, date', () => {
      expect(formatRelative(WED, en, at(2026, 11, 25, 14, 5, 30))).to.equal('now');
      expect(formatRelative(WED, fr, at(2026, 11, 25, 14, 5, 30))).to.equal("à l'instant");
      expect(formatRelative(WED, en, at(2026, 11, 25, 14, 10))).to.equal('5 min');
      expect(formatRelative(WED, fr, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}min`);
      expect(formatRelative(WED, en, at(2026, 11, 25, 16, 30))).to.equal('2 h');
      expect(formatRelative(WED, fr, at(2026, 11, 26, 9))).to.equal('hier');
      expect(formatRelative(WED, en, at(2026, 11, 26, 9))).to.equal('Yesterday');
      expect(formatRelative(WED, fr, at(2026, 11, 28, 9))).to.equal('mer.');
      expect(formatRelative(WED, en, at(2026, 11, 28, 9))).to.equal('Wed');
      expect(formatRelative(WED, fr, at(2026, 12, 20))).to.equal('25 nov.');
      expect(formatRelative(WED, en, at(2026, 12, 20))).to.equal('Nov 25');
      expect(formatRelative(WED, fr, at(2027, 2, 1))).to.equal('25/11/2026');
      expect(formatRelative(WED, en, at(2027, 2, 1))).to.equal('11/25/2026');
    });

    it('shows a slightly future date (clock skew) as "now" or its time', () => {
      expect(formatRelative(at(2026, 11, 25, 14, 5, 20), fr, WED)).to.equal("à l'instant");
      expect(formatRelative(at(2026, 11, 25, 15, 0), fr, WED)).to.equal('15:00');
    });
  });

  describe('formatDuration', () => {
    it('keeps the two largest units', () => {
      expect(formatDuration(200, en)).to.equal('3 min 20 s');
      expect(formatDuration(3900, en)).to.equal('1 h 5 min');
      expect(formatDuration(2 * 86400 + 3 * 3600 + 59, en)).to.equal('2 d 3 h');
      expect(formatDuration(200, fr)).to.equal(`3${NBSP}min 20${NBSP}s`);
      expect(formatDuration(2 * 86400 + 3600, fr)).to.equal(`2${NBSP}j 1${NBSP}h`);
    });

    it('drops a zero second unit and handles zero', () => {
      expect(formatDuration(3600, en)).to.equal('1 h');
      expect(formatDuration(3601, en)).to.equal('1 h');
      expect(formatDuration(45, en)).to.equal('45 s');
      expect(formatDuration(0, fr)).to.equal(`0${NBSP}s`);
      expect(formatDuration(59.6, en)).to.equal('1 min');
    });

    it('returns nothing for invalid input', () => {
      expect(formatDuration(-5, en)).to.equal('');
      expect(formatDuration(Number.NaN, en)).to.equal('');
      expect(formatDuration(undefined, en)).to.equal('');
    });
  });

  describe('formatFileSize', () => {
    it('uses the language units and decimal separator', () => {
      expect(formatFileSize(1.5 * 1024 * 1024, en)).to.equal('1.5 MB');
      expect(formatFileSize(1.5 * 1024 * 1024, fr)).to.equal(`1,5${NBSP}Mo`);
      expect(formatFileSize(1.5 * 1024 * 1024, fr).replace(NBSP, ' ')).to.equal('1,5 Mo');
    });

    it('covers bytes to terabytes', () => {
      expect(formatFileSize(0, en)).to.equal('0 B');
      expect(formatFileSize(512, fr)).to.equal(`512${NBSP}o`);
      expect(formatFileSize(1024, en)).to.equal('1 KB');
      expect(formatFileSize(1024 * 1024 - 1, en)).to.equal('1 MB');
      expect(formatFileSize(3.25 * 1024 ** 3, en)).to.equal('3.3 GB');
      expect(formatFileSize(2 * 1024 ** 4, fr)).to.equal(`2${NBSP}To`);
    });

    it('returns nothing for invalid input', () => {
      expect(formatFileSize(-1, en)).to.equal('');
      expect(formatFileSize(Number.POSITIVE_INFINITY, en)).to.equal('');
    });
  });

  describe('dates and numbers', () => {
    it('formats a date and a date-time', () => {
      expect(formatDate(WED, fr)).to.equal('25 nov. 2026');
      expect(formatDate(WED, en)).to.equal('Nov 25, 2026');
      expect(formatDateTime(WED, fr)).to.equal('25 nov. 2026, 14:05');
      expect(formatDateTime(WED, en)).to.equal('Nov 25, 2026, 2:05 PM');
    });

    it('formats numbers in the language notation', () => {
      expect(formatNumber(1234.5, en)).to.equal('1,234.5');
      expect(formatNumber(1234.5, fr).replace(/[\u00a0\u202f]/g, ' ')).to.equal('1 234,5');
      expect(formatNumber(0.25, fr, { style: 'percent' }).replace(/[\u00a0\u202f]/g, ' ')).to.equal('25 %');
      expect(formatNumber(Number.NaN, en)).to.equal('');
    });
  });

  describe('invalid dates', () => {
    const invalid = ['not a date', '', new Date(Number.NaN), Number.NaN, null, undefined, '2026-13-45'];

    it('never throw and format as an empty string', () => {
      for (const value of invalid) {
        for (const t of [en, fr]) {
          expect(formatTime(value, t), String(value)).to.equal('');
          expect(formatDate(value, t)).to.equal('');
          expect(formatDateTime(value, t)).to.equal('');
          expect(formatDay(value, t, WED)).to.equal('');
          expect(formatRelative(value, t, WED)).to.equal('');
        }
      }
      expect(toDate('nope')).to.equal(undefined);
    });

    it('fall back to the current time for an invalid "now"', () => {
      expect(formatDay(new Date(), fr, 'garbage')).to.equal("aujourd'hui");
    });

    it('survive a broken pattern in an override', () => {
      const broken = { ...fr, $timeFormat: 'hh:mm unescaped words' };
      expect(() => formatTime(WED, broken)).to.not.throw();
      expect(formatTime(WED, broken)).to.equal('');
    });
  });
});
