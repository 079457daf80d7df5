import type { HttpRequest } from "@smithy/protocol-http";
import type { ChecksumConstructor } from "@smithy/types";
import type { Provider } from "../config/provider.js";
import type { CredentialsProvider } from "../credentials/credentials.js";

/** What the signing step needs of a signer (a subset of @smithy/signature-v4's `SignatureV4`). */
export interface RequestSigner {
  sign(request: HttpRequest, options: { signingDate: Date; signingRegion: string; signingService: string }): Promise<HttpRequest>;
}

/** The signer class, loaded through the platform module (lazily in Node.js, to keep imports fast). */
export type SignerConstructor = new (init: {
  service: string;
  region: Provider<string>;
  credentials: CredentialsProvider;
  sha256: ChecksumConstructor;
}) => RequestSigner;
