import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "./node-sha256.js";

/** Credentials a test signs with. */
export interface TestCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** The default credential of the endpoint. */
export const DEFAULT_TEST_CREDENTIALS: TestCredentials = { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "local-endpoint-secret" };

/** One HTTP call to the endpoint, signed unless `credentials` is null. */
export interface CallOptions {
  readonly signingName: string;
  readonly method: string;
  /** Already percent-encoded, as a client sends it. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly region?: string;
  readonly credentials?: TestCredentials | null;
  readonly signingDate?: Date;
  /** Changes the request after signing (to tamper with it). */
  readonly afterSigning?: (req: HttpRequest) => void;
}

/** What came back. */
export interface CallResult {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON (undefined for an empty body). */
  readonly json: any;
}

let defaultSigningDate: Date | undefined;

/** Signs later calls at this instant unless a call says otherwise (for endpoints started with a fixed clock). */
export function signAt(date: Date | undefined): void {
  defaultSigningDate = date;
}

/** Signs with @smithy/signature-v4 and sends over a fresh connection with node:http. */
export async function call(baseUrl: string, opts: CallOptions): Promise<CallResult> {
  const url = new URL(baseUrl);
  const body = opts.body;
  const req = new HttpRequest({
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    method: opts.method,
    path: opts.path,
    query: { ...opts.query },
    headers: {
      host: url.host,
      ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }),
      ...opts.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  let toSend = req;
  if (opts.credentials !== null) {
    const signer = new SignatureV4({
      credentials: opts.credentials ?? DEFAULT_TEST_CREDENTIALS,
      region: opts.region ?? "us-east-1",
      service: opts.signingName,
      sha256: NodeSha256,
    });
    const signingDate = opts.signingDate ?? defaultSigningDate;
    toSend = (await signer.sign(req, signingDate === undefined ? {} : { signingDate })) as HttpRequest;
  }
  opts.afterSigning?.(toSend);
  return send(toSend);
}

/** Sends a request as is; rejects with the socket error (e.g. ECONNRESET) when the connection dies. */
export function send(req: HttpRequest): Promise<CallResult> {
  const query = Object.entries(req.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join("&");
  return new Promise((resolve, reject) => {
    const r = httpRequest(
      {
        host: req.hostname,
        port: req.port,
        method: req.method,
        path: query === "" ? req.path : `${req.path}?${query}`,
        headers: req.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: text === "" ? undefined : JSON.parse(text) });
        });
      },
    );
    r.on("error", reject);
    r.end(req.body as string | undefined);
  });
}

/** Percent-encodes a label the way Smithy clients do (RFC 3986 unreserved characters kept). */
export function encodeLabel(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
