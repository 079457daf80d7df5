import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("../fixtures/send-with-defaults.mjs", import.meta.url));

/** A temporary home with its own ~/.aws files, and the environment of a child process that sees only it. */
export interface AwsSandbox {
  /** The temporary HOME. */
  readonly home: string;
  /** Writes a file under HOME (e.g. `.aws/config`) and returns its path. */
  write(relativePath: string, content: string): string;
  /** The child's whole environment: PATH, HOME, the two shared-file paths, IMDS disabled, plus `extra` (undefined removes). */
  env(extra?: Record<string, string | undefined>): Record<string, string>;
  remove(): void;
}

/** Makes a sandbox; `files` are written under its HOME. */
export function awsSandbox(files: Record<string, string> = {}): AwsSandbox {
  const home = mkdtempSync(join(tmpdir(), "slimsdk-aws-home-"));
  const write = (relativePath: string, content: string) => {
    const path = join(home, relativePath);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return {
    home,
    write,
    env(extra = {}) {
      const env: Record<string, string | undefined> = {
        PATH: process.env.PATH,
        HOME: home,
        AWS_CONFIG_FILE: join(home, ".aws", "config"),
        AWS_SHARED_CREDENTIALS_FILE: join(home, ".aws", "credentials"),
        AWS_EC2_METADATA_DISABLED: "true",
        ...extra,
      };
      return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** What the child reports (see fixtures/send-with-defaults.mjs). */
export interface ChildResult {
  /** Access key and region of the credential scope the request was signed with (absent when nothing was signed). */
  readonly accessKeyId?: string;
  readonly region?: string;
  /** HTTP status of a successful call. */
  readonly status?: number;
  readonly error?: { readonly name: string; readonly message: string };
  /** The STS client's region-choice debug lines, when STS was called for the chain. */
  readonly stsRegion: string[];
}

/** Runs the fixture client (ours or the official one) in a child process with exactly `env`; it calls UpdateEnvironment on `environment` at `endpoint`. */
export function runClient(
  env: Record<string, string>,
  options: { endpoint: string; environment: string; profile?: string; region?: string; sdk?: "ours" | "official" },
): Promise<ChildResult> {
  const args = [FIXTURE, "--endpoint", options.endpoint, "--environment", options.environment, "--sdk", options.sdk ?? "ours"];
  if (options.profile) args.push("--profile", options.profile);
  if (options.region) args.push("--region", options.region);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`child failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as ChildResult);
    });
  });
}
