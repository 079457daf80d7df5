/**
 * Which source wins when several are configured: the official chain's order (environment keys,
 * unless a profile is chosen; the profile in the shared files; `credential_process`; the web identity
 * token file; the container endpoint; instance metadata). Every case configures two or more sources
 * with different keys; the local endpoint accepts only the winner's, and the official client must
 * pick the same one. Stubs of the losing sources must not even be asked.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type AwsSandbox, awsSandbox } from "./support/aws-sandbox.js";
import { startContainerCredentials, startInstanceMetadata, startSts, type TestCredential } from "./support/credential-services.js";
import { expectSignedBy, sendWithBoth } from "./support/send-with-both.js";
import type { StubServer } from "./support/stub-server.js";

const ENV: TestCredential = { accessKeyId: "AKIDFROMENV", secretAccessKey: "env-secret", sessionToken: "env-session" };
const DEFAULT_PROFILE = { accessKeyId: "AKIDDEFAULTPROFILE", secretAccessKey: "default-profile-secret" };
const ECO = { accessKeyId: "AKIDECOPROFILE", secretAccessKey: "eco-profile-secret" };
const PROCESS: TestCredential = { accessKeyId: "AKIDPROCESS", secretAccessKey: "process-secret", sessionToken: "process-session" };
const WEB_IDENTITY: TestCredential = {
  accessKeyId: "ASIAWEBIDENTITY",
  secretAccessKey: "web-identity-secret",
  sessionToken: "web-identity-session",
};
const CONTAINER: TestCredential = { accessKeyId: "ASIACONTAINER", secretAccessKey: "container-secret", sessionToken: "container-session" };
const INSTANCE: TestCredential = { accessKeyId: "ASIAINSTANCE", secretAccessKey: "instance-secret", sessionToken: "instance-session" };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const serve = async (server: Promise<StubServer>): Promise<StubServer> => {
  const s = await server;
  cleanups.push(s.close);
  return s;
};
const keys = (c: { accessKeyId: string; secretAccessKey: string }, profile = "default") =>
  `[${profile}]\naws_access_key_id = ${c.accessKeyId}\naws_secret_access_key = ${c.secretAccessKey}\n`;
const envKeys = { AWS_ACCESS_KEY_ID: ENV.accessKeyId, AWS_SECRET_ACCESS_KEY: ENV.secretAccessKey, AWS_SESSION_TOKEN: ENV.sessionToken };

/** A sandbox whose [default] and [eco] profiles have keys, and whose [default] has a credential_process too when asked. */
function profiles(options: { process?: boolean; keysInDefault?: boolean } = {}): AwsSandbox {
  const s = awsSandbox();
  cleanups.push(s.remove);
  const script = s.write(
    "bin/credentials.mjs",
    `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: "${PROCESS.accessKeyId}", SecretAccessKey: "${PROCESS.secretAccessKey}", SessionToken: "${PROCESS.sessionToken}" }));\n`,
  );
  s.write(".aws/credentials", `${options.keysInDefault === false ? "" : keys(DEFAULT_PROFILE)}${keys(ECO, "eco")}`);
  s.write(
    ".aws/config",
    `[default]\nregion = us-east-1\n${options.process ? `credential_process = "${process.execPath}" "${script}"\n` : ""}[profile eco]\nregion = us-east-1\n`,
  );
  return s;
}

/** Web identity variables (token file, role, STS at the stub). */
function webIdentity(s: AwsSandbox, sts: StubServer): Record<string, string> {
  return {
    AWS_WEB_IDENTITY_TOKEN_FILE: s.write("token/web-identity", "web-identity-jwt"),
    AWS_ROLE_ARN: "arn:aws:iam::123456789012:role/slimsdk-test",
    AWS_ENDPOINT_URL_STS: sts.url,
  };
}

describe("precedence of the Node.js default credential chain", () => {
  it("environment keys over the [default] profile", async () => {
    expectSignedBy(await sendWithBoth(ENV, profiles().env(envKeys)), ENV.accessKeyId);
  });

  it("AWS_PROFILE over environment keys (the environment is skipped when a profile is named)", async () => {
    expectSignedBy(await sendWithBoth(ECO, profiles().env({ ...envKeys, AWS_PROFILE: "eco" })), ECO.accessKeyId);
  });

  it("the `profile` option over environment keys, as AWS_PROFILE", async () => {
    expectSignedBy(await sendWithBoth(ECO, profiles().env(envKeys), { profile: "eco" }), ECO.accessKeyId);
  });

  it("the `profile` option over AWS_PROFILE", async () => {
    expectSignedBy(
      await sendWithBoth(DEFAULT_PROFILE, profiles().env({ AWS_PROFILE: "eco" }), { profile: "default" }),
      DEFAULT_PROFILE.accessKeyId,
    );
  });

  it("a profile's static keys over its credential_process", async () => {
    expectSignedBy(await sendWithBoth(DEFAULT_PROFILE, profiles({ process: true }).env()), DEFAULT_PROFILE.accessKeyId);
  });

  it("credential_process over the web identity token file", async () => {
    const s = profiles({ process: true, keysInDefault: false });
    const sts = await serve(startSts(WEB_IDENTITY));
    expectSignedBy(await sendWithBoth(PROCESS, s.env(webIdentity(s, sts))), PROCESS.accessKeyId);
    expect(sts.requests).toEqual([]);
  });

  it("web identity over the container endpoint", async () => {
    const s = profiles({ keysInDefault: false });
    const sts = await serve(startSts(WEB_IDENTITY));
    const container = await serve(startContainerCredentials(CONTAINER));
    const env = s.env({ ...webIdentity(s, sts), AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds` });
    expectSignedBy(await sendWithBoth(WEB_IDENTITY, env), WEB_IDENTITY.accessKeyId);
    expect(sts.requests).toHaveLength(2);
    expect(container.requests).toEqual([]);
  });

  it("the container endpoint over instance metadata", async () => {
    const s = profiles({ keysInDefault: false });
    const container = await serve(startContainerCredentials(CONTAINER));
    const imds = await serve(startInstanceMetadata(INSTANCE));
    const env = s.env({
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds`,
      AWS_EC2_METADATA_DISABLED: undefined,
      AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url,
    });
    expectSignedBy(await sendWithBoth(CONTAINER, env), CONTAINER.accessKeyId);
    expect(imds.requests).toEqual([]);
  });

  it("environment keys over everything after them: no file, process, STS, container or IMDS is consulted", async () => {
    const s = profiles({ process: true, keysInDefault: false });
    const sts = await serve(startSts(WEB_IDENTITY));
    const container = await serve(startContainerCredentials(CONTAINER));
    const imds = await serve(startInstanceMetadata(INSTANCE));
    const env = s.env({
      ...envKeys,
      ...webIdentity(s, sts),
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds`,
      AWS_EC2_METADATA_DISABLED: undefined,
      AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url,
    });
    expectSignedBy(await sendWithBoth(ENV, env), ENV.accessKeyId);
    expect([sts.requests, container.requests, imds.requests]).toEqual([[], [], []]);
  });
});
