/**
 * Secrets never leak: with a recognizable secret key and session token, every error path that can be
 * forced (signature errors that echo the canonical request, modeled errors, missing or broken credentials,
 * timeouts, aborts, malformed and echoing responses, input checks) and every logged line are rendered the
 * ways users see them, and neither secret may appear. `@sensitive` members are redacted in logged input
 * and output.
 */
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { type ClientConfig, SENSITIVE, validateConstraints } from "@slimsdk/runtime";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { waitUntil } from "./helpers/local-clients.js";
import { type AnyInput, OPERATIONS, operation } from "./helpers/operations.js";
import { capturingLogger, leaks, renderError } from "./helpers/secret-scan.js";
import { StubHandler } from "./helpers/stub-handler.js";

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY-SECRET-KEY-NOT-TO-LEAK";
const TOKEN = "IQoJb3JpZ2luX2VjEJr-SESSION-TOKEN-NOT-TO-LEAK-wEaCXVzLWVhc3QtMSJHMEUCIQ";
const SECRETS = [SECRET, TOKEN];
/** Accepted by the endpoint. */
const GOOD = { accessKeyId: "AKIDRELIABILITYGOOD", secretAccessKey: SECRET, sessionToken: TOKEN };
/** Same secrets on the client, but the endpoint knows another secret key for it: every call is a signature mismatch. */
const MISMATCH = { accessKeyId: "AKIDRELIABILITYBAD", secretAccessKey: SECRET, sessionToken: TOKEN };

let ep: LocalEndpoint;
const { logger, lines } = capturingLogger();
/** Every error collected, with where it came from. */
const errors: { label: string; error: unknown }[] = [];

beforeAll(async () => {
  ep = await startLocalEndpoint({
    port: 0,
    credentials: [GOOD, { accessKeyId: MISMATCH.accessKeyId, secretAccessKey: "the-endpoint-knows-another-secret", sessionToken: TOKEN }],
  });
});
afterAll(() => ep.close());

/** A config for the local endpoint with the capturing logger. */
const local = (extra: ClientConfig = {}): ClientConfig => ({
  region: "us-east-1",
  endpoint: ep.url,
  credentials: GOOD,
  logger,
  maxAttempts: 1,
  ...extra,
});

/** Sends `input` through `op`'s client built with `config`; returns the error (and records it), or fails if the call succeeded. */
async function failure(label: string, opName: string, config: ClientConfig, input: AnyInput, options = {}): Promise<unknown> {
  const caller = operation(opName).caller(config);
  try {
    await caller.send(input, options);
  } catch (error) {
    errors.push({ label, error });
    return error;
  } finally {
    caller.destroy();
  }
  throw new Error(`${label}: the call succeeded`);
}

