import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import type { OperationSchema } from "../schema.js";
import { NodeSha256 } from "../signing/node-sha256.js";
import { FakeClient, StubHandler, testConfig } from "../testing/fakes.js";
import { InputValidationError } from "../validation/input-validation-error.js";
import { addApiGatewayCustomizations } from "./api-gateway.js";
import { addGlacierCustomizations, treeHash } from "./glacier.js";
import { addMachineLearningCustomizations } from "./machine-learning.js";

vi.mock("#platform", () => import("../platform/node.js"));

const sha = (...parts: Uint8Array[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};
const MIB = 1024 * 1024;

const upload: OperationSchema = {
  name: "UploadArchive",
  input: {
    k: "structure",
    id: "com.example#UploadArchiveInput",
    members: [
      { name: "accountId", target: { k: "string" }, required: true, http: { in: "label" } },
      { name: "body", target: { k: "blob" } },
    ],
  },
  output: { k: "structure", id: "com.example#Out", members: [] },
  errors: [],
};

async function sent(input: Record<string, unknown>, customize: (c: FakeClient) => void) {
  const handler = new StubHandler();
  const client = new FakeClient(testConfig(handler));
  customize(client);
  await client.send(new Command<Record<string, unknown>, object, "Fake">(input, upload));
  return handler.requests[0]!;
}

describe("treeHash", () => {
  it("is the plain SHA-256 up to 1 MiB, and the pairwise tree of 1 MiB chunk hashes above", async () => {
    const small = new TextEncoder().encode("hello world");
    expect(Buffer.from(await treeHash(NodeSha256, small))).toEqual(sha(small));
    expect(Buffer.from(await treeHash(NodeSha256, new Uint8Array(0)))).toEqual(sha(new Uint8Array(0)));
    const data = new Uint8Array(3 * MIB + 10).map((_, i) => i % 251);
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => sha(data.subarray(i * MIB, (i + 1) * MIB)));
    // Four leaves: (a+b) and (c+d), then the root; the last chunk is 10 bytes.
    expect(Buffer.from(await treeHash(NodeSha256, data))).toEqual(sha(sha(a!, b!), sha(c!, d!)));
    const three = data.subarray(0, 2 * MIB + 1);
    expect(Buffer.from(await treeHash(NodeSha256, three))).toEqual(sha(sha(a!, b!), sha(three.subarray(2 * MIB))));
  });
});

describe("addGlacierCustomizations", () => {
  const glacier = (c: FakeClient) => addGlacierCustomizations(c.middlewareStack);

  it("sends the API version and both checksums, and defaults an empty accountId to -", async () => {
    const request = await sent({ accountId: "", body: "hello world" }, glacier);
    expect(JSON.parse(request.body as string).accountId).toBe("-");
    const hex = sha(new TextEncoder().encode(request.body as string)).toString("hex");
    expect(request.headers).toMatchObject({
      "x-amz-glacier-version": "2020-01-01",
      "x-amz-sha256-tree-hash": hex,
      "x-amz-content-sha256": hex,
    });
  });

  it("keeps a given accountId and a checksum the input set", async () => {
    const request = await sent({ accountId: "123" }, (c) => {
      glacier(c);
      c.middlewareStack.add(
        (next) => (args) => {
          args.request!.headers["X-Amz-Sha256-Tree-Hash"] = "given";
          return next(args);
        },
        { step: "serialize", priority: "low" },
      );
    });
    expect(JSON.parse(request.body as string).accountId).toBe("123");
    expect(request.headers["X-Amz-Sha256-Tree-Hash"]).toBe("given");
    expect(request.headers["x-amz-sha256-tree-hash"]).toBeUndefined();
  });
});

describe("addApiGatewayCustomizations", () => {
  it("asks for JSON", async () => {
    expect((await sent({ accountId: "1" }, (c) => addApiGatewayCustomizations(c.middlewareStack))).headers.accept).toBe("application/json");
  });
});

describe("addMachineLearningCustomizations", () => {
  const predict: OperationSchema = {
    name: "Predict",
    input: {
      k: "structure",
      id: "com.example#PredictInput",
      members: [
        { name: "MLModelId", target: { k: "string" }, required: true },
        { name: "PredictEndpoint", target: { k: "string" }, required: true },
      ],
    },
    output: { k: "structure", id: "com.example#PredictOutput", members: [] },
    errors: [],
  };
  const send = async (op: OperationSchema, input: Record<string, unknown>) => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler));
    addMachineLearningCustomizations(client.middlewareStack);
    await client.send(new Command<Record<string, unknown>, object, "Fake">(input, op));
    return handler.requests;
  };

  it("sends Predict to the host (and port) of PredictEndpoint, signed for that host, keeping the member in the body", async () => {
    const [request] = await send(predict, { MLModelId: "m", PredictEndpoint: "https://realtime.example.com:8443/" });
    expect([request!.hostname, request!.port, request!.headers.host]).toEqual(["realtime.example.com", 8443, "realtime.example.com:8443"]);
    expect(request!.headers.authorization).toContain("SignedHeaders=");
    expect(JSON.parse(request!.body as string).PredictEndpoint).toBe("https://realtime.example.com:8443/");
    const [plain] = await send(predict, { MLModelId: "m", PredictEndpoint: "https://custom.example.com/" });
    expect([plain!.hostname, plain!.port]).toEqual(["custom.example.com", undefined]);
  });

  it("leaves other operations alone", async () => {
    const [request] = await send({ ...predict, name: "GetMLModel" }, { MLModelId: "m", PredictEndpoint: "https://custom.example.com/" });
    expect(request!.hostname).toBe("fake.us-east-1.amazonaws.com");
  });

  it("refuses a PredictEndpoint that is not an absolute URL before sending anything", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler));
    addMachineLearningCustomizations(client.middlewareStack);
    const call = client.send(
      new Command<Record<string, unknown>, object, "Fake">({ MLModelId: "m", PredictEndpoint: "custom.example.com" }, predict),
    );
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).violations.map((v) => v.path)).toEqual(["PredictEndpoint"]);
    expect(handler.requests).toHaveLength(0);
  });
});
