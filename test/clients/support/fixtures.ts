/** Fixed credentials, clock and client settings shared by the client acceptance tests. */
import type { ClientConfig } from "@slimsdk/runtime";
import { vi } from "vitest";
import type { CaptureHandler } from "./capture-handler.js";

/** The example credentials of the AWS documentation, with a session token. */
export const CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "FQoGZXIvYXdzEXAMPLEsessiontoken//+=",
} as const;

/** The same keys without a session token. */
export const LONG_TERM_CREDENTIALS = { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: CREDENTIALS.secretAccessKey } as const;

/** The region every test signs for. */
export const REGION = "us-west-2";

/** The instant every request is signed at: 2024-05-17T09:30:15Z. */
export const FIXED_TIME = Date.UTC(2024, 4, 17, 9, 30, 15);

/** `x-amz-date` at {@link FIXED_TIME}. */
export const FIXED_AMZ_DATE = "20240517T093015Z";

/** Freezes `Date` (only: timers stay real, so retries still wait) at {@link FIXED_TIME}; undo with `vi.useRealTimers()`. */
export function freezeClock(): void {
  vi.useFakeTimers({ toFake: ["Date"], now: FIXED_TIME });
}

/** Idempotency tokens `prefix-1`, `prefix-2`, … in call order. */
export function sequentialTokens(prefix = "00000000-0000-4000-8000-00000000000"): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** The first fixed token {@link sequentialTokens} hands out. */
export const FIRST_TOKEN = "00000000-0000-4000-8000-000000000001";

/** Client settings for a stub handler: fixed credentials and tokens, retries without waiting. */
export function clientConfig(handler: CaptureHandler, extra: ClientConfig = {}): ClientConfig {
  return {
    region: REGION,
    credentials: CREDENTIALS,
    requestHandler: handler,
    idempotencyTokenGenerator: sequentialTokens(),
    retryStrategy: { computeDelay: () => 0 },
    ...extra,
  };
}

/** A UUID (any version), as the clients put in `amz-sdk-invocation-id`. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
