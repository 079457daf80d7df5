// Measures client.send() throughput with a stub HTTP handler (signing, retries, middleware all
// included), straight from the TypeScript sources: `node packages/runtime/scripts/bench-send.mjs [sends]`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const sends = Number(process.argv[2] ?? 50_000);

const entry = `
export { Client, Command } from "./index.ts";
export const protocol = {
  name: "awsJson1_0",
  serializeRequest: (op, input, { service, endpoint }) => ({ protocol: endpoint.protocol, hostname: endpoint.hostname, path: endpoint.path,
    method: "POST", query: {}, headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": service.targetPrefix + "." + op.name },
    body: JSON.stringify(input) }),
  deserializeResponse: (op, response) => JSON.parse(new TextDecoder().decode(response.body)),
};`;

const result = await build({
  stdin: { contents: entry, resolveDir: src, loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "error",
  plugins: [{ name: "platform", setup: (b) => b.onResolve({ filter: /^#platform$/ }, () => ({ path: join(src, "platform/node.ts") })) }],
});
const dir = mkdtempSync(join(tmpdir(), "slimsdk-bench-"));
const file = join(dir, "runtime.mjs");
writeFileSync(file, result.outputFiles[0].text);
const { Client, Command, protocol } = await import(pathToFileURL(file).href);
rmSync(dir, { recursive: true, force: true });

class BenchError extends Error {}
const service = {
  id: "x#Bench",
  sdkId: "Bench",
  endpointPrefix: "bench",
  signingName: "bench",
  version: "1",
  protocol,
  targetPrefix: "Bench",
  baseError: BenchError,
};
const op = {
  name: "Put",
  input: {
    k: "structure",
    id: "x#PutInput",
    members: [
      { name: "Id", target: { k: "string" }, required: true },
      { name: "Token", target: { k: "string" }, idempotencyToken: true },
    ],
  },
  output: { k: "structure", id: "x#PutOutput", members: [] },
  errors: [],
};
const body = new TextEncoder().encode('{"ok":true}');
const handler = { handle: async () => ({ response: { statusCode: 200, headers: { "x-amzn-requestid": "r" }, body } }) };
const client = new Client(
  { region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN" }, requestHandler: handler },
  service,
);

for (let i = 0; i < 2_000; i++) await client.send(new Command({ Id: "warm" }, op));
const start = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < sends; i++) await client.send(new Command({ Id: `id-${i}` }, op));
const seconds = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
const cpuSeconds = (user + system) / 1e6;
// CPU time is the steadier figure on a busy machine; wall time is what a caller sees.
console.log(
  `${sends} sequential sends: ${Math.round(sends / seconds)} sends/s (wall), ${Math.round(sends / cpuSeconds)} sends per CPU second`,
);
