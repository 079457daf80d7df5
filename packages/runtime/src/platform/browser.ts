/** Browser defaults, reached through the package's `#platform` import: the same names as platform/node.ts, no Node.js module. */
import { Crc32 } from "@smithy/core/checksum";
import { EventStreamCodec, Int64 } from "@smithy/core/event-streams";
import { fromBase64, sdkStreamMixin, toBase64 } from "@smithy/core/serde";
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChecksumConstructor } from "@smithy/types";
import type { ConfigChainInit } from "../config/node-config-chain.js";
import type { Provider } from "../config/provider.js";
import { type CredentialsProvider, CredentialsProviderError } from "../credentials/credentials.js";
import type { CredentialChainInit } from "../credentials/node-credential-chain.js";
import type { EventStreamModules } from "../eventstream/codec.js";
import type { RequestHandler } from "../http/request-handler.js";
import { JsSha256 } from "../signing/js-sha256.js";
import type { SignerConstructor } from "../signing/request-signer.js";
import { SigV4Signer } from "../signing/sigv4-signer.js";
import type { StreamMixin } from "../streams/sdk-stream.js";

/** SHA-256 in JavaScript (synchronous, no secure context needed). */
export const Sha256: ChecksumConstructor = JsSha256;

/** Browsers have no ambient credentials: the caller must give them. */
export const defaultCredentials =
  (_init: CredentialChainInit): CredentialsProvider =>
  () =>
    Promise.reject(
      new CredentialsProviderError(
        "No AWS credentials: in the browser, pass `credentials` in the client config (static keys or an async provider).",
      ),
    );

/** Browsers have no ambient region. */
export const defaultRegion =
  (_init: ConfigChainInit): Provider<string | undefined> =>
  async () =>
    undefined;

/** Browsers read no settings: FIPS endpoints only when the client config asks. */
export const defaultUseFipsEndpoint =
  (_init: ConfigChainInit): Provider<boolean> =>
  async () =>
    false;

/** Browsers read no settings: dual-stack endpoints only when the client config asks. */
export const defaultUseDualstackEndpoint = defaultUseFipsEndpoint;

/** Browsers read no settings: a custom endpoint only through the client config. */
export const defaultConfiguredEndpoint =
  (_serviceId: string): Provider<string | undefined> =>
  async () =>
    undefined;

/** A random UUID v4 (`crypto.randomUUID` needs a secure context, so fall back to `getRandomValues`). */
export const randomUUID = (): string => {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** The platform part of the user agent. */
export const platformUserAgent = "lang/js md/browser";

/** Browsers forbid setting `User-Agent`; `x-amz-user-agent` carries it. */
export const sendUserAgentHeader = false;

/** The SigV4 signer (imported statically, so a bundler keeps it in the one chunk). */
export const loadSigner = (): Promise<SignerConstructor> => Promise.resolve(SigV4Signer);

/** A FetchHttpHandler. */
export const createRequestHandler = (): RequestHandler => new FetchHttpHandler();

/** Gzips a request body with the browser's CompressionStream. */
export const gzip = async (data: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(
    await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer(),
  );

/** Reads a response body fully: `Response` accepts whatever FetchHttpHandler returns (a ReadableStream or a Blob), and bytes or strings. */
export const readBody = async (body: unknown): Promise<Uint8Array> =>
  body == null ? new Uint8Array(0) : new Uint8Array(await new Response(body as BodyInit).arrayBuffer());

/** Encodes bytes as padded base64 (the codec @smithy/fetch-http-handler already bundles, via @smithy/core). */
export const encodeBase64 = (bytes: Uint8Array): string => toBase64(bytes);

/** Decodes canonical padded base64 (validated by the caller). */
export const decodeBase64 = (text: string): Uint8Array => fromBase64(text);

/** A streaming request body as fetch sends it: async iterables become ReadableStreams; streams and Blobs stay. */
export async function toRequestStream(body: unknown): Promise<unknown> {
  if (body === null || typeof body !== "object" || typeof (body as ReadableStream).getReader === "function") return body;
  const iterable = body as AsyncIterable<Uint8Array>;
  if (typeof iterable[Symbol.asyncIterator] !== "function") return body;
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

// Imported statically, as the signer is: a bundle keeps them only when a streaming client calls these.

/** @smithy/core's `sdkStreamMixin` (its browser build: for ReadableStream and Blob bodies). */
export const loadStreamMixin = (): Promise<StreamMixin> => Promise.resolve(sdkStreamMixin as StreamMixin);

/** @smithy/core's event-stream codec and CRC32. */
export const loadEventStreamModules = (): Promise<EventStreamModules> => Promise.resolve({ EventStreamCodec, Int64, Crc32 });

/** @smithy/signature-v4's full `SignatureV4` (its event signing). */
export const loadEventSigner = (): Promise<typeof SignatureV4> => Promise.resolve(SignatureV4);
