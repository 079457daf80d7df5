import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import { FakeClient, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";
import { MiddlewareStack } from "./middleware-stack.js";
import type { Handler, Middleware } from "./types.js";

vi.mock("#platform", () => import("../platform/node.js"));

const upgrade = () => new Command<Record<string, unknown>, { extra?: string }, "Fake">({ WorkloadId: "w" }, Upgrade$);

describe("MiddlewareStack", () => {
  it("orders by step, then priority, then insertion", async () => {
    const stack = new MiddlewareStack();
    const calls: string[] = [];
    const mw =
      (name: string): Middleware =>
      (next) =>
      (args) => {
        calls.push(name);
        return next(args);
      };
    stack.add(mw("d"), { step: "deserialize", name: "d" });
    stack.add(mw("b1"), { step: "build", name: "b1" });
    stack.add(mw("b0"), { step: "build", name: "b0", priority: "high" });
    stack.add(mw("i"), { step: "initialize", name: "i" });
    stack.add(mw("b2"), { step: "build", name: "b2" });
    stack.add(mw("anon"), { step: "serialize" });
    expect(stack.identify()).toEqual([
      "i - initialize",
      "anonymous - serialize",
      "b0 - build",
      "b1 - build",
      "b2 - build",
      "d - deserialize",
    ]);
    const terminal: Handler = async () => ({ response: "done" });
    await stack.resolve(terminal, {} as never)({ input: {} });
    expect(calls).toEqual(["i", "anon", "b0", "b1", "b2", "d"]);
  });

  it("rejects duplicate names unless overriding, removes by name or reference, clones", () => {
    const stack = new MiddlewareStack();
    const a: Middleware = (next) => next;
    stack.add(a, { step: "build", name: "a" });
    expect(() => stack.add(a, { step: "build", name: "a" })).toThrow('A middleware named "a" is already in the stack.');
    stack.add(a, { step: "serialize", name: "a", override: true });
    expect(stack.identify()).toEqual(["a - serialize"]);
    const copy = stack.clone();
    expect(stack.remove("a")).toBe(true);
    expect(stack.remove("a")).toBe(false);
    expect(copy.has("a")).toBe(true);
    expect(copy.remove(a)).toBe(true);
    expect(copy.identify()).toEqual([]);
    expect(() => stack.add(a, { step: "nope" as never })).toThrow('Unknown middleware step "nope"');
  });
});

describe("client.middlewareStack", () => {
  it("lists the built-in middleware", () => {
    expect(new FakeClient().middlewareStack.identify()).toEqual([
      "loggerMiddleware - initialize",
      "idempotencyTokenMiddleware - initialize",
      "validateInputMiddleware - initialize",
      "serializerMiddleware - serialize",
      "buildRequestMiddleware - build",
      "retryMiddleware - finalizeRequest",
      "signingMiddleware - finalizeRequest",
      "deserializerMiddleware - deserialize",
    ]);
  });

  it("runs user middleware: a build step header is signed, an initialize step sees the output", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler));
    client.middlewareStack.add(
      (next) => (args) => {
        args.request!.headers["x-custom"] = "1";
        return next(args);
      },
      { step: "build", name: "custom" },
    );
    client.middlewareStack.add(
      (next) => async (args) => {
        const out = await next(args);
        return { ...out, output: { ...out.output, extra: "seen" } };
      },
      { step: "initialize", name: "decorate" },
    );
    const out = await client.send(upgrade());
    expect(out.extra).toBe("seen");
    expect(handler.requests[0]!.headers.authorization).toMatch(/SignedHeaders=[^,]*x-custom/);
    client.middlewareStack.remove("custom");
    client.middlewareStack.remove("decorate");
    const plain = await client.send(upgrade());
    expect(plain.extra).toBeUndefined();
    expect(handler.requests[1]!.headers["x-custom"]).toBeUndefined();
  });

  it("can remove a built-in middleware by name", async () => {
    const handler = new StubHandler([{ status: 500 }]);
    const client = new FakeClient(testConfig(handler));
    client.middlewareStack.remove("retryMiddleware");
    await client.send(upgrade()).catch(() => {});
    expect(handler.requests).toHaveLength(1);
  });
});
