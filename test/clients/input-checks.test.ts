import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { ProtonClient, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import { CreateWorkloadShareCommand, UpgradeProfileVersionCommand, WellArchitectedClient } from "@slimsdk/client-wellarchitected-ops";
import { InputValidationError, validateConstraints } from "@slimsdk/runtime";
import { describe, expect, it } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientConfig } from "./support/fixtures.js";

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const PROFILE_ARN = "arn:aws:wellarchitected:us-west-2:123456789012:profile/p1";
const IMAGE_ARN = "arn:aws:imagebuilder:us-west-2:123456789012:image/web-server/1.2.3/4";

/** Runs a send that must fail before reaching the handler, and returns the error. */
async function rejectedBeforeSending(send: (h: CaptureHandler) => Promise<unknown>): Promise<InputValidationError> {
  const handler = new CaptureHandler();
  const err = await send(handler).catch((e: unknown) => e);
  expect(handler.requests).toHaveLength(0);
  expect(err).toBeInstanceOf(InputValidationError);
  return err as InputValidationError;
}

/** Forces input the types forbid, as JavaScript callers can. */
const untyped = <T>(value: Record<string, unknown>) => value as T;

describe("bad input fails before any request is sent", () => {
  it("a missing required label (ProfileArn) is named", async () => {
    const err = await rejectedBeforeSending((h) =>
      new WellArchitectedClient(clientConfig(h)).send(new UpgradeProfileVersionCommand(untyped({ WorkloadId: WORKLOAD }))),
    );
    expect(err.message).toBe('UpgradeProfileVersionCommand: missing required member "ProfileArn".');
    expect(err.violations).toEqual([{ path: "ProfileArn", message: 'missing required member "ProfileArn"' }]);
  });

  it('an empty label (WorkloadId: "") is named, for either operation', async () => {
    const upgrade = await rejectedBeforeSending((h) =>
      new WellArchitectedClient(clientConfig(h)).send(new UpgradeProfileVersionCommand({ WorkloadId: "", ProfileArn: PROFILE_ARN })),
    );
    expect(upgrade.message).toBe('UpgradeProfileVersionCommand: member "WorkloadId" is bound to the request URI and must not be empty.');
    const share = await rejectedBeforeSending((h) =>
      new WellArchitectedClient(clientConfig(h)).send(new CreateWorkloadShareCommand({ WorkloadId: "", SharedWith: "123456789012" })),
    );
    expect(share.violations.map((v) => v.path)).toEqual(["WorkloadId"]);
  });

  it("every problem is listed at once", async () => {
    const err = await rejectedBeforeSending((h) =>
      new WellArchitectedClient(clientConfig(h)).send(new UpgradeProfileVersionCommand(untyped({ WorkloadId: "" }))),
    );
    expect(err.violations.map((v) => v.path)).toEqual(["WorkloadId", "ProfileArn"]);
  });

  it("UpdateEnvironment: a missing top-level member and a missing nested one are named with their paths", async () => {
    const err = await rejectedBeforeSending((h) =>
      new ProtonClient(clientConfig(h)).send(
        new UpdateEnvironmentCommand(untyped({ name: "dev-env", provisioningRepository: { provider: "GITHUB", name: "octo/infra" } })),
      ),
    );
    expect(err.message).toBe(
      'UpdateEnvironmentCommand: missing required member "deploymentType"; missing required member "provisioningRepository.branch".',
    );
  });

  it("StartResourceStateUpdate: a missing state, and a nested lastLaunched without its unit", async () => {
    const err = await rejectedBeforeSending((h) =>
      new ImagebuilderClient(clientConfig(h)).send(
        new StartResourceStateUpdateCommand(untyped({ resourceArn: IMAGE_ARN, exclusionRules: { amis: { lastLaunched: { value: 3 } } } })),
      ),
    );
    expect(err.violations.map((v) => v.path)).toEqual(["state", "exclusionRules.amis.lastLaunched.unit"]);
  });

  it("CreateProfilingGroup: a missing profilingGroupName (the token, though required, is filled, not reported)", async () => {
    const err = await rejectedBeforeSending((h) =>
      new CodeGuruProfilerClient(clientConfig(h)).send(new CreateProfilingGroupCommand(untyped({}))),
    );
    expect(err.message).toBe('CreateProfilingGroupCommand: missing required member "profilingGroupName".');
  });

  it("with validateInput, constraint violations are caught too", async () => {
    const err = await rejectedBeforeSending((h) =>
      new WellArchitectedClient(clientConfig(h, { validateInput: validateConstraints })).send(
        new CreateWorkloadShareCommand(
          untyped({ WorkloadId: "0123456789abcdef0123456789abcdeX", SharedWith: "123", PermissionType: "OWNER" }),
        ),
      ),
    );
    expect(err.violations.map((v) => v.path)).toEqual(["WorkloadId", "SharedWith", "PermissionType"]);
    expect(err.message).toBe(
      'CreateWorkloadShareCommand: "WorkloadId" must match the pattern ^[0-9a-f]{32}$; "SharedWith" length must be between 12 and 2048, got 3; ' +
        '"PermissionType" must be one of "READONLY", "CONTRIBUTOR", got "OWNER".',
    );
  });
});

describe("values the wire cannot carry", () => {
  it("an invalid Date fails before sending (the official client would send NaN, which is not JSON)", async () => {
    const handler = new CaptureHandler();
    const err = await new ImagebuilderClient(clientConfig(handler))
      .send(
        new StartResourceStateUpdateCommand({ resourceArn: IMAGE_ARN, state: { status: "AVAILABLE" }, updateAt: new Date("not a date") }),
      )
      .catch((e: unknown) => e);
    expect(handler.requests).toHaveLength(0);
    expect((err as Error).message).toBe("Invalid timestamp: Invalid Date");
  });
});

describe("@clientOptional members are left to the service", () => {
  it("CreateWorkloadShare without SharedWith and PermissionType is sent (both are @required @clientOptional in the model)", async () => {
    // The official SDK does the same: such members are optional in the types and checked by the service,
    // which answers with a ValidationException.
    const handler = new CaptureHandler();
    await new WellArchitectedClient(clientConfig(handler)).send(new CreateWorkloadShareCommand({ WorkloadId: WORKLOAD }));
    expect(JSON.parse(handler.only.body)).toEqual({ ClientRequestToken: "00000000-0000-4000-8000-000000000001" });
  });
});
