import {
  CallRateLimitExceededException,
  ClientException,
  ForbiddenException,
  IdempotentParameterMismatchException,
  ImagebuilderClient,
  InvalidRequestException,
  ResourceInUseException,
  ResourceNotFoundException,
  ServiceException,
  ServiceUnavailableException,
  StartResourceStateUpdateCommand,
  type StartResourceStateUpdateCommandInput,
} from "@slimsdk/client-imagebuilder-state";
import { type LocalEndpoint, OTHER_ACCOUNT_ID, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientConfig, NO_RETRIES } from "./support/client-config.js";
import { rejectionOf } from "./support/rejection.js";

// Image Builder speaks restJson1 and has no ValidationException: constraint failures are InvalidRequestException.
let ep: LocalEndpoint;
let client: ImagebuilderClient;
let once: ImagebuilderClient;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
  client = new ImagebuilderClient(clientConfig(ep));
  once = new ImagebuilderClient(clientConfig(ep, NO_RETRIES));
});

afterAll(async () => {
  client.destroy();
  once.destroy();
  await ep.close();
});

beforeEach(() => ep.reset());

const start = (input: Partial<StartResourceStateUpdateCommandInput> = {}, via = client) =>
  via.send(new StartResourceStateUpdateCommand({ resourceArn: ep.ids.imageBuilder.available, state: { status: "DEPRECATED" }, ...input }));

describe("StartResourceStateUpdate", () => {
  it("starts the update and returns the execution id; a Date input travels as epoch seconds", async () => {
    const updateAt = new Date(Date.UTC(2030, 5, 1, 12, 0, 0));
    const out = await start({
      updateAt,
      executionRole: "arn:aws:iam::123456789012:role/ImageLifecycleRole",
      includeResources: { amis: true, snapshots: true, containers: false },
      exclusionRules: { amis: { isPublic: false, lastLaunched: { unit: "DAYS", value: 30 }, tagMap: { keep: "true" } } },
    });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.resourceArn).toBe(ep.ids.imageBuilder.available);
    expect(out.lifecycleExecutionId).toMatch(/^lce-[0-9a-f-]{36}$/);
    const execution = ep.state.imageBuilder.executions.get(out.lifecycleExecutionId!)!;
    expect(execution).toMatchObject({ status: "DEPRECATED", updateAt: updateAt.getTime() / 1000 });
    expect(ep.state.imageBuilder.images.get(ep.ids.imageBuilder.available)!.status).toBe("DEPRECATED");
  });

  it("InvalidRequestException (400) for an ARN that is not an image version ARN and a client token over 36", async () => {
    const e = await rejectionOf(
      start({ resourceArn: "arn:aws:imagebuilder:us-east-1:123456789012:image/web-server", clientToken: "t".repeat(37) }),
      InvalidRequestException,
    );
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toMatch(/^2 validation errors detected: /);
    expect(e.message).toContain("at 'resourceArn' failed to satisfy constraint");
    expect(e.message).toContain("at 'clientToken' failed to satisfy constraint: Member must have length less than or equal to 36");
  });

  it("InvalidRequestException (400) for a lastLaunched value out of range and a malformed shared account", async () => {
    const e = await rejectionOf(
      start({ exclusionRules: { amis: { lastLaunched: { unit: "DAYS", value: 400 }, sharedAccounts: ["12345"] } } }),
      InvalidRequestException,
    );
    expect(e.message).toContain("exclusionRules.amis.lastLaunched.value");
    expect(e.message).toContain("exclusionRules.amis.sharedAccounts");
  });

  it("ClientException for a deleted image and for an execution role of another account", async () => {
    const deleted = await rejectionOf(start({ resourceArn: ep.ids.imageBuilder.deleted }), ClientException);
    expect(deleted.message).toContain("is deleted");
    const role = await rejectionOf(start({ executionRole: `arn:aws:iam::${OTHER_ACCOUNT_ID}:role/Lifecycle` }), ClientException);
    expect(role.message).toContain(`belongs to account ${OTHER_ACCOUNT_ID}`);
  });

  it("ResourceNotFoundException (404) for a well-formed but unknown image", async () => {
    const arn = "arn:aws:imagebuilder:us-east-1:123456789012:image/no-such-image/1.0.0/1";
    const e = await rejectionOf(start({ resourceArn: arn }), ResourceNotFoundException);
    expect(e.$metadata.httpStatusCode).toBe(404);
    expect(e.message).toBe(`Resource ${arn} does not exist.`);
  });

  it("ForbiddenException (403) for an Amazon-managed image and another account's image", async () => {
    for (const arn of [ep.ids.imageBuilder.amazonManaged, ep.ids.imageBuilder.otherAccount]) {
      const e = await rejectionOf(start({ resourceArn: arn }), ForbiddenException);
      expect(e.$metadata.httpStatusCode).toBe(403);
    }
  });

  it("ResourceInUseException while a lifecycle execution runs on the image", async () => {
    const e = await rejectionOf(start({ resourceArn: ep.ids.imageBuilder.busy }), ResourceInUseException);
    expect(e.message).toContain("is in use by lifecycle execution");
  });

  it("IdempotentParameterMismatchException when a clientToken is reused with other parameters", async () => {
    await start({ clientToken: "token-reused-1" });
    const e = await rejectionOf(
      start({ clientToken: "token-reused-1", state: { status: "DISABLED" } }),
      IdempotentParameterMismatchException,
    );
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(ep.stats().created.resourceStateUpdates).toBe(1);
  });

  it("CallRateLimitExceededException (429), ServiceException (500), ServiceUnavailableException (503) from faults, retries off", async () => {
    ep.failNext(1, "throttle", { operation: "StartResourceStateUpdate" });
    expect((await rejectionOf(start({}, once), CallRateLimitExceededException)).$metadata.httpStatusCode).toBe(429);
    ep.failNext(1, "internal", { operation: "StartResourceStateUpdate" });
    const internal = await rejectionOf(start({}, once), ServiceException);
    // The modeled error named ServiceException, not the runtime's base class of the same name.
    expect(internal).toMatchObject({ name: "ServiceException", $fault: "server", $metadata: { httpStatusCode: 500 } });
    ep.failNext(1, "unavailable", { operation: "StartResourceStateUpdate" });
    expect((await rejectionOf(start({}, once), ServiceUnavailableException)).$metadata.httpStatusCode).toBe(503);
    expect(ep.stats().created.resourceStateUpdates).toBe(0);
  });
});
