/**
 * Node.js defaults, reached through the package's `#platform` import. The @smithy modules are
 * imported on first use, not at load, so importing a client stays fast.
 */
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import type { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import { nodeConfiguredEndpoint, nodeRegion, nodeUseDualstackEndpoint, nodeUseFipsEndpoint } from "../config/node-config-chain.js";
import { nodeCredentialChain } from "../credentials/node-credential-chain.js";
import type { EventStreamModules } from "../eventstream/codec.js";
import type { RequestHandler } from "../http/request-handler.js";
import { NodeSha256, nodeCrypto } from "../signing/node-sha256.js";
import type { SignerConstructor } from "../signing/request-signer.js";
import type { StreamMixin } from "../streams/sdk-stream.js";

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

/**
 * A streaming request body as NodeHttpHandler sends it: a Readable (web ReadableStreams, Blobs and async
 * iterables are converted; node:stream is loaded on first use). A body stream that fails destroys the request
 * it feeds, so the call fails instead of waiting for the rest of the body.
 */
export async function toRequestStream(body: unknown): Promise<unknown> {
  const { Readable } = await import("node:stream");
  if (body instanceof Readable) return body;
  let readable: import("node:stream").Readable;
  if (typeof Blob === "function" && body instanceof Blob)
    readable = Readable.fromWeb(body.stream() as import("node:stream/web").ReadableStream);
  else if (typeof (body as ReadableStream).getReader === "function")
    readable = Readable.fromWeb(body as import("node:stream/web").ReadableStream);
  else if (body !== null && typeof body === "object" && Symbol.asyncIterator in body)
    readable = Readable.from(body as AsyncIterable<unknown>);
  else return body;
  const pipe = readable.pipe.bind(readable);
  readable.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    readable.once("error", (error) => (destination as unknown as { destroy?: (e: Error) => void }).destroy?.(error));
    return pipe(destination, options);
  };
  return readable;
}

/** Loads @smithy/core's `sdkStreamMixin` (its Node.js build: for IncomingMessage bodies) on first use. */
export const loadStreamMixin = (): Promise<StreamMixin> => import("@smithy/core/serde").then((m) => m.sdkStreamMixin as StreamMixin);

/** Loads @smithy/core's event-stream codec and CRC32 on first use. */
export const loadEventStreamModules = (): Promise<EventStreamModules> =>
  Promise.all([import("@smithy/core/event-streams"), import("@smithy/core/checksum")]).then(([events, checksum]) => ({
    EventStreamCodec: events.EventStreamCodec,
    Int64: events.Int64,
    Crc32: checksum.Crc32,
  }));

/** Loads @smithy/signature-v4's full `SignatureV4` (its event signing) on first use. */
export const loadEventSigner = (): Promise<typeof SignatureV4> => import("@smithy/signature-v4").then((m) => m.SignatureV4);
