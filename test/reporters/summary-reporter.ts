import type { Reporter, TestModule } from "vitest/node";

/**
 * The counted suite a test file belongs to: a compliance suite is named by its file,
 * `test/protocol-compliance/<suite>.test.ts` (each calls `defineComplianceSuite`), but for the harness's own tests;
 * the endpoint rule-set cases are every file under `test/endpoint-rules/`.
 */
function suiteOf(moduleId: string): string | undefined {
  const compliance = /\/test\/protocol-compliance\/([\w-]+)\.test\.ts$/.exec(moduleId)?.[1];
  if (compliance !== undefined) return compliance === "harness" ? undefined : compliance;
  return /\/test\/(endpoint-rules)\//.exec(moduleId)?.[1];
}

/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own summary,
 * plus one such line per protocol compliance suite and one for the endpoint rule-set suite
 * (test/endpoint-rules), so CI logs show the counts at a glance.
 */
export default class SummaryReporter implements Reporter {
  /** Counts every test of the run by its final state. */
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const total = { passed: 0, failed: 0, skipped: 0 };
    const suites = new Map<string, typeof total>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === "passed" ? "passed" : state === "failed" ? "failed" : "skipped";
        total[key]++;
        const suite = suiteOf(module.moduleId);
        if (suite) {
          const counts = suites.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
          counts[key]++;
          suites.set(suite, counts);
        }
      }
    }
    const line = (c: typeof total) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
    for (const [suite, counts] of [...suites].sort()) console.log(`${suite}: ${line(counts)}`);
    console.log(line(total));
  }
}
