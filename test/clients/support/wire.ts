/** Shared expectations on a captured wire request: the fixed-clock signature and the headers every call carries. */
import { expect } from "vitest";
import { type CapturedRequest, lowerCaseHeaders } from "./capture-handler.js";
import { CREDENTIALS, FIXED_AMZ_DATE, REGION, UUID } from "./fixtures.js";
import { type ReferenceSignature, referenceSignature, sha256Hex } from "./sigv4-reference.js";

/** The user agent our clients send (`x-amz-user-agent` and, in Node.js, `user-agent`). */
export function userAgent(api: string): RegExp {
  return new RegExp(`^slimsdk-js/\\d+\\.\\d+\\.\\d+ api/${api.replace(/[.#]/g, "\\$&")} lang/js md/nodejs#\\d+\\.\\d+\\.\\d+$`);
}

/** Options of {@link expectWireHeaders}. */
export interface WireHeaderExpectation {
  /** Signing name of the service (the third part of the credential scope). */
  readonly signingName: string;
  /** `api/<sdkId>#<version>` part of the user agent, e.g. `proton#2020-07-20`. */
  readonly api: string;
  /** The exact body the request must carry. */
  readonly body: string;
  /** Headers specific to the operation (content-type, x-amz-target), lower-cased names. */
  readonly specific: Readonly<Record<string, string>>;
  /** Credentials used (default: with a session token). */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  /** Attempt number in `amz-sdk-request` (default 1 of 3). */
  readonly attempt?: string;
}

/**
 * Checks every header of a captured request, each by value (computed ones against the reference
 * signer), and that nothing else was sent. Returns the reference signature for further checks.
 */
export function expectWireHeaders(sent: CapturedRequest, e: WireHeaderExpectation): ReferenceSignature {
  const credentials = e.credentials ?? CREDENTIALS;
  const ref = referenceSignature(sent, credentials, REGION, e.signingName);
  const ua = userAgent(e.api);
  expect(lowerCaseHeaders(sent.headers)).toEqual({
    ...e.specific,
    host: sent.hostname,
    "content-length": String(Buffer.byteLength(e.body, "utf8")),
    "x-amz-date": FIXED_AMZ_DATE,
    ...(credentials.sessionToken !== undefined && { "x-amz-security-token": credentials.sessionToken }),
    "x-amz-content-sha256": sha256Hex(e.body),
    "x-amz-user-agent": expect.stringMatching(ua),
    "user-agent": expect.stringMatching(ua),
    "amz-sdk-invocation-id": expect.stringMatching(UUID),
    "amz-sdk-request": e.attempt ?? "attempt=1; max=3",
    authorization: ref.authorization,
  });
  expect(ref.scope).toBe(`${FIXED_AMZ_DATE.slice(0, 8)}/${REGION}/${e.signingName}/aws4_request`);
  return ref;
}
