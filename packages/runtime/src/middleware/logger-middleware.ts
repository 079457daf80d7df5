import { redact, SENSITIVE } from "../logger.js";
import type { Middleware } from "./types.js";

/**
 * `initialize`, outermost: with a `logger`, writes one line per call (info on success, error on
 * failure) with the input and output redacted by the schema. Credentials are never logged, and
 * of an error only its name, fault, message (unless the model marks it `@sensitive`) and metadata are.
 */
export const loggerMiddleware: Middleware = (next, context) => {
  const logger = context.config.logger;
  if (!logger) return next;
  const { clientName, commandName, operation } = context;
  return async (args) => {
    const input = redact(args.input, operation.input);
    try {
      const out = await next(args);
      const { $metadata, ...output } = out.output ?? {};
      logger.info({ clientName, commandName, input, output: redact(output, operation.output), metadata: $metadata });
      return out;
    } catch (error) {
      const e = (error ?? {}) as { name?: unknown; message?: unknown; $fault?: unknown; $metadata?: unknown };
      // A modeled error whose message member is @sensitive (Proton's ErrorMessage) may quote the input: log a placeholder.
      const modeled = operation.errors.find((x) => error instanceof x.ctor);
      const hidden = modeled?.schema.members.some((m) => m.sensitive && (m.name === "message" || m.name === "Message"));
      logger.error({
        clientName,
        commandName,
        input,
        error: { name: e.name, message: hidden ? SENSITIVE : e.message, $fault: e.$fault },
        metadata: e.$metadata,
      });
      throw error;
    }
  };
};
