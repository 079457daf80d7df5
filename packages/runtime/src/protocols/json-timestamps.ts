/** The `timestamps` feature of the JSON protocol codecs (see json-features.ts). */
import type { TimestampCodec } from "./json-features.js";
import { formatTimestamp, parseDateTime, parseTimestamp, toDate } from "./timestamps.js";

/** Timestamps in every format, for restJson1With / awsJson1_0With `{ timestamps: jsonTimestamps }`. */
export const jsonTimestamps: TimestampCodec = {
  write: (value, format) => formatTimestamp(toDate(value), format),
  read: parseTimestamp,
  readDateTime: parseDateTime,
};
