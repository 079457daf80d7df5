import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { fakeService, StubHandler } from "../testing/fakes.js";
import { validateConstraints } from "../validation/check-constraints.js";
import { RUNTIME_VERSION, resolveClientConfig } from "./resolve-config.js";

vi.mock("#platform", () => import("../platform/node.js"));

describe("resolveClientConfig", () => {
  it("applies defaults without resolving anything", () => {
    const region = vi.fn(async () => "us-east-1");
    const credentials = vi.fn(async () => ({ accessKeyId: "A", secretAccessKey: "S" }));
    const c = resolveClientConfig({ region, credentials }, fakeService);
    expect(region).not.toHaveBeenCalled();
    expect(credentials).not.toHaveBeenCalled();
    expect(c.maxAttempts).toBe(3);
    expect(c.systemClockOffset).toBe(0);
    expect(c.validateInput).toBeUndefined();
    expect(c.logger).toBeUndefined();
    expect(c.requestTimeout).toBeUndefined();
    expect(typeof c.requestHandler.handle).toBe("function");
    expect(c.idempotencyTokenGenerator()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  });

  it("takes the constraint checks as validateInput, and refuses the old `true`", () => {
    expect(resolveClientConfig({ validateInput: validateConstraints }, fakeService).validateInput).toBe(validateConstraints);
    expect(() => resolveClientConfig({ validateInput: true as never }, fakeService)).toThrow(
      'validateInput takes validateConstraints, imported from "@slimsdk/runtime".',
    );
  });

  it("resolves the region once and checks it", async () => {
    const region = vi.fn(async () => "eu-west-1");
    const c = resolveClientConfig({ region }, fakeService);
    expect(await c.region()).toBe("eu-west-1");
    expect(await c.region()).toBe("eu-west-1");
    expect(region).toHaveBeenCalledTimes(1);
    await expect(resolveClientConfig({ region: "US East" }, fakeService).region()).rejects.toThrow(
      'Region "US East" is not a valid AWS region.',
    );
  });

  it("falls back to AWS_REGION in Node.js", async () => {
    vi.stubEnv("AWS_REGION", "ap-south-1");
    expect(await resolveClientConfig({}, fakeService).region()).toBe("ap-south-1");
    vi.unstubAllEnvs();
  });

  it("caches the endpoint per region, or uses the override", async () => {
    const c = resolveClientConfig({ region: "us-east-1" }, fakeService);
    const a = await c.endpoint("us-east-1");
    expect(await c.endpoint("us-east-1")).toBe(a);
    expect((await c.endpoint("cn-north-1")).hostname).toBe("fake.cn-north-1.amazonaws.com.cn");
    const o = resolveClientConfig({ region: "us-east-1", endpoint: async () => "http://localhost:9000" }, fakeService);
    expect(await o.endpoint("us-east-1")).toEqual({ protocol: "http:", hostname: "localhost", port: 9000, path: "/" });
    await expect(resolveClientConfig({ region: "us-east-1", endpoint: "nope" }, fakeService).endpoint("us-east-1")).rejects.toThrow(
      'Invalid endpoint "nope"',
    );
  });

  it("keeps a given request handler and builds the user agent", () => {
    const handler = new StubHandler();
    const c = resolveClientConfig({ requestHandler: handler, customUserAgent: "my-app/1.2" }, fakeService);
    expect(c.requestHandler).toBe(handler);
    expect(c.userAgent).toMatch(/^slimsdk-js\/\S+ api\/fake-service#2020-01-01 lang\/js md\/nodejs#\S+ my-app\/1\.2$/);
  });

  it("rejects a bad requestTimeout at construction", () => {
    expect(() => resolveClientConfig({ requestTimeout: -1 }, fakeService)).toThrow("requestTimeout must be an integer >= 1, got -1.");
  });

  it("reports the package version in the user agent", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(RUNTIME_VERSION).toBe(pkg.version);
  });
});
