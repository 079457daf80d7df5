import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientConfig, FIRST_TOKEN, freezeClock } from "./support/fixtures.js";
import { expectWireHeaders } from "./support/wire.js";

const API = "imagebuilder#2019-12-02";
const IMAGE_ARN = "arn:aws:imagebuilder:us-west-2:123456789012:image/web-server/1.2.3/4";

beforeEach(freezeClock);
afterEach(() => vi.useRealTimers());

describe("StartResourceStateUpdate on the wire", () => {
  it("sends PUT /StartResourceStateUpdate with every member in the JSON body, the timestamp in epoch seconds", async () => {
    const handler = new CaptureHandler();
    await new ImagebuilderClient(clientConfig(handler)).send(
      new StartResourceStateUpdateCommand({
        resourceArn: IMAGE_ARN,
        state: { status: "DEPRECATED" },
        executionRole: "arn:aws:iam::123456789012:role/LifecycleRole",
        includeResources: { amis: true, snapshots: true, containers: false },
        exclusionRules: {
          amis: {
            isPublic: true,
            regions: ["us-east-1", "eu-west-1"],
            sharedAccounts: ["210987654321"],
            lastLaunched: { value: 30, unit: "DAYS" },
            tagMap: { keep: "yes" },
          },
        },
        updateAt: new Date(Date.UTC(2024, 5, 1, 12, 0, 0, 250)),
      }),
    );
    const sent = handler.only;
    const expected = {
      resourceArn: IMAGE_ARN,
      state: { status: "DEPRECATED" },
      executionRole: "arn:aws:iam::123456789012:role/LifecycleRole",
      includeResources: { amis: true, snapshots: true, containers: false },
      exclusionRules: {
        amis: {
          isPublic: true,
          regions: ["us-east-1", "eu-west-1"],
          sharedAccounts: ["210987654321"],
          lastLaunched: { value: 30, unit: "DAYS" },
          tagMap: { keep: "yes" },
        },
      },
      updateAt: 1717243200.25,
      clientToken: FIRST_TOKEN,
    };
    const body = JSON.stringify(expected);
    expect(sent).toMatchObject({
      method: "PUT",
      protocol: "https:",
      hostname: "imagebuilder.us-west-2.amazonaws.com",
      path: "/StartResourceStateUpdate",
      query: {},
      body,
    });
    expect(body).toContain('"updateAt":1717243200.25,');
    expect(JSON.parse(sent.body)).toEqual(expected);
    expectWireHeaders(sent, { signingName: "imagebuilder", api: API, body, specific: { "content-type": "application/json" } });
  });

  it("fills nested @default members (Smithy client default rules) but adds nothing at the top level", async () => {
    const handler = new CaptureHandler();
    await new ImagebuilderClient(clientConfig(handler)).send(
      new StartResourceStateUpdateCommand({
        resourceArn: IMAGE_ARN,
        state: { status: "AVAILABLE" },
        includeResources: { amis: true },
        updateAt: new Date(Date.UTC(2024, 5, 1)),
        clientToken: "my-token",
      }),
    );
    const body = `{"resourceArn":"${IMAGE_ARN}","state":{"status":"AVAILABLE"},"includeResources":{"amis":true,"snapshots":false,"containers":false},"updateAt":1717200000,"clientToken":"my-token"}`;
    expect(handler.only.body).toBe(body);
    expectWireHeaders(handler.only, { signingName: "imagebuilder", api: API, body, specific: { "content-type": "application/json" } });
  });
});
