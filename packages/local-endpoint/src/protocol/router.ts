import type { Operation } from "../services/operation.js";
import type { ServiceDef } from "../services/service-def.js";
import { compilePath, matchPath, type PathTemplate } from "./path-template.js";
import { wireProtocol } from "./wire-protocols.js";

/** Where a request goes: an operation with its decoded labels, a known service without such an operation, or nowhere. */
export type Route =
  | { readonly kind: "operation"; readonly operation: Operation; readonly labels: Readonly<Record<string, string>> }
  | { readonly kind: "unknown-operation"; readonly service: ServiceDef | undefined; readonly message: string };

/** Routes requests of REST protocols by method and path template, and of target-routed ones (`POST /`) by `X-Amz-Target`. */
export class Router {
  readonly #rest: { operation: Operation; method: string; template: PathTemplate }[] = [];
  readonly #targets = new Map<string, Operation>();
  readonly #prefixes = new Map<string, ServiceDef>();

  constructor(operations: readonly Operation[]) {
    for (const operation of operations) {
      const { http, service } = operation;
      const byTarget = wireProtocol(service.protocol).routing === "target";
      if (byTarget !== "target" in http) {
        throw new TypeError(`${operation.name}: a ${service.protocol} operation needs ${byTarget ? "a target" : "a method and path"}`);
      }
      if ("target" in http) {
        this.#targets.set(`${service.targetPrefix}.${http.target}`, operation);
        this.#prefixes.set(service.targetPrefix ?? "", service);
      } else {
        this.#rest.push({ operation, method: http.method, template: compilePath(http.path) });
      }
    }
  }

  /** Finds the route of a request; `rawPath` is percent-encoded as received. */
  route(method: string, rawPath: string, target: string | undefined): Route {
    if (target !== undefined && rawPath === "/") {
      const operation = this.#targets.get(target);
      if (operation !== undefined && method === "POST") return { kind: "operation", operation, labels: {} };
      const service = this.#prefixes.get(target.split(".")[0] ?? "");
      return { kind: "unknown-operation", service, message: `Operation ${target} is not supported.` };
    }
    let pathService: ServiceDef | undefined;
    for (const r of this.#rest) {
      const labels = matchPath(r.template, rawPath);
      if (labels === undefined) continue;
      if (r.method === method) return { kind: "operation", operation: r.operation, labels };
      pathService = r.operation.service;
    }
    return { kind: "unknown-operation", service: pathService, message: `No operation matches ${method} ${rawPath}.` };
  }
}
