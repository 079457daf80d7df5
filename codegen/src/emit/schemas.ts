/**
 * Emits `schemas.ts`: one exported constant per shape schema an operation needs (`<Shape>$`)
 * and one per operation (`<Operation>$`). Plain data the runtime's protocol codecs interpret;
 * ordered so every constant follows those it reads, with thunks only inside reference cycles.
 */

import type { RuleSet } from "../endpoints/rule-set.js";
import type { MemberShape, OperationShape, Shape } from "../model/shape.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { code, type Lit, litDoc, obj } from "../printer/literal.js";
import { endpointRuleSetOf, operationEndpointParams } from "./endpoint-bindings.js";
import { enumValues } from "./enums.js";
import { faultOf } from "./errors.js";
import { RUNTIME } from "./runtime.js";
import { orderSchemas } from "./schema-order.js";
import { isErrorShape, isPrelude, isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { propNumber, propString, T, traitObject, traitString } from "./traits.js";

/** The name of a shape's schema constant. */
export function schemaName(ctx: ServiceContext, id: string): string {
  return `${ctx.nameOf(id)}$`;
}

/** The name of an operation's schema constant. */
export function operationSchemaName(op: OperationShape): string {
  return `${op.id.slice(op.id.indexOf("#") + 1)}$`;
}

/** The runtime type of each kind of schema constant. */
function schemaType(shape: Shape): string {
  switch (shape.type) {
    case "structure":
      return "StructureSchema";
    case "union":
      return "UnionSchema";
    case "list":
      return "ListSchema";
    case "map":
      return "MapSchema";
    default:
      return "ScalarSchema";
  }
}

/** Emits `src/schemas.ts`. */
export function emitSchemas(ctx: ServiceContext, path: string): GeneratedFile {
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf([...ctx.shapes.keys(), ...ctx.operations.map((o) => o.id)]) });
  for (const id of ctx.shapes.keys()) f.declare(schemaName(ctx, id));
  for (const op of ctx.operations) f.declare(operationSchemaName(op));

  const graph = new Map<string, string[]>();
  for (const [id, s] of ctx.shapes)
    graph.set(
      id,
      membersOf(s).map((m) => m.target),
    );
  const { order, needsThunk } = orderSchemas(graph, (id) => ctx.nameOf(id));
  const greedy = greedyLabels(ctx);

  const ref = (from: string, target: string): Lit => {
    if (isPrelude(target)) return preludeSchema(ctx, target);
    const name = schemaName(ctx, target);
    return code(needsThunk(from, target) ? `() => ${name}` : name);
  };

  for (const id of order) {
    const s = ctx.shape(id);
    const value = shapeSchema(ctx, s, (target) => ref(id, target), greedy, f);
    f.print();
    f.print("export const ", schemaName(ctx, id), ": ", f.importType(schemaType(s), RUNTIME), " = ", litDoc(value), ";");
  }
  const ruleSet = endpointRuleSetOf(ctx);
  for (const op of ctx.operations) {
    f.print();
    f.print(
      "export const ",
      operationSchemaName(op),
      ": ",
      f.importType("OperationSchema", RUNTIME),
      " = ",
      litDoc(operationSchema(ctx, f, op, (target) => ref(op.id, target), ruleSet)),
      ";",
    );
  }
  if (order.length === 0 && ctx.operations.length === 0) f.print("export {};");
  return f;
}

/** Builds the literal of a shape's schema; `ref` gives the reference to a member's target. */
function shapeSchema(ctx: ServiceContext, s: Shape, ref: (target: string) => Lit, greedy: ReadonlySet<string>, f: GeneratedFile): Lit {
  const sensitive = s.traits.has(T.sensitive) ? true : undefined;
  switch (s.type) {
    case "structure":
    case "union":
      return obj(
        [
          ["k", s.type],
          ["id", s.id],
          ["members", membersOf(s).map((m) => memberSchema(ctx, m, ref, greedy))],
          ["sensitive", sensitive],
          ...eventStreamEntries(ctx, s, f),
        ],
        true,
      );
    case "list": {
      const member = s.members.get("member");
      return obj([
        ["k", "list"],
        ["member", member ? collectionMember(ctx, member, ref) : obj([["k", "document"]])],
        ["sparse", s.traits.has(T.sparse) ? true : undefined],
        ["sensitive", sensitive],
        ["c", constraintsLit(constraintsOf(s))],
      ]);
    }
    case "map": {
      const key = s.members.get("key");
      const value = s.members.get("value");
      return obj([
        ["k", "map"],
        ["key", key ? collectionMember(ctx, key, ref) : obj([["k", "string"]])],
        ["value", value ? collectionMember(ctx, value, ref) : obj([["k", "document"]])],
        ["sparse", s.traits.has(T.sparse) ? true : undefined],
        ["sensitive", sensitive],
        ["c", constraintsLit(constraintsOf(s))],
      ]);
    }
    default:
      return obj(scalarEntries(s));
  }
}

