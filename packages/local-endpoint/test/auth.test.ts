import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { createProfilingGroup, updateEnvironment, upgradeProfileVersion } from "./helpers/calls.js";

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const CORAL = ":http://internal.amazon.com/coral/com.amazon.coral.service/";
let ep: LocalEndpoint;

beforeAll(async () => {
  ep = await startLocalEndpoint({
    clock: () => NOW,
    credentials: [
      { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "local-endpoint-secret" },
      { accessKeyId: "ASIATEMPORARY", secretAccessKey: "temp-secret", sessionToken: "session-token-1" },
    ],
  });
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

const at = new Date(NOW);
const group = (name: string) => ({ profilingGroupName: name });

describe("SigV4 verification", () => {
  it("accepts a correctly signed request in any region, with percent-encoded labels", async () => {
    const w = ep.ids.wellArchitected;
    const res = await upgradeProfileVersion(ep.url, w.workloadId, w.profileArn, {}, { region: "eu-west-3", signingDate: at });
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
  });

  it("answers a missing Authorization header with MissingAuthenticationTokenException in each protocol", async () => {
    const rest = await createProfilingGroup(ep.url, "t1", group("g1"), { credentials: null });
    expect(rest.status).toBe(403);
    expect(rest.headers["x-amzn-errortype"]).toBe(`MissingAuthenticationTokenException${CORAL}`);
    expect(rest.json).toEqual({ message: "Missing Authentication Token" });

    const json = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" }, { credentials: null });
    expect(json.status).toBe(403);
    expect(json.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(json.json.__type).toBe("com.amazon.coral.service#MissingAuthenticationTokenException");
    expect(ep.stats().created.profilingGroups).toBe(0);
  });

  it("answers an unknown access key with UnrecognizedClientException", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      credentials: { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" },
      signingDate: at,
    });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe(`UnrecognizedClientException${CORAL}`);
    expect(res.json.message).toBe("The security token included in the request is invalid.");
  });

  it("answers a wrong secret with InvalidSignatureException and the canonical request it expected", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      credentials: { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "wrong" },
      signingDate: at,
    });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe(`InvalidSignatureException${CORAL}`);
    expect(res.json.message).toMatch(/^The request signature we calculated does not match the signature you provided/);
    expect(res.json.message).toContain("POST\n/profilingGroups\nclientToken=t1\n");
  });

  it("rejects a body changed after signing", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      signingDate: at,
      afterSigning: (req) => {
        req.body = JSON.stringify(group("g2"));
      },
    });
    expect(res.status).toBe(403);
    expect(res.json.message).toBe("The provided 'x-amz-content-sha256' header does not match what was computed.");
    expect(ep.state.codeGuruProfiler.groups.has("g2")).toBe(false);
  });

  it("rejects a body changed after signing when no payload hash header was sent", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      signingDate: at,
      afterSigning: (req) => {
        delete req.headers["x-amz-content-sha256"];
        req.body = JSON.stringify(group("g2"));
      },
    });
    expect(res.status).toBe(403);
    expect(res.json.message).toMatch(/^The request signature we calculated does not match/);
  });

  it("rejects a query parameter changed after signing", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      signingDate: at,
      afterSigning: (req) => {
        req.query = { clientToken: "t2" };
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toMatch(/^InvalidSignatureException/);
  });

  it("rejects a credential scoped to another service", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), { signingName: "codeguruprofiler", signingDate: at });
    expect(res.status).toBe(403);
    expect(res.json.message).toBe("Credential should be scoped to correct service: 'codeguru-profiler'. ");
  });

  it("answers a stale x-amz-date with 'Signature expired' and the server's Date", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), { signingDate: new Date(NOW - 6 * 60 * 1000) });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe(`InvalidSignatureException${CORAL}`);
    expect(res.json.message).toBe("Signature expired: 20250601T115400Z is now earlier than 20250601T115500Z (20250601T120000Z - 5 min.)");
    expect(res.headers.date).toBe(new Date(NOW).toUTCString());
  });

  it("answers a future x-amz-date with 'Signature not yet current'", async () => {
    const res = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" }, { signingDate: new Date(NOW + 10 * 60 * 1000) });
    expect(res.status).toBe(403);
    expect(res.json.__type).toBe("com.amazon.coral.service#InvalidSignatureException");
    expect(res.json.message).toMatch(/^Signature not yet current: 20250601T121000Z is still later than 20250601T120500Z/);
  });

  it("accepts a request within the 5 minute window", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), { signingDate: new Date(NOW - 4 * 60 * 1000) });
    expect(res.status).toBe(201);
  });

  it("requires the configured session token for temporary credentials", async () => {
    const temp = { accessKeyId: "ASIATEMPORARY", secretAccessKey: "temp-secret" };
    const without = await createProfilingGroup(ep.url, "t1", group("g1"), { credentials: temp, signingDate: at });
    expect(without.status).toBe(403);
    expect(without.headers["x-amzn-errortype"]).toMatch(/^UnrecognizedClientException/);
    const wrong = await createProfilingGroup(ep.url, "t1", group("g1"), {
      credentials: { ...temp, sessionToken: "other" },
      signingDate: at,
    });
    expect(wrong.status).toBe(403);
    const right = await createProfilingGroup(ep.url, "t1", group("g1"), {
      credentials: { ...temp, sessionToken: "session-token-1" },
      signingDate: at,
    });
    expect(right.status).toBe(201);
  });

  it("answers an Authorization header without a signature with IncompleteSignatureException", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), {
      signingDate: at,
      afterSigning: (req) => {
        req.headers.authorization = req.headers.authorization!.replace(/, Signature=.*$/, "");
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toMatch(/^IncompleteSignatureException/);
  });

  it("puts Date, x-amzn-requestid and CORS headers on every answer", async () => {
    const res = await createProfilingGroup(ep.url, "t1", group("g1"), { credentials: null, headers: { origin: "http://page.test" } });
    expect(res.headers.date).toBe(new Date(NOW).toUTCString());
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers["access-control-allow-origin"]).toBe("http://page.test");
    expect(res.headers["access-control-expose-headers"]).toBe("x-amzn-requestid, x-amzn-errortype, date");
  });
});
