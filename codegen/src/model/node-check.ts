/**
 * Converts a located node value (a trait value, default or metadata as written) into a plain
 * `Node` while checking it against a shape: object members against structure members,
 * required members, unions, lists, maps, strings and enum values, numbers and ranges, lengths,
 * patterns, and `@idRef` strings, which are resolved to absolute shape ids on the way.
 */
import type { NodeValue, StringNode } from "../idl/ast.js";
import { LocatedError } from "../idl/located-error.js";
import type { Loc } from "../idl/location.js";
import type { FileUnit } from "./decl.js";
import { describeValue } from "./node-value.js";
import type { IdResolver } from "./resolve.js";
import type { SchemaView, TraitSource } from "./schema-view.js";
import type { Node } from "./shape.js";

/** Where a value is being checked: the file its relative ids resolve in, and how messages name it. */
export interface CheckContext {
  readonly unit: FileUnit;
  /** e.g. `trait "smithy.api#http"`. */
  readonly what: string;
}

const API = "smithy.api#";
const INT_BOUNDS: Record<string, readonly [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};
const FLOAT_WORDS = new Set(["NaN", "Infinity", "-Infinity"]);

/** Checks and converts node values against shapes of a SchemaView. */
export class NodeChecker {
  readonly #enumValues = new Map<string, ReadonlySet<string | number>>();
  readonly #patterns = new Map<string, RegExp | null>();

  constructor(
    private readonly view: SchemaView,
    private readonly resolver: IdResolver,
    private readonly errors: LocatedError[],
  ) {}

  /**
   * Converts `node`, checking it against `shapeId` (a root shape id). `memberId` names the member
   * the value belongs to, whose constraint traits apply before the target's. `nullable` admits
   * `null` (optional structure members, elements of `@sparse` collections).
   */
  check(node: NodeValue, shapeId: string | undefined, memberId: string | undefined, ctx: CheckContext, path = "", nullable = false): Node {
    const type = shapeId === undefined ? undefined : this.view.type(shapeId);
    if (type === undefined || type === "document" || shapeId === undefined) return this.plain(node, ctx);
    if (node.kind === "null") return nullable ? null : this.mismatch(`${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`, node, ctx, path);
    switch (type) {
      case "structure":
      case "union":
        return this.structure(node, shapeId, type, ctx, path);
      case "map":
        return this.map(node, shapeId, memberId, ctx, path);
      case "list":
        return this.list(node, shapeId, memberId, ctx, path);
      case "string":
      case "enum":
        return this.string(node, shapeId, memberId, ctx, path);
      case "blob":
        if (node.kind !== "string") return this.mismatch("a string", node, ctx, path);
        this.checkLength(node.value.length, node, shapeId, memberId, ctx, path);
        return node.value;
      case "timestamp":
        if (node.kind !== "string" && node.kind !== "number") return this.mismatch("a timestamp string or number", node, ctx, path);
        return node.value;
      case "boolean":
        if (node.kind !== "boolean") return this.mismatch("a boolean", node, ctx, path);
        return node.value;
      case "intEnum":
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger":
      case "float":
      case "double":
      case "bigDecimal":
        return this.number(node, shapeId, memberId, type, ctx, path);
      default:
        return this.mismatch(`no value (a ${type} cannot appear in a value)`, node, ctx, path);
    }
  }

  /** Converts a value without a shape to check against (documents, metadata); unquoted shape ids still resolve. */
  plain(node: NodeValue, ctx: CheckContext): Node {
    switch (node.kind) {
      case "null":
        return null;
      case "boolean":
      case "number":
        return node.value;
      case "string":
        return node.form === "shapeId" ? this.syntacticId(node, ctx) : node.value;
      case "array":
        return node.elements.map((e) => this.plain(e, ctx));
      case "object":
        return Object.fromEntries(node.entries.map((e) => [e.key, this.plain(e.value, ctx)]));
    }
  }

  private structure(node: NodeValue, shapeId: string, type: "structure" | "union", ctx: CheckContext, path: string): Node {
    if (node.kind !== "object") return this.mismatch("an object", node, ctx, path);
    const members = this.view.members(shapeId);
    const byName = new Map(members.map((m) => [m.name, m]));
    const out: [string, Node][] = [];
    for (const e of node.entries) {
      const m = byName.get(e.key);
      const sub = join(path, e.key);
      if (!m) {
        const expected = members.length ? `; expected one of ${members.map((x) => x.name).join(", ")}` : "; it has no members";
        this.report(`Unknown member "${e.key}"${where(ctx, path)}${expected}.`, e.keyLoc);
        out.push([e.key, this.plain(e.value, ctx)]);
        continue;
      }
      out.push([e.key, this.check(e.value, m.target, m.id, ctx, sub, !this.view.trait(m.id, `${API}required`))]);
    }
    if (type === "union") {
      if (node.entries.length !== 1)
        this.report(`Expected exactly one member of union "${shapeId}"${where(ctx, path)}, found ${node.entries.length}.`, node.loc);
    } else {
      for (const m of members) {
        if (!node.entries.some((e) => e.key === m.name) && this.view.trait(m.id, `${API}required`)) {
          this.report(`Missing required member "${m.name}"${where(ctx, path)}.`, node.loc);
        }
      }
    }
    return Object.fromEntries(out);
  }

