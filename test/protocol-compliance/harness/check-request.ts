/** Compares a captured request with an `httpRequestTests` case, the way the Smithy test traits define it. */
import type { HttpRequest } from "@smithy/protocol-http";
import { expect } from "vitest";
import type { RequestCase } from "./cases.js";
import { compareBody } from "./compare-body.js";
import { normalizeQueryPair, queryName, wireQueryParams } from "./wire.js";

/** The header of that name, in any letter case. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

/** The host the request must go to: `resolvedHost`, else the host the client was given (without its path). */
export function expectedHost(test: RequestCase): string {
  return test.resolvedHost ?? (test.host ?? "example.com").split("/")[0]!;
}

/** Asserts method, path, query, headers, host and body; every mismatch fails with a message naming the part. */
export function checkRequest(request: HttpRequest, test: RequestCase): void {
  expect(request.method, "method").toBe(test.method);
  expect(request.path, "uri").toBe(test.uri);
  expect(request.hostname, "host").toBe(expectedHost(test));

  const pairs = wireQueryParams(request.query as Record<string, string | string[]>).map(normalizeQueryPair);
  const remaining = [...pairs];
  for (const expected of test.queryParams ?? []) {
    const at = remaining.indexOf(normalizeQueryPair(expected));
    expect(at, `query parameter ${expected} (sent: ${pairs.join("&")})`).toBeGreaterThanOrEqual(0);
    remaining.splice(at, 1);
  }
  const names = pairs.map(queryName);
  for (const name of test.forbidQueryParams ?? []) expect(names, `forbidden query parameter ${name}`).not.toContain(name);
  for (const name of test.requireQueryParams ?? []) expect(names, `required query parameter ${name}`).toContain(name);

  const headers = request.headers;
  for (const [name, value] of Object.entries(test.headers ?? {})) expect(headerValue(headers, name), `header ${name}`).toBe(value);
  for (const name of test.forbidHeaders ?? []) expect(headerValue(headers, name), `forbidden header ${name}`).toBeUndefined();
  for (const name of test.requireHeaders ?? []) expect(headerValue(headers, name), `required header ${name}`).toBeDefined();

  if (test.body !== undefined) compareBody(request.body, test.body, test.bodyMediaType);
}