/**
 * The entries of an event-stream union (`@streaming`): the flag, and its exception events (members that target
 * an `@error` structure) with their error classes, which the codec throws when the stream carries one.
 */
function eventStreamEntries(ctx: ServiceContext, s: Shape, f: GeneratedFile): [string, Lit | undefined][] {
  if (s.type !== "union" || !s.traits.has(T.streaming)) return [];
  const errors = membersOf(s)
    .filter((m) => isErrorShape(ctx.shape(m.target)))
    .map((m) =>
      obj([
        ["name", m.name],
        ["ctor", code(f.import(ctx.nameOf(m.target), "./models/errors.js"))],
      ]),
    );
  return [
    ["streaming", true],
    ["errors", errors.length > 0 ? errors : undefined],
  ];
}

/** The entries of a scalar schema (kind, timestamp format, media type, known values, streaming, sensitivity, constraints). */
function scalarEntries(s: Shape): [string, Lit | undefined][] {
  const values = s.type === "enum" || s.type === "intEnum" ? enumValues(s) : undefined;
  const streaming = s.type === "blob" && s.traits.has(T.streaming);
  return [
    ["k", scalarKind(s)],
    ["tf", traitString(s, T.timestampFormat)],
    ["mediaType", traitString(s, T.mediaType)],
    ["values", values],
    ["streaming", streaming ? true : undefined],
    ["requiresLength", streaming && s.traits.has(T.requiresLength) ? true : undefined],
    ["sensitive", s.traits.has(T.sensitive) ? true : undefined],
    ["c", constraintsLit(constraintsOf(s))],
  ];
}

function scalarKind(s: Shape): string {
  switch (s.type) {
    case "service":
    case "resource":
    case "operation":
    case "list":
    case "map":
    case "structure":
    case "union":
      throw new Error(`${s.id} is not a scalar shape.`);
    default:
      return s.type;
  }
}

/** The schema of a prelude target, written inline (prelude shapes get no constant). */
function preludeSchema(ctx: ServiceContext, id: string): Lit {
  if (isUnit(id))
    return obj([
      ["k", "structure"],
      ["id", id],
      ["members", []],
    ]);
  return obj(scalarEntries(ctx.shape(id)));
}

/**
 * A list or map member: its target's schema, unless the member carries traits of its own
 * (a timestamp format, constraints, sensitivity) — then an inline copy of the scalar target with them merged.
 */
function collectionMember(ctx: ServiceContext, member: MemberShape, ref: (target: string) => Lit): Lit {
  const target = ctx.shape(member.target);
  const tf = traitString(member, T.timestampFormat);
  const own = constraintsOf(member);
  const sensitive = member.traits.has(T.sensitive);
  const scalar = !("members" in target);
  if (!scalar || (tf === undefined && own === undefined && !sensitive)) return ref(member.target);
  const entries = scalarEntries(target).filter(([k]) => k !== "tf" && k !== "c" && k !== "sensitive");
  return obj([
    ...entries,
    ["tf", tf ?? traitString(target, T.timestampFormat)],
    ["sensitive", sensitive || target.traits.has(T.sensitive) ? true : undefined],
    ["c", constraintsLit(mergeConstraints(constraintsOf(target), own))],
  ]);
}

/** A member of a structure, union or error. */
function memberSchema(ctx: ServiceContext, m: MemberShape, ref: (target: string) => Lit, greedy: ReadonlySet<string>): Lit {
  const target = ctx.shape(m.target);
  const bindings = ctx.protocol.httpBindings;
  const defaultValue = m.traits.get(T.default);
  const own = constraintsOf(m);
  return obj([
    ["name", m.name],
    ["target", ref(m.target)],
    ["jsonName", bindings ? traitString(m, T.jsonName) : undefined],
    ["http", httpBinding(m, bindings, greedy)],
    ["required", m.traits.has(T.required) && !m.traits.has(T.clientOptional) ? true : undefined],
    ["idempotencyToken", m.traits.has(T.idempotencyToken) ? true : undefined],
    ["tf", traitString(m, T.timestampFormat)],
    // A @clientOptional member is optional to clients whatever its default: they neither send nor fill that default.
    ["default", defaultValue === undefined || defaultValue === null || m.traits.has(T.clientOptional) ? undefined : fromNode(defaultValue)],
    ["sensitive", m.traits.has(T.sensitive) || target.traits.has(T.sensitive) ? true : undefined],
    // Without constraints of its own, the member's are its target's, which the target's schema already holds.
    ["c", own ? constraintsLit(mergeConstraints(constraintsOf(target), own)) : undefined],
    ["event", m.traits.has(T.eventHeader) ? "header" : m.traits.has(T.eventPayload) ? "payload" : undefined],
  ]);
}

function fromNode(v: unknown): Lit {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(fromNode);
  return obj(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromNode(x)] as [string, Lit]));
}

/**
 * The HTTP binding of a member (protocols with HTTP bindings), else its host label (every protocol; the codec keeps
 * it in the body too).
 */
