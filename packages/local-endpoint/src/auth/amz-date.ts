/** Parses SigV4's basic ISO 8601 form `YYYYMMDDTHHMMSSZ` into epoch milliseconds, or undefined when malformed. */
export function parseAmzDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Reject dates that Date.UTC silently rolls over (e.g. month 13).
  return formatAmzDate(ms) === text ? ms : undefined;
}

/** Formats epoch milliseconds as `YYYYMMDDTHHMMSSZ`. */
export function formatAmzDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
