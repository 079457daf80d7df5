import { describe, expect, it } from "vitest";
import { ServiceException } from "../errors/service-exception.js";
import { SENSITIVE } from "../logger.js";
import { redactSecrets } from "./redact-secrets.js";

const TOKEN = "SESSION-TOKEN-0123456789";
const KEY = "SECRET-KEY-abcdefghij";

describe("redactSecrets", () => {
  it("scrubs message, stack, members at any depth and the cause chain; keeps the raw response", () => {
    const cause = new SyntaxError(`Unexpected token in ${TOKEN}`);
    const error = new ServiceException({
      name: "InvalidSignatureException",
      $fault: "client",
      message: `canonical request: x-amz-security-token:${TOKEN}\n(key ${KEY})`,
      $response: { statusCode: 403, headers: {}, body: new TextEncoder().encode(TOKEN) },
      Message: `token ${TOKEN}`,
      Fields: [{ Name: "x", Message: `${TOKEN}${TOKEN}` }],
    });
    Object.defineProperty(error, "cause", { value: cause, enumerable: false });
    redactSecrets(error, [KEY, TOKEN, undefined]);
    expect(error.message).toBe(`canonical request: x-amz-security-token:${SENSITIVE}\n(key ${SENSITIVE})`);
    expect(error.stack).not.toContain(TOKEN);
    expect(error.stack).toContain(SENSITIVE);
    expect((error as unknown as { Message: string }).Message).toBe(`token ${SENSITIVE}`);
    expect((error as unknown as { Fields: { Message: string }[] }).Fields[0]!.Message).toBe(SENSITIVE + SENSITIVE);
    expect(cause.message).toBe(`Unexpected token in ${SENSITIVE}`);
    expect(new TextDecoder().decode(error.$response!.body)).toBe(TOKEN);
    expect(Object.keys(error)).not.toContain("message");
  });

  it("ignores short secrets, non-objects and cycles", () => {
    const error = new Error("a b c S");
    redactSecrets(error, ["S", ""]);
    expect(error.message).toBe("a b c S");
    const loop: Record<string, unknown> = { text: TOKEN };
    loop.self = loop;
    redactSecrets(loop, [TOKEN]);
    expect(loop.text).toBe(SENSITIVE);
    expect(() => redactSecrets("a string", [TOKEN])).not.toThrow();
    expect(() => redactSecrets(Object.freeze({ text: TOKEN }), [TOKEN])).not.toThrow();
  });
});
