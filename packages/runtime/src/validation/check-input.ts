import { type Constraints, type OperationSchema, resolveSchema, type Schema, type StructureSchema, type UnionSchema } from "../schema.js";
import type { ConstraintChecks } from "./check-constraints.js";
import type { Violation } from "./input-validation-error.js";

type Obj = Record<string, unknown>;

/** True for a non-null, non-array object. */
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** True for schemas that hold other values (worth descending into even without constraint checks). */
const isAggregate = (s: Schema) => s.k === "structure" || s.k === "union" || s.k === "list" || s.k === "map";

/**
 * Checks a command's input against its schema. Always: required members (at every depth) and
 * non-empty URI labels. With `checks` (the client's `validateInput`): also `@length`, `@pattern`, `@range`, `@uniqueItems`, enum values
 * and unions having exactly one member set. Returns every violation, with member paths.
 */
export function checkInput(op: OperationSchema, input: Obj, checks: ConstraintChecks | undefined): Violation[] {
  const out: Violation[] = [];
  const at = (path: string) => (problem: string) => out.push({ path, message: `"${path}" ${problem}` });

  const structure = (schema: StructureSchema | UnionSchema, value: Obj, prefix: string): void => {
    let set = 0;
    for (const m of schema.members) {
      const v = value[m.name];
      const path = prefix + m.name;
      if (v != null) {
        set++;
        check(resolveSchema(m.target), v, m.c, path);
      } else if (m.required && m.default === undefined && schema.k === "structure") {
        out.push({ path, message: `missing required member "${path}"` });
      }
    }
    if (checks && schema.k === "union") checks.union(set, value, at(prefix.slice(0, -1)));
  };

  const check = (schema: Schema, v: unknown, c: Constraints | undefined, path: string): void => {
    const report = at(path);
    if (schema.k === "structure" || schema.k === "union") {
      if (isObject(v)) structure(schema, v, `${path}.`);
      return;
    }
    c ??= schema.c;
    if (schema.k === "list" || schema.k === "map") {
      if (!(schema.k === "list" ? Array.isArray(v) : isObject(v))) return;
      checks?.aggregate(v, c, report);
      if (schema.k === "list") {
        const list = v as unknown[];
        const member = resolveSchema(schema.member);
        if (checks || isAggregate(member)) {
          for (let i = 0; i < list.length; i++) if (list[i] != null) check(member, list[i], undefined, `${path}[${i}]`);
        }
      } else {
        const key = resolveSchema(schema.key);
        const value = resolveSchema(schema.value);
        for (const [k, x] of Object.entries(v as Obj)) {
          const kPath = `${path}[${JSON.stringify(k)}]`;
          if (checks && !isAggregate(key)) checks.scalar(key, k, key.c, at(kPath));
          if (x != null && (checks || isAggregate(value))) check(value, x, undefined, kPath);
        }
      }
    } else {
      checks?.scalar(schema, v, c, report);
    }
  };

  for (const m of op.input.members) {
    if (m.http?.in === "label" && input[m.name] === "") {
      out.push({ path: m.name, message: `member "${m.name}" is bound to the request URI and must not be empty` });
    }
  }
  structure(op.input, input, "");
  return out;
}
