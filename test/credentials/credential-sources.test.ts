/**
 * Each credential source of the default chain on its own, in a child process whose environment holds
 * only what the case sets (HOME and the shared files in a temporary folder, IMDS disabled unless the
 * case serves it locally). The local endpoint accepts only the credential the source should yield
 * (key, secret and session token), so a 200 proves which key signed; the official client runs the
 * same case and must land on the same key.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { type AwsSandbox, awsSandbox } from "./support/aws-sandbox.js";
import {
  startContainerCredentials,
  startInstanceMetadata,
  startSsoPortal,
  startSts,
  stsParams,
  type TestCredential,
} from "./support/credential-services.js";
import { expectSignedBy, sendWithBoth } from "./support/send-with-both.js";
import type { StubServer } from "./support/stub-server.js";

const ENV: TestCredential = { accessKeyId: "AKIDFROMENV", secretAccessKey: "env-secret", sessionToken: "env-session" };
const STATIC = { accessKeyId: "AKIDDEFAULTPROFILE", secretAccessKey: "default-profile-secret" };
const ECO = { accessKeyId: "AKIDECOPROFILE", secretAccessKey: "eco-profile-secret" };
const PROCESS: TestCredential = { accessKeyId: "AKIDPROCESS", secretAccessKey: "process-secret", sessionToken: "process-session" };
const WEB_IDENTITY: TestCredential = {
  accessKeyId: "ASIAWEBIDENTITY",
  secretAccessKey: "web-identity-secret",
  sessionToken: "web-identity-session",
};
const ASSUMED: TestCredential = { accessKeyId: "ASIAASSUMEDROLE", secretAccessKey: "assumed-secret", sessionToken: "assumed-session" };
const SSO: TestCredential = { accessKeyId: "ASIASSOROLE", secretAccessKey: "sso-secret", sessionToken: "sso-session" };
const CONTAINER: TestCredential = { accessKeyId: "ASIACONTAINER", secretAccessKey: "container-secret", sessionToken: "container-session" };
const INSTANCE: TestCredential = { accessKeyId: "ASIAINSTANCE", secretAccessKey: "instance-secret", sessionToken: "instance-session" };
const ROLE_ARN = "arn:aws:iam::123456789012:role/slimsdk-test";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const sandbox = (files: Record<string, string> = {}): AwsSandbox => {
  const s = awsSandbox(files);
  cleanups.push(s.remove);
  return s;
};
const serve = async (server: Promise<StubServer>): Promise<StubServer> => {
  const s = await server;
  cleanups.push(s.close);
  return s;
};
const keys = (c: { accessKeyId: string; secretAccessKey: string }, profile = "default") =>
  `[${profile}]\naws_access_key_id = ${c.accessKeyId}\naws_secret_access_key = ${c.secretAccessKey}\n`;

describe("each source of the Node.js default credential chain", () => {
  it("the endpoint's signature check is what tells the keys apart: a key it was not given is refused", async () => {
    const s = sandbox({ ".aws/credentials": keys(STATIC) });
    const r = await sendWithBoth(ENV, s.env({ AWS_REGION: "us-east-1" }));
    for (const result of [r.ours, r.official]) {
      expect(result.accessKeyId).toBe(STATIC.accessKeyId);
      expect(result.status).toBeUndefined();
      expect(result.error?.name).toBe("UnrecognizedClientException");
    }
  });

  it("environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN", async () => {
    const s = sandbox();
    const env = s.env({
      AWS_REGION: "eu-central-1",
      AWS_ACCESS_KEY_ID: ENV.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ENV.secretAccessKey,
      AWS_SESSION_TOKEN: ENV.sessionToken,
    });
    expectSignedBy(await sendWithBoth(ENV, env), ENV.accessKeyId, "eu-central-1");
  });

  it("shared credentials file, [default] profile (no AWS_PROFILE); region from the config file's [default]", async () => {
    const s = sandbox({ ".aws/credentials": keys(STATIC), ".aws/config": "[default]\nregion = ap-southeast-2\n" });
    expectSignedBy(await sendWithBoth(STATIC, s.env()), STATIC.accessKeyId, "ap-southeast-2");
  });

  it("shared config file with AWS_PROFILE: keys and region of [profile eco]", async () => {
    const s = sandbox({
      ".aws/credentials": keys(STATIC),
      ".aws/config": `[default]\nregion = us-west-1\n[profile eco]\nregion = sa-east-1\naws_access_key_id = ${ECO.accessKeyId}\naws_secret_access_key = ${ECO.secretAccessKey}\n`,
    });
    expectSignedBy(await sendWithBoth(ECO, s.env({ AWS_PROFILE: "eco" })), ECO.accessKeyId, "sa-east-1");
  });

  it("the `profile` client option selects the profile as AWS_PROFILE does", async () => {
    const s = sandbox({
      ".aws/credentials": `${keys(STATIC)}${keys(ECO, "eco")}`,
      ".aws/config": "[default]\nregion = us-west-1\n[profile eco]\nregion = eu-north-1\n",
    });
    expectSignedBy(await sendWithBoth(ECO, s.env(), { profile: "eco" }), ECO.accessKeyId, "eu-north-1");
  });

  it("credential_process: the profile's command prints the credentials", async () => {
    const s = sandbox();
    const script = s.write(
      "bin/credentials.mjs",
      `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: "${PROCESS.accessKeyId}", SecretAccessKey: "${PROCESS.secretAccessKey}", SessionToken: "${PROCESS.sessionToken}", Expiration: new Date(Date.now() + 3600e3).toISOString() }));\n`,
    );
    s.write(".aws/config", `[default]\nregion = us-east-2\ncredential_process = "${process.execPath}" "${script}"\n`);
    expectSignedBy(await sendWithBoth(PROCESS, s.env()), PROCESS.accessKeyId, "us-east-2");
  });

  it("web identity: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN, exchanged at STS in the client's region", async () => {
    const s = sandbox();
    const sts = await serve(startSts(WEB_IDENTITY));
    const tokenFile = s.write("token/web-identity", "web-identity-jwt");
    const env = s.env({
      AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      AWS_ROLE_ARN: ROLE_ARN,
      AWS_ROLE_SESSION_NAME: "slimsdk-session",
      AWS_ENDPOINT_URL_STS: sts.url,
    });
    const r = await sendWithBoth(WEB_IDENTITY, env, { region: "eu-west-3" });
    expectSignedBy(r, WEB_IDENTITY.accessKeyId, "eu-west-3");
    expect(sts.requests).toHaveLength(2);
    for (const req of sts.requests) {
      const p = stsParams(req.body);
      expect([p.get("Action"), p.get("RoleArn"), p.get("RoleSessionName"), p.get("WebIdentityToken")]).toEqual([
        "AssumeRoleWithWebIdentity",
        ROLE_ARN,
        "slimsdk-session",
        "web-identity-jwt",
      ]);
    }
    // The STS client takes the calling client's region (no AWS_REGION and no profile here).
    for (const result of [r.ours, r.official]) expect(result.stsRegion.join("\n")).toContain("eu-west-3 (contextual client)");
  });

  it("assumed role: a profile's role_arn and source_profile, signed at STS with the source keys for the client's region", async () => {
    const s = sandbox({
      ".aws/credentials": keys(STATIC, "source"),
      ".aws/config": `[profile assumer]\nrole_arn = ${ROLE_ARN}\nsource_profile = source\n`,
    });
    const sts = await serve(startSts(ASSUMED));
    const r = await sendWithBoth(ASSUMED, s.env({ AWS_PROFILE: "assumer", AWS_ENDPOINT_URL_STS: sts.url }), { region: "ap-northeast-2" });
    expectSignedBy(r, ASSUMED.accessKeyId, "ap-northeast-2");
    expect(sts.requests).toHaveLength(2);
    for (const req of sts.requests) {
      expect(stsParams(req.body).get("Action")).toBe("AssumeRole");
      expect(req.headers.authorization).toMatch(
        new RegExp(`^AWS4-HMAC-SHA256 Credential=${STATIC.accessKeyId}/\\d{8}/ap-northeast-2/sts/aws4_request,`),
      );
    }
  });

  it("SSO: a profile's sso_* settings and the cached token, exchanged at the SSO portal", async () => {
    const startUrl = "https://slimsdk-test.awsapps.com/start";
    const cacheFile = `.aws/sso/cache/${createHash("sha1").update(startUrl).digest("hex")}.json`;
    const s = sandbox({
      ".aws/config": `[default]\nregion = us-east-1\nsso_start_url = ${startUrl}\nsso_region = us-west-2\nsso_account_id = 123456789012\nsso_role_name = SlimsdkTest\n`,
      [cacheFile]: JSON.stringify({
        accessToken: "sso-bearer",
        expiresAt: new Date(Date.now() + 3600e3).toISOString(),
        region: "us-west-2",
        startUrl,
      }),
    });
    const portal = await serve(startSsoPortal(SSO, "sso-bearer"));
    expectSignedBy(await sendWithBoth(SSO, s.env({ AWS_ENDPOINT_URL_SSO: portal.url })), SSO.accessKeyId, "us-east-1");
    expect(portal.requests.map((q) => q.url)).toEqual([
      "/federation/credentials?account_id=123456789012&role_name=SlimsdkTest",
      "/federation/credentials?account_id=123456789012&role_name=SlimsdkTest",
    ]);
  });

  it("container endpoint: AWS_CONTAINER_CREDENTIALS_FULL_URI on 127.0.0.1, no authorization token", async () => {
    const s = sandbox();
    const container = await serve(startContainerCredentials(CONTAINER));
    const env = s.env({ AWS_REGION: "us-west-2", AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/v2/credentials/task` });
    expectSignedBy(await sendWithBoth(CONTAINER, env), CONTAINER.accessKeyId, "us-west-2");
    expect(container.requests.map((q) => [q.method, q.url, q.headers.authorization])).toEqual([
      ["GET", "/v2/credentials/task", undefined],
      ["GET", "/v2/credentials/task", undefined],
    ]);
  });

  it("container endpoint with AWS_CONTAINER_AUTHORIZATION_TOKEN, and with AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", async () => {
    const s = sandbox();
    const container = await serve(startContainerCredentials(CONTAINER, "container-auth-token"));
    const uri = `${container.url}/v2/credentials/task`;
    const env = s.env({
      AWS_REGION: "us-west-2",
      AWS_CONTAINER_CREDENTIALS_FULL_URI: uri,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: "container-auth-token",
    });
    expectSignedBy(await sendWithBoth(CONTAINER, env), CONTAINER.accessKeyId, "us-west-2");
    const tokenFile = s.write("token/pod-identity", "container-auth-token");
    const fromFile = s.env({
      AWS_REGION: "us-west-2",
      AWS_CONTAINER_CREDENTIALS_FULL_URI: uri,
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile,
    });
    expectSignedBy(await sendWithBoth(CONTAINER, fromFile), CONTAINER.accessKeyId, "us-west-2");
    // The stub answers 401 to any other Authorization, so each success above carried the token.
    expect(container.requests.map((q) => q.headers.authorization)).toEqual(Array(4).fill("container-auth-token"));
  });

  it("EC2 instance metadata (IMDSv2 at AWS_EC2_METADATA_SERVICE_ENDPOINT): token, role, credentials; and the region", async () => {
    const s = sandbox();
    const imds = await serve(startInstanceMetadata(INSTANCE, "ca-central-1"));
    const env = s.env({ AWS_EC2_METADATA_DISABLED: undefined, AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url });
    expectSignedBy(await sendWithBoth(INSTANCE, env), INSTANCE.accessKeyId, "ca-central-1");
    const calls = imds.requests.map((q) => `${q.method} ${q.url}`);
    expect(new Set(calls)).toEqual(
      new Set([
        "PUT /latest/api/token",
        "GET /latest/meta-data/placement/region",
        "GET /latest/meta-data/iam/security-credentials/",
        "GET /latest/meta-data/iam/security-credentials/slimsdk-test-role",
      ]),
    );
    for (const q of imds.requests.filter((r) => r.method === "GET"))
      expect(q.headers["x-aws-ec2-metadata-token"]).toBe("imds-session-token");
  });

  it("no source at all: a CredentialsProviderError, and nothing is sent", async () => {
    const s = sandbox();
    const r = await sendWithBoth(ENV, s.env({ AWS_REGION: "us-east-1" }));
    for (const result of [r.ours, r.official]) {
      expect(result.accessKeyId).toBeUndefined();
      expect(result.error?.name).toBe("CredentialsProviderError");
    }
    expect(r.ours.error?.message).toMatch(/^No AWS credentials found: pass `credentials` in the client config/);
  });
});
