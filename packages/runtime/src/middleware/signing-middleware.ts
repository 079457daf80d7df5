import { redactSecrets } from "../credentials/redact-secrets.js";
import type { Middleware } from "./types.js";

/**
 * `finalizeRequest` (inside the retry loop, so once per attempt): signs the request with SigV4,
 * using the (cached) credentials, the clock corrected by `systemClockOffset`, and the model's
 * signing name. `x-amz-content-sha256` and any session token are added and signed. Errors coming
 * back have the call's secret key and session token replaced wherever they quote them.
 */
export const signingMiddleware: Middleware = (next, context) => async (args) => {
  const { config } = context;
  const signer = await config.signer();
  const request = args.request!;
  request.headers["amz-sdk-request"] = `attempt=${context.attempt}; max=${config.maxAttempts}`;
  const signed = await signer.sign(request, {
    signingDate: new Date(Date.now() + config.systemClockOffset),
    signingRegion: config.signingRegion ?? context.region!,
    signingService: context.service.signingName,
  });
  try {
    return await next({ ...args, request: signed });
  } catch (error) {
    // A service may echo the session token (a signature mismatch quotes the canonical request): no error says it.
    const credentials = await config.credentials().catch(() => undefined);
    redactSecrets(error, [credentials?.secretAccessKey, credentials?.sessionToken, signed.headers["x-amz-security-token"]]);
    throw error;
  }
};
