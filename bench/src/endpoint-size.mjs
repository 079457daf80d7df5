/**
 * Bundle cost of endpoint resolution: a published model's rule set compiled by our generator plus the
 * runtime helpers it imports, versus the official client's resolver for the same service
 * (`@smithy/util-endpoints` or `@smithy/core/endpoints` interpreting the rule set shipped as data, with
 * the AWS functions and partition table). Each is an esbuild browser bundle (ESM, minified, es2020) of
 * an entry that resolves one endpoint; raw and gzip (level 9) bytes. Also the partition table alone.
 * Run after `npm run build`:  npm run endpoints -w @slimsdk/bench
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";
import { emitEndpointResolver } from "../../codegen/dist/emit/endpoint-resolver.js";
import { bundle, OUT_DIR, REPO_ROOT } from "./bundle-size.mjs";

const requireFromBench = createRequire(fileURLToPath(new URL("../package.json", import.meta.url)));
/** The published models measured, and the official client of the same service (pinned in package.json, same rule set). */
const SERVICES = [
  { name: "Proton", model: "proton-2020-07-20.json", official: "@aws-sdk/client-proton" },
  { name: "DynamoDB", model: "dynamodb-2012-08-10.json", official: "@aws-sdk/client-dynamodb" },
];

const PARAMS = `{ Region: "us-east-1", UseFIPS: false, UseDualStack: false }`;

/** Writes our compiled resolver of a model into bench/.out/endpoints and returns its path. */
function compileOurs(service) {
  const ast = JSON.parse(readFileSync(join(REPO_ROOT, "..", "shared", "aws-models", service.model), "utf8"));
  const [serviceId, shape] = Object.entries(ast.shapes).find(([, s]) => s.type === "service");
  const file = emitEndpointResolver(shape.traits["smithy.rules#endpointRuleSet"], { path: "x.ts", prefix: service.name, serviceId });
  const dir = join(OUT_DIR, "endpoints");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${service.name}-resolve-endpoint.ts`);
  writeFileSync(path, file.content);
  return path;
}

const ratio = (a, b) => (a / b).toFixed(2);
const rows = [];
for (const s of SERVICES) {
  const ours = await bundle(
    `endpoints-ours-${s.name}`,
    `import { resolveEndpoint } from ${JSON.stringify(compileOurs(s))};\nconsole.log(resolveEndpoint(${PARAMS}));`,
  );
  // Resolved as bench/ resolves it: the pinned official client.
  const resolver = join(dirname(requireFromBench.resolve(`${s.official}/package.json`)), "dist-es", "endpoint", "endpointResolver.js");
  const official = await bundle(
    `endpoints-official-${s.name}`,
    `import { defaultEndpointResolver } from ${JSON.stringify(resolver)};\nconsole.log(defaultEndpointResolver(${PARAMS}));`,
  );
  rows.push([s.name, ours, official]);
}
const partitions = await bundle(
  "endpoints-ours-partition",
  `import { awsPartition } from "@slimsdk/runtime";\nconsole.log(awsPartition("us-east-1"));`,
);
// The data module by itself, minified as a bundler would.
const data = await transform(readFileSync(join(REPO_ROOT, "packages/runtime/src/endpoints/rules/partitions-data.ts"), "utf8"), {
  loader: "ts",
  minify: true,
  format: "esm",
  target: "es2020",
});
const dataGzip = gzipSync(data.code, { level: 9 }).length;

const lines = [
  "| endpoint resolution | ours raw | ours gzip | official raw | official gzip | gzip ratio |",
  "|---|---:|---:|---:|---:|---:|",
  ...rows.map(
    ([name, o, v]) =>
      `| ${name}: compiled rules + helpers vs rule set + interpreter | ${o.raw} | ${o.gzip} | ${v.raw} | ${v.gzip} | ${ratio(o.gzip, v.gzip)} |`,
  ),
  `| partition table + \`aws.partition\` alone (ours) | ${partitions.raw} | ${partitions.gzip} | | | |`,
  `| partition table module (partitions-data.ts) alone (ours) | ${Buffer.byteLength(data.code)} | ${dataGzip} | | | |`,
];
console.log(lines.join("\n"));
