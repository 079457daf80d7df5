import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, OTHER_ACCOUNT_ID, startLocalEndpoint } from "../src/index.js";
import { createWorkloadShare, upgradeProfileVersion } from "./helpers/calls.js";

let ep: LocalEndpoint;
beforeAll(async () => {
  ep = await startLocalEndpoint({ quotas: { sharesPerWorkload: 3, milestonesPerWorkload: 5 } });
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

const ids = () => ep.ids.wellArchitected;
const share = (sharedWith: string, token = `tok-${sharedWith}`) => ({
  ClientRequestToken: token,
  PermissionType: "READONLY",
  SharedWith: sharedWith,
});

describe("UpgradeProfileVersion", () => {
  it("upgrades the workload to the profile's latest version and answers 200 with an empty body", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {
      ClientRequestToken: "u1",
      MilestoneName: "before-upgrade",
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    const workload = ep.state.wellArchitected.workloads.get(ids().workloadId)!;
    expect(workload.profiles.get(ids().profileArn)).toBe("3");
    expect(workload.milestones).toEqual(["before-upgrade"]);
    expect(ep.stats().created.profileUpgrades).toBe(1);
  });

  it("accepts an empty body (every body member is optional)", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, "", { headers: {} });
    expect(res.status).toBe(200);
  });

  it("answers ConflictException when the profile is already at its latest version", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().workloadId, ids().otherProfileArn);
    expect(res.status).toBe(409);
    expect(res.headers["x-amzn-errortype"]).toBe("ConflictException");
    expect(res.json).toMatchObject({ ResourceId: ids().otherProfileArn, ResourceType: "PROFILE" });
    expect(res.json.Message).toContain("latest version");
  });

  it("answers ConflictException for a milestone name already used in the workload", async () => {
    ep.state.wellArchitected.addWorkload({
      workloadId: "a".repeat(32),
      workloadName: "added",
      owner: "123456789012",
      profiles: { [ids().profileArn]: "2" },
      milestones: ["release-1"],
    });
    const res = await upgradeProfileVersion(ep.url, "a".repeat(32), ids().profileArn, { MilestoneName: "release-1" });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ ResourceType: "MILESTONE", ResourceId: "release-1" });
  });

  it("answers ResourceNotFoundException for a profile not attached to the workload", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().sharedWorkloadId, ids().otherProfileArn);
    expect(res.status).toBe(404);
    expect(res.json.Message).toContain("is not associated with workload");
  });

  it("answers ResourceNotFoundException for an unknown workload or profile", async () => {
    const workload = await upgradeProfileVersion(ep.url, "f".repeat(32), ids().profileArn);
    expect(workload.status).toBe(404);
    expect(workload.json).toMatchObject({ ResourceType: "WORKLOAD", ResourceId: "f".repeat(32) });
    const profile = await upgradeProfileVersion(ep.url, ids().workloadId, "arn:aws:wellarchitected:us-east-1:123456789012:profile/abc");
    expect(profile.status).toBe(404);
    expect(profile.json.ResourceType).toBe("PROFILE");
  });

  it("answers AccessDeniedException on a workload shared read-only", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().readOnlyWorkloadId, ids().profileArn);
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("AccessDeniedException");
    expect(Object.keys(res.json)).toEqual(["Message"]);
  });

  it("answers ServiceQuotaExceededException when the workload has its quota of milestones", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().fullWorkloadId, ids().profileArn, { MilestoneName: "one-more" });
    expect(res.status).toBe(402);
    expect(res.json).toMatchObject({ QuotaCode: "L-LOCAL-MILESTONES", ServiceCode: "wellarchitected", ResourceType: "MILESTONE" });
  });

  it("answers ValidationException with Reason and Fields for broken constraints", async () => {
    const res = await upgradeProfileVersion(ep.url, "not-a-workload-id", "arn:nope", { MilestoneName: "ab" });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(res.json.Reason).toBe("FIELD_VALIDATION_FAILED");
    expect(res.json.Fields.map((f: { Name: string }) => f.Name)).toEqual(["WorkloadId", "WorkloadId", "ProfileArn", "MilestoneName"]);
    expect(res.json.Message).toMatch(
      /^4 validation errors detected: Value 'not-a-workload-id' at 'WorkloadId' failed to satisfy constraint/,
    );
  });

  it("answers ThrottlingException and InternalServerException when told to fail", async () => {
    ep.failNext(1, "throttle");
    const throttled = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn);
    expect(throttled.status).toBe(429);
    expect(throttled.json).toMatchObject({ QuotaCode: "L-LOCAL-RATE", ServiceCode: "wellarchitected" });
    ep.failNext(1, "internal");
    const internal = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn);
    expect(internal.status).toBe(500);
    expect(internal.headers["x-amzn-errortype"]).toBe("InternalServerException");
    expect(ep.stats().created.profileUpgrades).toBe(0);
  });

  it("replays a retried token instead of answering Conflict, and rejects the token with other parameters", async () => {
    const first = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {
      ClientRequestToken: "same",
      MilestoneName: "mile-1",
    });
    const retry = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {
      ClientRequestToken: "same",
      MilestoneName: "mile-1",
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(ep.stats().created.profileUpgrades).toBe(1);
    expect(ep.stats().idempotentReplays).toBe(1);
    const other = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {
      ClientRequestToken: "same",
      MilestoneName: "mile-2",
    });
    expect(other.status).toBe(409);
    expect(other.json.ResourceType).toBe("CLIENT_REQUEST_TOKEN");
    const noToken = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {});
    expect(noToken.status).toBe(409);
  });
});

