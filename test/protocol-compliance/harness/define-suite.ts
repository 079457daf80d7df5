/**
 * Registers one vitest test per protocol test case of a protocol, named by the case id: request
 * cases under `requests`, response cases under `responses`. Cases listed in skips.json are reported
 * as skipped with their reason. The clients are generated in `beforeAll`.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { baseExceptionName, faultOf } from "../../../codegen/src/emit/errors.js";
import { clientPrefix, createServiceContext, type ServiceContext } from "../../../codegen/src/emit/service-context.js";
import { ServiceException } from "../../../packages/runtime/src/errors/service-exception.js";
import { type ComplianceCase, collectCases, servicesOf } from "./cases.js";
import { checkRequest } from "./check-request.js";
import { checkErrorCode, checkErrorMembers, checkOutput, ERROR_CODE_PARAMS, readStreams } from "./check-response.js";
import { type ClientModule, generateClients } from "./generated-clients.js";
import { toRuntimeValue } from "./node-values.js";
import { sampleInput } from "./sample-input.js";
import { loadProtocolTestModel } from "./shared-models.js";
import { cannedHandler, capturingHandler, RequestCaptured } from "./stub-handler.js";

/** The token every unset `@idempotencyToken` member gets in the tests (generated, never written into the input). */
export const IDEMPOTENCY_TOKEN = "00000000-0000-4000-8000-000000000000";

const CREDENTIALS = { accessKeyId: "AKIDPROTOCOLTESTS", secretAccessKey: "protocol-tests-secret" };

/** Skip reasons by case id (applies to the request and the response case of that id). */
export const skips: Readonly<Record<string, string>> = JSON.parse(readFileSync(new URL("../skips.json", import.meta.url), "utf8"));

type Ctor = new (...args: any[]) => any;

interface Generated {
  readonly ctx: ServiceContext;
  readonly module: ClientModule;
}

function exported(g: Generated, name: string): Ctor {
  const value = g.module[name];
  if (typeof value !== "function") throw new Error(`The generated client of ${g.ctx.service.id} exports no ${name}`);
  return value as Ctor;
}

/** Defines the suite of one protocol (a protocol trait id such as `aws.protocols#restJson1`). */
export function defineComplianceSuite(protocol: string): void {
  const model = loadProtocolTestModel();
  const cases = collectCases(model, protocol);
  const generated = new Map<string, Generated>();

  beforeAll(async () => {
    const services = servicesOf(cases);
    const modules = await generateClients(model, services);
    for (const s of services) {
      const g = { ctx: createServiceContext(model, { service: s.id, package: "unused", dir: "unused" }), module: modules.get(s.id)! };
      // The test file maps `@slimsdk/runtime` to the runtime's source: check the generated client really got it.
      expect(exported(g, baseExceptionName(g.ctx)).prototype).toBeInstanceOf(ServiceException);
      generated.set(s.id, g);
    }
  });

  /** Sends the case's operation through a fresh client of its service, built with `config` over the defaults. */
  const send = (c: ComplianceCase, config: Record<string, unknown>, input: unknown): Promise<unknown> => {
    const g = generated.get(c.service.id)!;
    const Client = exported(g, `${clientPrefix(g.ctx.sdkId)}Client`);
    const Command = exported(g, `${g.ctx.nameOf(c.operation.id)}Command`);
    return new Client({ region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1, ...config }).send(new Command(input));
  };

  /** The case's `params` as the operation's TypeScript input. */
  const input = (c: ComplianceCase) => {
    const params = c.test.params ?? {};
    return c.operation.input === "smithy.api#Unit" ? params : toRuntimeValue(model, c.operation.input, params);
  };

  const define = (c: ComplianceCase, run: () => Promise<void>) => {
    const reason = skips[c.test.id];
    if (reason !== undefined) test(c.test.id, (t) => t.skip(reason));
    else test(c.test.id, run);
  };

  describe("requests", () => {
    for (const c of cases) {
      if (c.kind !== "request") continue;
      define(c, async () => {
        const handler = capturingHandler();
        const config = {
          endpoint: `https://${c.test.host ?? "example.com"}`,
          requestHandler: handler,
          idempotencyTokenGenerator: () => IDEMPOTENCY_TOKEN,
        };
        await expect(send(c, config, input(c))).rejects.toBeInstanceOf(RequestCaptured);
        expect(handler.requests).toHaveLength(1);
        checkRequest(handler.requests[0]!, c.test);
      });
    }
  });

  describe("responses", () => {
    for (const c of cases) {
      if (c.kind !== "response") continue;
      define(c, async () => {
        const t = c.test;
        const config = { endpoint: "https://example.com", requestHandler: cannedHandler(t.code, t.headers ?? {}, t.body) };
        // The input does not matter to a response test, but must pass the client's own checks.
        const call = send(c, config, c.operation.input === "smithy.api#Unit" ? {} : sampleInput(model, c.operation.input));
        if (!c.error) {
          const output = (await call) as Record<string, unknown>;
          expect((output.$metadata as { httpStatusCode?: number }).httpStatusCode).toBe(t.code);
          checkOutput(model, c.operation.output, await readStreams(output), t.params);
          return;
        }
        const thrown = await call.then(
          () => undefined,
          (e: unknown) => e,
        );
        const g = generated.get(c.service.id)!;
        const ErrorClass = exported(g, g.ctx.nameOf(c.error.id));
        expect(thrown).toBeInstanceOf(ErrorClass);
        const e = thrown as Record<string, unknown>;
        expect(e.name).toBe(g.ctx.nameOf(c.error.id));
        expect(e.$fault).toBe(faultOf(c.error));
        checkErrorMembers(model, c.error, e, t.params);
        if (t.vendorParamsShape === ERROR_CODE_PARAMS) checkErrorCode(e, t.vendorParams as { code: string; type?: string });
      });
    }
  });
}
