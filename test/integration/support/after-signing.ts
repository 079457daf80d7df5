import type { HttpRequest, MiddlewareStack } from "@slimsdk/runtime";

/** Any generated client (they all expose the runtime's middleware stack). */
interface StackOwner {
  readonly middlewareStack: MiddlewareStack;
}

/**
 * Adds a middleware that runs once per attempt after signing (last in `finalizeRequest`) and lets `inspect`
 * see, or `alter` replace, the signed request that goes on the wire.
 */
export function afterSigning(client: StackOwner, name: string, alter: (request: HttpRequest) => HttpRequest | undefined): void {
  // The stack orders ties by insertion, so a `low` middleware added now runs inside the built-in signer.
  client.middlewareStack.add((next) => (args) => next({ ...args, request: alter(args.request!) ?? args.request! }), {
    step: "finalizeRequest",
    name,
    priority: "low",
  });
}

/** Collects every signed request a client sends (one per attempt). */
export function recordAttempts(client: StackOwner): HttpRequest[] {
  const sent: HttpRequest[] = [];
  afterSigning(client, "recordAttempts", (request) => {
    sent.push(request);
    return undefined;
  });
  return sent;
}
