import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { getNumberFormat } from './intl.js';
import type { FileSizeUnit, Translation } from './translation.js';

/**
 * Date, duration, number and size formatting in the language of a translation.
 * Dates go through date-fns with `t.$dateLocale` and the translation's patterns;
 * numbers through cached `Intl.NumberFormat`s for `t.$code`.
 *
 * Nothing here throws: an invalid or missing date (or a broken pattern in an
 * override) formats as `''`, so one bad record cannot break a render.
 */

/** What the formatters accept: a `Date`, an ISO 8601 string (the model's `IsoDate`) or epoch milliseconds. */
export type DateInput = Date | string | number | null | undefined;

/** The date, or `undefined` when the input is missing or invalid. ISO strings without an offset are local time. */
export function toDate(input: DateInput): Date | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  const date = input instanceof Date ? input : typeof input === 'number' ? new Date(input) : parseISO(input);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function safeFormat(date: Date, pattern: string, t: Translation): string {
  try {
    return format(date, pattern, { locale: t.$dateLocale });
  } catch {
    return '';
  }
}

/** Time of day: "2:05 PM" (en), "14:05" (fr). */
export function formatTime(input: DateInput, t: Translation): string {
  const date = toDate(input);
  return date ? safeFormat(date, t.$timeFormat, t) : '';
}

/** Date without time: "Nov 25, 2026", "25 nov. 2026". */
export function formatDate(input: DateInput, t: Translation): string {
  const date = toDate(input);
  return date ? safeFormat(date, t.$dateFormat, t) : '';
}

/** Date and time: "Nov 25, 2026, 2:05 PM", "25 nov. 2026, 14:05". */
export function formatDateTime(input: DateInput, t: Translation): string {
  const date = toDate(input);
  return date ? safeFormat(date, t.$dateTimeFormat, t) : '';
}

/**
 * Day separator of a timeline: "Today", "Yesterday", "Wednesday, November 25"
 * in the current year, "Wednesday, November 25, 2025" in another.
 */
export function formatDay(input: DateInput, t: Translation, now: DateInput = new Date()): string {
  const date = toDate(input);
  const reference = toDate(now) ?? new Date();
  if (!date) return '';
  const days = differenceInCalendarDays(reference, date);
  if (days === 0) return t.today;
  if (days === 1) return t.yesterday;
  const pattern = date.getFullYear() === reference.getFullYear() ? t.$dayFormat : t.$dayFormatOtherYear;
  return safeFormat(date, pattern, t);
}

/**
 * Short relative time for lists: "now", "5 min", "2 h" (same day), "Yesterday",
 * a weekday within the last week, then "Nov 25", then "11/25/2025". A date in
 * the future (clock skew) shows its time of day, or its date.
 */
export function formatRelative(input: DateInput, t: Translation, now: DateInput = new Date()): string {
  const date = toDate(input);
  const reference = toDate(now) ?? new Date();
  if (!date) return '';
  const seconds = (reference.getTime() - date.getTime()) / 1000;
  const days = differenceInCalendarDays(reference, date);
  if (Math.abs(seconds) < 60) return t.justNow;
  if (seconds > 0 && seconds < 3600) return t.relativeMinutes(Math.floor(seconds / 60));
  if (days === 0) return seconds > 0 ? t.relativeHours(Math.floor(seconds / 3600)) : formatTime(date, t);
  if (days === 1) return t.yesterday;
  if (days > 1 && days < 7) return safeFormat(date, t.$weekdayFormat, t);
  const pattern = date.getFullYear() === reference.getFullYear() ? t.$shortDateFormat : t.$shortDateFormatOtherYear;
  return safeFormat(date, pattern, t);
}

/**
 * A duration with its two largest units: "20 s", "3 min 20 s", "1 h 5 min",
 * "2 d 3 h". Zero units are dropped ("1 h", not "1 h 0 min"). Negative or
 * non-finite input gives `''`.
 */
export function formatDuration(seconds: number | null | undefined, t: Translation): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const units: Array<[number, (n: number) => string]> = [
    [Math.floor(total / 86400), t.durationDays],
    [Math.floor((total % 86400) / 3600), t.durationHours],
    [Math.floor((total % 3600) / 60), t.durationMinutes],
    [total % 60, t.durationSeconds],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return t.durationSeconds(0);
  const [majorValue, major] = units[first]!;
  const next = units[first + 1];
  return next && next[0] > 0 ? t.durationPair(major(majorValue), next[1](next[0])) : major(majorValue);
}

const FILE_SIZE_UNITS: FileSizeUnit[] = ['B', 'KB', 'MB', 'GB', 'TB'];

/** A file size in steps of 1024, one decimal at most: "1.5 MB" (en), "1,5 Mo" (fr), "512 B". */
export function formatFileSize(bytes: number | null | undefined, t: Translation): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < FILE_SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // Avoid "1024 KB" after rounding: 1023.96 KB shows as "1 MB".
  if (unit < FILE_SIZE_UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const number = getNumberFormat(t.$code, { maximumFractionDigits: digits }).format(value);
  return t.fileSize(number, FILE_SIZE_UNITS[unit]!);
}

/** A number in the language's notation ("1,234.5" / "1 234,5"); `''` when not finite. */
export function formatNumber(value: number | null | undefined, t: Translation, options?: Intl.NumberFormatOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return getNumberFormat(t.$code, options).format(value);
}
