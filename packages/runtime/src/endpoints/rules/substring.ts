/**
 * `substring`: characters `start` (inclusive) to `end` (exclusive), counted from the end when
 * `reverse`; undefined when the string is too short or holds a character beyond ASCII.
 */
export function substring(value: string, start: number, end: number, reverse: boolean): string | undefined {
  const n = value.length;
  if (start >= end || end > n || /[^\0-\x7f]/.test(value)) return undefined;
  return reverse ? value.slice(n - end, n - start) : value.slice(start, end);
}
