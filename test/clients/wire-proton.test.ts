import { ProtonClient, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaptureHandler } from "./support/capture-handler.js";
import { clientConfig, freezeClock, LONG_TERM_CREDENTIALS } from "./support/fixtures.js";
import { expectWireHeaders } from "./support/wire.js";

const API = "proton#2020-07-20";
const SPECIFIC = { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AwsProton20200720.UpdateEnvironment" };

beforeEach(freezeClock);
afterEach(() => vi.useRealTimers());

describe("UpdateEnvironment on the wire", () => {
  it("posts the whole input as awsJson1_0 to / with the X-Amz-Target header", async () => {
    const handler = new CaptureHandler();
    await new ProtonClient(clientConfig(handler)).send(
      new UpdateEnvironmentCommand({
        name: "dev-env",
        description: "Moves to 2.1",
        spec: "proton: EnvironmentSpec\nspec:\n  vpc_cidr: 10.0.0.0/16\n",
        templateMajorVersion: "2",
        templateMinorVersion: "1",
        protonServiceRoleArn: "arn:aws:iam::123456789012:role/ProtonServiceRole",
        deploymentType: "MINOR_VERSION",
        provisioningRepository: { provider: "GITHUB", name: "octo/infra", branch: "main" },
        componentRoleArn: "arn:aws:iam::123456789012:role/ComponentRole",
      }),
    );
    const sent = handler.only;
    const expected = {
      name: "dev-env",
      description: "Moves to 2.1",
      spec: "proton: EnvironmentSpec\nspec:\n  vpc_cidr: 10.0.0.0/16\n",
      templateMajorVersion: "2",
      templateMinorVersion: "1",
      protonServiceRoleArn: "arn:aws:iam::123456789012:role/ProtonServiceRole",
      deploymentType: "MINOR_VERSION",
      provisioningRepository: { provider: "GITHUB", name: "octo/infra", branch: "main" },
      componentRoleArn: "arn:aws:iam::123456789012:role/ComponentRole",
    };
    // Members in model order, no whitespace.
    const body = JSON.stringify(expected);
    expect(sent).toMatchObject({
      method: "POST",
      protocol: "https:",
      hostname: "proton.us-west-2.amazonaws.com",
      path: "/",
      query: {},
      body,
    });
    expect(JSON.parse(sent.body)).toEqual(expected);
    const ref = expectWireHeaders(sent, { signingName: "proton", api: API, body, specific: SPECIFIC });
    expect(ref.signedHeaders.split(";")).toContain("x-amz-target");
  });

  it("sends only the members that are set, non-ASCII text as UTF-8 (content-length in bytes)", async () => {
    const handler = new CaptureHandler();
    await new ProtonClient(clientConfig(handler, { credentials: LONG_TERM_CREDENTIALS })).send(
      new UpdateEnvironmentCommand({ name: "prod", deploymentType: "NONE", description: "Prüfung ✓ 🚀" }),
    );
    const body = '{"name":"prod","description":"Prüfung ✓ 🚀","deploymentType":"NONE"}';
    expect(handler.only.body).toBe(body);
    expect(handler.only.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(Buffer.byteLength(body)).toBeGreaterThan(body.length);
    expectWireHeaders(handler.only, { signingName: "proton", api: API, body, specific: SPECIFIC, credentials: LONG_TERM_CREDENTIALS });
  });
});
