/**
 * Example inputs for the docs (TSDoc `@example` and the README): the model's own
 * `@examples` when it has them, otherwise plausible values built from member names,
 * enums, constraints and patterns, so the example reads like a real call.
 */
import type { MemberShape, Node, OperationShape, Shape } from "../model/shape.js";
import { code, type Lit, litDoc, obj } from "../printer/literal.js";
import { enumValues } from "./enums.js";
import { samplePattern } from "./pattern-sample.js";
import { isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { propNumber, propString, T, traitObject, traitString } from "./traits.js";

/** The example input of an operation. */
export function exampleInput(ctx: ServiceContext, op: OperationShape): Lit {
  if (isUnit(op.input)) return obj([]);
  const input = ctx.shape(op.input);
  const modeled = modeledExample(op);
  if (modeled !== undefined) return fromExample(ctx, input, modeled);
  return structureExample(ctx, input, new Set(), 0, nounOf(op.id));
}

/** The input of the first `@examples` entry of an operation, if any. */
function modeledExample(op: OperationShape): Node | undefined {
  const examples = op.traits.get(T.examples);
  if (!Array.isArray(examples)) return undefined;
  for (const e of examples as readonly Node[]) {
    if (e !== null && typeof e === "object" && !Array.isArray(e)) {
      const input = (e as { readonly [k: string]: Node }).input;
      if (input !== undefined) return input;
    }
  }
  return undefined;
}

/** Converts a modeled example value, guided by its shape (timestamps become Dates, blobs byte arrays). */
function fromExample(ctx: ServiceContext, shape: Shape, value: Node): Lit {
  if (value === null) return null;
  switch (shape.type) {
    case "timestamp":
      return typeof value === "number" ? code(`new Date(${value * 1000})`) : code(`new Date(${JSON.stringify(String(value))})`);
    case "blob":
      return code(`new TextEncoder().encode(${JSON.stringify(String(value))})`);
    case "list": {
      const member = shape.members.get("member");
      return Array.isArray(value) && member ? (value as Node[]).map((v) => fromExample(ctx, ctx.shape(member.target), v)) : [];
    }
    case "map": {
      const member = shape.members.get("value");
      if (typeof value !== "object" || Array.isArray(value) || !member) return obj([]);
      return obj(Object.entries(value).map(([k, v]) => [k, fromExample(ctx, ctx.shape(member.target), v)] as const));
    }
    case "structure":
    case "union": {
      if (typeof value !== "object" || Array.isArray(value)) return obj([]);
      const members = shape.members;
      return obj(
        Object.entries(value).map(([k, v]) => {
          const m = members.get(k);
          return [k, m ? fromExample(ctx, ctx.shape(m.target), v) : plain(v)] as const;
        }),
        true,
      );
    }
    default:
      return plain(value);
  }
}

function plain(v: Node): Lit {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return (v as Node[]).map(plain);
  return obj(Object.entries(v).map(([k, x]) => [k, plain(x)] as const));
}

/** Members an example sets: the required ones (tokens the client fills in are left out), else the first one. */
function exampleMembers(shape: Shape): MemberShape[] {
  const members = membersOf(shape).filter((m) => !m.traits.has(T.idempotencyToken));
  const required = members.filter((m) => m.traits.has(T.required));
  return required.length > 0 ? required : members.slice(0, 1);
}

function structureExample(ctx: ServiceContext, shape: Shape, seen: Set<string>, depth: number, noun: string): Lit {
  if (seen.has(shape.id) || depth > 5) return obj([]);
  const inner = new Set(seen).add(shape.id);
  const entries: [string, Lit][] = [];
  if (shape.type === "union") {
    const first = membersOf(shape)[0];
    if (first) entries.push([first.name, memberExample(ctx, first, inner, depth + 1, noun)]);
  } else {
    for (const m of exampleMembers(shape)) entries.push([m.name, memberExample(ctx, m, inner, depth + 1, noun)]);
  }
  return obj(entries, entries.length > 0);
}

function memberExample(ctx: ServiceContext, m: MemberShape, seen: Set<string>, depth: number, noun: string): Lit {
  return valueExample(ctx, ctx.shape(m.target), m.name, m, seen, depth, noun);
}

function valueExample(
  ctx: ServiceContext,
  target: Shape,
  name: string,
  member: MemberShape | undefined,
  seen: Set<string>,
  depth: number,
  noun: string,
): Lit {
  switch (target.type) {
    case "enum":
    case "intEnum":
      return enumValues(target)[0] ?? null;
    case "string":
      return stringExample(ctx, target, name, member, noun);
    case "boolean":
      return true;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return numberExample(target, name, member);
    case "timestamp":
      return code('new Date("2024-01-01T00:00:00Z")');
    case "blob":
      return code('new TextEncoder().encode("example data")');
    case "document":
      return obj([["key", "value"]]);
    case "list": {
      const item = target.members.get("member");
      return item ? [valueExample(ctx, ctx.shape(item.target), singular(name), undefined, seen, depth, noun)] : [];
    }
    case "map": {
      const key = target.members.get("key");
      const value = target.members.get("value");
      if (!value) return obj([]);
      const keyShape = key ? ctx.shape(key.target) : undefined;
      const tags = /tag/i.test(name);
      const k =
        keyShape && (keyShape.type === "enum" || keyShape.type === "intEnum") ? String(enumValues(keyShape)[0]) : tags ? "team" : "key";
      const v =
        tags && ctx.shape(value.target).type === "string"
          ? "platform"
          : valueExample(ctx, ctx.shape(value.target), "value", undefined, seen, depth, noun);
      return obj([[k, v]]);
    }
    case "structure":
    case "union": {
      const value = structureExample(ctx, target, seen, depth, noun);
      // An event stream is sent from an async iterable: here, a generator yielding one event.
      if (target.type === "union" && target.traits.has(T.streaming)) return code(["(async function* () { yield ", litDoc(value), "; })()"]);
      return value;
    }
    default:
      return null;
  }
}

function numberExample(target: Shape, name: string, member: MemberShape | undefined): number {
  const range = (member && traitObject(member, T.range)) ?? traitObject(target, T.range);
  const min = propNumber(range, "min");
  const max = propNumber(range, "max");
  let n = /max|limit|size|count/i.test(name) ? 10 : 1;
  if (min !== undefined && n < min) n = min;
  if (max !== undefined && n > max) n = max;
  return n;
}

function stringExample(ctx: ServiceContext, target: Shape, name: string, member: MemberShape | undefined, noun: string): string {
  const pattern = (member && traitString(member, T.pattern)) ?? traitString(target, T.pattern);
  const length = (member && traitObject(member, T.length)) ?? traitObject(target, T.length);
  let value = guessString(ctx, name, noun);
  if (pattern !== undefined && !matches(pattern, value)) {
    // Try spellings of the guess (separators changed) before a string built from the pattern.
    const variants = [value.replace(/-/g, "_"), value.replace(/-/g, " "), value.replace(/-/g, ""), value.replace(/-/g, ".")];
    const fitting = variants.find((v) => matches(pattern, v)) ?? samplePattern(pattern);
    if (fitting !== undefined && matches(pattern, fitting)) value = fitting;
  }
  const min = propNumber(length, "min");
  const max = propNumber(length, "max");
  if (max !== undefined && value.length > max) value = value.slice(0, max);
  if (min !== undefined && value.length < min) value = value.padEnd(min, "x");
  return value;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return false;
  }
}