  private map(node: NodeValue, shapeId: string, memberId: string | undefined, ctx: CheckContext, path: string): Node {
    if (node.kind !== "object") return this.mismatch("an object", node, ctx, path);
    this.checkLength(node.entries.length, node, shapeId, memberId, ctx, path);
    const members = this.view.members(shapeId);
    const key = members.find((m) => m.name === "key");
    const value = members.find((m) => m.name === "value");
    const sparse = this.view.trait(shapeId, `${API}sparse`) !== undefined;
    const out: [string, Node][] = [];
    for (const e of node.entries) {
      if (key?.target)
        this.check({ kind: "string", value: e.key, form: "quoted", loc: e.keyLoc }, key.target, key.id, ctx, join(path, e.key));
      out.push([e.key, this.check(e.value, value?.target, value?.id, ctx, join(path, e.key), sparse)]);
    }
    return Object.fromEntries(out);
  }

  private list(node: NodeValue, shapeId: string, memberId: string | undefined, ctx: CheckContext, path: string): Node {
    if (node.kind !== "array") return this.mismatch("an array", node, ctx, path);
    this.checkLength(node.elements.length, node, shapeId, memberId, ctx, path);
    const member = this.view.members(shapeId).find((m) => m.name === "member");
    const sparse = this.view.trait(shapeId, `${API}sparse`) !== undefined;
    return node.elements.map((e, i) => this.check(e, member?.target, member?.id, ctx, `${path}[${i}]`, sparse));
  }

  private string(node: NodeValue, shapeId: string, memberId: string | undefined, ctx: CheckContext, path: string): Node {
    if (node.kind !== "string") return this.mismatch("a string", node, ctx, path);
    const idRef = this.constraint(memberId, shapeId, `${API}idRef`);
    let value = node.value;
    if (idRef) value = this.idRef(node, idRef, ctx, path);
    else if (node.form === "shapeId") value = this.syntacticId(node, ctx);
    if (this.view.type(shapeId) === "enum") {
      const allowed = this.enumValues(shapeId);
      if (!allowed.has(value))
        this.report(
          `Expected one of ${[...allowed].map((v) => JSON.stringify(v)).join(", ")}${where(ctx, path)}, found "${value}".`,
          node.loc,
        );
    }
    const legacyEnum = this.constraint(memberId, shapeId, `${API}enum`)?.value;
    if (legacyEnum?.kind === "array") {
      const allowed = legacyEnum.elements.flatMap((e) =>
        e.kind === "object" ? e.entries.filter((x) => x.key === "value").map((x) => x.value) : [],
      );
      const values = allowed.flatMap((v) => (v.kind === "string" ? [v.value] : []));
      if (values.length && !values.includes(value)) {
        this.report(`Expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}${where(ctx, path)}, found "${value}".`, node.loc);
      }
    }
    this.checkLength([...value].length, node, shapeId, memberId, ctx, path);
    const pattern = this.constraint(memberId, shapeId, `${API}pattern`)?.value;
    if (pattern?.kind === "string") {
      const re = this.regex(pattern.value);
      if (re && !re.test(value))
        this.report(`Value "${value}" does not match the pattern "${pattern.value}"${where(ctx, path)}.`, node.loc);
    }
    return value;
  }

  private number(node: NodeValue, shapeId: string, memberId: string | undefined, type: string, ctx: CheckContext, path: string): Node {
    if ((type === "float" || type === "double") && node.kind === "string" && FLOAT_WORDS.has(node.value)) return node.value;
    if (node.kind !== "number") return this.mismatch(type === "intEnum" ? "an integer" : "a number", node, ctx, path);
    const integral = type !== "float" && type !== "double" && type !== "bigDecimal";
    if (integral && !Number.isInteger(node.value)) return this.mismatch("an integer", node, ctx, path, node.value);
    const bounds = INT_BOUNDS[type];
    if (bounds && (node.value < bounds[0] || node.value > bounds[1])) {
      this.report(`Value ${node.raw} is out of range for a ${type}${where(ctx, path)}.`, node.loc);
    }
    if (type === "intEnum") {
      const allowed = this.enumValues(shapeId);
      if (!allowed.has(node.value))
        this.report(`Expected one of ${[...allowed].join(", ")}${where(ctx, path)}, found ${node.raw}.`, node.loc);
    }
    const range = this.constraint(memberId, shapeId, `${API}range`)?.value;
    if (range?.kind === "object") {
      const min = numberEntry(range, "min");
      const max = numberEntry(range, "max");
      if (min !== undefined && node.value < min) this.report(`Value ${node.raw} is below the minimum ${min}${where(ctx, path)}.`, node.loc);
      if (max !== undefined && node.value > max) this.report(`Value ${node.raw} is above the maximum ${max}${where(ctx, path)}.`, node.loc);
    }
    return node.value;
  }

