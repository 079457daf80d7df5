/**
 * Node.js defaults, reached through the package's `#platform` import. The @smithy modules are
 * imported on first use, not at load, so importing a client stays fast.
 */
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import type { ChecksumConstructor } from "@smithy/types";
import { nodeConfiguredEndpoint, nodeRegion, nodeUseDualstackEndpoint, nodeUseFipsEndpoint } from "../config/node-config-chain.js";
import { nodeCredentialChain } from "../credentials/node-credential-chain.js";
import type { RequestHandler } from "../http/request-handler.js";
import { NodeSha256, nodeCrypto } from "../signing/node-sha256.js";
import type { SignerConstructor } from "../signing/request-signer.js";

/** SHA-256 on node:crypto. */
export const Sha256: ChecksumConstructor = NodeSha256;

/** The official SDK's default credential chain (environment, SSO, shared files, process, web identity, container, IMDS). */
export const defaultCredentials = nodeCredentialChain;

/** The region from AWS_REGION, the profile's `region`, or the instance metadata service. */
export const defaultRegion = nodeRegion;

/** `useFipsEndpoint` from AWS_USE_FIPS_ENDPOINT or the profile's `use_fips_endpoint`. */
export const defaultUseFipsEndpoint = nodeUseFipsEndpoint;

/** `useDualstackEndpoint` from AWS_USE_DUALSTACK_ENDPOINT or the profile's `use_dualstack_endpoint`. */
export const defaultUseDualstackEndpoint = nodeUseDualstackEndpoint;

/** The endpoint URL configured for the service: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's `endpoint_url`. */
export const defaultConfiguredEndpoint = nodeConfiguredEndpoint;

/** A random UUID v4 (node:crypto is loaded on the first call: loading it at import costs more than the rest of a client). */
export const randomUUID = (): string => nodeCrypto().randomUUID();

/** The platform part of the user agent. */
export const platformUserAgent = `lang/js md/nodejs#${process.versions.node}`;

/** Node.js may set `User-Agent` (browsers may not). */
export const sendUserAgentHeader = true;

/** Loads the SigV4 signer (and @smithy/signature-v4 with it). */
export const loadSigner = (): Promise<SignerConstructor> => import("../signing/sigv4-signer.js").then((m) => m.SigV4Signer);

/** A NodeHttpHandler, created (and its module loaded) on the first request. */
export function createRequestHandler(): RequestHandler {
  let handler: Promise<NodeHttpHandler> | undefined;
  return {
    handle(request, options) {
      handler ??= import("@smithy/node-http-handler").then((m) => new m.NodeHttpHandler({ throwOnRequestTimeout: true }));
      return handler.then((h) => h.handle(request, options));
    },
    destroy() {
      void handler?.then((h) => h.destroy());
    },
  };
}

/** Gzips a request body with node:zlib (loaded on first use: only clients of `@requestCompression` operations call it). */
export const gzip = (data: Uint8Array): Promise<Uint8Array> =>
  import("node:zlib").then(
    (zlib) => new Promise((resolve, reject) => zlib.gzip(data, (error, out) => (error ? reject(error) : resolve(out)))),
  );

/** Reads a response body fully (NodeHttpHandler returns a Node.js stream; stubs may return bytes or strings). */
export { readBody } from "../http/read-body.js";

/** Encodes bytes as padded base64. */
export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

/** Decodes canonical padded base64 (validated by the caller). */
export const decodeBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"));
