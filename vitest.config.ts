import { defineConfig } from "vitest/config";

/** One vitest run over every workspace: tests sit beside the code they test. */
export default defineConfig({
  test: {
    include: ["codegen/src/**/*.test.ts", "packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30000,
    hookTimeout: 60000,
    reporters: ["default", "./test/reporters/summary-reporter.ts"],
  },
});
