/** A request handler of the @smithy/types `HttpHandler` shape that records every request and replays scripted responses. */
import type { HttpRequest, HttpResponse } from "@smithy/types";

/** One scripted response (status 200 and an empty body by default). */
export interface StubResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** A request as it reached the handler: header names as sent, the body as text. */
export interface CapturedRequest {
  readonly method: string;
  readonly protocol: string | undefined;
  readonly hostname: string;
  readonly port: number | undefined;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The body of a request as text; Uint8Array subclasses are decoded without calling their string methods. */
function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(Uint8Array.prototype.slice.call(body));
  throw new Error(`Unexpected request body type: ${Object.prototype.toString.call(body)}`);
}

/** Records requests (copied at the time they are sent) and answers with the scripted responses in order; the last one repeats. */
export class CaptureHandler {
  /** Every request handled, in order. */
  readonly requests: CapturedRequest[] = [];
  private readonly responses: readonly StubResponse[];

  /** Takes the responses to replay (default: one 200 with `{}`). */
  constructor(responses: readonly StubResponse[] = [{ body: "{}" }]) {
    this.responses = responses;
  }

  /** The one request handled; fails when there were none or several. */
  get only(): CapturedRequest {
    if (this.requests.length !== 1) throw new Error(`Expected exactly one request, got ${this.requests.length}.`);
    return this.requests[0]!;
  }

  /** The `HttpHandler` method both our clients and the official ones call. */
  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    this.requests.push({
      method: request.method,
      protocol: request.protocol,
      hostname: request.hostname,
      port: request.port,
      path: request.path,
      query: { ...(request.query as Record<string, string | string[] | null>) },
      headers: { ...request.headers },
      body: bodyText(request.body),
    });
    const scripted = this.responses[Math.min(this.requests.length - 1, this.responses.length - 1)] ?? {};
    const body = scripted.body ?? "";
    return {
      response: {
        statusCode: scripted.status ?? 200,
        headers: { ...scripted.headers },
        body: typeof body === "string" ? new TextEncoder().encode(body) : body,
      },
    };
  }
}

/** Header names lower-cased; fails when one header is present under two spellings. */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower in out) throw new Error(`Header "${lower}" is present twice.`);
    out[lower] = value;
  }
  return out;
}
