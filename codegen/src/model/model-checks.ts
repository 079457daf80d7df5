/**
 * Whole-model checks that need the flattened shapes: what each reference may point at
 * (member targets, operation input / output / errors, service and resource bindings), list and
 * map members, enum values, and default values against their member's target.
 */
import { LocatedError } from "../idl/located-error.js";
import type { Loc } from "../idl/location.js";
import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";
import { isAggregate } from "./model-query.js";
import type { NodeChecker } from "./node-check.js";
import type { ResolvedDecls, RRef, RShape } from "./resolve-decls.js";
import type { Shape } from "./shape.js";

const API = "smithy.api#";

/** Runs the whole-model checks, reporting into `errors`. */
export function checkModel(decls: ResolvedDecls, shapes: ReadonlyMap<string, Shape>, checker: NodeChecker, errors: LocatedError[]): void {
  const report = (message: string, loc: Loc): void => {
    errors.push(new LocatedError(message, loc));
  };
  const describe = (s: Shape): string => `${s.type} "${s.id}"`;
  const isMixin = (s: Shape): boolean => s.traits.has(`${API}mixin`);

  /** Checks that `ref` targets a shape of one of `types`, not a mixin. */
  const expect = (ref: RRef | undefined, types: readonly string[], what: string, extra?: (s: Shape) => string | undefined): void => {
    if (!ref) return;
    const target = shapes.get(ref.id);
    if (!target) return;
    if (!types.includes(target.type)) report(`${what} must target ${types.join(" or ")}, found ${describe(target)}.`, ref.ref.loc);
    else if (isMixin(target)) report(`${what} cannot target mixin "${target.id}".`, ref.ref.loc);
    else {
      const problem = extra?.(target);
      if (problem) report(problem, ref.ref.loc);
    }
  };
  const errorShape = (what: string) => (s: Shape) =>
    s.traits.has(`${API}error`) ? undefined : `${what} "${s.id}" must have the @error trait.`;

  for (const decl of decls.shapes.values()) {
    const shape = shapes.get(decl.id);
    if (!shape) continue;
    checkMembers(decl, shape, shapes, checker, report);
    const p = decl.props;
    if (p?.kind === "operation") {
      // Spec "Operation mixins": no input or output other than smithy.api#Unit.
      const mixinIo = isMixin(shape) ? [p.input, p.output].find((r) => r !== undefined && r.id !== `${API}Unit`) : undefined;
      if (mixinIo) report(`Mixin operation "${decl.id}" cannot define input or output other than smithy.api#Unit.`, mixinIo.ref.loc);
      expect(p.input, ["structure"], `Input of operation "${decl.id}"`);
      expect(p.output, ["structure"], `Output of operation "${decl.id}"`);
      for (const e of p.errors) expect(e, ["structure"], `Error of operation "${decl.id}"`, errorShape("Error"));
    } else if (p?.kind === "service") {
      for (const r of p.operations) expect(r, ["operation"], `Operation binding of service "${decl.id}"`);
      for (const r of p.resources) expect(r, ["resource"], `Resource binding of service "${decl.id}"`);
      for (const e of p.errors) expect(e, ["structure"], `Error of service "${decl.id}"`, errorShape("Error"));
    } else if (p?.kind === "resource") {
      // Spec "Resource mixins": a resource mixin defines no identifiers, properties, lifecycle operations, operations or resources.
      if (isMixin(shape)) {
        const first = [...p.identifiers, ...p.properties, ...Object.values(p.lifecycle), ...p.operations, ...p.resources][0];
        if (first)
          report(
            `Resource mixin "${decl.id}" cannot define identifiers, properties, lifecycle operations, operations or resources.`,
            first.ref.loc,
          );
      }
      for (const r of Object.values(p.lifecycle)) expect(r, ["operation"], `Lifecycle operation of resource "${decl.id}"`);
      for (const r of [...p.operations, ...p.collectionOperations]) expect(r, ["operation"], `Operation binding of resource "${decl.id}"`);
      for (const r of p.resources) expect(r, ["resource"], `Resource binding of resource "${decl.id}"`);
      for (const r of [...p.identifiers, ...p.properties]) expect(r, SIMPLE_AND_AGGREGATE, `Property "${r.name}" of resource "${decl.id}"`);
    }
  }
}

