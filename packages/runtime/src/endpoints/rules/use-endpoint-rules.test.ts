import { describe, expect, it, vi } from "vitest";
import { Client } from "../../client.js";
import type { ClientConfig } from "../../config/client-config.js";
import type { OperationSchema, ServiceSchema } from "../../schema.js";
import { fakeService, StubHandler, testConfig, Upgrade$ } from "../../testing/fakes.js";
import { EndpointError } from "./endpoint-error.js";
import type { EndpointParams, RuleEndpoint } from "./rule-endpoint.js";
import { useEndpointRules } from "./use-endpoint-rules.js";

vi.mock("#platform", () => import("../../platform/node.js"));

/** A rule set that records its parameters and answers with `endpoint`. */
function rules(endpoint: (params: EndpointParams) => RuleEndpoint) {
  const seen: EndpointParams[] = [];
  const service: ServiceSchema = {
    ...fakeService,
    endpointRules: {
      resolve(params) {
        seen.push(params);
        return endpoint(params);
      },
      config: {
        Region: "region",
        UseFIPS: "useFipsEndpoint",
        Endpoint: "endpoint",
        AccountId: "accountId",
        Mode: "accountIdEndpointMode",
        Bucket: "bucketOption",
      },
    },
  };
  return { seen, service };
}

class RuleClient extends Client<"Fake"> {
  constructor(config: ClientConfig, service: ServiceSchema) {
    super(config, service);
    useEndpointRules(this.middlewareStack, config);
  }
}

const operation: OperationSchema = { ...Upgrade$, endpointParams: (i) => ({ Bucket: i.WorkloadId, Static: "s" }) };
const send = (client: RuleClient, op = operation) => client.send({ input: { WorkloadId: "w-1" }, schema: op } as never);

describe("useEndpointRules", () => {
  it("binds config and operation parameters, and sends to the resolved URL with its headers", async () => {
    const { seen, service } = rules((p) => ({ url: `https://${p.Bucket}.example.com:8443/base`, headers: { "x-multi": ["a", "b"] } }));
    const handler = new StubHandler();
    const config = testConfig(handler, {
      useFipsEndpoint: async () => true,
      credentials: { accessKeyId: "A", secretAccessKey: "S", accountId: "123" },
    });
    await send(new RuleClient({ ...config, bucketOption: "from-config" } as ClientConfig, service));
    expect(seen).toEqual([{ Region: "us-east-1", UseFIPS: true, AccountId: "123", Mode: "preferred", Bucket: "w-1", Static: "s" }]);
    const request = handler.requests[0]!;
    expect([request.protocol, request.hostname, request.port, request.path]).toEqual(["https:", "w-1.example.com", 8443, "/base"]);
    expect(request.headers["x-multi"]).toBe("a,b");
    expect(request.headers.authorization).toContain("/us-east-1/fakesign/aws4_request");
  });

  it("passes the endpoint option as a URL, and an operation's unset binding leaves the config value", async () => {
    const { seen, service } = rules(() => ({ url: "https://x.example.com" }));
    const handler = new StubHandler();
    const op: OperationSchema = { ...Upgrade$, endpointParams: () => ({ Bucket: undefined }) };
    const endpoint = { protocol: "http", hostname: "localhost", port: 4566, path: "/p" };
    await send(new RuleClient({ ...testConfig(handler, { endpoint }), bucketOption: "cfg" } as ClientConfig, service), op);
    expect(seen[0]).toMatchObject({ Endpoint: "http://localhost:4566/p", Bucket: "cfg" });
  });

  it("takes FIPS, dual-stack and the endpoint from the resolved config: a FIPS pseudo-region, the environment", async () => {
    const { seen, service } = rules(() => ({ url: "https://fips.example.com" }));
    const dual = {
      ...service,
      endpointRules: { ...service.endpointRules!, config: { ...service.endpointRules!.config, Dual: "useDualstackEndpoint" } },
    };
    vi.stubEnv("AWS_USE_DUALSTACK_ENDPOINT", "true");
    vi.stubEnv("AWS_ENDPOINT_URL", "https://configured.example.com:9000");
    try {
      const config = testConfig(new StubHandler(), { region: "us-east-1-fips", credentials: { accessKeyId: "A", secretAccessKey: "S" } });
      await send(new RuleClient(config, dual));
    } finally {
      vi.unstubAllEnvs();
    }
    expect(seen[0]).toMatchObject({ Region: "us-east-1", UseFIPS: true, Dual: true, Endpoint: "https://configured.example.com:9000" });
  });

  it("signs with the signing name and region of the endpoint's sigv4 auth scheme", async () => {
    const authSchemes = [{ name: "sigv4", signingName: "other", signingRegion: "eu-west-3" }];
    const { service } = rules(() => ({ url: "https://x.example.com", properties: { authSchemes } }));
    const handler = new StubHandler();
    await send(new RuleClient(testConfig(handler), service));
    expect(handler.requests[0]!.headers.authorization).toContain("/eu-west-3/other/aws4_request");
  });

  it("fails before sending when the rules raise an error or want SigV4a", async () => {
    const handler = new StubHandler();
    const failing = rules(() => {
      throw new EndpointError("Invalid Configuration: Missing Region");
    });
    await expect(send(new RuleClient(testConfig(handler), failing.service))).rejects.toThrow(
      new EndpointError("Invalid Configuration: Missing Region"),
    );
    const sigv4a = rules(() => ({
      url: "https://x.example.com",
      properties: { authSchemes: [{ name: "sigv4a", signingRegionSet: ["*"] }] },
    }));
    await expect(send(new RuleClient(testConfig(handler), sigv4a.service))).rejects.toThrow(/requires SigV4a signing/);
    expect(handler.requests).toHaveLength(0);
  });

  it("refuses a bad accountIdEndpointMode at construction", () => {
    const { service } = rules(() => ({ url: "https://x.example.com" }));
    expect(() => new RuleClient({ accountIdEndpointMode: "sometimes" as never }, service)).toThrow(
      'accountIdEndpointMode must be "disabled", "preferred" or "required", got "sometimes".',
    );
  });
});
