/**
 * Runs the `operationInputs` of endpoint test cases through clients our generator makes (into the
 * gitignored `.generated/clients/`): the built-ins and client parameters become client options, the
 * operation parameters the command's input, and a handler captures the signed request, so the
 * generated bindings (config map, static and context parameters, input paths) and the runtime's
 * rule-set middleware are what is tested.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import { clientPrefix, createServiceContext, type ServiceContext } from "../../../codegen/src/emit/service-context.js";
import { generate, type Model, type OperationShape } from "../../../codegen/src/index.js";
import { EndpointError, type ServiceSchema } from "../../../packages/runtime/src/index.js";
import { toRuntimeValue } from "../../protocol-compliance/harness/node-values.js";
import { capturingHandler, RequestCaptured } from "../../protocol-compliance/harness/stub-handler.js";
import { type EndpointTestCase, type OperationInput, repoRoot } from "./models.js";

/** A generated client package, imported. */
export interface GeneratedClient {
  readonly ctx: ServiceContext;
  readonly model: Model;
  readonly module: Readonly<Record<string, any>>;
}

/** Generates (afresh) and imports the client of one service. */
export async function generateClient(model: Model, serviceId: string, folder: string): Promise<GeneratedClient> {
  const dir = `test/endpoint-rules/.generated/clients/${folder}`;
  rmSync(join(repoRoot, dir), { recursive: true, force: true });
  for (const file of generate(model, { clients: [{ service: serviceId, package: `@endpoint-tests/${folder}`, dir }] })) {
    const path = join(repoRoot, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const module = await import(/* @vite-ignore */ pathToFileURL(join(repoRoot, dir, "src", "index.ts")).href);
  return { ctx: createServiceContext(model, { service: serviceId, package: "unused", dir: "unused" }), model, module };
}

/** The client options of the built-ins the test cases set, as the AWS SDKs name them. */
const BUILT_IN_OPTIONS: Readonly<Record<string, string>> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
};

/** The rule-set parameters an operation binds itself (static values, context members, input paths). */
function boundByOperation(g: GeneratedClient, op: OperationShape): Set<string> {
  const out = new Set<string>();
  for (const t of ["smithy.rules#staticContextParams", "smithy.rules#operationContextParams"]) {
    for (const name of Object.keys((op.traits.get(t) as object | undefined) ?? {})) out.add(name);
  }
  const input = g.model.shapes.get(op.input);
  if (input && "members" in input) {
    for (const m of input.members.values()) {
      const name = (m.traits.get("smithy.rules#contextParam") as { name?: string } | undefined)?.name;
      if (name) out.add(name);
    }
  }
  return out;
}

/**
 * Sends one operation input of a case through a fresh client and checks the request it builds (URL,
 * headers, signing name and region of the `authSchemes`), or the error it fails with. Parameters the
 * case sets in `params` but neither through its built-ins and client parameters nor through the
 * operation are set as the client option they bind to (some cases leave those out of `operationInputs`).
 */
export async function runOperationInput(g: GeneratedClient, c: EndpointTestCase, input: OperationInput): Promise<void> {
  const op = g.ctx.operations.find((o) => o.id.endsWith(`#${input.operationName}`));
  if (!op) throw new Error(`${g.ctx.service.id} has no operation ${input.operationName}`);
  const service = Object.values(g.module).find((v) => v?.endpointRules && v.id === g.ctx.service.id) as ServiceSchema | undefined;
  if (!service?.endpointRules) throw new Error("The generated service schema has no endpointRules.");
  const ruleSet = g.ctx.service.traits.get("smithy.rules#endpointRuleSet") as { parameters: Record<string, { builtIn?: string }> };
  const credentials: Record<string, string> = { accessKeyId: "AKIDENDPOINTTESTS", secretAccessKey: "endpoint-tests-secret" };
  const config: Record<string, unknown> = { region: "us-east-1", maxAttempts: 1 };
  const setBuiltIn = (builtIn: string, value: unknown) => {
    if (builtIn === "AWS::Auth::AccountId") credentials.accountId = String(value);
    else if (BUILT_IN_OPTIONS[builtIn]) config[BUILT_IN_OPTIONS[builtIn]] = value;
    else throw new Error(`The harness does not know the client option of the built-in ${builtIn}.`);
  };
  const given = new Set<string>();
  for (const [builtIn, value] of Object.entries(input.builtInParams ?? {})) {
    setBuiltIn(builtIn, value);
    for (const [name, p] of Object.entries(ruleSet.parameters)) if (p.builtIn === builtIn) given.add(name);
  }
  for (const [param, value] of Object.entries(input.clientParams ?? {})) {
    config[service.endpointRules.config[param] ?? `(${param} has no client option)`] = value;
    given.add(param);
  }
  const bound = boundByOperation(g, op);
  for (const [param, value] of Object.entries(c.params ?? {})) {
    if (given.has(param) || bound.has(param)) continue;
    const builtIn = ruleSet.parameters[param]?.builtIn;
    if (builtIn) setBuiltIn(builtIn, value);
    else if (service.endpointRules.config[param]) config[service.endpointRules.config[param]] = value;
    else throw new Error(`The case sets ${param}, which neither the client nor ${input.operationName} can set.`);
  }
  const handler = capturingHandler();
  const Client = g.module[`${clientPrefix(g.ctx.sdkId)}Client`];
  const Command = g.module[`${g.ctx.nameOf(op.id)}Command`];
  const inputValue = toRuntimeValue(g.model, op.input, (input.operationParams ?? {}) as never);
  const client = new Client({ ...config, credentials, requestHandler: handler });
  const result = await client.send(new Command(inputValue)).then(
    () => new Error("the call succeeded"),
    (e: unknown) => e,
  );
  if (c.expect.error !== undefined) {
    expect(result).toBeInstanceOf(EndpointError);
    expect((result as Error).message).toBe(c.expect.error);
    expect(handler.requests).toHaveLength(0);
    return;
  }
  expect(result).toBeInstanceOf(RequestCaptured);
  const request = handler.requests[0]!;
  const want = new URL(c.expect.endpoint!.url);
  expect(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}`).toBe(`${want.protocol}//${want.host}`);
  expect(request.path.startsWith(want.pathname.replace(/\/$/, ""))).toBe(true);
  for (const [name, values] of Object.entries(c.expect.endpoint!.headers ?? {})) expect(request.headers[name]).toBe(values.join(","));
  const schemes = (c.expect.endpoint!.properties?.authSchemes ?? []) as { name: string; signingName?: string; signingRegion?: string }[];
  const sigv4 = schemes.find((s) => s.name === "sigv4");
  const region = sigv4?.signingRegion ?? (config.region as string);
  const name = sigv4?.signingName ?? service.signingName;
  expect(request.headers.authorization).toContain(`/${region}/${name}/aws4_request`);
}
