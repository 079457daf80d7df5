/**
 * The order the repository's formatter sorts imports and exports by: ASCII characters in
 * CLDR root collation order (punctuation, then digits, then `A a B b …`), with runs of
 * digits compared as numbers. Sorting the same way keeps generated files free of lint noise.
 */

/** ASCII characters from first to last in the CLDR root collation. */
const COLLATION =
  "\0\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f\t\n\x0b\x0c\r" +
  " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz";

const WEIGHTS: readonly number[] = (() => {
  const w = Array.from({ length: 65536 }, (_, i) => i);
  for (let i = 0; i < COLLATION.length; i++) w[COLLATION.charCodeAt(i)] = i;
  return w;
})();

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Compares two strings in natural CLDR order; negative when `a` sorts first. */
export function compareNatural(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      // Compare the digit runs as numbers: the longer run is larger, else the first differing digit decides.
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      if (ei - i !== ej - j) return ei - i - (ej - j);
      for (let k = 0; k < ei - i; k++) {
        const d = a.charCodeAt(i + k) - b.charCodeAt(j + k);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return (WEIGHTS[ca] as number) - (WEIGHTS[cb] as number);
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}
