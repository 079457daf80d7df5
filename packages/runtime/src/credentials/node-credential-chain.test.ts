import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsProviderError } from "./credentials.js";
import { nodeCredentialChain } from "./node-credential-chain.js";

// The test setup points the shared files nowhere and disables IMDS; the sources reading files,
// processes and endpoints are covered end to end, in child processes, by test/credentials.
afterEach(() => vi.unstubAllEnvs());

const unusedHandler = { handle: () => Promise.reject(new Error("no request expected")) };
const region = async () => "eu-west-1";

/** A logger keeping every line, by level. */
function memoryLogger() {
  const lines: Record<"debug" | "info" | "warn" | "error", string[]> = { debug: [], info: [], warn: [], error: [] };
  const at =
    (level: keyof typeof lines) =>
    (...content: unknown[]) =>
      void lines[level].push(content.map(String).join(" "));
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

describe("nodeCredentialChain", () => {
  it("reads keys, session token and expiration from the environment through the official chain", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "env-secret");
    vi.stubEnv("AWS_SESSION_TOKEN", "env-token");
    vi.stubEnv("AWS_CREDENTIAL_EXPIRATION", "2030-01-01T00:00:00Z");
    const { lines, logger } = memoryLogger();
    const c = await nodeCredentialChain({ region, requestHandler: unusedHandler, logger })();
    expect(c).toMatchObject({
      accessKeyId: "AKIDENV",
      secretAccessKey: "env-secret",
      sessionToken: "env-token",
      expiration: new Date("2030-01-01T00:00:00Z"),
    });
    expect(lines.debug).toContain("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
  });

  it("reports that no source had credentials as a CredentialsProviderError naming the ways to give them", async () => {
    const err = await nodeCredentialChain({ region, requestHandler: unusedHandler })().catch((e) => e);
    expect(err).toBeInstanceOf(CredentialsProviderError);
    expect(err.message).toBe(
      "No AWS credentials found: pass `credentials` in the client config, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/config (AWS_PROFILE or the `profile` option selects one).",
    );
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.cause.message).toBe("Could not load credentials from any providers");
  });

  it("a `profile` option skips the environment keys, as AWS_PROFILE does, and warns through the client's logger", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "env-secret");
    const { lines, logger } = memoryLogger();
    const err = await nodeCredentialChain({ region, requestHandler: unusedHandler, logger, profile: "absent" })().catch((e) => e);
    // The profile exists in no file here, so every source fails: the environment keys were not taken.
    expect(err).toBeInstanceOf(CredentialsProviderError);
    expect(lines.debug.some((l) => l.includes("AWS_PROFILE is set, skipping fromEnv provider."))).toBe(true);
    expect(lines.warn.join("\n")).toContain(
      "Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.",
    );
  });

  it("passes a source's own failure through unchanged (a configured token file that is missing stops the chain)", async () => {
    vi.stubEnv("AWS_WEB_IDENTITY_TOKEN_FILE", "/nonexistent/slimsdk-test/token");
    vi.stubEnv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/r");
    const err = await nodeCredentialChain({ region, requestHandler: unusedHandler })().catch((e) => e);
    expect(err).not.toBeInstanceOf(CredentialsProviderError);
    expect(err.code).toBe("ENOENT");
  });
});
