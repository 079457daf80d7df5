import type { MiddlewareStack } from "./middleware-stack.js";
import type { Middleware } from "./types.js";

/**
 * Adds what `@awsQueryCompatible` services (JSON services that used to speak awsQuery) need: every
 * request says `x-amzn-query-mode: true`, and every service error carries the awsQuery error `Code`
 * and `Type` from the `x-amzn-query-error: Code;Type` response header (`Code` defaults to the error's name).
 * Generated clients call this only for such services.
 */
export function addQueryCompatibility(stack: MiddlewareStack): void {
  const middleware: Middleware = (next, context) => async (args) => {
    args.request!.headers["x-amzn-query-mode"] = "true";
    try {
      return await next(args);
    } catch (error) {
      const e = error as { $fault?: unknown; name: string; Code?: string; Type?: string } | null;
      if (e && typeof e === "object" && e.$fault !== undefined && e.Code === undefined) {
        const [code, type] = (context.response?.headers["x-amzn-query-error"] ?? "").split(";");
        e.Code = code || e.name;
        if (type) e.Type = type;
      }
      throw error;
    }
  };
  stack.add(middleware, { step: "build", name: "queryCompatibleMiddleware" });
}
