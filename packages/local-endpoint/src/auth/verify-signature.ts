import { timingSafeEqual } from "node:crypto";
import { commonError, type ServiceError } from "../protocol/service-error.js";
import { formatAmzDate, parseAmzDate } from "./amz-date.js";
import { parseAuthorization } from "./authorization-header.js";
import { canonicalRequest, type SignableRequest, sha256Hex, signature, stringToSign } from "./canonical-request.js";
import type { EndpointCredential } from "./credentials.js";

/** A received request with its full body, as SigV4 verification needs it. */
export interface ReceivedRequest extends SignableRequest {
  readonly body: Uint8Array;
}

/** What verification is checked against. */
export interface VerifyOptions {
  readonly credentials: readonly EndpointCredential[];
  /** The signing name the scope must name; undefined when the route is unknown (any service accepted). */
  readonly signingName: string | undefined;
  /** Server time, epoch milliseconds. */
  readonly now: number;
  /** Allowed distance between `x-amz-date` and the server clock. AWS allows 5 minutes. */
  readonly maxSkewMs?: number;
}

/** The caller once verified, or the front-door error to answer with. */
export type VerifyResult =
  | { readonly ok: true; readonly credential: EndpointCredential; readonly region: string }
  | { readonly ok: false; readonly error: ServiceError };

const FIVE_MINUTES = 5 * 60 * 1000;
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/** Verifies an AWS4-HMAC-SHA256 Authorization header by recomputing the signature from the request as received. */
export function verifySignature(req: ReceivedRequest, opts: VerifyOptions): VerifyResult {
  const fail = (code: string, message: string): VerifyResult => ({ ok: false, error: commonError(code, 403, message) });
  const header = req.headers.authorization?.[0];
  if (header === undefined || header === "") return fail("MissingAuthenticationTokenException", "Missing Authentication Token");

  const auth = parseAuthorization(header);
  if ("error" in auth) return fail("IncompleteSignatureException", auth.error);

  const credential = opts.credentials.find((c) => c.accessKeyId === auth.accessKeyId);
  if (credential === undefined) return fail("UnrecognizedClientException", "The security token included in the request is invalid.");
  const token = req.headers["x-amz-security-token"]?.[0];
  if (token !== credential.sessionToken) {
    return fail("UnrecognizedClientException", "The security token included in the request is invalid.");
  }

  const amzDate = req.headers["x-amz-date"]?.[0];
  if (amzDate === undefined) {
    return fail("IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined) return fail("IncompleteSignatureException", `Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`);
  if (!auth.signedHeaders.includes("host")) {
    return fail("InvalidSignatureException", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  const skewError = checkSkew(signedAt, amzDate, opts.now, opts.maxSkewMs ?? FIVE_MINUTES);
  if (skewError !== undefined) return fail("InvalidSignatureException", skewError);

  const { scope } = auth;
  if (scope.date !== amzDate.slice(0, 8)) {
    return fail(
      "InvalidSignatureException",
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (opts.signingName !== undefined && scope.service !== opts.signingName) {
    return fail("InvalidSignatureException", `Credential should be scoped to correct service: '${opts.signingName}'. `);
  }
  if (scope.terminator !== "aws4_request") {
    return fail(
      "InvalidSignatureException",
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${scope.terminator}'. `,
    );
  }

  const payloadHash = sha256Hex(req.body);
  const claimed = req.headers["x-amz-content-sha256"]?.[0];
  if (claimed !== undefined && claimed !== payloadHash) {
    return fail("InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  const canonical = canonicalRequest(req, auth.signedHeaders, payloadHash);
  const scopeText = `${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`;
  const toSign = stringToSign(amzDate, scopeText, canonical);
  const expected = signature(credential.secretAccessKey, scope.date, scope.region, scope.service, toSign);
  if (!sameHex(expected, auth.signature)) {
    // AWS echoes what it computed, which is what makes signing bugs debuggable.
    const detail = `\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${toSign}'\n`;
    return fail("InvalidSignatureException", MISMATCH + detail);
  }
  return { ok: true, credential, region: scope.region };
}

function checkSkew(signedAt: number, amzDate: string, now: number, max: number): string | undefined {
  const minutes = `${Math.round(max / 60000)} min.`;
  if (signedAt < now - max) {
    return `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - max)} (${formatAmzDate(now)} - ${minutes})`;
  }
  if (signedAt > now + max) {
    return `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + max)} (${formatAmzDate(now)} + ${minutes})`;
  }
  return undefined;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
