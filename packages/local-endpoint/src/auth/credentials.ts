/** An access key the endpoint accepts, and the account its callers act as. */
export interface EndpointCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** When set, requests must carry this exact `x-amz-security-token` (temporary credentials). */
  readonly sessionToken?: string;
  /** The caller's account; owner checks compare against it. Defaults to {@link DEFAULT_ACCOUNT_ID}. */
  readonly accountId?: string;
}

/** The account of the default credential, which owns the pre-seeded resources. */
export const DEFAULT_ACCOUNT_ID = "123456789012";

/** The credential accepted when none is configured. */
export const DEFAULT_CREDENTIAL: EndpointCredential = {
  accessKeyId: "AKIDLOCALENDPOINT",
  secretAccessKey: "local-endpoint-secret",
  accountId: DEFAULT_ACCOUNT_ID,
};

/** The account a credential acts as. */
export function accountOf(credential: EndpointCredential): string {
  return credential.accountId ?? DEFAULT_ACCOUNT_ID;
}
