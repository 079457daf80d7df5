/** AWS credentials, as given by the caller or a provider. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  /** When the credentials stop working; providers are asked again shortly before. */
  readonly expiration?: Date | undefined;
  /** The account the credentials belong to (the `AWS::Auth::AccountId` endpoint parameter). */
  readonly accountId?: string | undefined;
}

/** An async source of credentials (called again shortly before the last result expires). */
export type CredentialsProvider = () => Promise<AwsCredentials>;

/** Raised when credentials cannot be found or are malformed. Its message never holds a secret. */
export class CredentialsProviderError extends Error {
  /** Builds the error; `cause` keeps the error of the source that failed. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CredentialsProviderError";
  }
}
