import type { HttpRequest } from "@smithy/protocol-http";
import type { HttpResponse } from "@smithy/types";

/** Per-attempt options a request handler receives. */
export interface RequestHandlerOptions {
  readonly abortSignal?: AbortSignal;
  readonly requestTimeout?: number;
}

/** Sends one HTTP request: the @smithy/types `HttpHandler` shape (NodeHttpHandler, FetchHttpHandler, or a stub in tests). */
export interface RequestHandler {
  handle(request: HttpRequest, options?: RequestHandlerOptions): Promise<{ response: HttpResponse }>;
  destroy?(): void;
}
