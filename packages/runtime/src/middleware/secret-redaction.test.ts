import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import type { Logger } from "../logger.js";
import { SENSITIVE } from "../logger.js";
import type { OperationSchema } from "../schema.js";
import { CREDENTIALS, FakeClient, FakeServiceException, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";

vi.mock("#platform", () => import("../platform/node.js"));

/** A modeled error whose `message` member is @sensitive (as Proton's ErrorMessage is). */
class SecretiveError extends FakeServiceException {}
const Secretive$: OperationSchema = {
  ...Upgrade$,
  errors: [
    {
      schema: {
        k: "structure",
        id: "com.example#Secretive",
        members: [{ name: "message", target: { k: "string", sensitive: true }, sensitive: true }],
      },
      ctor: SecretiveError,
      fault: "client",
      status: 400,
    },
  ],
};

/** A logger keeping every call's arguments as JSON. */
function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const keep = (...c: unknown[]) => void lines.push(JSON.stringify(c));
  return { logger: { debug: keep, info: keep, warn: keep, error: keep }, lines };
}

describe("secrets in errors", () => {
  it("a service error quoting the session token (signature mismatch) reaches the caller and the log without it", async () => {
    const echoed = `The Canonical String for this request should have been\n'...x-amz-security-token:${CREDENTIALS.sessionToken}\n...'`;
    const handler = new StubHandler([{ status: 403, body: JSON.stringify({ __type: "InvalidSignatureException", message: echoed }) }]);
    const { logger, lines } = capture();
    const error = await new FakeClient(testConfig(handler, { logger, maxAttempts: 1 }))
      .send(new Command<Record<string, unknown>, object, "Fake">({ WorkloadId: "w" }, Upgrade$))
      .then(
        () => {
          throw new Error("expected the call to fail");
        },
        (e: Error) => e,
      );
    expect(error.name).toBe("InvalidSignatureException");
    expect(error.message).toContain(`x-amz-security-token:${SENSITIVE}`);
    for (const text of [error.message, String(error.stack), lines.join("\n")]) {
      expect(text).not.toContain(CREDENTIALS.sessionToken);
      expect(text).not.toContain(CREDENTIALS.secretAccessKey);
    }
  });
});

describe("logged errors", () => {
  it("log a modeled error's @sensitive message as a placeholder; the caller still gets the message", async () => {
    const handler = new StubHandler([
      { status: 400, body: JSON.stringify({ __type: "Secretive", message: "the value hunter2 is wrong" }) },
    ]);
    const { logger, lines } = capture();
    const error = await new FakeClient(testConfig(handler, { logger }))
      .send(new Command<Record<string, unknown>, object, "Fake">({ WorkloadId: "w" }, Secretive$))
      .then(
        () => {
          throw new Error("expected the call to fail");
        },
        (e: Error) => e,
      );
    expect(error).toBeInstanceOf(SecretiveError);
    expect(error.message).toBe("the value hunter2 is wrong");
    expect(lines.join("\n")).not.toContain("hunter2");
    expect(lines.join("\n")).toContain(SENSITIVE);
  });

  it("log other errors' messages as they are", async () => {
    const handler = new StubHandler([{ status: 400, body: JSON.stringify({ __type: "SlowDown", message: "slow down please" }) }]);
    const { logger, lines } = capture();
    await new FakeClient(testConfig(handler, { logger, maxAttempts: 1 }))
      .send(new Command<Record<string, unknown>, object, "Fake">({ WorkloadId: "w" }, Upgrade$))
      .catch(() => {});
    expect(lines.join("\n")).toContain("slow down please");
  });
});
