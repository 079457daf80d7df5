import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** One vitest run over every workspace: tests sit beside the code they test. */
export default defineConfig({
  resolve: {
    // The runtime's `#platform` subpath import points at dist/; its own unit tests run from source.
    alias: { "#platform": fileURLToPath(new URL("./packages/runtime/src/platform/node.ts", import.meta.url)) },
  },
  test: {
    include: [
      "codegen/src/**/*.test.ts",
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "test/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30000,
    hookTimeout: 60000,
    reporters: ["default", "./test/reporters/summary-reporter.ts"],
  },
});
