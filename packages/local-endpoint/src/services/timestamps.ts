import type { TimestampFormat } from "./service-def.js";

/** Writes an epoch-milliseconds instant as a service sends it: epoch seconds (fractional) or an ISO 8601 date-time. */
export function formatTimestamp(epochMs: number, format: TimestampFormat): number | string {
  return format === "epoch-seconds" ? epochMs / 1000 : new Date(epochMs).toISOString();
}
