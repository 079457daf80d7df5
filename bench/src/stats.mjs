/** Small statistics and formatting helpers shared by the benchmarks. */

/** The median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Bytes as KB with one decimal (1 KB = 1024 B). */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A ratio with two decimals, e.g. `0.31×`. */
export const ratio = (ours, official) => `${(ours / official).toFixed(2)}×`;

/** Milliseconds with one decimal. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/** A whole number with thousands separators. */
export const int = (value) => Math.round(value).toLocaleString("en-US");
