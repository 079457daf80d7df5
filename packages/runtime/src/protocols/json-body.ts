/** Reading a response body as JSON. */
import { utf8Decode } from "./utf8.js";

/** Parses a body as JSON; an empty or all-whitespace body is `undefined`. Throws SyntaxError on invalid JSON. */
export function parseJsonBody(body: Uint8Array): unknown {
  if (body.length === 0) return undefined;
  const text = utf8Decode(body);
  return text.trim() === "" ? undefined : JSON.parse(text);
}

/** Parses an error body as a JSON object; anything else (empty, HTML, truncated, an array) is `undefined`. Never throws. */
export function tryParseJsonObject(body: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value = parseJsonBody(body);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