describe("CreateWorkloadShare", () => {
  it("creates a share and answers its 32-hex id", async () => {
    const res = await createWorkloadShare(ep.url, ids().workloadId, share("555555555555"));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ShareId: expect.stringMatching(/^[0-9a-f]{32}$/), WorkloadId: ids().workloadId });
    expect(ep.state.wellArchitected.workloads.get(ids().workloadId)!.shares.get(res.json.ShareId)).toMatchObject({
      sharedWith: "555555555555",
    });
    expect(ep.stats().created.workloadShares).toBe(1);
  });

  it("answers ConflictException when sharing twice with the same account", async () => {
    const res = await createWorkloadShare(ep.url, ids().sharedWorkloadId, share(OTHER_ACCOUNT_ID));
    expect(res.status).toBe(409);
    expect(res.json.ResourceType).toBe("WORKLOAD_SHARE");
  });

  it("answers ServiceQuotaExceededException after the quota of shares", async () => {
    for (const account of ["555555555551", "555555555552", "555555555553"]) {
      expect((await createWorkloadShare(ep.url, ids().workloadId, share(account))).status).toBe(200);
    }
    const res = await createWorkloadShare(ep.url, ids().workloadId, share("555555555554"));
    expect(res.status).toBe(402);
    expect(res.json).toMatchObject({ QuotaCode: "L-LOCAL-SHARES", ResourceId: ids().workloadId });
    expect(ep.stats().created.workloadShares).toBe(3);
  });

  it("answers AccessDeniedException when the caller does not own the workload", async () => {
    const res = await createWorkloadShare(ep.url, ids().readOnlyWorkloadId, share("555555555555"));
    expect(res.status).toBe(403);
  });

  it("answers ResourceNotFoundException for an unknown workload", async () => {
    const res = await createWorkloadShare(ep.url, "0".repeat(32), share("555555555555"));
    expect(res.status).toBe(404);
  });

  it("validates the body: required token, enum, length, principal form, not the owner", async () => {
    const missing = await createWorkloadShare(ep.url, ids().workloadId, { PermissionType: "ADMIN", SharedWith: "short" });
    expect(missing.status).toBe(400);
    expect(missing.json.Fields.map((f: { Name: string }) => f.Name)).toEqual(["ClientRequestToken", "PermissionType", "SharedWith"]);
    const notPrincipal = await createWorkloadShare(ep.url, ids().workloadId, share("someone@example.com"));
    expect(notPrincipal.status).toBe(400);
    const self = await createWorkloadShare(ep.url, ids().workloadId, share("123456789012"));
    expect(self.status).toBe(400);
    expect(self.json.Fields).toEqual([{ Name: "SharedWith", Message: "Cannot share a workload with its owner" }]);
  });

  it("answers SerializationException for a malformed JSON body", async () => {
    const res = await createWorkloadShare(ep.url, ids().workloadId, "{not json");
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toMatch(/^SerializationException/);
  });

  it("answers UnsupportedMediaTypeException for a body that is not JSON-typed", async () => {
    const res = await createWorkloadShare(ep.url, ids().workloadId, share("555555555555"), { headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
  });

  it("replays the same token with the same parameters and rejects it with others", async () => {
    const first = await createWorkloadShare(ep.url, ids().workloadId, share("555555555555", "tok"));
    const again = await createWorkloadShare(ep.url, ids().workloadId, share("555555555555", "tok"));
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(ep.stats().created.workloadShares).toBe(1);
    const other = await createWorkloadShare(ep.url, ids().workloadId, { ...share("555555555555", "tok"), PermissionType: "CONTRIBUTOR" });
    expect(other.status).toBe(409);
    expect(other.headers["x-amzn-errortype"]).toBe("ConflictException");
  });

  it("answers the service's throttling and internal errors when told to fail", async () => {
    ep.failNext(1, "throttle", { operation: "CreateWorkloadShare" });
    ep.failNext(1, "internal", { operation: "CreateWorkloadShare" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await createWorkloadShare(ep.url, ids().workloadId, share("555555555555"))).status);
    expect(statuses).toEqual([429, 500, 200]);
    expect(ep.stats().requests.CreateWorkloadShare).toBe(3);
    expect(ep.stats().created.workloadShares).toBe(1);
  });
});

describe("routing", () => {
  it("answers UnknownOperationException for a path no operation has", async () => {
    const res = await upgradeProfileVersion(ep.url, ids().workloadId, ids().profileArn, {}, { path: "/workloads/x/unknown" });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toMatch(/^UnknownOperationException/);
  });
});
