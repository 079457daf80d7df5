import type { Shape, StructureShape } from "./shape.js";

/** One broken constraint, with the member path and the sentence services use for it. */
export interface Violation {
  /** Dotted member path, e.g. `exclusionRules.amis.lastLaunched.unit`. */
  readonly path: string;
  /** The constraint sentence, e.g. `Member must not be null`. */
  readonly constraint: string;
  /** The offending value, printed as services print it. */
  readonly value: string;
}

/** Checks `input` against a structure shape; returns every violation found (empty when valid). */
export function validate(input: Readonly<Record<string, unknown>>, shape: StructureShape): Violation[] {
  const out: Violation[] = [];
  checkStructure(input, shape, "", out);
  return out;
}

/** Formats violations the way AWS services word them: "2 validation errors detected: Value ... at '...' failed to satisfy constraint: ...". */
export function formatViolations(violations: readonly Violation[]): string {
  const n = violations.length;
  const parts = violations.map((v) => `Value ${v.value} at '${v.path}' failed to satisfy constraint: ${v.constraint}`);
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`;
}

function checkStructure(value: Readonly<Record<string, unknown>>, shape: StructureShape, prefix: string, out: Violation[]): void {
  for (const [name, member] of Object.entries(shape.members)) {
    const path = prefix === "" ? name : `${prefix}.${name}`;
    const v = value[name];
    // JSON null means "absent" for services, so it only matters for required members.
    if (v === undefined || v === null) {
      if (member.required) out.push({ path, constraint: "Member must not be null", value: "null" });
      continue;
    }
    check(v, member.shape, path, out);
  }
}

function check(v: unknown, shape: Shape, path: string, out: Violation[]): void {
  const bad = (constraint: string) => out.push({ path, constraint, value: show(v) });
  switch (shape.type) {
    case "string": {
      if (typeof v !== "string") return void bad("Member must be a string");
      const len = [...v].length;
      if (shape.min !== undefined && len < shape.min) bad(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && len > shape.max) bad(`Member must have length less than or equal to ${shape.max}`);
      if (shape.pattern !== undefined && !new RegExp(shape.pattern).test(v)) {
        bad(`Member must satisfy regular expression pattern: ${shape.pattern}`);
      }
      if (shape.enum !== undefined && !shape.enum.includes(v)) bad(`Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
      return;
    }
    case "boolean":
      if (typeof v !== "boolean") bad("Member must be a boolean");
      return;
    case "integer": {
      if (typeof v !== "number" || !Number.isInteger(v)) return void bad("Member must be an integer");
      if (shape.min !== undefined && v < shape.min) bad(`Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && v > shape.max) bad(`Member must have value less than or equal to ${shape.max}`);
      return;
    }
    case "timestamp":
      // A date-time string here means the client used the wrong timestamp format for a JSON body.
      if (typeof v !== "number" || !Number.isFinite(v)) bad("Member must be a timestamp in epoch seconds");
      return;
    case "list": {
      if (!Array.isArray(v)) return void bad("Member must be a list");
      if (shape.min !== undefined && v.length < shape.min) bad(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && v.length > shape.max) bad(`Member must have length less than or equal to ${shape.max}`);
      v.forEach((item, i) => {
        if (item === null) out.push({ path: `${path}.${i + 1}.member`, constraint: "Member must not be null", value: "null" });
        else check(item, shape.member, `${path}.${i + 1}.member`, out);
      });
      return;
    }
    case "map": {
      if (!isObject(v)) return void bad("Member must be a map");
      const entries = Object.entries(v);
      if (shape.max !== undefined && entries.length > shape.max) bad(`Member must have length less than or equal to ${shape.max}`);
      for (const [k, item] of entries) {
        check(k, shape.key, `${path}.key`, out);
        if (item === null) out.push({ path: `${path}.${k}`, constraint: "Member must not be null", value: "null" });
        else check(item, shape.value, `${path}.${k}`, out);
      }
      return;
    }
    case "structure":
      if (!isObject(v)) return void bad("Member must be a structure");
      checkStructure(v, shape, path, out);
      return;
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const text = typeof v === "string" ? v : JSON.stringify(v);
  // Keep messages short even for a 50 KB spec.
  return `'${text.length > 100 ? `${text.slice(0, 100)}...` : text}'`;
}
