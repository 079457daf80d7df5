/** Body comparison by media type: JSON structurally (key order and spacing do not matter), anything else byte for byte. */
import { expect } from "vitest";
import { bodyBytes } from "./wire.js";

const decoder = new TextDecoder();

/** True for `application/json` and `+json` media types. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  const type = mediaType?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json" || type?.endsWith("+json") === true;
}

/** Asserts that a sent body matches the expected body text of a test case. */
export function compareBody(actual: unknown, expected: string, mediaType: string | undefined): void {
  const bytes = bodyBytes(actual);
  if (expected === "") {
    expect(decoder.decode(bytes), "body (expected empty)").toBe("");
  } else if (isJsonMediaType(mediaType)) {
    expect(JSON.parse(decoder.decode(bytes)), "JSON body").toEqual(JSON.parse(expected));
  } else {
    expect(bytes, "body bytes").toEqual(new TextEncoder().encode(expected));
  }
}
