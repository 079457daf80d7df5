/** What an HTTP handler puts on the wire for a captured request: the query string and the body bytes. */
import { buildQueryString } from "@smithy/querystring-builder";

const encoder = new TextEncoder();

/** The query string's `key=value` pairs, percent-encoded as the Node and fetch handlers write them. */
export function wireQueryParams(query: Record<string, string | string[] | null> | undefined): string[] {
  const text = buildQueryString(query ?? {});
  return text === "" ? [] : text.split("&");
}

/** A query pair's name (still percent-encoded). */
export function queryName(pair: string): string {
  const eq = pair.indexOf("=");
  return eq === -1 ? pair : pair.slice(0, eq);
}

/** A query flag (`hello`) and an empty value (`hello=`) mean the same to a server, so both compare as `hello=`. */
export function normalizeQueryPair(pair: string): string {
  return pair.includes("=") ? pair : `${pair}=`;
}

/** The bytes of a request body as a handler sends it (no body is empty). */
export function bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return Uint8Array.from(body);
  throw new Error(`The captured body is neither a string nor bytes (${Object.prototype.toString.call(body)})`);
}
