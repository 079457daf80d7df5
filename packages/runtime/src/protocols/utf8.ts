/** UTF-8 through the platform's TextEncoder / TextDecoder, which Node and browsers both provide. */

let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;

/** Encodes a string as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  // Created on first use so that importing this module has no side effect.
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

/** Decodes UTF-8 bytes; invalid sequences become U+FFFD and a leading BOM is dropped. */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}
