import type { FaultOptions } from "../faults/fault-injector.js";
import { isFaultKind } from "../faults/fault-kind.js";
import { jsonReply, type Reply } from "../http/reply.js";
import type { EndpointCore } from "../server/endpoint-core.js";
import { stateSnapshot } from "../state/state-snapshot.js";
import { isObject } from "../validation/validate.js";

/** What the admin routes act on. */
export interface AdminTarget {
  readonly core: EndpointCore;
  /** Restores the seed, zeroes counters, forgets tokens and scripted faults. */
  reset(): void;
}

/**
 * Unsigned admin routes, for tests, examples and browser pages:
 * `GET /__admin/stats`, `GET /__admin/state`, `POST /__admin/faults`, `POST /__admin/fail-next`, `POST /__admin/reset`.
 */
export function handleAdmin(target: AdminTarget, method: string, rawPath: string, body: Buffer): Reply {
  const { core } = target;
  const route = `${method} ${rawPath}`;
  try {
    switch (route) {
      case "GET /__admin/stats":
        return jsonReply(200, core.stats.snapshot());
      case "GET /__admin/state":
        return jsonReply(200, stateSnapshot(core.state));
      case "POST /__admin/faults": {
        const { seed, ...options } = parseObject(body);
        if (seed !== undefined && typeof seed !== "number") throw new TypeError("seed must be a number");
        core.faults.configure(options as FaultOptions, seed);
        return jsonReply(200, { seed: core.faults.seed });
      }
      case "POST /__admin/fail-next": {
        const { count, kind, operation, delayMs } = parseObject(body);
        if (typeof count !== "number") throw new TypeError("count must be a number");
        if (!isFaultKind(kind)) throw new TypeError(`kind must be a fault kind, got ${JSON.stringify(kind)}`);
        if (operation !== undefined && typeof operation !== "string") throw new TypeError("operation must be a string");
        if (delayMs !== undefined && typeof delayMs !== "number") throw new TypeError("delayMs must be a number");
        core.faults.failNext(count, kind, {
          ...(operation === undefined ? {} : { operation }),
          ...(delayMs === undefined ? {} : { delayMs }),
        });
        return jsonReply(200, { scriptedRemaining: core.faults.scriptedRemaining });
      }
      case "POST /__admin/reset":
        target.reset();
        return jsonReply(200, { reset: true });
      default:
        return jsonReply(404, { message: `No admin route ${route}.` });
    }
  } catch (e) {
    return jsonReply(400, { message: (e as Error).message });
  }
}

function parseObject(body: Buffer): Record<string, unknown> {
  const text = body.toString("utf8");
  let value: unknown;
  try {
    value = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new TypeError("body must be JSON");
  }
  if (!isObject(value)) throw new TypeError("body must be a JSON object");
  return value;
}
