import { addContentMd5 } from "../protocols/content-md5.js";
import type { MiddlewareStack } from "./middleware-stack.js";
import type { Middleware } from "./types.js";

/** `build`, after any compression: `Content-MD5` of the body as sent, for `@httpChecksumRequired` operations. */
const contentMd5: Middleware = (next, context) => (args) => {
  const request = args.request!;
  if (context.operation.checksumRequired) addContentMd5(request.headers, request.body);
  return next(args);
};

/**
 * Adds `@httpChecksumRequired` support to a client. Generated clients call this only when their
 * service has such an operation, so no other bundle carries the MD5 code.
 */
export function addContentMd5Checksum(stack: MiddlewareStack): void {
  stack.add(contentMd5, { step: "build", name: "contentMd5Middleware", priority: "low" });
}
