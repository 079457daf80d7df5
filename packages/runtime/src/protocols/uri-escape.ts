/** Percent-encoding of URI path labels (RFC 3986: everything but the unreserved set is encoded). */

// encodeURIComponent leaves these five sub-delimiters alone; RFC 3986 labels need them encoded.
const SUB_DELIMS = /[!'()*]/g;

function hex(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** Encodes a label value so that only A–Z a–z 0–9 `-._~` stay literal (`/` becomes `%2F`). */
export function escapeLabel(value: string): string {
  return encodeURIComponent(value).replace(SUB_DELIMS, hex);
}

/** Encodes a greedy label (`{Key+}`): each `/`-separated segment is encoded, the slashes are kept. */
export function escapeGreedyLabel(value: string): string {
  return value.split("/").map(escapeLabel).join("/");
}
