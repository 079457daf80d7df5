import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { Command } from "./command.js";
import { redact, SENSITIVE } from "./logger.js";
import type { ListSchema, StructureSchema } from "./schema.js";
import { CREDENTIALS, FakeClient, StubHandler, testConfig, Upgrade$, UpgradeInput$ } from "./testing/fakes.js";

vi.mock("#platform", () => import("./platform/node.js"));

const upgrade = (input: Record<string, unknown>) => new Command<Record<string, unknown>, object, "Fake">(input, Upgrade$);

/**
 * A logger keeping every line but the debug ones: in Node.js the configuration chains (FIPS and
 * dual-stack settings) report each source they try at debug level, as the official clients' do.
 */
function memoryLogger() {
  const lines: { level: string; content: unknown[] }[] = [];
  const at =
    (level: string) =>
    (...content: unknown[]) =>
      void lines.push({ level, content });
  return { lines, logger: { debug: () => {}, info: at("info"), warn: at("warn"), error: at("error") } };
}

/** Everything a leak could hide in. */
const renderings = (x: unknown) => [JSON.stringify(x), String(x), inspect(x, { depth: 10, showHidden: true }), (x as Error)?.stack ?? ""];

describe("redact", () => {
  it("replaces sensitive members at any depth, following the schema", () => {
    const input = {
      WorkloadId: "w",
      Password: "hunter2",
      repository: { name: "n", token: "tok" },
      repositories: [{ name: "a", token: "t1" }],
      tags: { k: "v" },
    };
    expect(redact(input, UpgradeInput$)).toEqual({
      WorkloadId: "w",
      Password: SENSITIVE,
      repository: { name: "n", token: SENSITIVE },
      repositories: [{ name: "a", token: SENSITIVE }],
      tags: { k: "v" },
    });
    const secrets: ListSchema = { k: "list", member: { k: "string", sensitive: true } };
    const s: StructureSchema = { k: "structure", id: "x#S", members: [{ name: "l", target: secrets }] };
    expect(redact({ l: ["a", "b"] }, s)).toEqual({ l: [SENSITIVE, SENSITIVE] });
    expect(redact({ l: "x" }, { ...s, sensitive: true })).toBe(SENSITIVE);
  });
});

describe("logging", () => {
  it("logs one info line per call with redacted input and output, and no credentials", async () => {
    const { lines, logger } = memoryLogger();
    const handler = new StubHandler([{ status: 200, headers: { "x-amzn-requestid": "r1" }, body: '{"Status":"OK","SecretOut":"s3cret"}' }]);
    await new FakeClient(testConfig(handler, { logger })).send(upgrade({ WorkloadId: "w", Password: "hunter2" }));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe("info");
    expect(lines[0]!.content[0]).toEqual({
      clientName: "FakeServiceClient",
      commandName: "UpgradeProfileVersionCommand",
      input: { WorkloadId: "w", Password: SENSITIVE },
      output: { Status: "OK", SecretOut: SENSITIVE },
      metadata: { httpStatusCode: 200, requestId: "r1", attempts: 1, totalRetryDelay: 0 },
    });
    const text = JSON.stringify(lines);
    for (const secret of ["hunter2", "s3cret", CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken]) expect(text).not.toContain(secret);
  });

  it("logs a failed call as one error line", async () => {
    const { lines, logger } = memoryLogger();
    const handler = new StubHandler([{ status: 400, body: '{"__type":"ValidationException","message":"no"}' }]);
    await new FakeClient(testConfig(handler, { logger })).send(upgrade({ WorkloadId: "w", Password: "hunter2" })).catch(() => {});
    expect(lines.map((l) => l.level)).toEqual(["error"]);
    expect(lines[0]!.content[0]).toMatchObject({
      input: { Password: SENSITIVE },
      error: { name: "ValidationException", message: "no", $fault: "client" },
      metadata: { httpStatusCode: 400, attempts: 1 },
    });
  });

  it("never puts the secret key or session token in errors", async () => {
    const secrets = [CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken];
    const failures = [
      new StubHandler([{ status: 403, body: '{"__type":"AccessDenied"}' }]),
      new StubHandler([Object.assign(new Error("reset"), { code: "ECONNRESET" })]),
    ];
    const errors: unknown[] = [];
    for (const handler of failures)
      errors.push(await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w" })).catch((e) => e));
    const badCreds = { accessKeyId: "", secretAccessKey: CREDENTIALS.secretAccessKey, sessionToken: CREDENTIALS.sessionToken };
    errors.push(
      await new FakeClient(testConfig(new StubHandler(), { credentials: badCreds })).send(upgrade({ WorkloadId: "w" })).catch((e) => e),
    );
    errors.push(await new FakeClient(testConfig(new StubHandler())).send(upgrade({})).catch((e) => e));
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expect((errors[2] as Error).message).toBe("Invalid credentials: accessKeyId and secretAccessKey must be non-empty strings.");
    for (const e of errors) for (const text of renderings(e)) for (const s of secrets) expect(text).not.toContain(s);
  });

  it("keeps credentials out of the client's printed config", () => {
    const client = new FakeClient(testConfig(new StubHandler()));
    for (const text of [JSON.stringify(client.config), inspect(client, { depth: 10 })]) {
      for (const s of [CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken]) expect(text).not.toContain(s);
    }
  });
});
