import { type AwsCredentials, type CredentialsProvider, CredentialsProviderError } from "./credentials.js";

/** Credentials are refreshed this long before they expire, so a request never goes out with stale ones. */
const REFRESH_MS = 5 * 60_000;

/** Rejects credentials that cannot sign, naming only the fields (never their values). */
function check(value: unknown): AwsCredentials {
  const c = value as Partial<AwsCredentials> | null | undefined;
  if (!c || typeof c.accessKeyId !== "string" || !c.accessKeyId || typeof c.secretAccessKey !== "string" || !c.secretAccessKey) {
    throw new CredentialsProviderError("Invalid credentials: accessKeyId and secretAccessKey must be non-empty strings.");
  }
  return c as AwsCredentials;
}

/**
 * Wraps static credentials or a provider in a provider that caches the result until shortly
 * before its expiration; concurrent callers share one in-flight call, and failures are not cached.
 */
export function cacheCredentials(source: AwsCredentials | CredentialsProvider): CredentialsProvider {
  let cached: Promise<AwsCredentials> | undefined;
  if (typeof source !== "function") {
    // Checked on first use, not at construction: building a client never throws for credentials.
    return () => (cached ??= new Promise((resolve) => resolve(check(source))));
  }
  let expiresAt = 0;
  return () => {
    if (cached && Date.now() < expiresAt) return cached;
    const promise = source().then(check);
    cached = promise;
    expiresAt = Number.POSITIVE_INFINITY;
    promise.then(
      (c) => {
        if (cached === promise && c.expiration) expiresAt = c.expiration.getTime() - REFRESH_MS;
      },
      () => {
        if (cached === promise) cached = undefined;
      },
    );
    return promise;
  };
}