function httpBinding(m: MemberShape, bindings: boolean, greedy: ReadonlySet<string>): Lit | undefined {
  const hostLabel = m.traits.has(T.hostLabel) ? obj([["in", "hostLabel"]]) : undefined;
  if (!bindings) return hostLabel;
  if (m.traits.has(T.httpLabel))
    return obj([
      ["in", "label"],
      ["greedy", greedy.has(m.id) ? true : undefined],
    ]);
  const query = traitString(m, T.httpQuery);
  if (query !== undefined)
    return obj([
      ["in", "query"],
      ["name", query],
    ]);
  if (m.traits.has(T.httpQueryParams)) return obj([["in", "queryParams"]]);
  const header = traitString(m, T.httpHeader);
  if (header !== undefined)
    return obj([
      ["in", "header"],
      ["name", header],
    ]);
  const prefix = traitString(m, T.httpPrefixHeaders);
  if (prefix !== undefined)
    return obj([
      ["in", "prefixHeaders"],
      ["prefix", prefix],
    ]);
  if (m.traits.has(T.httpPayload)) return obj([["in", "payload"]]);
  if (m.traits.has(T.httpResponseCode)) return obj([["in", "responseCode"]]);
  return hostLabel;
}

/** Member ids of input labels that some operation's URI binds greedily (`{name+}`). */
function greedyLabels(ctx: ServiceContext): Set<string> {
  const out = new Set<string>();
  for (const op of ctx.operations) {
    const uri = propString(traitObject(op, T.http), "uri");
    if (uri === undefined || isUnit(op.input)) continue;
    for (const m of membersOf(ctx.shape(op.input))) if (uri.includes(`{${m.name}+}`)) out.add(m.id);
  }
  return out;
}

interface ConstraintValues {
  length?: [number | undefined, number | undefined];
  range?: [number | undefined, number | undefined];
  pattern?: string;
  uniqueItems?: true;
}

/** The constraint traits on a shape or member, or undefined when it has none. */
function constraintsOf(s: Shape | MemberShape): ConstraintValues | undefined {
  const c: ConstraintValues = {};
  const length = traitObject(s, T.length);
  if (length) c.length = [propNumber(length, "min"), propNumber(length, "max")];
  const range = traitObject(s, T.range);
  if (range) c.range = [propNumber(range, "min"), propNumber(range, "max")];
  const pattern = traitString(s, T.pattern);
  if (pattern !== undefined) c.pattern = pattern;
  if (s.traits.has(T.uniqueItems)) c.uniqueItems = true;
  return Object.keys(c).length > 0 ? c : undefined;
}

/** Member constraints over target constraints, key by key. */
function mergeConstraints(target: ConstraintValues | undefined, member: ConstraintValues | undefined): ConstraintValues | undefined {
  if (!target) return member;
  if (!member) return target;
  return { ...target, ...member };
}

function constraintsLit(c: ConstraintValues | undefined): Lit | undefined {
  if (!c) return undefined;
  const bounds = (b: [number | undefined, number | undefined] | undefined): Lit | undefined =>
    b ? b.map((n) => (n === undefined ? code("undefined") : n)) : undefined;
  return obj([
    ["length", bounds(c.length)],
    ["range", bounds(c.range)],
    ["pattern", c.pattern],
    ["uniqueItems", c.uniqueItems],
  ]);
}

/** An operation's schema: input, output, error table, and protocol facts. */
function operationSchema(
  ctx: ServiceContext,
  f: GeneratedFile,
  op: OperationShape,
  ref: (target: string) => Lit,
  ruleSet: RuleSet | undefined,
): Lit {
  const http = traitObject(op, T.http);
  const endpoint = traitObject(op, T.endpoint);
  const compression = traitObject(op, T.requestCompression)?.encodings;
  const errors = ctx.errorsOf(op).map((id) => {
    const e = ctx.shape(id);
    const status = e.traits.get(T.httpError);
    return obj([
      ["schema", ref(id)],
      ["ctor", code(f.import(ctx.nameOf(id), "./models/errors.js"))],
      ["fault", faultOf(e)],
      ["status", typeof status === "number" ? status : undefined],
    ]);
  });
  return obj(
    [
      ["name", op.id.slice(op.id.indexOf("#") + 1)],
      ["input", ref(op.input)],
      ["output", ref(op.output)],
      ["errors", errors],
      [
        "http",
        ctx.protocol.httpBindings && http
          ? obj([
              ["method", propString(http, "method") ?? "POST"],
              ["uri", propString(http, "uri") ?? "/"],
              ["code", propNumber(http, "code") ?? 200],
            ])
          : undefined,
      ],
      ["hostPrefix", propString(endpoint, "hostPrefix")],
      ["checksumRequired", op.traits.has(T.httpChecksumRequired) ? true : undefined],
      ["compression", Array.isArray(compression) ? compression.filter((e): e is string => typeof e === "string") : undefined],
      ["unsignedPayload", op.traits.has(T.unsignedPayload) ? true : undefined],
      ["endpointParams", ruleSet ? operationEndpointParams(ctx, ruleSet, op) : undefined],
    ],
    true,
  );
}
