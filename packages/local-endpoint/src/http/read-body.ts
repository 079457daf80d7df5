import type { IncomingMessage } from "node:http";

/** Reads a request body fully; resolves `undefined` when it exceeds `limit` bytes (the rest is drained, not kept). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size <= limit) chunks.push(buf);
  }
  return size > limit ? undefined : Buffer.concat(chunks);
}

/** Header name (lower case) → every value received, from Node's raw header list so repeated headers stay separate. */
export function headerValues(rawHeaders: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (!Object.hasOwn(out, name)) out[name] = [];
    out[name]!.push(rawHeaders[i + 1]!);
  }
  return out;
}
