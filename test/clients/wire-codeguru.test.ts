import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientConfig, FIRST_TOKEN, freezeClock } from "./support/fixtures.js";
import { expectWireHeaders } from "./support/wire.js";

const API = "codeguruprofiler#2019-07-18";
const CREATED = '{"name":"checkout","arn":"arn:aws:codeguru-profiler:us-west-2:123456789012:profilingGroup/checkout"}';

beforeEach(freezeClock);
afterEach(() => vi.useRealTimers());

describe("CreateProfilingGroup on the wire", () => {
  it("posts to /profilingGroups with the token in the query and the rest in the body", async () => {
    const handler = new CaptureHandler([{ status: 201, body: CREATED }]);
    await new CodeGuruProfilerClient(clientConfig(handler)).send(
      new CreateProfilingGroupCommand({
        profilingGroupName: "checkout",
        computePlatform: "AWSLambda",
        agentOrchestrationConfig: { profilingEnabled: true },
        tags: { team: "payments", "cost-center": "42" },
      }),
    );
    const sent = handler.only;
    const expected = {
      profilingGroupName: "checkout",
      computePlatform: "AWSLambda",
      agentOrchestrationConfig: { profilingEnabled: true },
      tags: { team: "payments", "cost-center": "42" },
    };
    const body = JSON.stringify(expected);
    expect(sent).toMatchObject({
      method: "POST",
      protocol: "https:",
      hostname: "codeguru-profiler.us-west-2.amazonaws.com",
      path: "/profilingGroups",
      query: { clientToken: FIRST_TOKEN },
      body,
    });
    expect(Object.keys(sent.query)).toEqual(["clientToken"]);
    expect(JSON.parse(sent.body)).toEqual(expected);
    const ref = expectWireHeaders(sent, {
      signingName: "codeguru-profiler",
      api: API,
      body,
      specific: { "content-type": "application/json" },
    });
    expect(ref.canonicalRequest.split("\n").slice(0, 3)).toEqual(["POST", "/profilingGroups", `clientToken=${FIRST_TOKEN}`]);
  });

  it("signs a caller's token with reserved characters as SigV4's canonical query wants", async () => {
    const handler = new CaptureHandler([{ status: 201, body: CREATED }]);
    await new CodeGuruProfilerClient(clientConfig(handler)).send(
      new CreateProfilingGroupCommand({ profilingGroupName: "checkout", clientToken: "a b/c+d=e" }),
    );
    expect(handler.only.query).toEqual({ clientToken: "a b/c+d=e" });
    const ref = expectWireHeaders(handler.only, {
      signingName: "codeguru-profiler",
      api: API,
      body: '{"profilingGroupName":"checkout"}',
      specific: { "content-type": "application/json" },
    });
    expect(ref.canonicalRequest.split("\n")[2]).toBe("clientToken=a%20b%2Fc%2Bd%3De");
  });
});
