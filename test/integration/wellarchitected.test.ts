import {
  AccessDeniedException,
  ConflictException,
  CreateWorkloadShareCommand,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  UpgradeProfileVersionCommand,
  ValidationException,
  WellArchitectedClient,
  WellArchitectedServiceException,
} from "@slimsdk/client-wellarchitected-ops";
import { type LocalEndpoint, OTHER_ACCOUNT_ID, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientConfig, NO_RETRIES } from "./support/client-config.js";
import { rejectionOf } from "./support/rejection.js";

// Well-Architected speaks restJson1; its errors carry `Message` and typed members (ResourceId, QuotaCode, Fields...).
let ep: LocalEndpoint;
let client: WellArchitectedClient;
let once: WellArchitectedClient;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
  client = new WellArchitectedClient(clientConfig(ep));
  once = new WellArchitectedClient(clientConfig(ep, NO_RETRIES));
});

afterAll(async () => {
  client.destroy();
  once.destroy();
  await ep.close();
});

beforeEach(() => ep.reset());

const UNKNOWN_WORKLOAD = "abcdefabcdefabcdefabcdefabcdef00";

describe("UpgradeProfileVersion", () => {
  const upgrade = (input: Partial<UpgradeProfileVersionCommand["input"]> = {}, via = client) =>
    via.send(
      new UpgradeProfileVersionCommand({
        WorkloadId: ep.ids.wellArchitected.workloadId,
        ProfileArn: ep.ids.wellArchitected.profileArn,
        ...input,
      }),
    );

  it("upgrades the workload's profile and records the milestone (empty output, 200)", async () => {
    const out = await upgrade({ MilestoneName: "before-upgrade" });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 });
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(out)).toEqual(["$metadata"]);
    const workload = ep.state.wellArchitected.workloads.get(ep.ids.wellArchitected.workloadId)!;
    expect(workload.profiles.get(ep.ids.wellArchitected.profileArn)).toBe("3");
    expect(workload.milestones).toContain("before-upgrade");
    expect(ep.stats().created.profileUpgrades).toBe(1);
  });

  it("ValidationException (400) for a WorkloadId that is not 32 hex digits, with Reason and Fields", async () => {
    const e = await rejectionOf(upgrade({ WorkloadId: "not-a-workload-id" }), ValidationException);
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.$fault).toBe("client");
    expect(e.Reason).toBe("FIELD_VALIDATION_FAILED");
    // Too short and off the pattern: one entry per broken constraint.
    expect(e.Fields?.map((f) => f.Name)).toEqual(["WorkloadId", "WorkloadId"]);
    expect(e.message).toMatch(/^2 validation errors detected: Value 'not-a-workload-id' at 'WorkloadId' failed to satisfy constraint/);
  });

  it("ResourceNotFoundException (404) for an unknown workload and for a profile the workload does not use", async () => {
    const workload = await rejectionOf(upgrade({ WorkloadId: UNKNOWN_WORKLOAD }), ResourceNotFoundException);
    expect(workload).toMatchObject({ ResourceType: "WORKLOAD", ResourceId: UNKNOWN_WORKLOAD, $metadata: { httpStatusCode: 404 } });
    const profile = await rejectionOf(
      upgrade({ WorkloadId: ep.ids.wellArchitected.sharedWorkloadId, ProfileArn: ep.ids.wellArchitected.otherProfileArn }),
      ResourceNotFoundException,
    );
    expect(profile).toMatchObject({ ResourceType: "PROFILE", ResourceId: ep.ids.wellArchitected.otherProfileArn });
  });

  it("ConflictException (409) when the workload already uses the profile's latest version", async () => {
    const e = await rejectionOf(upgrade({ ProfileArn: ep.ids.wellArchitected.otherProfileArn }), ConflictException);
    expect(e).toMatchObject({
      ResourceType: "PROFILE",
      ResourceId: ep.ids.wellArchitected.otherProfileArn,
      $metadata: { httpStatusCode: 409 },
    });
    expect(e.Message).toContain("already uses the latest version (2)");
  });

  it("AccessDeniedException (403) on a workload shared read-only with the caller", async () => {
    const e = await rejectionOf(upgrade({ WorkloadId: ep.ids.wellArchitected.readOnlyWorkloadId }), AccessDeniedException);
    expect(e.$metadata.httpStatusCode).toBe(403);
    expect(e.Message).toContain("shared read-only");
  });

  it("ServiceQuotaExceededException (402) for a milestone on a workload at its milestone quota", async () => {
    const e = await rejectionOf(
      upgrade({ WorkloadId: ep.ids.wellArchitected.fullWorkloadId, MilestoneName: "one-too-many" }),
      ServiceQuotaExceededException,
    );
    expect(e).toMatchObject({ QuotaCode: "L-LOCAL-MILESTONES", ServiceCode: "wellarchitected", ResourceType: "MILESTONE" });
    expect(e.$metadata.httpStatusCode).toBe(402);
  });

  it("ThrottlingException (429) and InternalServerException (500) from injected faults, with retries off", async () => {
    ep.failNext(1, "throttle", { operation: "UpgradeProfileVersion" });
    const throttled = await rejectionOf(upgrade({}, once), ThrottlingException);
    expect(throttled).toMatchObject({
      QuotaCode: "L-LOCAL-RATE",
      ServiceCode: "wellarchitected",
      $metadata: { httpStatusCode: 429, attempts: 1 },
    });
    ep.failNext(1, "internal", { operation: "UpgradeProfileVersion" });
    const internal = await rejectionOf(upgrade({}, once), InternalServerException);
    expect(internal.$fault).toBe("server");
    expect(internal.$metadata.httpStatusCode).toBe(500);
    expect(ep.stats().created.profileUpgrades).toBe(0);
  });

  it("an error the model does not declare arrives as the service's base exception, named by its code", async () => {
    ep.failNext(1, "unavailable", { operation: "UpgradeProfileVersion" });
    const e = await rejectionOf(upgrade({}, once), WellArchitectedServiceException);
    expect(e.name).toBe("ServiceUnavailable");
    expect(e.$metadata.httpStatusCode).toBe(503);
  });
});