const SIMPLE_AND_AGGREGATE = [...SIMPLE_SHAPE_TYPES, "enum", "intEnum", "list", "map", "structure", "union"];

function checkMembers(
  decl: RShape,
  shape: Shape,
  shapes: ReadonlyMap<string, Shape>,
  checker: NodeChecker,
  report: (message: string, loc: Loc) => void,
): void {
  const at = decl.decl.nameLoc;
  for (const m of decl.members) {
    if (!m.target) continue;
    const target = shapes.get(m.target.id);
    if (!target) continue;
    if (target.type === "service" || target.type === "operation" || target.type === "resource") {
      report(`Member "${decl.id}$${m.name}" cannot target ${target.type} "${target.id}".`, m.target.ref.loc);
    } else if (target.traits.has(`${API}mixin`)) {
      report(`Member "${decl.id}$${m.name}" cannot target mixin "${target.id}".`, m.target.ref.loc);
    }
  }
  for (const m of decl.members) {
    const def = m.traits.find((t) => t.id === `${API}default`)?.decl.value;
    const target = m.target?.id;
    if (def && target)
      checker.check(def, target, `${decl.id}$${m.name}`, { unit: decl.unit, what: `the default value of "${decl.id}$${m.name}"` });
  }
  if (!isAggregate(shape)) {
    const def = decl.traits.find((t) => t.id === `${API}default`)?.decl.value;
    if (def && shape.type !== "service" && shape.type !== "operation" && shape.type !== "resource") {
      checker.check(def, decl.id, undefined, { unit: decl.unit, what: `the default value of "${decl.id}"` });
    }
    return;
  }
  const mixin = shape.traits.has(`${API}mixin`);
  const names = [...shape.members.keys()];
  if (shape.type === "list") {
    for (const m of decl.members)
      if (m.name !== "member") report(`A list can only have a member named "member", found "${m.name}".`, m.decl.nameLoc);
    if (!shape.members.has("member") && !mixin) report(`List "${decl.id}" needs a member named "member".`, at);
  } else if (shape.type === "map") {
    for (const m of decl.members) {
      if (m.name !== "key" && m.name !== "value")
        report(`A map can only have members named "key" and "value", found "${m.name}".`, m.decl.nameLoc);
    }
    if ((!shape.members.has("key") || !shape.members.has("value")) && !mixin)
      report(`Map "${decl.id}" needs members named "key" and "value".`, at);
    const key = shape.members.get("key");
    const keyTarget = key ? shapes.get(key.target) : undefined;
    if (keyTarget && keyTarget.type !== "string" && keyTarget.type !== "enum") {
      const loc = decl.members.find((m) => m.name === "key")?.target?.ref.loc ?? at;
      report(`The key of map "${decl.id}" must target a string, found ${keyTarget.type} "${keyTarget.id}".`, loc);
    }
  } else if (shape.type === "enum" || shape.type === "intEnum") {
    if (!names.length && !mixin) report(`${shape.type} "${decl.id}" needs at least one member.`, at);
    const seen = new Map<string | number, string>();
    for (const member of shape.members.values()) {
      const value = member.traits.get(`${API}enumValue`);
      const loc = decl.members.find((m) => m.name === member.name)?.decl.nameLoc ?? at;
      const ok = shape.type === "enum" ? typeof value === "string" && value !== "" : typeof value === "number" && Number.isInteger(value);
      if (!ok) {
        const want = shape.type === "enum" ? "a non-empty string" : "an integer";
        const found = value === undefined ? "none" : JSON.stringify(value);
        report(`Enum member "${member.id}" needs ${want} value, found ${found}.`, loc);
        continue;
      }
      const clash = seen.get(value as string | number);
      if (clash) report(`Enum members "${clash}" and "${member.name}" of "${decl.id}" have the same value ${JSON.stringify(value)}.`, loc);
      seen.set(value as string | number, member.name);
    }
  } else if (shape.type === "union" && !names.length && !mixin) {
    report(`Union "${decl.id}" needs at least one member.`, at);
  }
}
