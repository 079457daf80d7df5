/** Timestamp formats of Smithy's `@timestampFormat`: formatting `Date`s and parsing wire values back. */
import type { TimestampFormat } from "../schema.js";
import { unexpected } from "./malformed-value-error.js";

// RFC 3339 date-time: fractional seconds of any precision, `Z` or a numeric offset.
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:[Zz]|([+-])(\d\d):(\d\d))$/;
// IMF-fixdate is what Date.prototype.toUTCString writes, so Date.parse must read it back (ECMA-262 §21.4.3.2).
// The obsolete RFC 850 and asctime forms are left to Date.parse too (asctime means GMT but does not say so).
// The pattern keeps other text away from Date.parse, which guesses at almost anything.
const HTTP_DATE = /^[A-Z][a-z]{2,8},? (?:\d\d[ -][A-Z][a-z]{2}[ -]\d{2,4}|[A-Z][a-z]{2} [ \d]\d) \d\d:\d\d:\d\d(?: GMT| \d{4})$/;
const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?$/;

/** Turns an input timestamp into a Date: a Date, epoch seconds, or a date string. Throws on anything else. */
export function toDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : new Date(typeof value === "number" ? value * 1000 : typeof value === "string" ? (readText(value) ?? Number.NaN) : Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid timestamp: ${String(value)}`);
  return date;
}

/** Formats a timestamp for the wire: epoch seconds as a number (fractional millis), the others as strings. */
export function formatTimestamp(date: Date, format: TimestampFormat): string | number {
  const ms = date.getTime();
  if (format === "epoch-seconds") return ms / 1000;
  if (format === "http-date") return date.toUTCString();
  // Whole seconds are written without a fraction, as the Smithy tests and AWS services expect.
  const iso = date.toISOString();
  return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}

/**
 * Parses a wire timestamp. Numbers are epoch seconds; strings may be in any of the three formats
 * (services are not always faithful to the declared one). Throws MalformedValueError when nothing fits.
 */
export function parseTimestamp(value: unknown, format: TimestampFormat): Date {
  const ms = typeof value === "number" ? value * 1000 : typeof value === "string" ? readText(value) : undefined;
  if (ms === undefined || !Number.isFinite(ms)) {
    throw unexpected(`a timestamp (${format})`, value);
  }
  return new Date(Math.round(ms));
}

/** Epoch milliseconds of a date-time, http-date or epoch-seconds string; undefined when it is none of them. */
function readText(text: string): number | undefined {
  if (EPOCH_SECONDS.test(text)) return Number(text) * 1000;
  return parseDateTime(text) ?? parseHttpDate(text);
}

/** Epoch milliseconds of an RFC 3339 date-time, or undefined (also for impossible dates such as Feb 30). */
export function parseDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, , , offsetHours, offsetMinutes] = m.map(Number) as number[];
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, m[7] ? Number(`${m[7]}00`.slice(0, 3)) : 0);
  const check = new Date(ms);
  // Date.UTC rolls overflowing fields over (Feb 30 → Mar 2); a changed month or day means an invalid date.
  if (
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 60 ||
    offsetHours! > 23 ||
    offsetMinutes! > 59
  ) {
    return undefined;
  }
  if (!m[8]) return ms;
  const offset = (offsetHours! * 60 + offsetMinutes!) * 60000;
  return m[8] === "-" ? ms + offset : ms - offset;
}

/** Epoch milliseconds of an http-date (IMF-fixdate, or the obsolete RFC 850 / asctime forms), or undefined. */
export function parseHttpDate(text: string): number | undefined {
  if (!HTTP_DATE.test(text)) return undefined;
  const ms = Date.parse(text.endsWith("GMT") ? text : `${text} GMT`);
  return Number.isNaN(ms) ? undefined : ms;
}
