import type { Command } from "./command.js";
import type { ClientConfig, ResolvedClientConfig } from "./config/client-config.js";
import { resolveClientConfig } from "./config/resolve-config.js";
import type { RequestHandlerOptions } from "./http/request-handler.js";
import { createDefaultStack } from "./middleware/default-stack.js";
import type { MiddlewareStack } from "./middleware/middleware-stack.js";
import type { Handler, HandlerContext } from "./middleware/types.js";
import { AbortError } from "./retry/abort-error.js";
import type { ServiceSchema } from "./schema.js";
import { InputValidationError } from "./validation/input-validation-error.js";

/** Per-call options of `send()`. */
export interface SendOptions {
  /** Aborts the call (and any pending retry) with an `AbortError`. */
  readonly abortSignal?: AbortSignal | undefined;
  /** Milliseconds each attempt may take (overrides the client's `requestTimeout`). */
  readonly requestTimeout?: number | undefined;
}

/**
 * The client of one service (`S` is its sdkId). Construction only applies defaults; region,
 * credentials and endpoint are resolved on the first `send()`.
 */
export class Client<S extends string> {
  // Fields are declared and set in the constructor: class fields compile to a helper call each in ES2020 bundles.
  /** The configuration with defaults applied. */
  declare readonly config: ResolvedClientConfig;
  /** The middleware every call runs through; add your own with `middlewareStack.add(mw, { step, name })`. */
  declare readonly middlewareStack: MiddlewareStack;
  /** The service this client calls. */
  declare protected readonly service: ServiceSchema;
  declare private readonly clientName: string;

  /** Builds a client; never throws for missing credentials or region (those fail the first call). */
  constructor(config: ClientConfig, service: ServiceSchema) {
    this.config = resolveClientConfig(config, service);
    this.middlewareStack = createDefaultStack();
    this.service = service;
    this.clientName = `${service.sdkId.replace(/ /g, "")}Client`;
  }

  /** Sends a command of this service and resolves with its output (with `$metadata`), or rejects with a typed error. */
  send<I, O>(command: Command<I, O, S>, options: SendOptions = {}): Promise<O> {
    const { config, service } = this;
    const operation = command.schema;
    const commandName = `${operation.name}Command`;
    const abortSignal = options.abortSignal;
    if (abortSignal?.aborted) return Promise.reject(new AbortError(commandName, abortSignal.reason));
    const input = (command.input ?? {}) as Record<string, unknown>;
    if (typeof input !== "object" || Array.isArray(input)) {
      return Promise.reject(new InputValidationError(commandName, [{ path: "", message: "the input must be an object" }]));
    }
    const context: HandlerContext = {
      clientName: this.clientName,
      commandName,
      service,
      operation,
      config,
      abortSignal,
      requestTimeout: options.requestTimeout ?? config.requestTimeout,
      attempt: 0,
    };
    const transport: Handler = (args) => {
      const signal = args.attemptSignal ?? context.attemptSignal;
      // An attempt already given up sends nothing (a retry may be under way with the same request).
      if (signal?.aborted) return Promise.reject(signal.reason);
      const handlerOptions: { abortSignal?: AbortSignal; requestTimeout?: number } = {};
      if (signal) handlerOptions.abortSignal = signal;
      if (context.requestTimeout) handlerOptions.requestTimeout = context.requestTimeout;
      return config.requestHandler.handle(args.request!, handlerOptions as RequestHandlerOptions);
    };
    try {
      return this.middlewareStack
        .resolve(
          transport,
          context,
        )({ input })
        .then((out) => out.output as O);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Releases the request handler's resources (sockets); the client should not be used afterwards. */
  destroy(): void {
    this.config.requestHandler.destroy?.();
  }
}