  private checkLength(
    length: number,
    node: NodeValue,
    shapeId: string,
    memberId: string | undefined,
    ctx: CheckContext,
    path: string,
  ): void {
    const constraint = this.constraint(memberId, shapeId, `${API}length`)?.value;
    if (constraint?.kind !== "object") return;
    const min = numberEntry(constraint, "min");
    const max = numberEntry(constraint, "max");
    if (min !== undefined && length < min) this.report(`Length ${length} is below the minimum ${min}${where(ctx, path)}.`, node.loc);
    if (max !== undefined && length > max) this.report(`Length ${length} is above the maximum ${max}${where(ctx, path)}.`, node.loc);
  }

  /** Resolves a string that must be a shape id (its member or target has `@idRef`). */
  private idRef(node: StringNode, idRef: TraitSource, ctx: CheckContext, path: string): string {
    const r = this.resolver.resolve(node.value, ctx.unit);
    if ("invalid" in r) {
      this.report(`Expected a shape id${where(ctx, path)}, found "${node.value}".`, node.loc);
      return node.value;
    }
    const exists = r.exists && (!r.id.includes("$") || this.view.exists(r.id));
    if (exists) return r.id;
    const failWhenMissing =
      idRef.value?.kind === "object" &&
      idRef.value.entries.some((e) => e.key === "failWhenMissing" && e.value.kind === "boolean" && e.value.value);
    if (failWhenMissing || node.form === "shapeId")
      this.report(`${this.resolver.unknownMessage(node.value, ctx.unit).slice(0, -1)}${where(ctx, path)}.`, node.loc);
    return node.form === "shapeId" ? r.id : node.value;
  }

  /** An unquoted shape id used as a value: it must name a shape (spec: "Syntactic shape IDs"). */
  private syntacticId(node: StringNode, ctx: CheckContext): string {
    const r = this.resolver.resolve(node.value, ctx.unit);
    if ("invalid" in r) return node.value;
    if (!r.exists || (r.id.includes("$") && !this.view.exists(r.id))) {
      this.report(
        `${this.resolver.unknownMessage(node.value, ctx.unit).slice(0, -1)}; quote the value if it is meant as a string.`,
        node.loc,
      );
    }
    return r.id;
  }

  private constraint(memberId: string | undefined, shapeId: string, traitId: string): TraitSource | undefined {
    return (memberId === undefined ? undefined : this.view.trait(memberId, traitId)) ?? this.view.trait(shapeId, traitId);
  }

  /** The enumValue of each member of an enum / intEnum shape (elided string values are already filled in). */
  private enumValues(shapeId: string): ReadonlySet<string | number> {
    let values = this.#enumValues.get(shapeId);
    if (!values) {
      const set = new Set<string | number>();
      for (const m of this.view.members(shapeId)) {
        const v = this.view.trait(m.id, `${API}enumValue`)?.value;
        if (v?.kind === "string" || v?.kind === "number") set.add(v.value);
      }
      values = set;
      this.#enumValues.set(shapeId, values);
    }
    return values;
  }

  private regex(pattern: string): RegExp | undefined {
    let re = this.#patterns.get(pattern);
    if (re === undefined) {
      try {
        re = new RegExp(pattern);
      } catch {
        re = null;
      }
      this.#patterns.set(pattern, re);
    }
    return re ?? undefined;
  }

  private mismatch(expected: string, node: NodeValue, ctx: CheckContext, path: string, converted?: Node): Node {
    this.report(
      `Expected ${expected}${where(ctx, path)}, found ${node.kind === "string" || node.kind === "number" || node.kind === "boolean" || node.kind === "null" ? describeValue(node) : `an ${node.kind}`}.`,
      node.loc,
    );
    return converted !== undefined ? converted : this.plain(node, ctx);
  }

  private report(message: string, loc: Loc): void {
    this.errors.push(new LocatedError(message, loc));
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function where(ctx: CheckContext, path: string): string {
  return path ? ` for "${path}" of ${ctx.what}` : ` for ${ctx.what}`;
}

function numberEntry(node: NodeValue, key: string): number | undefined {
  if (node.kind !== "object") return undefined;
  const v = node.entries.find((e) => e.key === key)?.value;
  return v?.kind === "number" ? v.value : undefined;
}
