import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  ProtonClient,
  ProtonServiceException,
  ResourceNotFoundException,
  ThrottlingException,
  UpdateEnvironmentCommand,
  type UpdateEnvironmentCommandInput,
  ValidationException,
} from "@slimsdk/client-proton-env";
import { type LocalEndpoint, OTHER_ACCOUNT_ID, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientConfig, INSTANT_RETRIES, NO_RETRIES } from "./support/client-config.js";
import { rejectionOf } from "./support/rejection.js";

// Proton speaks awsJson1_0: every modeled error is a 400 (500 for InternalServerException) told apart by `__type`.
let ep: LocalEndpoint;
let client: ProtonClient;
let once: ProtonClient;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
  client = new ProtonClient(clientConfig(ep, INSTANT_RETRIES));
  once = new ProtonClient(clientConfig(ep, NO_RETRIES));
});

afterAll(async () => {
  client.destroy();
  once.destroy();
  await ep.close();
});

beforeEach(() => ep.reset());

const update = (input: Partial<UpdateEnvironmentCommandInput> = {}, via = client) =>
  via.send(new UpdateEnvironmentCommand({ name: ep.ids.proton.dev, deploymentType: "MINOR_VERSION", ...input }));

describe("UpdateEnvironment", () => {
  it("deploys the recommended minor version and returns the environment with its timestamps as Dates", async () => {
    const before = Date.now();
    const { environment: env, $metadata } = await update({ description: "patch release" });
    expect($metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    expect(env).toMatchObject({
      name: "dev",
      arn: "arn:aws:proton:us-east-1:123456789012:environment/dev",
      templateName: "fargate-env",
      templateMajorVersion: "1",
      templateMinorVersion: "2",
      deploymentStatus: "SUCCEEDED",
      description: "patch release",
      protonServiceRoleArn: "arn:aws:iam::123456789012:role/ProtonServiceRole",
    });
    // Epoch seconds on the wire become Date objects.
    expect(env.createdAt).toEqual(new Date(Date.UTC(2024, 0, 15, 10, 0, 0)));
    expect(env.lastDeploymentSucceededAt).toBeInstanceOf(Date);
    expect(env.lastDeploymentSucceededAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(ep.stats().created.environmentUpdates).toBe(1);
  });

  it("sets the CodeBuild role and reports the deployment ids (members newer than the API reference pages)", async () => {
    const role = "arn:aws:iam::123456789012:role/ProtonCodeBuild";
    const { environment } = await update({ codebuildRoleArn: role });
    expect(environment.codebuildRoleArn).toBe(role);
    expect(environment.lastAttemptedDeploymentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(environment.lastSucceededDeploymentId).toBe(environment.lastAttemptedDeploymentId);
    const other = `arn:aws:iam::${OTHER_ACCOUNT_ID}:role/ProtonCodeBuild`;
    const denied = await rejectionOf(update({ codebuildRoleArn: other }, once), AccessDeniedException);
    expect(denied.message).toContain("ProtonCodeBuild");
  });

  it("moves a self-managed environment to another repository branch (nested input structure)", async () => {
    const { environment } = await update({
      name: ep.ids.proton.selfManaged,
      deploymentType: "NONE",
      provisioningRepository: { provider: "GITHUB", name: "example-org/infrastructure", branch: "release" },
    });
    expect(environment.provisioning).toBe("CUSTOMER_MANAGED");
    expect(environment.provisioningRepository).toMatchObject({ provider: "GITHUB", name: "example-org/infrastructure", branch: "release" });
  });

  it("ValidationException for a name that breaks the model's pattern and a description over 500 characters", async () => {
    const e = await rejectionOf(update({ name: "not a valid name!", description: "x".repeat(501) }), ValidationException);
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toMatch(/^2 validation errors detected: /);
    expect(e.message).toContain("at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(e.message).toContain("at 'description' failed to satisfy constraint: Member must have length less than or equal to 500");
  });

  it("ValidationException for a rule between members (connection and role together)", async () => {
    const e = await rejectionOf(
      update({
        name: ep.ids.proton.staging,
        deploymentType: "NONE",
        environmentAccountConnectionId: ep.ids.proton.otherConnectionId,
        protonServiceRoleArn: "arn:aws:iam::123456789012:role/ProtonServiceRole",
      }),
      ValidationException,
    );
    expect(e.message).toBe("You can update either environmentAccountConnectionId or protonServiceRoleArn, not both.");
  });

  it("ResourceNotFoundException for an unknown environment and for an unpublished template version", async () => {
    const missing = await rejectionOf(update({ name: "no-such-env" }), ResourceNotFoundException);
    expect(missing.message).toBe("The environment no-such-env was not found.");
    expect(missing.$metadata.httpStatusCode).toBe(400);
    const version = await rejectionOf(update({ templateMinorVersion: "9" }), ResourceNotFoundException);
    expect(version.message).toContain("Version 1.9 of environment template fargate-env was not found.");
  });

  it("ConflictException while a deployment is in progress", async () => {
    const e = await rejectionOf(update({ name: ep.ids.proton.busy }), ConflictException);
    expect(e.message).toContain("deployment status is IN_PROGRESS");
    expect(e.$fault).toBe("client");
  });

  it("AccessDeniedException for a service role of another account", async () => {
    const role = `arn:aws:iam::${OTHER_ACCOUNT_ID}:role/ProtonServiceRole`;
    const e = await rejectionOf(update({ deploymentType: "NONE", protonServiceRoleArn: role }), AccessDeniedException);
    expect(e.message).toContain(`pass role ${role}`);
  });

  it("ThrottlingException (400 on this protocol) and InternalServerException (500) from injected faults, with retries off", async () => {
    ep.failNext(1, "throttle", { operation: "UpdateEnvironment" });
    const throttled = await rejectionOf(update({}, once), ThrottlingException);
    expect(throttled.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
    expect(throttled.$retryable).toEqual({ throttling: true });
    ep.failNext(1, "internal", { operation: "UpdateEnvironment" });
    const internal = await rejectionOf(update({}, once), InternalServerException);
    expect(internal).toMatchObject({ $fault: "server", $metadata: { httpStatusCode: 500 } });
    expect(ep.stats().created.environmentUpdates).toBe(0);
  });

  it("retries a throttled call (told apart by its error type, since the status is 400) and succeeds", async () => {
    ep.failNext(2, "throttle", { operation: "UpdateEnvironment" });
    const out = await update();
    expect(out.$metadata.attempts).toBe(3);
    expect(ep.stats().faults.throttle).toBe(2);
    expect(ep.stats().created.environmentUpdates).toBe(1);
  });

  it("a front-door 503 the model does not declare arrives as ProtonServiceException named ServiceUnavailable", async () => {
    ep.failNext(1, "unavailable", { operation: "UpdateEnvironment" });
    const e = await rejectionOf(update({}, once), ProtonServiceException);
    expect(e.name).toBe("ServiceUnavailable");
    expect(e.$metadata.httpStatusCode).toBe(503);
  });
});
