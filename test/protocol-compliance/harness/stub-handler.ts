/** Request handlers standing in for the network: one captures the request and ends the call, one replays a canned response. */
import type { HttpRequest } from "@smithy/protocol-http";
import type { HttpResponse } from "@smithy/types";

/** Thrown by the capturing handler so that the call ends right after the request is built. */
export class RequestCaptured extends Error {
  override readonly name = "RequestCaptured";
}

/** A handler that keeps the (signed) request it is given and fails the call with RequestCaptured. */
export function capturingHandler(): { handle(request: HttpRequest): Promise<never>; readonly requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async handle(request) {
      requests.push(request);
      throw new RequestCaptured("request captured");
    },
  };
}

/** A handler that answers every request with the given status, headers and body text. */
export function cannedHandler(statusCode: number, headers: Readonly<Record<string, string>>, body: string | undefined) {
  return {
    async handle(): Promise<{ response: HttpResponse }> {
      return { response: { statusCode, headers: { ...headers }, body: new TextEncoder().encode(body ?? "") } };
    },
  };
}
