import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

const runtimeSrc = fileURLToPath(new URL("./packages/runtime/src/", import.meta.url));

/**
 * The runtime's `#platform` subpath import points at dist/. The runtime's own unit tests run from
 * source, so only imports made from its src/ folder are sent to the source file; everything that
 * uses the built packages keeps resolving through package.json, so classes are never duplicated.
 */
function runtimePlatformFromSource(): Plugin {
  return {
    name: "runtime-platform-from-source",
    enforce: "pre",
    resolveId(id, importer) {
      if (id === "#platform" && importer?.startsWith(runtimeSrc)) return `${runtimeSrc}platform/node.ts`;
      return null;
    },
  };
}

/** One vitest run over every workspace: tests sit beside the code they test. */
export default defineConfig({
  plugins: [runtimePlatformFromSource()],
  test: {
    include: [
      "codegen/src/**/*.test.ts",
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "test/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    setupFiles: ["./test/setup/isolated-aws-environment.ts"],
    testTimeout: 30000,
    hookTimeout: 60000,
    reporters: ["default", "./test/reporters/summary-reporter.ts"],
  },
});
