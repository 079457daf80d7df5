/**
 * SigV4 signing of event-stream input frames (the "STREAMING-AWS4-HMAC-SHA256-EVENTS" payload): each encoded
 * message becomes the body of an envelope message with `:date` and `:chunk-signature` headers, the signature
 * chained from the previous one, starting at the signature of the HTTP request. @smithy/signature-v4's
 * `SignatureV4.signMessage` computes each signature; it is loaded on first use.
 */
import type { AwsCredentialIdentity, ChecksumConstructor } from "@smithy/types";
import { loadEventSigner } from "#platform";
import type { AwsCredentials } from "../credentials/credentials.js";
import type { EventStreamLib } from "./codec.js";

/** What signing the frames of one request needs. */
export interface FrameSignerInit {
  readonly credentials: AwsCredentials;
  readonly region: string;
  readonly service: string;
  readonly sha256: ChecksumConstructor;
  /** The request's own signature (from its Authorization header): the seed of the chain. */
  readonly seedSignature: string;
  /** The signing clock (corrected by the client's clock offset). */
  readonly now: () => Date;
  readonly lib: EventStreamLib;
}

/** Signs one payload (an encoded message, or the empty end frame) and returns the encoded envelope. */
export type FrameSigner = (payload: Uint8Array) => Promise<Uint8Array>;

/** Bytes of lower-case hex. */
function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A signer of the frames of one request, in order (each signature depends on the one before). */
export async function createFrameSigner(init: FrameSignerInit): Promise<FrameSigner> {
  const SignatureV4 = await loadEventSigner();
  const signer = new SignatureV4({
    service: init.service,
    region: init.region,
    // Our credentials type allows explicit undefined members, which @smithy's (exact optional) type does not name.
    credentials: () => Promise.resolve(init.credentials as AwsCredentialIdentity),
    sha256: init.sha256,
  });
  let prior = init.seedSignature;
  return async (payload) => {
    // The date goes in the envelope as a timestamp header (milliseconds) and, to the second, in the string to sign.
    const date = init.now();
    const dateHeader = { ":date": { type: "timestamp" as const, value: date } };
    const { signature } = await signer.signMessage(
      { message: { headers: dateHeader, body: payload }, priorSignature: prior },
      { signingDate: date, signingRegion: init.region, signingService: init.service },
    );
    prior = signature;
    return init.lib.encode({
      headers: { ...dateHeader, ":chunk-signature": { type: "binary", value: hexBytes(signature) } },
      body: payload,
    });
  };
}
