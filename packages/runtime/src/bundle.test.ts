import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

/** Resolves `#platform` through the package's real imports map, from dist paths back to the sources. */
const platformFromSource = (condition: "browser" | "node"): Plugin => ({
  name: "platform-from-source",
  setup(b) {
    b.onResolve({ filter: /^#platform$/ }, () => {
      const target: string = pkg.imports["#platform"][condition];
      return { path: join(packageDir, target.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts")) };
    });
  },
});

/** An app using a client and one command, with a minimal protocol standing in for a codec. */
const entry = `
import { Client, Command } from "./index.ts";
const protocol = {
  name: "awsJson1_0",
  serializeRequest: (op, input, { endpoint }) => ({ protocol: endpoint.protocol, hostname: endpoint.hostname, path: endpoint.path,
    method: "POST", query: {}, headers: { "content-type": "application/x-amz-json-1.0" }, body: JSON.stringify(input) }),
  deserializeResponse: (op, response) => JSON.parse(new TextDecoder().decode(response.body) || "{}"),
};
class DemoServiceException extends Error {}
const service = { id: "x#Demo", sdkId: "Demo", endpointPrefix: "demo", signingName: "demo", version: "1", protocol,
  targetPrefix: "Demo", baseError: DemoServiceException };
const schema = { name: "Op", input: { k: "structure", id: "x#OpInput", members: [{ name: "Id", target: { k: "string" }, required: true }] },
  output: { k: "structure", id: "x#OpOutput", members: [] }, errors: [] };
export class DemoClient extends Client { constructor(config = {}) { super(config, service); } }
export class OpCommand extends Command { constructor(input) { super(input, schema); } }
`;

async function bundle(platform: "browser" | "node") {
  const result = await build({
    stdin: { contents: entry, resolveDir: join(packageDir, "src"), loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [platformFromSource(platform)],
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code).length, metafile: result.metafile };
}

/** The biggest inputs of a bundle, for the report. */
const biggest = (metafile: Metafile, n: number) =>
  Object.entries(Object.values(metafile.outputs)[0]!.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, n)
    .map(([file, v]) => `${v.bytesInOutput}\t${file.replace(/.*node_modules\//, "")}`);

describe("bundles", () => {
  it("a browser bundle holds no Node.js module and stays small", async () => {
    const { code, gzip, metafile } = await bundle("browser");
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((f) => f.endsWith("src/platform/browser.ts"))).toBe(true);
    expect(inputs.filter((f) => /platform\/node\.ts|node-http-handler|env-credentials|node-sha256/.test(f))).toEqual([]);
    const imports = Object.values(metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports).toEqual([]);
    expect(code).not.toMatch(/["'`]node:|require\(|from\s*["'](?:http|https|http2|stream|crypto)["']/);
    console.log(
      `browser bundle (client + command + signing + fetch handler, stub codec): ${code.length} B, ${gzip} B gzip\n${biggest(metafile, 15).join("\n")}`,
    );
    // A regression guard for the runtime alone; the 15 KB budget also has to hold the real codec and the schemas.
    expect(gzip).toBeLessThan(14 * 1024);
  });

  it("a Node.js bundle works end to end with a stub handler", async () => {
    const { code, gzip } = await bundle("node");
    console.log(`node bundle: ${code.length} B, ${gzip} B gzip`);
    const dir = mkdtempSync(join(tmpdir(), "slimsdk-runtime-"));
    try {
      const file = join(dir, "bundle.mjs");
      writeFileSync(file, code);
      const mod = await import(pathToFileURL(file).href);
      const seen: { headers: Record<string, string>; hostname: string }[] = [];
      const client = new mod.DemoClient({
        region: "eu-west-1",
        credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
        requestHandler: {
          handle: async (request: (typeof seen)[0]) => {
            seen.push(request);
            return { response: { statusCode: 200, headers: {}, body: '{"ok":true}' } };
          },
        },
      });
      const out = await client.send(new mod.OpCommand({ Id: "1" }));
      expect(out).toEqual({ ok: true, $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } });
      expect(seen[0]!.hostname).toBe("demo.eu-west-1.amazonaws.com");
      expect(seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-1\/demo\/aws4_request/);
      await expect(client.send(new mod.OpCommand({}))).rejects.toThrow('OpCommand: missing required member "Id".');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
