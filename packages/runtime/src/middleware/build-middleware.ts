import { randomUUID, sendUserAgentHeader } from "#platform";
import { expandHostPrefix } from "../endpoints/host-prefix.js";
import type { Middleware } from "./types.js";

/** UTF-8 length of a string without encoding it. */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 2 bytes below U+0800, 3 above, 4 for a surrogate pair (2 code units).
    if (c > 0x7f) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/** `build`: host prefix, `host`, user agent, content length and the invocation id (all before signing, so all signed). */
export const buildMiddleware: Middleware = (next, context) => async (args) => {
  const { operation, config } = context;
  const request = args.request!;
  const headers = request.headers;
  if (operation.hostPrefix && !config.disableHostPrefix) {
    request.hostname = expandHostPrefix(operation, args.input, context.commandName) + request.hostname;
  }
  headers.host = request.port ? `${request.hostname}:${request.port}` : request.hostname;
  headers["x-amz-user-agent"] = config.userAgent;
  if (sendUserAgentHeader) headers["user-agent"] = config.userAgent;
  headers["amz-sdk-invocation-id"] = randomUUID();
  const body: unknown = request.body;
  if (body != null && headers["content-length"] === undefined && headers["Content-Length"] === undefined) {
    const length = typeof body === "string" ? utf8Length(body) : body instanceof Uint8Array ? body.byteLength : undefined;
    if (length !== undefined) headers["content-length"] = String(length);
  }
  return next(args);
};
