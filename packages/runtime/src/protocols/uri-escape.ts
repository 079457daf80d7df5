/** Percent-encoding of URI path labels (RFC 3986: everything but the unreserved set is encoded). */
// The @smithy/core encoder is the one the SigV4 signer already brings into browser bundles: reusing it
// keeps a second copy out. It is encodeURIComponent plus the five sub-delimiters it leaves alone (!'()*).
import { escapeUri } from "@smithy/core/protocols";

/** Encodes a label value so that only A–Z a–z 0–9 `-._~` stay literal (`/` becomes `%2F`). */
export const escapeLabel: (value: string) => string = escapeUri;

/** Encodes a greedy label (`{Key+}`): each `/`-separated segment is encoded, the slashes are kept. */
export function escapeGreedyLabel(value: string): string {
  return value.split("/").map(escapeUri).join("/");
}
