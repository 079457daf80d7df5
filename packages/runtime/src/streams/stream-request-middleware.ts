import { Sha256, toRequestStream } from "#platform";
import { loadEventStreamLib } from "../eventstream/codec.js";
import { EventStreamBody } from "../eventstream/event-stream-body.js";
import { createFrameSigner } from "../eventstream/frame-signer.js";
import type { Middleware } from "../middleware/types.js";
import { isOneShotBody } from "./request-body.js";

/**
 * `finalizeRequest`, after signing, for clients with streaming operations: turns a streaming body into what the
 * platform's HTTP handler sends (in Node.js a Readable, also from a web ReadableStream or a Blob). Event frames
 * are signed one by one, chained from the request's signature, as SigV4 event streams require.
 */
export const streamRequestMiddleware: Middleware = (next, context) => async (args) => {
  const request = args.request!;
  const body: unknown = request.body;
  if (body instanceof EventStreamBody) {
    const { config } = context;
    const seed = /Signature=([0-9a-f]+)/.exec(request.headers.authorization ?? "")?.[1];
    const sign =
      seed === undefined
        ? undefined
        : await createFrameSigner({
            credentials: await config.credentials(),
            region: config.signingRegion ?? context.region!,
            service: context.service.signingName,
            sha256: Sha256,
            seedSignature: seed,
            now: () => new Date(Date.now() + config.systemClockOffset),
            lib: await loadEventStreamLib(),
          });
    return next({ ...args, request: { ...request, body: await toRequestStream(body.frames(sign)) } as typeof request });
  }
  if (isOneShotBody(body) || (typeof Blob === "function" && body instanceof Blob)) {
    return next({ ...args, request: { ...request, body: await toRequestStream(body) } as typeof request });
  }
  return next(args);
};
