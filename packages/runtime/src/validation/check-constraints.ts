/**
 * The opt-in constraint checks (`@length`, `@pattern`, `@range`, `@uniqueItems`, enum values, unions with one
 * member set). A client gets them only when its config names them (`validateInput: validateConstraints`), so a
 * bundle that does not use them does not carry them.
 */
import type { Constraints, ScalarSchema } from "../schema.js";

/** Receives one problem of the value being checked. */
type Report = (problem: string) => void;

/** The constraint checks `checkInput` calls when given them (see {@link validateConstraints}). */
export interface ConstraintChecks {
  /** Checks `@length` and `@uniqueItems` of a list or map. */
  readonly aggregate: (value: unknown, c: Constraints | undefined, report: Report) => void;
  /** Checks enum values, `@length`, `@pattern` and `@range` of a scalar. */
  readonly scalar: (schema: ScalarSchema, value: unknown, c: Constraints | undefined, report: Report) => void;
  /** Checks that a union value sets exactly one member (`set` of them are set). */
  readonly union: (set: number, value: Record<string, unknown>, report: Report) => void;
}

/** Compiled `@pattern`s, shared by every client, so a pattern is compiled once per process (null: invalid, skipped). */
const patterns = new Map<string, RegExp | null>();

/** Compiles a Smithy (ECMA 262) pattern, in Unicode mode when it allows. */
function compile(source: string): RegExp | null {
  let re = patterns.get(source);
  if (re === undefined) {
    for (const flags of ["u", ""]) {
      try {
        re = new RegExp(source, flags);
        break;
      } catch {
        re = null;
      }
    }
    patterns.set(source, re!);
  }
  return re!;
}

/** The problem when `n` lies outside `[min, max]` ("must be between 1 and 5, got 7"), else undefined. */
function outside(n: number, [min, max]: readonly [number | undefined, number | undefined]): string | undefined {
  if ((min === undefined || n >= min) && (max === undefined || n <= max)) return undefined;
  const range = min === undefined ? `at most ${max}` : max === undefined ? `at least ${min}` : `between ${min} and ${max}`;
  return `must be ${range}, got ${n}`;
}

/** Number of Unicode code points in a string (what `@length` counts): every code unit but high surrogates. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** Reports `@length` of a string, blob, list or map value that is out of bounds. */
function checkLength(value: unknown, c: Constraints | undefined, report: Report): void {
  if (!c?.length || (typeof value !== "string" && (typeof value !== "object" || value === null))) return;
  const n =
    typeof value === "string"
      ? codePoints(value)
      : value instanceof Uint8Array || Array.isArray(value)
        ? value.length
        : Object.keys(value).length;
  const problem = outside(n, c.length);
  if (problem) report(`length ${problem}`);
}

/** Reports enum values, `@length`, `@pattern` and `@range` problems of a scalar value. */
function checkScalar(schema: ScalarSchema, value: unknown, c: Constraints | undefined, report: Report): void {
  const values = schema.values;
  if (values && (typeof value === "string" || typeof value === "number") && !values.includes(value)) {
    report(`must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`);
  }
  checkLength(typeof value === "string" || value instanceof Uint8Array ? value : undefined, c, report);
  if (c?.pattern !== undefined && typeof value === "string" && compile(c.pattern)?.test(value) === false)
    report(`must match the pattern ${c.pattern}`);
  const problem = c?.range && (typeof value === "number" || typeof value === "bigint") && outside(Number(value), c.range);
  if (problem) report(problem);
}

/**
 * The constraint checks, to pass as a client's `validateInput` option:
 * `new XClient({ validateInput: validateConstraints })`.
 */
export const validateConstraints: ConstraintChecks = {
  aggregate(value, c, report) {
    checkLength(value, c, report);
    if (c?.uniqueItems && Array.isArray(value)) {
      if (new Set(value.map((x) => (typeof x === "object" ? JSON.stringify(x) : x))).size !== value.length)
        report("must not hold duplicate items");
    }
  },
  scalar: checkScalar,
  union(set, value, report) {
    if (set !== 1 && !("$unknown" in value)) report(`must set exactly one member, got ${set}`);
  },
};
