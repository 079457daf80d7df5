/**
 * Type tests: compiles types/client-types.fixture.ts with tsc against the built clients' .d.ts (a
 * temporary tsconfig extending the repo's strict base), and a copy with every `@ts-expect-error`
 * removed, which must fail exactly on those lines with the error code each directive names.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./types/client-types.fixture.ts", import.meta.url));
/** The stripped copy lives (virtually) beside the fixture, so it resolves modules the same way. */
const stripped = fixture.replace(/\.fixture\.ts$/, ".stripped.ts");
const PACKAGES = ["client-wellarchitected-ops", "client-proton-env", "client-imagebuilder-state", "client-codeguru-profiling", "runtime"];

/** One directive of the fixture: the line it guards (1-based) and the error code it announces. */
interface Expectation {
  readonly line: number;
  readonly code: number;
}

/** The fixture's `@ts-expect-error TSnnnn` directives. */
function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split("\n").forEach((line, i) => {
    const m = /\/\/ @ts-expect-error TS(\d+) /.exec(line);
    if (m) out.push({ line: i + 2, code: Number(m[1]) });
  });
  return out;
}

/** Diagnostics as `file:line TScode message`, for readable failures. */
function describeDiagnostic(d: ts.Diagnostic): { file: string; line: number; code: number; text: string } {
  const file = d.file?.fileName ?? "(global)";
  const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
  return { file, line, code: d.code, text: ts.flattenDiagnosticMessageText(d.messageText, "\n") };
}

let dir: string;
let diagnostics: ReturnType<typeof describeDiagnostic>[];
let source: string;

beforeAll(() => {
  for (const p of PACKAGES) {
    if (!existsSync(join(repoRoot, "packages", p, "dist", "index.d.ts")))
      throw new Error(`packages/${p}/dist is missing: run npm run build`);
  }
  source = readFileSync(fixture, "utf8");
  dir = mkdtempSync(join(tmpdir(), "client-types-"));
  const configPath = join(dir, "tsconfig.json");
  writeFileSync(
    configPath,
    JSON.stringify({
      extends: join(repoRoot, "tsconfig.base.json"),
      compilerOptions: {
        noEmit: true,
        types: [],
        paths: Object.fromEntries(PACKAGES.map((p) => [`@slimsdk/${p}`, [join(repoRoot, "packages", p, "dist", "index.d.ts")]])),
      },
      files: [fixture],
    }),
  );
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed || parsed.errors.length > 0) throw new Error(`Bad temporary tsconfig: ${JSON.stringify(parsed?.errors)}`);
  // The directives become plain comments: same line numbers, no suppression.
  const strippedText = source.replace(/\/\/ @ts-expect-error /g, "// (expected)    ");
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === stripped ? strippedText : readFile(f));
  host.fileExists = (f) => f === stripped || ts.sys.fileExists(f);
  host.getSourceFile = (f, lang, onError, create) =>
    f === stripped ? ts.createSourceFile(f, strippedText, lang) : getSourceFile(f, lang, onError, create);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, stripped], options: parsed.options, host });
  diagnostics = ts.getPreEmitDiagnostics(program).map(describeDiagnostic);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("client types", () => {
  it("the fixture compiles under the strict base config: every @ts-expect-error is needed and nothing else fails", () => {
    expect(diagnostics.filter((d) => d.file !== stripped)).toEqual([]);
  });

  it("the fixture exercises what it should", () => {
    const lines = expectations(source);
    expect(lines.length).toBeGreaterThanOrEqual(11);
    // The positive narrowing line is there (it compiles only when instanceof narrows).
    expect(source).toContain("const id: string | undefined = err.ResourceId;");
  });

  it("without the directives, each guarded line fails with the announced error, and no other line does", () => {
    const got = diagnostics.filter((d) => d.file === stripped);
    const expected = expectations(source);
    expect([...new Set(got.map((d) => d.line))].sort((a, b) => a - b)).toEqual(expected.map((e) => e.line));
    for (const e of expected) {
      const codes = got.filter((d) => d.line === e.line).map((d) => d.code);
      expect(
        codes,
        `line ${e.line}: ${got
          .filter((d) => d.line === e.line)
          .map((d) => d.text)
          .join(" | ")}`,
      ).toContain(e.code);
    }
  });
});
