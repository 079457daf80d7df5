/** The `timestamps` feature of the JSON protocol codecs (see json-features.ts). */
import type { TimestampCodec } from "./json-features.js";
import { formatTimestamp, parseDateTime, parseTimestamp, toDate } from "./timestamps.js";

/** Timestamps in every format, for the JSON codecs' features `{ timestamps: jsonTimestamps }`. */
export const jsonTimestamps: TimestampCodec = {
  write: (value, format) => formatTimestamp(toDate(value), format),
  read: parseTimestamp,
  readDateTime: parseDateTime,
};
