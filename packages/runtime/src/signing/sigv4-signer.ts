import type { HttpRequest } from "@smithy/protocol-http";
import {
  createScope,
  GENERATED_HEADERS,
  getCanonicalHeaders,
  getPayloadHash,
  getSigningKey,
  hasHeader,
  SignatureV4Base,
} from "@smithy/signature-v4";
import type { AwsCredentialIdentity, ChecksumConstructor } from "@smithy/types";
import type { Provider } from "../config/provider.js";
import type { CredentialsProvider } from "../credentials/credentials.js";
import type { RequestSigner } from "./request-signer.js";

const ALGORITHM = "AWS4-HMAC-SHA256";

/** Lower-case hex of bytes. */
const toHex = (bytes: Uint8Array): string => {
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
};

/**
 * A copy of the request to sign, without any earlier signature's headers. A plain object (as
 * `prepareRequest` would make, but without the `HttpRequest` class, which no bundle then needs).
 */
const unsignedCopy = (request: HttpRequest): HttpRequest => {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(request.headers))
    if (!GENERATED_HEADERS.includes(name.toLowerCase())) headers[name] = request.headers[name]!;
  return { ...request, headers, query: { ...request.query } } as HttpRequest;
};

/**
 * SigV4 request signing on @smithy/signature-v4's building blocks (canonical request, string to
 * sign, cached signing keys, header rules). It does what `SignatureV4#sign` does for a request
 * (always adding `x-amz-content-sha256`), without the presigning and event-stream code that class
 * drags into every browser bundle; a test checks both sign alike.
 */
export class SigV4Signer extends SignatureV4Base implements RequestSigner {
  /** The last signing key and what it was derived for: saves even the credential hash of @smithy's key cache. */
  declare private key: { scope: string; credentials: AwsCredentialIdentity; value: Promise<Uint8Array> } | undefined;

  /** Takes the signing name, region and credential providers, and the SHA-256 implementation. */
  constructor(init: { service: string; region: Provider<string>; credentials: CredentialsProvider; sha256: ChecksumConstructor }) {
    super({ ...init, credentials: init.credentials as Provider<AwsCredentialIdentity> });
  }

  /** Returns a signed copy of the request. */
  async sign(request: HttpRequest, options: { signingDate: Date; signingRegion: string; signingService: string }): Promise<HttpRequest> {
    const { signingDate, signingRegion: region, signingService: service } = options;
    const credentials = await this.credentialProvider();
    this.validateResolvedCredentials(credentials);
    const signed = unsignedCopy(request);
    const headers = signed.headers;
    const { longDate, shortDate } = this.formatDate(signingDate);
    const scope = createScope(shortDate, region, service);
    headers["x-amz-date"] = longDate;
    if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;
    const payloadHash = await getPayloadHash(signed, this.sha256);
    if (!hasHeader("x-amz-content-sha256", headers)) headers["x-amz-content-sha256"] = payloadHash;
    const canonicalHeaders = getCanonicalHeaders(signed);
    const stringToSign = await this.createStringToSign(
      longDate,
      scope,
      this.createCanonicalRequest(signed, canonicalHeaders, payloadHash),
      ALGORITHM,
    );
    if (this.key?.scope !== scope || this.key.credentials !== credentials) {
      const key = { scope, credentials, value: getSigningKey(this.sha256, credentials, shortDate, region, service) };
      key.value.catch(() => {
        if (this.key === key) this.key = undefined;
      });
      this.key = key;
    }
    const hash = new this.sha256(await this.key.value);
    hash.update(stringToSign);
    headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${toHex(await hash.digest())}`;
    return signed;
  }
}