describe("CreateWorkloadShare", () => {
  const share = (input: Partial<CreateWorkloadShareCommand["input"]> = {}, via = client) =>
    via.send(
      new CreateWorkloadShareCommand({
        WorkloadId: ep.ids.wellArchitected.workloadId,
        SharedWith: OTHER_ACCOUNT_ID,
        PermissionType: "READONLY",
        ...input,
      }),
    );

  it("shares the workload and returns the new share's id (token generated by the client)", async () => {
    const out = await share({ PermissionType: "CONTRIBUTOR" });
    expect(out.WorkloadId).toBe(ep.ids.wellArchitected.workloadId);
    expect(out.ShareId).toMatch(/^[0-9a-f]{32}$/);
    expect(out.$metadata.httpStatusCode).toBe(200);
    const stored = ep.state.wellArchitected.workloads.get(ep.ids.wellArchitected.workloadId)!.shares.get(out.ShareId!);
    expect(stored).toMatchObject({ sharedWith: OTHER_ACCOUNT_ID, permissionType: "CONTRIBUTOR" });
  });

  it("ValidationException (400) for a SharedWith that is too short (the client checks only required members)", async () => {
    const e = await rejectionOf(share({ SharedWith: "12345" }), ValidationException);
    expect(e.Reason).toBe("FIELD_VALIDATION_FAILED");
    expect(e.Fields).toEqual([{ Name: "SharedWith", Message: expect.stringContaining("length greater than or equal to 12") }]);
  });

  it("ValidationException (400) for sharing with the owner's own account", async () => {
    const e = await rejectionOf(share({ SharedWith: "123456789012" }), ValidationException);
    expect(e.Message).toBe("You can't share a workload with its owner account.");
  });

  it("ResourceNotFoundException (404) for an unknown workload", async () => {
    const e = await rejectionOf(share({ WorkloadId: UNKNOWN_WORKLOAD }), ResourceNotFoundException);
    expect(e).toMatchObject({ ResourceType: "WORKLOAD", ResourceId: UNKNOWN_WORKLOAD });
  });

  it("ConflictException (409) for a workload already shared with that account, naming the existing share", async () => {
    const e = await rejectionOf(share({ WorkloadId: ep.ids.wellArchitected.sharedWorkloadId }), ConflictException);
    const existing = [...ep.state.wellArchitected.workloads.get(ep.ids.wellArchitected.sharedWorkloadId)!.shares.values()][0]!;
    expect(e).toMatchObject({ ResourceType: "WORKLOAD_SHARE", ResourceId: existing.shareId, $metadata: { httpStatusCode: 409 } });
  });

  it("ConflictException (409) when a ClientRequestToken is reused with other parameters", async () => {
    await share({ ClientRequestToken: "share-token-1" });
    const e = await rejectionOf(share({ ClientRequestToken: "share-token-1", PermissionType: "CONTRIBUTOR" }), ConflictException);
    expect(e.ResourceType).toBe("CLIENT_REQUEST_TOKEN");
  });

  it("AccessDeniedException (403) when the caller does not own the workload", async () => {
    const e = await rejectionOf(
      share({ WorkloadId: ep.ids.wellArchitected.readOnlyWorkloadId, SharedWith: "999999999999" }),
      AccessDeniedException,
    );
    expect(e.Message).toContain("only the owner can share");
  });

  it("ServiceQuotaExceededException (402) on a workload at its share quota", async () => {
    const e = await rejectionOf(share({ WorkloadId: ep.ids.wellArchitected.fullWorkloadId }), ServiceQuotaExceededException);
    expect(e).toMatchObject({ QuotaCode: "L-LOCAL-SHARES", ResourceType: "WORKLOAD_SHARE", $metadata: { httpStatusCode: 402 } });
  });

  it("ThrottlingException (429) and InternalServerException (500) from injected faults, with retries off", async () => {
    ep.failNext(1, "throttle", { operation: "CreateWorkloadShare" });
    expect((await rejectionOf(share({}, once), ThrottlingException)).$metadata.httpStatusCode).toBe(429);
    ep.failNext(1, "internal", { operation: "CreateWorkloadShare" });
    expect((await rejectionOf(share({}, once), InternalServerException)).$metadata.httpStatusCode).toBe(500);
    expect(ep.stats().created.workloadShares).toBe(0);
  });
});
