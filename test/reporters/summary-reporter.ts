import type { Reporter, TestModule } from "vitest/node";

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
        const suite = /protocol-compliance\/(rest-json1|aws-json1-0)|(endpoint-rules)\//
          .exec(module.moduleId)
          ?.slice(1)
          .find((s) => s);
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
