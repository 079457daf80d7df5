/**
 * Picks the protocol test cases of one protocol out of a loaded model: `smithy.test#httpRequestTests`
 * on operations, `smithy.test#httpResponseTests` on operations and on error structures, keeping
 * those meant for clients (`appliesTo: "client"` or no `appliesTo`).
 */

import { createServiceContext } from "../../../codegen/src/emit/service-context.js";
import type { Model, Node, OperationShape, ServiceShape, Shape } from "../../../codegen/src/index.js";

/** What both kinds of case share (the `HttpMessageMixin` of the test traits). */
interface MessageCase {
  readonly id: string;
  readonly protocol: string;
  readonly documentation?: string;
  readonly appliesTo?: "client" | "server";
  readonly params?: Node;
  readonly vendorParams?: Node;
  readonly vendorParamsShape?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly forbidHeaders?: readonly string[];
  readonly requireHeaders?: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
}

/** One `httpRequestTests` entry. */
export interface RequestCase extends MessageCase {
  readonly method: string;
  readonly uri: string;
  readonly host?: string;
  readonly resolvedHost?: string;
  readonly queryParams?: readonly string[];
  readonly forbidQueryParams?: readonly string[];
  readonly requireQueryParams?: readonly string[];
}

/** One `httpResponseTests` entry. */
export interface ResponseCase extends MessageCase {
  readonly code: number;
}

/** A case bound to the service and operation it runs against (and, for error responses, the error). */
export type ComplianceCase =
  | { readonly kind: "request"; readonly service: ServiceShape; readonly operation: OperationShape; readonly test: RequestCase }
  | {
      readonly kind: "response";
      readonly service: ServiceShape;
      readonly operation: OperationShape;
      /** Set for a response test on an error structure: the response is that error. */
      readonly error?: Shape;
      readonly test: ResponseCase;
    };

const REQUEST_TESTS = "smithy.test#httpRequestTests";
const RESPONSE_TESTS = "smithy.test#httpResponseTests";

function forClient<T extends MessageCase>(node: Node | undefined, protocol: string): T[] {
  if (!Array.isArray(node)) return [];
  return (node as unknown as T[]).filter((c) => c.protocol === protocol && (c.appliesTo === undefined || c.appliesTo === "client"));
}

/**
 * The client cases of `protocol` (a protocol trait id such as `aws.protocols#restJson1`), for every
 * service of the model that uses that protocol. A test on an error structure runs against the first
 * operation (by name) of the service that can return the error.
 */
export function collectCases(model: Model, protocol: string): ComplianceCase[] {
  const cases: ComplianceCase[] = [];
  const seenErrors = new Set<string>();
  const services = [...model.shapes.values()].filter((s): s is ServiceShape => s.type === "service" && s.traits.has(protocol));
  for (const service of services.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const ctx = createServiceContext(model, { service: service.id, package: "unused", dir: "unused" });
    for (const operation of ctx.operations) {
      for (const test of forClient<RequestCase>(operation.traits.get(REQUEST_TESTS), protocol)) {
        cases.push({ kind: "request", service, operation, test });
      }
      for (const test of forClient<ResponseCase>(operation.traits.get(RESPONSE_TESTS), protocol)) {
        cases.push({ kind: "response", service, operation, test });
      }
      for (const errorId of ctx.errorsOf(operation)) {
        if (seenErrors.has(errorId)) continue;
        seenErrors.add(errorId);
        const error = ctx.shape(errorId);
        for (const test of forClient<ResponseCase>(error.traits.get(RESPONSE_TESTS), protocol)) {
          cases.push({ kind: "response", service, operation, error, test });
        }
      }
    }
  }
  return cases;
}

/** The services that the cases run against, each once. */
export function servicesOf(cases: readonly ComplianceCase[]): ServiceShape[] {
  return [...new Map(cases.map((c) => [c.service.id, c.service])).values()];
}
