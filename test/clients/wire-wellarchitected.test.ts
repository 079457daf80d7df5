import { CreateWorkloadShareCommand, UpgradeProfileVersionCommand, WellArchitectedClient } from "@slimsdk/client-wellarchitected-ops";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { CREDENTIALS, clientConfig, FIRST_TOKEN, freezeClock, LONG_TERM_CREDENTIALS } from "./support/fixtures.js";
import { sha256Hex } from "./support/sigv4-reference.js";
import { expectWireHeaders } from "./support/wire.js";

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const PROFILE_ARN = "arn:aws:wellarchitected:us-west-2:123456789012:profile/a1b2c3d4e5";
const ESCAPED_ARN = "arn%3Aaws%3Awellarchitected%3Aus-west-2%3A123456789012%3Aprofile%2Fa1b2c3d4e5";
const API = "wellarchitected#2020-03-31";

beforeEach(freezeClock);
afterEach(() => vi.useRealTimers());

describe("UpgradeProfileVersion on the wire", () => {
  it("sends PUT with both labels escaped, a JSON body, and a SigV4 signature over all of it", async () => {
    const handler = new CaptureHandler();
    await new WellArchitectedClient(clientConfig(handler)).send(
      new UpgradeProfileVersionCommand({
        WorkloadId: WORKLOAD,
        ProfileArn: PROFILE_ARN,
        MilestoneName: "Release 2",
        ClientRequestToken: "token-1",
      }),
    );
    const sent = handler.only;
    const body = '{"MilestoneName":"Release 2","ClientRequestToken":"token-1"}';
    expect(sent).toMatchObject({
      method: "PUT",
      protocol: "https:",
      hostname: "wellarchitected.us-west-2.amazonaws.com",
      path: `/workloads/${WORKLOAD}/profiles/${ESCAPED_ARN}/upgrade`,
      query: {},
      body,
    });
    expect(sent.port).toBeUndefined();
    expect(JSON.parse(sent.body)).toEqual({ MilestoneName: "Release 2", ClientRequestToken: "token-1" });
    const ref = expectWireHeaders(sent, {
      signingName: "wellarchitected",
      api: API,
      body,
      specific: { "content-type": "application/json" },
    });
    // The canonical request, written out: the label's `%` escapes are encoded once more, as SigV4 wants for every service but S3.
    const h = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(ref.canonicalRequest).toBe(
      [
        "PUT",
        `/workloads/${WORKLOAD}/profiles/arn%253Aaws%253Awellarchitected%253Aus-west-2%253A123456789012%253Aprofile%252Fa1b2c3d4e5/upgrade`,
        "",
        `amz-sdk-invocation-id:${h["amz-sdk-invocation-id"]}`,
        "amz-sdk-request:attempt=1; max=3",
        `content-length:${body.length}`,
        "content-type:application/json",
        "host:wellarchitected.us-west-2.amazonaws.com",
        `x-amz-content-sha256:${sha256Hex(body)}`,
        "x-amz-date:20240517T093015Z",
        `x-amz-security-token:${CREDENTIALS.sessionToken}`,
        `x-amz-user-agent:${h["x-amz-user-agent"]}`,
        "",
        "amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-user-agent",
        sha256Hex(body),
      ].join("\n"),
    );
  });

  it("fills the idempotency token from the generator and sends no session token without one", async () => {
    const handler = new CaptureHandler();
    await new WellArchitectedClient(clientConfig(handler, { credentials: LONG_TERM_CREDENTIALS })).send(
      new UpgradeProfileVersionCommand({ WorkloadId: WORKLOAD, ProfileArn: PROFILE_ARN }),
    );
    const sent = handler.only;
    const body = `{"ClientRequestToken":"${FIRST_TOKEN}"}`;
    expect(sent.body).toBe(body);
    const ref = expectWireHeaders(sent, {
      signingName: "wellarchitected",
      api: API,
      body,
      specific: { "content-type": "application/json" },
      credentials: LONG_TERM_CREDENTIALS,
    });
    expect(ref.signedHeaders).not.toContain("x-amz-security-token");
  });

  it("escapes every reserved character of a label, and a space as %20", async () => {
    const handler = new CaptureHandler();
    await new WellArchitectedClient(clientConfig(handler)).send(
      new UpgradeProfileVersionCommand({ WorkloadId: "w/1 ?#&=+", ProfileArn: "p~_.-%", ClientRequestToken: "t" }),
    );
    expect(handler.only.path).toBe("/workloads/w%2F1%20%3F%23%26%3D%2B/profiles/p~_.-%25/upgrade");
    expectWireHeaders(handler.only, {
      signingName: "wellarchitected",
      api: API,
      body: '{"ClientRequestToken":"t"}',
      specific: { "content-type": "application/json" },
    });
  });

  it("applies systemClockOffset to the signing time", async () => {
    const handler = new CaptureHandler();
    await new WellArchitectedClient(clientConfig(handler, { systemClockOffset: 3_600_000 })).send(
      new UpgradeProfileVersionCommand({ WorkloadId: WORKLOAD, ProfileArn: PROFILE_ARN, ClientRequestToken: "t" }),
    );
    expect(handler.only.headers["x-amz-date"]).toBe("20240517T103015Z");
  });
});

describe("CreateWorkloadShare on the wire", () => {
  it("sends POST to the shares path with the whole input but the label in the body", async () => {
    const handler = new CaptureHandler([{ body: `{"WorkloadId":"${WORKLOAD}","ShareId":"ffffffffffffffffffffffffffffffff"}` }]);
    await new WellArchitectedClient(clientConfig(handler)).send(
      new CreateWorkloadShareCommand({ WorkloadId: WORKLOAD, SharedWith: "123456789012", PermissionType: "CONTRIBUTOR" }),
    );
    const sent = handler.only;
    const body = `{"SharedWith":"123456789012","PermissionType":"CONTRIBUTOR","ClientRequestToken":"${FIRST_TOKEN}"}`;
    expect(sent).toMatchObject({
      method: "POST",
      protocol: "https:",
      hostname: "wellarchitected.us-west-2.amazonaws.com",
      path: `/workloads/${WORKLOAD}/shares`,
      query: {},
      body,
    });
    expect(JSON.parse(sent.body)).toEqual({ SharedWith: "123456789012", PermissionType: "CONTRIBUTOR", ClientRequestToken: FIRST_TOKEN });
    expectWireHeaders(sent, { signingName: "wellarchitected", api: API, body, specific: { "content-type": "application/json" } });
  });

  it("keeps the same token on a retry and signs each attempt anew", async () => {
    const handler = new CaptureHandler([
      { status: 429, headers: { "x-amzn-errortype": "ThrottlingException" }, body: '{"Message":"slow down"}' },
      { body: "{}" },
    ]);
    const out = await new WellArchitectedClient(clientConfig(handler)).send(
      new CreateWorkloadShareCommand({ WorkloadId: WORKLOAD, SharedWith: "123456789012", PermissionType: "READONLY" }),
    );
    expect(out.$metadata.attempts).toBe(2);
    const [first, second] = handler.requests;
    expect(second!.body).toBe(first!.body);
    expect(JSON.parse(second!.body).ClientRequestToken).toBe(FIRST_TOKEN);
    const expectation = { signingName: "wellarchitected", api: API, body: first!.body, specific: { "content-type": "application/json" } };
    expectWireHeaders(first!, expectation);
    expectWireHeaders(second!, { ...expectation, attempt: "attempt=2; max=3" });
    expect(second!.headers.authorization).not.toBe(first!.headers.authorization);
  });
});
