import type { HttpRequest } from "@smithy/protocol-http";
import type { ResolvedClientConfig } from "../config/client-config.js";
import type { EndpointSigning } from "../endpoints/rules/auth-scheme.js";
import type { MetadataBearer } from "../errors/service-exception.js";
import type { Endpoint, RawResponse } from "../protocol.js";
import type { OperationSchema, ServiceSchema } from "../schema.js";

/** The steps of a call, in order. */
export type Step = "initialize" | "serialize" | "build" | "finalizeRequest" | "deserialize";

/** What flows down the stack: the input, and from `serialize` on, the HTTP request. */
export interface HandlerArgs {
  readonly input: Record<string, unknown>;
  readonly request?: HttpRequest;
  /** Set by the retry loop: aborted when this attempt is given up (timeout or caller's abort), even if a later attempt runs. */
  readonly attemptSignal?: AbortSignal | undefined;
}

/** What flows back up: the HTTP response, and from `deserialize` on, the parsed output. */
export interface HandlerOutput {
  readonly output?: Record<string, unknown> & Partial<MetadataBearer>;
  readonly response?: unknown;
}

/** One stage of a call. */
export type Handler = (args: HandlerArgs) => Promise<HandlerOutput>;

/** Facts about one `send()` that every middleware can read. */
export interface HandlerContext {
  readonly clientName: string;
  /** E.g. `UpdateEnvironmentCommand`. */
  readonly commandName: string;
  readonly service: ServiceSchema;
  readonly operation: OperationSchema;
  readonly config: ResolvedClientConfig;
  readonly abortSignal: AbortSignal | undefined;
  readonly requestTimeout: number | undefined;
  /** Set at `serialize`. */
  region?: string;
  /** Set at `serialize`. */
  endpoint?: Endpoint;
  /** Set at `serialize` by rule-set clients: the signing name and region of the endpoint's sigv4 auth scheme. */
  signing?: EndpointSigning;
  /** The current attempt (1-based), set at `finalizeRequest`. */
  attempt: number;
  /** Aborts the current attempt (the caller's abort or the request timeout), for the request handler. */
  attemptSignal?: AbortSignal | undefined;
  /** The last response, read fully (set at `deserialize`). */
  response?: RawResponse;
}

/** A middleware: given the next handler and the call's context, returns this stage's handler. */
export type Middleware = (next: Handler, context: HandlerContext) => Handler;

/** Where and under what name a middleware is added. */
export interface MiddlewareOptions {
  readonly step: Step;
  /** Unique in the stack; needed to remove the middleware by name. */
  readonly name?: string | undefined;
  /** Order inside the step (default `normal`; ties keep insertion order). */
  readonly priority?: "high" | "normal" | "low" | undefined;
  /** Replace a middleware of the same name instead of failing. */
  readonly override?: boolean | undefined;
}