describe("error paths", () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    "%s: a signature mismatch, whose message echoes the canonical request with the token, is scrubbed",
    async (name, op) => {
      const error = (await failure(`signature ${name}`, name, local({ credentials: MISMATCH }), op.validInput(ep.ids))) as Error & {
        $response: { body: Uint8Array };
      };
      expect(error.name).toBe("InvalidSignatureException");
      // The endpoint did echo the token (so this path is a real test), and the error still carries the raw answer...
      expect(Buffer.from(error.$response.body).toString()).toContain(TOKEN);
      // ...but what users see says where the token was without showing it.
      expect(error.message).toContain("x-amz-security-token:");
      expect(leaks(renderError(error), SECRETS)).toEqual([]);
    },
  );

  it("modeled and front-door service errors", async () => {
    const ids = ep.ids;
    await failure("unrecognized token", "CreateProfilingGroup", local({ credentials: { ...GOOD, sessionToken: "another-token" } }), {
      profilingGroupName: "g",
    });
    await failure("conflict", "CreateProfilingGroup", local(), { profilingGroupName: ids.codeGuruProfiler.existingGroup });
    await failure("proton conflict", "UpdateEnvironment", local(), { name: ids.proton.busy, deploymentType: "NONE" });
    await failure("access denied", "CreateWorkloadShare", local(), {
      WorkloadId: ids.wellArchitected.readOnlyWorkloadId,
      SharedWith: "111122223333",
      PermissionType: "READONLY",
    });
    await failure("forbidden", "StartResourceStateUpdate", local(), {
      resourceArn: ids.imageBuilder.amazonManaged,
      state: { status: "DEPRECATED" },
    });
    await failure("server-side validation", "UpgradeProfileVersion", local(), {
      WorkloadId: ids.wellArchitected.workloadId,
      ProfileArn: ids.wellArchitected.profileArn,
      MilestoneName: "x",
    });
    for (const { label, error } of errors.slice(-6)) expect(leaks(renderError(error), SECRETS), label).toEqual([]);
  });

  it("missing, invalid and failing credentials", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    try {
      const missing = await failure("missing credentials", "CreateProfilingGroup", local({ credentials: undefined }), {
        profilingGroupName: "g",
      });
      expect((missing as Error).name).toBe("CredentialsProviderError");
    } finally {
      vi.unstubAllEnvs();
    }
    const invalid = await failure("invalid credentials", "UpdateEnvironment", local({ credentials: { ...GOOD, accessKeyId: "" } }), {
      name: "dev",
      deploymentType: "NONE",
    });
    expect((invalid as Error).name).toBe("CredentialsProviderError");
    const provider = async () => {
      throw new Error("the credential service is unreachable");
    };
    await failure(
      "throwing provider",
      "CreateWorkloadShare",
      local({ credentials: provider }),
      operation("CreateWorkloadShare").validInput(ep.ids),
    );
    // A provider that first works, then returns broken credentials when refreshed.
    let calls = 0;
    const flaky = async () => (++calls === 1 ? { ...GOOD, expiration: new Date(Date.now() - 1) } : { ...GOOD, secretAccessKey: "" });
    const caller = operation("CreateProfilingGroup").caller(local({ credentials: flaky }));
    await caller.send({ profilingGroupName: "flaky-1" }).catch((error: unknown) => errors.push({ label: "flaky 1", error }));
    await caller.send({ profilingGroupName: "flaky-2" }).catch((error: unknown) => errors.push({ label: "flaky 2", error }));
    expect(calls).toBe(2);
    for (const { label, error } of errors.slice(-5)) expect(leaks(renderError(error), SECRETS), label).toEqual([]);
  });

  it("timeouts and aborts", async () => {
    ep.failNext(1, "delay", { operation: "UpdateEnvironment", delayMs: 800 });
    const timeout = await failure("timeout", "UpdateEnvironment", local({ requestTimeout: 200 }), { name: "dev", deploymentType: "NONE" });
    expect((timeout as Error).name).toBe("TimeoutError");
    ep.failNext(1, "delay", { operation: "UpdateEnvironment", delayMs: 800 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await failure(
      "abort",
      "UpdateEnvironment",
      local(),
      { name: "dev", deploymentType: "NONE" },
      { abortSignal: controller.signal },
    );
    expect((aborted as Error).name).toBe("AbortError");
    for (const { label, error } of errors.slice(-2)) expect(leaks(renderError(error), SECRETS), label).toEqual([]);
    // Let the delayed requests finish before the endpoint closes.
    await waitUntil(() => false, 40, 25);
  });

  it("malformed answers and answers that echo the request's headers", async () => {
    const text = (s: string) => new Uint8Array(Buffer.from(s));
    /** A stub that echoes the signed request's headers back in the body template. */
    const echo = (status: number, headers: Record<string, string>, template: (requestHeaders: string) => string) =>
      new StubHandler((request) => ({ statusCode: status, headers, body: text(template(JSON.stringify(request.headers))) }));
    const stub = (handler: StubHandler): ClientConfig => ({
      region: "us-east-1",
      credentials: GOOD,
      logger,
      maxAttempts: 1,
      requestHandler: handler,
    });
    const share = operation("CreateWorkloadShare").validInput(ep.ids);
    await failure(
      "html echo 200",
      "CreateWorkloadShare",
      stub(echo(200, { "content-type": "text/html" }, (h) => `<html><pre>${h}</pre></html>`)),
      share,
    );
    await failure(
      "json echo in a wrong type",
      "CreateWorkloadShare",
      stub(echo(200, {}, (h) => `{"WorkloadId":${h},"ShareId":"${TOKEN}"`)),
      share,
    );
    await failure("token as a mistyped value", "UpdateEnvironment", stub(echo(200, {}, () => `{"environment":{"createdAt":"${TOKEN}"}}`)), {
      name: "dev",
      deploymentType: "NONE",
    });
    await failure(
      "modeled error echoing the token in its members",
      "CreateWorkloadShare",
      stub(
        echo(400, { "x-amzn-errortype": "ValidationException" }, () =>
          JSON.stringify({ Message: `bad x-amz-security-token ${TOKEN}`, Reason: "OTHER", Fields: [{ Name: "token", Message: TOKEN }] }),
        ),
      ),
      share,
    );
    await failure(
      "unknown error echoing the token",
      "UpdateEnvironment",
      stub(
        echo(403, {}, () =>
          JSON.stringify({ __type: "com.amazon.coral.service#AccessDenied", message: `token ${TOKEN} and key ${SECRET}` }),
        ),
      ),
      { name: "dev", deploymentType: "NONE" },
    );
    for (const { label, error } of errors.slice(-5)) expect(leaks(renderError(error), SECRETS), label).toEqual([]);
  });

  it("client-side input checks", async () => {
    await failure("missing member", "UpdateEnvironment", local(), { name: "dev" });
    await failure("constraints", "UpdateEnvironment", local({ validateInput: validateConstraints }), {
      name: "",
      deploymentType: "SOMETIMES",
      description: "x".repeat(501),
    });
    for (const { label, error } of errors.slice(-2)) expect(leaks(renderError(error), SECRETS), label).toEqual([]);
  });
});