/** A plausible string for a member, from its name. */
function guessString(ctx: ServiceContext, name: string, noun: string): string {
  const words = splitWords(name);
  const last = words[words.length - 1] ?? "";
  const subject = words.slice(0, -1).join("-") || noun;
  const arnNs = propString(traitObject(ctx.service, T.awsService), "arnNamespace") ?? ctx.sdkId.toLowerCase().replace(/\s+/g, "-");
  if (last === "arn") {
    if (words.includes("role")) return "arn:aws:iam::123456789012:role/ExampleRole";
    return `arn:aws:${arnNs}:us-east-1:123456789012:${subject}/example-${subject}`;
  }
  if (last === "name") return `my-${subject}`;
  if (last === "id" || last === "ids") return words.includes("account") ? "123456789012" : `${subject}-0123456789abcdef`;
  if (last === "token") return "example-token";
  if (last === "description") return `An example ${subject.replace(/-/g, " ")}.`;
  if (last === "email") return "user@example.com";
  if (last === "url" || last === "uri" || last === "endpoint") return "https://example.com";
  if (last === "region") return "us-east-1";
  if (last === "account" || last === "owner" || last === "principal" || name.toLowerCase() === "sharedwith") return "123456789012";
  if (last === "version" || last === "part") return "1";
  if (last === "message") return "Example message.";
  if (last === "branch") return "main";
  return `example-${words.join("-")}`;
}

/** `profilingGroupName` → `["profiling", "group", "name"]`; `ARN` → `["arn"]`. */
function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
}

/** The noun an operation acts on: `UpdateEnvironment` → `environment`, `CreateProfilingGroup` → `profiling-group`. */
function nounOf(opId: string): string {
  const words = splitWords(opId.slice(opId.indexOf("#") + 1));
  return (words.length > 1 ? words.slice(1) : words).join("-");
}

function singular(name: string): string {
  return name.endsWith("s") && name.length > 1 ? name.slice(0, -1) : name;
}
