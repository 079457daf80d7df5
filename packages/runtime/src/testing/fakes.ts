/**
 * Test doubles for the runtime's own tests: a tiny JSON protocol standing in for the real codecs,
 * a service and operations using it, and a scripted request handler. Not exported by the package.
 */
import { HttpRequest } from "@smithy/protocol-http";
import type { HttpResponse } from "@smithy/types";
import { Client } from "../client.js";
import type { ClientConfig } from "../config/client-config.js";
import { ServiceException } from "../errors/service-exception.js";
import type { RequestHandler, RequestHandlerOptions } from "../http/request-handler.js";
import type { Protocol } from "../protocol.js";
import type { ListSchema, MapSchema, OperationSchema, ScalarSchema, ServiceSchema, StructureSchema, UnionSchema } from "../schema.js";

/** A JSON-over-POST protocol: the body is the input as JSON; an error status throws by `__type`. */
export const fakeProtocol: Protocol = {
  name: "fakeJson",
  serializeRequest(op, input, { service, endpoint }) {
    return new HttpRequest({
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      ...(endpoint.port ? { port: endpoint.port } : {}),
      method: "POST",
      path: endpoint.path,
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `${service.targetPrefix}.${op.name}` },
      body: JSON.stringify(input),
    });
  },
  deserializeResponse(op, response, { service }) {
    const text = new TextDecoder().decode(response.body);
    let doc: Record<string, unknown> = {};
    try {
      doc = text ? JSON.parse(text) : {};
    } catch {
      // a bad body parses as empty
    }
    if (response.statusCode < 300) return doc;
    const name = typeof doc.__type === "string" ? doc.__type : `Http${response.statusCode}`;
    const ctor = op.errors.find((e) => e.schema.id.endsWith(`#${name}`))?.ctor ?? service.baseError;
    throw new ctor({
      name,
      $fault: response.statusCode < 500 ? "client" : "server",
      $metadata: { httpStatusCode: response.statusCode },
      $response: response,
      message: typeof doc.message === "string" ? doc.message : undefined,
    });
  },
};

/** The fake service's base exception. */
export class FakeServiceException extends ServiceException {}

/** A service using the fake protocol. */
export const fakeService: ServiceSchema = {
  id: "com.example#Fake",
  sdkId: "Fake Service",
  endpointPrefix: "fake",
  signingName: "fakesign",
  version: "2020-01-01",
  protocol: fakeProtocol,
  targetPrefix: "Fake20200101",
  baseError: FakeServiceException,
};

const str: ScalarSchema = { k: "string" };
const secretString: ScalarSchema = { k: "string", sensitive: true };
const color: ScalarSchema = { k: "enum", values: ["RED", "GREEN"] };
const count: ScalarSchema = { k: "integer", c: { range: [1, 10] } };
const branch: ScalarSchema = { k: "string", c: { length: [1, 5], pattern: "^[a-z]+$" } };

/** A nested structure with constraints and a sensitive member. */
export const Repository$: StructureSchema = {
  k: "structure",
  id: "com.example#Repository",
  members: [
    { name: "name", target: str, required: true },
    { name: "branch", target: branch, c: branch.c! },
    { name: "token", target: secretString, sensitive: true },
  ],
};

const tags: MapSchema = { k: "map", key: { k: "string", c: { length: [1, 3] } }, value: str, c: { length: [0, 2] } };
const repos: ListSchema = { k: "list", member: Repository$, c: { length: [0, 3] } };
const choice: UnionSchema = {
  k: "union",
  id: "com.example#Choice",
  members: [
    { name: "a", target: str },
    { name: "b", target: count },
  ],
};

/** Input of the fake `UpgradeProfileVersion` operation. */
export const UpgradeInput$: StructureSchema = {
  k: "structure",
  id: "com.example#UpgradeInput",
  members: [
    { name: "WorkloadId", target: str, required: true, http: { in: "label" } },
    { name: "ClientRequestToken", target: str, idempotencyToken: true },
    { name: "Password", target: secretString, sensitive: true },
    { name: "Color", target: color },
    { name: "Count", target: count, c: count.c! },
    { name: "repository", target: Repository$ },
    { name: "repositories", target: repos, c: repos.c! },
    { name: "tags", target: tags, c: tags.c! },
    { name: "choice", target: choice },
    { name: "WithDefault", target: str, required: true, default: "x" },
  ],
};

/** Output of the fake operation. */
export const UpgradeOutput$: StructureSchema = {
  k: "structure",
  id: "com.example#UpgradeOutput",
  members: [
    { name: "Status", target: str },
    { name: "SecretOut", target: secretString, sensitive: true },
  ],
};

/** A modeled throttling error. */
export class SlowDownError extends FakeServiceException {}

/** The fake `UpgradeProfileVersion` operation. */
export const Upgrade$: OperationSchema = {
  name: "UpgradeProfileVersion",
  input: UpgradeInput$,
  output: UpgradeOutput$,
  errors: [
    {
      schema: { k: "structure", id: "com.example#SlowDown", members: [] },
      ctor: SlowDownError,
      fault: "client",
      status: 400,
    },
  ],
};

/** An operation with `@endpoint(hostPrefix: "{AccountId}.data.")`. */
export const HostPrefixed$: OperationSchema = {
  name: "GetData",
  input: {
    k: "structure",
    id: "com.example#GetDataInput",
    members: [{ name: "AccountId", target: str, required: true, http: { in: "hostLabel" } }],
  },
  output: { k: "structure", id: "com.example#GetDataOutput", members: [] },
  errors: [],
  hostPrefix: "{AccountId}.data.",
};

/** The client of the fake service. */
export class FakeClient extends Client<"Fake"> {
  constructor(config: ClientConfig = {}) {
    super(config, fakeService);
  }
}

/** One scripted reply: a response (status, headers, body) or an error to throw. */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | Error;

/** A request handler replaying `replies` in order (the last one repeats) and recording every request. */
export class StubHandler implements RequestHandler {
  readonly requests: HttpRequest[] = [];
  readonly options: (RequestHandlerOptions | undefined)[] = [];
  destroyed = false;

  constructor(private readonly replies: Reply[] = [{ status: 200, body: "{}" }]) {}

  async handle(request: HttpRequest, options?: RequestHandlerOptions): Promise<{ response: HttpResponse }> {
    this.requests.push(request);
    this.options.push(options);
    const reply = this.replies[Math.min(this.requests.length - 1, this.replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    return { response: { statusCode: reply.status, headers: reply.headers ?? {}, body: reply.body } };
  }

  destroy(): void {
    this.destroyed = true;
  }
}

/** Fixed credentials for tests. */
export const CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "SESSIONTOKEN-abc123-SECRET",
};

/** A client config with fixed credentials, region, stub handler and no real waiting between retries. */
export function testConfig(handler: RequestHandler, extra: ClientConfig = {}): ClientConfig {
  return {
    region: "us-east-1",
    credentials: CREDENTIALS,
    requestHandler: handler,
    retryStrategy: { sleep: async () => {}, random: () => 0.5 },
    ...extra,
  };
}
