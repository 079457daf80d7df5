/**
 * Generates the clients of the fixture models (fixtures/*.smithy, shapes copied from the published Lambda,
 * Bedrock Runtime and CloudWatch Logs models) with our generator into the gitignored
 * `test/streaming/.generated/<folder>/`, and imports them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate, loadModel } from "../../../codegen/src/index.js";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** A generated package's exports by name. */
export type ClientModule = Readonly<Record<string, any>>;

const SERVICES = {
  lambda: "test.streams.lambda#AWSGirApiService",
  bedrock: "test.streams.bedrock#AmazonBedrockFrontendService",
  logs: "test.streams.logs#Logs_20140328",
} as const;

/** The fixture model files and the AWS trait definitions they use, as `{ name, text }`. */
function modelFiles(): { name: string; text: string }[] {
  const dirs = [join(repoRoot, "model", "aws-traits"), join(repoRoot, "test", "streaming", "fixtures")];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".smithy"))
      .sort()
      .map((f) => ({ name: join(dir, f).slice(repoRoot.length), text: readFileSync(join(dir, f), "utf8") })),
  );
}

/** Generates (afresh) the three fixture clients and imports each. */
export async function generateStreamingClients(): Promise<Record<keyof typeof SERVICES, ClientModule>> {
  const model = loadModel(modelFiles());
  const clients = Object.entries(SERVICES).map(([folder, service]) => ({
    service,
    package: `@streaming-tests/${folder}`,
    dir: `test/streaming/.generated/${folder}`,
  }));
  for (const c of clients) rmSync(join(repoRoot, c.dir), { recursive: true, force: true });
  for (const file of generate(model, { clients })) {
    const path = join(repoRoot, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const out: Partial<Record<keyof typeof SERVICES, ClientModule>> = {};
  for (const folder of Object.keys(SERVICES) as (keyof typeof SERVICES)[]) {
    out[folder] = (await import(
      /* @vite-ignore */ pathToFileURL(join(repoRoot, "test/streaming/.generated", folder, "src/index.ts")).href
    )) as ClientModule;
  }
  return out as Record<keyof typeof SERVICES, ClientModule>;
}
