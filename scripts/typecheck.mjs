// Type-checks what the builds leave out: every test folder and the packages' own tests (vitest only strips types).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const projects = [
  "codegen/tsconfig.test.json",
  "packages/runtime/tsconfig.test.json",
  "packages/local-endpoint/tsconfig.test.json",
  "examples/tsconfig.json",
  "test/clients/tsconfig.json",
  "test/integration/tsconfig.json",
  "test/reliability/tsconfig.json",
  "test/protocol-compliance/tsconfig.json",
  "test/endpoint-rules/tsconfig.json",
  "test/browser/tsconfig.json",
  "test/install/tsconfig.json",
  "test/streaming/tsconfig.json",
  "test/credentials/tsconfig.json",
  "test/node-bundles/tsconfig.json",
];
const tsc = `${root}node_modules/typescript/bin/tsc`;
let failed = 0;
for (const project of projects) {
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: root, stdio: "inherit" });
  } catch {
    failed++;
    console.error(`typecheck: ${project} has type errors`);
  }
}
console.log(`typecheck: ${projects.length - failed} of ${projects.length} projects clean`);
process.exitCode = failed ? 1 : 0;
