/**
 * Client-side input checks, before any request is sent (the stub handler is never called): a missing
 * required member (idempotency tokens aside: they are filled) or an empty URI label always fails with an
 * error naming the member; with `validateInput: validateConstraints`, `@length`, `@pattern`, `@range` and enum values are
 * checked too, and every violation is reported at once with its member path.
 */
import { InputValidationError, validateConstraints } from "@slimsdk/runtime";
import { describe, expect, it } from "vitest";
import { type AnyInput, operation } from "./helpers/operations.js";
import { StubHandler } from "./helpers/stub-handler.js";

/** Sends `input` through `opName` with a stub handler that answers 200 `{}`; returns the error and how many requests went out. */
async function check(opName: string, input: AnyInput, validate = false): Promise<{ error: unknown; sent: number }> {
  const handler = new StubHandler(() => ({ statusCode: 200, headers: {}, body: new TextEncoder().encode("{}") }));
  const caller = operation(opName).caller({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDSTUB", secretAccessKey: "stub-secret" },
    requestHandler: handler,
    maxAttempts: 1,
    validateInput: validate ? validateConstraints : undefined,
  });
  const error = await caller.send(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, sent: handler.calls };
}

/** Asserts `error` is an InputValidationError for `command`, sent nothing, and has exactly `paths` as violation paths. */
function expectViolations(result: { error: unknown; sent: number }, command: string, paths: string[]): InputValidationError {
  expect(result.sent).toBe(0);
  expect(result.error).toBeInstanceOf(InputValidationError);
  const error = result.error as InputValidationError;
  expect(error.name).toBe("InputValidationError");
  expect(error.message.startsWith(`${command}: `)).toBe(true);
  expect(error.violations.map((v) => v.path)).toEqual(paths);
  // The message names every member at fault.
  for (const path of paths) expect(error.message).toContain(`"${path}"`);
  return error;
}

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const PROFILE = "arn:aws:wellarchitected:us-east-1:123456789012:profile/0123456789abcdef";
const IMAGE = "arn:aws:imagebuilder:us-east-1:123456789012:image/web-server/1.0.0/1";

describe("always checked: required members and URI labels", () => {
  it("Well-Architected: missing and empty labels, named", async () => {
    expectViolations(await check("UpgradeProfileVersion", {}), "UpgradeProfileVersionCommand", ["WorkloadId", "ProfileArn"]);
    const empty = expectViolations(
      await check("UpgradeProfileVersion", { WorkloadId: "", ProfileArn: PROFILE }),
      "UpgradeProfileVersionCommand",
      ["WorkloadId"],
    );
    expect(empty.message).toContain("must not be empty");
    expectViolations(
      await check("CreateWorkloadShare", { WorkloadId: "", SharedWith: "123456789012", PermissionType: "READONLY" }),
      "CreateWorkloadShareCommand",
      ["WorkloadId"],
    );
    expectViolations(await check("UpgradeProfileVersion", { WorkloadId: WORKLOAD, ProfileArn: "" }), "UpgradeProfileVersionCommand", [
      "ProfileArn",
    ]);
  });

  it("Proton: a missing member, at the top and nested, with its path", async () => {
    const error = expectViolations(
      await check("UpdateEnvironment", { name: "dev", provisioningRepository: { provider: "GITHUB", name: "org/repo" } }),
      "UpdateEnvironmentCommand",
      ["deploymentType", "provisioningRepository.branch"],
    );
    expect(error.message).toContain('missing required member "provisioningRepository.branch"');
  });

  it("Image Builder and CodeGuru Profiler: required idempotency tokens are filled, not reported", async () => {
    expectViolations(await check("StartResourceStateUpdate", {}), "StartResourceStateUpdateCommand", ["resourceArn", "state"]);
    expectViolations(await check("CreateProfilingGroup", {}), "CreateProfilingGroupCommand", ["profilingGroupName"]);
    // With the required members given, the call goes out (with a generated token).
    expect((await check("CreateProfilingGroup", { profilingGroupName: "g" })).sent).toBe(1);
    expect((await check("StartResourceStateUpdate", { resourceArn: IMAGE, state: { status: "AVAILABLE" } })).sent).toBe(1);
  });

  it("null members count as missing, and a non-object input is refused", async () => {
    expectViolations(await check("CreateProfilingGroup", { profilingGroupName: null }), "CreateProfilingGroupCommand", [
      "profilingGroupName",
    ]);
    const caller = operation("CreateProfilingGroup").caller({
      region: "us-east-1",
      credentials: { accessKeyId: "A", secretAccessKey: "S" },
    });
    await expect(caller.send([] as unknown as AnyInput)).rejects.toBeInstanceOf(InputValidationError);
  });

  it("constraints are not checked unless asked for: the request goes out", async () => {
    expect((await check("UpdateEnvironment", { name: "not a valid name!", deploymentType: "SOMETIMES" })).sent).toBe(1);
  });
});

