/** Checks what a rule set resolved (or the error it raised) against a test case's expectation. */
import { expect } from "vitest";
import { EndpointError, type RuleEndpoint } from "../../../packages/runtime/src/index.js";
import type { EndpointTestCase } from "./models.js";

/** Runs `resolve` and compares the URL, headers and properties, or the error message, with the case. */
export function expectResolution(resolve: () => RuleEndpoint, expected: EndpointTestCase["expect"]): void {
  if (expected.error !== undefined) {
    let thrown: unknown;
    try {
      const endpoint = resolve();
      thrown = new Error(`resolved ${JSON.stringify(endpoint)} where the error "${expected.error}" was expected`);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EndpointError);
    expect((thrown as Error).message).toBe(expected.error);
    return;
  }
  const want = expected.endpoint;
  if (want === undefined) throw new Error("The case expects neither an endpoint nor an error.");
  const got = resolve();
  expect(got.url).toBe(want.url);
  expect(got.headers ?? {}).toEqual(want.headers ?? {});
  expect(got.properties ?? {}).toEqual(want.properties ?? {});
}
