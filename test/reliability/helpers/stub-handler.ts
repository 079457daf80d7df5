/** A request handler that never touches the network: it answers every request with a scripted response. */
import type { HttpRequest, RequestHandler } from "@slimsdk/runtime";

/** A response as the stub hands it to the client. */
export interface StubResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Answers with `next()` for each request and records the requests; `calls` counts them. */
export class StubHandler implements RequestHandler {
  readonly requests: HttpRequest[] = [];

  constructor(private readonly next: (request: HttpRequest) => StubResponse | Promise<StubResponse>) {}

  get calls(): number {
    return this.requests.length;
  }

  async handle(request: HttpRequest): Promise<{ response: StubResponse }> {
    this.requests.push(request);
    return { response: await this.next(request) };
  }
}