describe("validateInput: validateConstraints reports every violation at once, with paths", () => {
  it("Well-Architected", async () => {
    const error = expectViolations(
      await check("CreateWorkloadShare", { WorkloadId: "XYZ", SharedWith: "short", PermissionType: "ADMIN", ClientRequestToken: "" }, true),
      "CreateWorkloadShareCommand",
      ["WorkloadId", "WorkloadId", "SharedWith", "PermissionType", "ClientRequestToken"],
    );
    expect(error.violations.map((v) => v.message)).toEqual([
      '"WorkloadId" length must be between 32 and 32, got 3',
      '"WorkloadId" must match the pattern ^[0-9a-f]{32}$',
      '"SharedWith" length must be between 12 and 2048, got 5',
      '"PermissionType" must be one of "READONLY", "CONTRIBUTOR", got "ADMIN"',
      '"ClientRequestToken" length must be between 1 and 2048, got 0',
    ]);
    expectViolations(
      await check("UpgradeProfileVersion", { WorkloadId: WORKLOAD, ProfileArn: "arn:aws:iam::123:role/x", MilestoneName: "ab" }, true),
      "UpgradeProfileVersionCommand",
      ["ProfileArn", "MilestoneName"],
    );
  });

  it("Proton, down to provisioningRepository.branch", async () => {
    expectViolations(
      await check(
        "UpdateEnvironment",
        {
          name: "-bad name",
          deploymentType: "SOMETIMES",
          description: "d".repeat(501),
          templateMajorVersion: "01",
          environmentAccountConnectionId: "not-a-uuid",
          provisioningRepository: { provider: "SVN", name: "no-slash", branch: "" },
        },
        true,
      ),
      "UpdateEnvironmentCommand",
      [
        "name",
        "description",
        "templateMajorVersion",
        "deploymentType",
        "environmentAccountConnectionId",
        "provisioningRepository.provider",
        "provisioningRepository.name",
        "provisioningRepository.branch",
      ],
    );
  });

  it("Image Builder: ranges, enums, list items and map keys", async () => {
    const error = expectViolations(
      await check(
        "StartResourceStateUpdate",
        {
          resourceArn: "arn:aws:imagebuilder:us-east-1:123456789012:component/x",
          state: { status: "GONE" },
          executionRole: "not a role!",
          exclusionRules: {
            amis: { regions: [""], sharedAccounts: ["12"], lastLaunched: { value: 0, unit: "CENTURIES" }, tagMap: { "aws:reserved": "v" } },
          },
          clientToken: "t".repeat(37),
        },
        true,
      ),
      "StartResourceStateUpdateCommand",
      [
        "resourceArn",
        "state.status",
        "executionRole",
        "exclusionRules.amis.regions[0]",
        "exclusionRules.amis.sharedAccounts[0]",
        "exclusionRules.amis.lastLaunched.value",
        "exclusionRules.amis.lastLaunched.unit",
        'exclusionRules.amis.tagMap["aws:reserved"]',
        "clientToken",
      ],
    );
    expect(error.violations.find((v) => v.path === "exclusionRules.amis.lastLaunched.value")?.message).toBe(
      '"exclusionRules.amis.lastLaunched.value" must be between 1 and 365, got 0',
    );
  });

  it("CodeGuru Profiler, including a caller-supplied token", async () => {
    expectViolations(
      await check(
        "CreateProfilingGroup",
        { profilingGroupName: "bad name!", computePlatform: "Mainframe", clientToken: "x".repeat(65) },
        true,
      ),
      "CreateProfilingGroupCommand",
      ["profilingGroupName", "computePlatform", "clientToken"],
    );
    // A valid input passes the full check and is sent.
    expect((await check("CreateProfilingGroup", { profilingGroupName: "good-name_1", computePlatform: "AWSLambda" }, true)).sent).toBe(1);
  });
});
