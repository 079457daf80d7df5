/**
 * `split`: the parts of `value` between occurrences of `delimiter`, empty parts kept; `limit` 0 splits
 * at every occurrence, `limit` n > 0 makes at most n parts (the last holds the rest). An empty
 * delimiter does not split.
 */
export function split(value: string, delimiter: string, limit: number): string[] {
  if (delimiter === "") return [value];
  const parts = value.split(delimiter);
  if (limit <= 0 || parts.length <= limit) return parts;
  return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(delimiter)];
}
