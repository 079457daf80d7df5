import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { ProtonClient, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import {
  CreateWorkloadShareCommand,
  UpgradeProfileVersionCommand,
  WellArchitectedClient,
  WellArchitectedServiceException,
} from "@slimsdk/client-wellarchitected-ops";
import { describe, expect, it } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientConfig } from "./support/fixtures.js";

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const IMAGE_ARN = "arn:aws:imagebuilder:us-west-2:123456789012:image/web-server/1.2.3/4";

/** A response as AWS sends it: request id header, JSON content type. */
const reply = (status: number, body: string, requestId = "5f1c2a3b-0000-4000-8000-0000000000aa") => ({
  status,
  headers: { "Content-Type": "application/json", "X-Amzn-RequestId": requestId },
  body,
});
const META = (status: number) => ({
  httpStatusCode: status,
  requestId: "5f1c2a3b-0000-4000-8000-0000000000aa",
  attempts: 1,
  totalRetryDelay: 0,
});

describe("success responses parse to the typed output", () => {
  it("UpgradeProfileVersion: an empty 200 gives just $metadata", async () => {
    const handler = new CaptureHandler([reply(200, "")]);
    const out = await new WellArchitectedClient(clientConfig(handler)).send(
      new UpgradeProfileVersionCommand({ WorkloadId: WORKLOAD, ProfileArn: "arn:aws:wellarchitected:us-west-2:123456789012:profile/p1" }),
    );
    expect(out).toEqual({ $metadata: META(200) });
  });

  it("CreateWorkloadShare: ids from the body, unknown members ignored", async () => {
    const handler = new CaptureHandler([
      reply(200, `{"WorkloadId":"${WORKLOAD}","ShareId":"fedcba9876543210fedcba9876543210","SomethingNew":{"x":1}}`),
    ]);
    const out = await new WellArchitectedClient(clientConfig(handler)).send(
      new CreateWorkloadShareCommand({ WorkloadId: WORKLOAD, SharedWith: "123456789012", PermissionType: "READONLY" }),
    );
    expect(out).toEqual({ WorkloadId: WORKLOAD, ShareId: "fedcba9876543210fedcba9876543210", $metadata: META(200) });
  });

  it("UpdateEnvironment: epoch-second timestamps become Dates, the nested repository a structure", async () => {
    const environment = {
      name: "dev-env",
      description: "Moves to 2.1",
      createdAt: 1700000000.123,
      lastDeploymentAttemptedAt: 1717243200,
      lastDeploymentSucceededAt: 1717243199.5,
      arn: "arn:aws:proton:us-west-2:123456789012:environment/dev-env",
      templateName: "vpc-template",
      templateMajorVersion: "2",
      templateMinorVersion: "1",
      deploymentStatus: "IN_PROGRESS",
      deploymentStatusMessage: "Deploying",
      protonServiceRoleArn: "arn:aws:iam::123456789012:role/ProtonServiceRole",
      environmentAccountConnectionId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      environmentAccountId: "210987654321",
      spec: "proton: EnvironmentSpec\n",
      provisioning: "CUSTOMER_MANAGED",
      provisioningRepository: {
        arn: "arn:aws:proton:us-west-2:123456789012:repository/github:octo/infra",
        provider: "GITHUB",
        name: "octo/infra",
        branch: "main",
      },
      componentRoleArn: "arn:aws:iam::123456789012:role/ComponentRole",
    };
    const handler = new CaptureHandler([
      {
        status: 200,
        headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "req-proton" },
        body: JSON.stringify({ environment }),
      },
    ]);
    const out = await new ProtonClient(clientConfig(handler)).send(
      new UpdateEnvironmentCommand({ name: "dev-env", deploymentType: "MINOR_VERSION" }),
    );
    expect(out).toEqual({
      environment: {
        ...environment,
        createdAt: new Date(1700000000123),
        lastDeploymentAttemptedAt: new Date(1717243200000),
        lastDeploymentSucceededAt: new Date(1717243199500),
      },
      $metadata: { httpStatusCode: 200, requestId: "req-proton", attempts: 1, totalRetryDelay: 0 },
    });
    expect(out.environment.createdAt).toBeInstanceOf(Date);
    expect(out.environment.createdAt.toISOString()).toBe("2023-11-14T22:13:20.123Z");
  });

  it("StartResourceStateUpdate: the lifecycle execution id and the ARN", async () => {
    const handler = new CaptureHandler([
      reply(200, `{"lifecycleExecutionId":"lce-0123abcd-4567-89ab-cdef-0123456789ab","resourceArn":"${IMAGE_ARN}"}`),
    ]);
    const out = await new ImagebuilderClient(clientConfig(handler)).send(
      new StartResourceStateUpdateCommand({ resourceArn: IMAGE_ARN, state: { status: "DISABLED" } }),
    );
    expect(out).toEqual({ lifecycleExecutionId: "lce-0123abcd-4567-89ab-cdef-0123456789ab", resourceArn: IMAGE_ARN, $metadata: META(200) });
  });

  it("CreateProfilingGroup: a 201 whose whole body is the description (@httpPayload), date-time timestamps as Dates", async () => {
    const description = {
      name: "checkout",
      agentOrchestrationConfig: { profilingEnabled: true },
      arn: "arn:aws:codeguru-profiler:us-west-2:123456789012:profilingGroup/checkout",
      createdAt: "2024-05-17T09:30:15.123Z",
      updatedAt: "2024-05-17T11:30:15+02:00",
      profilingStatus: {
        latestAgentProfileReportedAt: "2024-05-17T09:35:00Z",
        latestAggregatedProfile: { start: "2024-05-17T09:00:00Z", period: "PT1H" },
        latestAgentOrchestratedAt: "2024-05-17T09:36:01.5Z",
      },
      computePlatform: "AWSLambda",
      tags: { team: "payments" },
    };
    const handler = new CaptureHandler([{ ...reply(201, JSON.stringify(description)), headers: { "x-amzn-requestid": "req-cg" } }]);
    const out = await new CodeGuruProfilerClient(clientConfig(handler)).send(
      new CreateProfilingGroupCommand({ profilingGroupName: "checkout" }),
    );
    expect(out).toEqual({
      profilingGroup: {
        name: "checkout",
        agentOrchestrationConfig: { profilingEnabled: true },
        arn: "arn:aws:codeguru-profiler:us-west-2:123456789012:profilingGroup/checkout",
        createdAt: new Date(Date.UTC(2024, 4, 17, 9, 30, 15, 123)),
        updatedAt: new Date(Date.UTC(2024, 4, 17, 9, 30, 15)),
        profilingStatus: {
          latestAgentProfileReportedAt: new Date(Date.UTC(2024, 4, 17, 9, 35)),
          latestAggregatedProfile: { start: new Date(Date.UTC(2024, 4, 17, 9)), period: "PT1H" },
          latestAgentOrchestratedAt: new Date(Date.UTC(2024, 4, 17, 9, 36, 1, 500)),
        },
        computePlatform: "AWSLambda",
        tags: { team: "payments" },
      },
      $metadata: { httpStatusCode: 201, requestId: "req-cg", attempts: 1, totalRetryDelay: 0 },
    });
  });

  it("CreateProfilingGroup: an empty 201 body still gives the required payload member, error-corrected to {}", async () => {
    // `profilingGroup` is @required and @httpPayload: Smithy's client error correction fills a missing required
    // structure with {} (the official client returns {} too), so the typed output never lies.
    const handler = new CaptureHandler([{ status: 201, headers: { "x-amzn-requestid": "req-cg" }, body: "" }]);
    const out = await new CodeGuruProfilerClient(clientConfig(handler)).send(
      new CreateProfilingGroupCommand({ profilingGroupName: "checkout" }),
    );
    expect(out).toEqual({ profilingGroup: {}, $metadata: { httpStatusCode: 201, requestId: "req-cg", attempts: 1, totalRetryDelay: 0 } });
  });

  it("a success body that is not JSON is a typed MalformedResponseError keeping the response, not a SyntaxError", async () => {
    const handler = new CaptureHandler([reply(200, "<html>proxy</html>")]);
    const err = await new WellArchitectedClient(clientConfig(handler))
      .send(new CreateWorkloadShareCommand({ WorkloadId: WORKLOAD }))
      .catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(SyntaxError);
    expect(err).toBeInstanceOf(WellArchitectedServiceException);
    expect(err).toMatchObject({ name: "MalformedResponseError", $fault: "server", $metadata: { httpStatusCode: 200 } });
    expect((err as { $response: { statusCode: number } }).$response.statusCode).toBe(200);
  });
});