describe("logging", () => {
  it("at every level, no logged line holds a secret, and @sensitive members are redacted in input and output", async () => {
    const caller = operation("UpdateEnvironment").caller(local());
    const description = "DESCRIPTION-MARKED-SENSITIVE";
    const spec = "proton: EnvironmentSpec\nspec:\n  marker: SPEC-MARKED-SENSITIVE\n";
    const before = lines.length;
    const out = (await caller.send({ name: ep.ids.proton.dev, deploymentType: "CURRENT_VERSION", description, spec })) as {
      environment: { description?: string; spec?: string };
    };
    // The caller gets the real values; the log line does not.
    expect(out.environment.description).toBe(description);
    expect(out.environment.spec).toBe(spec);
    const logged = lines.slice(before).join("\n");
    expect(logged).toContain(SENSITIVE);
    expect(logged).toContain("UpdateEnvironmentCommand");
    expect(logged).not.toContain("DESCRIPTION-MARKED-SENSITIVE");
    expect(logged).not.toContain("SPEC-MARKED-SENSITIVE");
    // The error paths above logged one line each (error level); none holds a secret.
    expect(lines.filter((l) => l.startsWith("error ")).length).toBeGreaterThanOrEqual(10);
    expect(leaks({ log: lines.join("\n") }, SECRETS)).toEqual([]);
    caller.destroy();
  });

  it("a sensitive error message (Proton's ErrorMessage is @sensitive) is redacted in the log line", async () => {
    const before = lines.length;
    await failure("proton not found", "UpdateEnvironment", local(), { name: "no-such-environment", deploymentType: "NONE" });
    const logged = lines.slice(before).join("\n");
    expect(logged).toContain("ResourceNotFoundException");
    expect(logged).not.toContain("no-such-environment was not found");
  });
});
