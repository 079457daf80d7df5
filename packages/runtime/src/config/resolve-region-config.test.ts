import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveRegionConfig } from "./resolve-region-config.js";

vi.mock("#platform", () => import("../platform/node.js"));
afterEach(() => vi.unstubAllEnvs());

const SERVICE = { endpointPrefix: "proton", sdkId: "Proton" };

const host = async (config: Parameters<typeof resolveRegionConfig>[0]) => {
  const c = resolveRegionConfig(config, SERVICE);
  return (await c.endpoint(await c.region())).hostname;
};

describe("resolveRegionConfig", () => {
  it("takes useFipsEndpoint and useDualstackEndpoint as booleans or providers", async () => {
    expect(await host({ region: "us-east-1" })).toBe("proton.us-east-1.amazonaws.com");
    expect(await host({ region: "us-east-1", useFipsEndpoint: true })).toBe("proton-fips.us-east-1.amazonaws.com");
    expect(await host({ region: "us-east-1", useDualstackEndpoint: true })).toBe("proton.us-east-1.api.aws");
    expect(await host({ region: "us-east-1", useFipsEndpoint: async () => true, useDualstackEndpoint: async () => true })).toBe(
      "proton-fips.us-east-1.api.aws",
    );
  });

  it("reads AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT in Node.js; an option wins over them", async () => {
    vi.stubEnv("AWS_USE_FIPS_ENDPOINT", "true");
    vi.stubEnv("AWS_USE_DUALSTACK_ENDPOINT", "true");
    expect(await host({ region: "us-gov-west-1" })).toBe("proton-fips.us-gov-west-1.api.aws");
    expect(await host({ region: "us-gov-west-1", useFipsEndpoint: false, useDualstackEndpoint: false })).toBe(
      "proton.us-gov-west-1.amazonaws.com",
    );
    // As in the official chain, a value other than "true" / "false" is passed over (the next source decides).
    vi.stubEnv("AWS_USE_FIPS_ENDPOINT", "yes");
    expect(await host({ region: "us-east-1" })).toBe("proton.us-east-1.api.aws");
  });

  it("turns a FIPS pseudo-region into its region and the FIPS endpoint", async () => {
    const c = resolveRegionConfig({ region: "us-west-2-fips" }, SERVICE);
    expect(await c.region()).toBe("us-west-2");
    expect(await c.useFipsEndpoint()).toBe(true);
    expect((await c.endpoint("us-west-2")).hostname).toBe("proton-fips.us-west-2.amazonaws.com");
  });

  it("refuses FIPS or dual-stack with a custom endpoint, in the rule sets' words", async () => {
    const endpoint = "http://127.0.0.1:4566";
    await expect(host({ region: "us-east-1", endpoint, useFipsEndpoint: true })).rejects.toThrow(
      "Invalid Configuration: FIPS and custom endpoint are not supported",
    );
    await expect(host({ region: "us-east-1", endpoint, useDualstackEndpoint: true })).rejects.toThrow(
      "Invalid Configuration: Dualstack and custom endpoint are not supported",
    );
    vi.stubEnv("AWS_USE_FIPS_ENDPOINT", "true");
    await expect(host({ region: "us-east-1", endpoint })).rejects.toThrow(
      "Invalid Configuration: FIPS and custom endpoint are not supported",
    );
    expect(await host({ region: "us-east-1", endpoint, useFipsEndpoint: false })).toBe("127.0.0.1");
  });

  it("takes an endpoint URL configured for the service (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL) unless ignored; the option wins", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL", "http://127.0.0.1:4001");
    expect(await host({ region: "us-east-1" })).toBe("127.0.0.1");
    vi.stubEnv("AWS_ENDPOINT_URL_PROTON", "http://localhost:4002/proton");
    const c = resolveRegionConfig({ region: "us-east-1" }, SERVICE);
    expect(await c.endpoint("us-east-1")).toEqual({ protocol: "http:", hostname: "localhost", port: 4002, path: "/proton" });
    expect(await host({ region: "us-east-1", endpoint: "https://example.com" })).toBe("example.com");
    await expect(host({ region: "us-east-1", useFipsEndpoint: true })).rejects.toThrow(
      "Invalid Configuration: FIPS and custom endpoint are not supported",
    );
    vi.stubEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    expect(await host({ region: "us-east-1" })).toBe("proton.us-east-1.amazonaws.com");
  });

  it("refuses a flag that is not a boolean, given as a value or by a provider", async () => {
    const c = resolveRegionConfig({ region: "us-east-1", useFipsEndpoint: "true" as never }, SERVICE);
    await expect(c.endpoint("us-east-1")).rejects.toThrow(
      'useFipsEndpoint must be true or false (or a function resolving to one), got "true".',
    );
    const d = resolveRegionConfig({ region: "us-east-1", useDualstackEndpoint: (async () => 1) as never }, SERVICE);
    await expect(d.useDualstackEndpoint()).rejects.toThrow(
      "useDualstackEndpoint must be true or false (or a function resolving to one), got 1.",
    );
  });

  it("calls a region provider once, for the region and the FIPS check", async () => {
    const region = vi.fn(async () => "eu-west-1");
    const c = resolveRegionConfig({ region }, SERVICE);
    await c.endpoint(await c.region());
    await c.endpoint(await c.region());
    expect(region).toHaveBeenCalledTimes(1);
  });
});
