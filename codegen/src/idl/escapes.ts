/** The outcome of reading one escape sequence: its text, or why it is invalid. */
export type EscapeResult = { readonly text: string; readonly next: number } | { readonly error: string };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/**
 * Reads the escape sequence whose backslash is at `body[at]` (Smithy `EscapedChar`):
 * simple escapes, `\uXXXX`, and an escaped line break, which expands to nothing. `\'` is not an
 * escape in Smithy (strings are only double-quoted), so it is rejected like any other.
 */
export function readEscape(body: string, at: number): EscapeResult {
  const c = body[at + 1];
  if (c === undefined) return { error: "Unterminated string." };
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { text: simple, next: at + 2 };
  if (c === "\n") return { text: "", next: at + 2 };
  if (c === "\r") return { text: "", next: body[at + 2] === "\n" ? at + 3 : at + 2 };
  if (c === "u") {
    const hex = body.slice(at + 2, at + 6);
    if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
      return { error: `Invalid Unicode escape sequence "\\u${hex.replace(/["\\\r\n].*$/s, "")}".` };
    }
    return { text: String.fromCharCode(Number.parseInt(hex, 16)), next: at + 6 };
  }
  return { error: `Invalid escape sequence "\\${c}".` };
}

/** Expands every escape of a text already checked by the lexer (so no error can occur here). */
export function decodeEscapes(text: string): string {
  if (!text.includes("\\")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const slash = text.indexOf("\\", i);
    if (slash < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, slash);
    const r = readEscape(text, slash);
    if ("error" in r) throw new Error(`unchecked escape: ${r.error}`);
    out += r.text;
    i = r.next;
  }
  return out;
}
