/**
 * JavaScript data literals (the schemas, the service object, example inputs) as layout docs,
 * following the formatter's rules: objects stay expanded when written expanded, arrays of
 * several multi-key objects break one per line, number arrays fill lines, and a long string
 * value moves below its key unless the key is short.
 */
import { type Doc, fill, group, ifBreak, indent, join, line, softline } from "./doc.js";
import { propertyKey } from "./identifiers.js";

/** A literal value: JSON data, an object literal, or a piece of code (an identifier, a thunk). */
export type Lit = null | boolean | number | string | readonly Lit[] | ObjectLit | CodeLit;

/** An object literal; `expanded` keeps it on several lines even when it would fit on one. */
export interface ObjectLit {
  readonly kind: "object";
  readonly entries: readonly ObjectEntry[];
  readonly expanded: boolean;
}

/** A `key: value` entry, or a spread (`...init`). */
export type ObjectEntry = readonly [key: string, value: Lit] | { readonly spread: Doc };

/** Code printed as is (an identifier, an arrow function, a `new` expression). */
export interface CodeLit {
  readonly kind: "code";
  readonly doc: Doc;
}

/** Builds an object literal, dropping entries whose value is undefined. */
export function obj(entries: readonly (readonly [string, Lit | undefined] | { readonly spread: Doc })[], expanded = false): ObjectLit {
  const kept: ObjectEntry[] = [];
  for (const e of entries) {
    if ("spread" in e) kept.push(e);
    else if (e[1] !== undefined) kept.push([e[0], e[1]]);
  }
  return { kind: "object", entries: kept, expanded };
}

/** Wraps code to be printed as is. */
export function code(doc: Doc): CodeLit {
  return { kind: "code", doc };
}

/** Converts plain JSON-like data (a trait or default value) to a literal. */
export function fromData(value: unknown): Lit {
  if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(fromData);
  if (typeof value === "object") {
    return obj(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromData(v)] as const));
  }
  throw new TypeError(`Cannot print a ${typeof value} as a literal.`);
}

/** A string literal in the formatter's style: double quotes unless that needs more escapes than single quotes. */
export function stringLiteral(value: string): string {
  let doubles = 0;
  let singles = 0;
  for (const ch of value) {
    if (ch === '"') doubles++;
    else if (ch === "'") singles++;
  }
  const json = JSON.stringify(value);
  if (doubles <= singles) return json;
  // Re-quote with single quotes: unescape the double quotes, escape the single ones.
  const body = json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

/** A number literal as the formatter prints it (lower-case exponent without `+`). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot print ${value} as a number literal.`);
  return String(value).replace("e+", "e");
}

/** Lays out a literal. */
export function litDoc(lit: Lit): Doc {
  if (lit === null) return "null";
  if (typeof lit === "boolean") return String(lit);
  if (typeof lit === "number") return numberLiteral(lit);
  if (typeof lit === "string") return stringLiteral(lit);
  if (isLitArray(lit)) return arrayDoc(lit);
  if (lit.kind === "code") return lit.doc;
  return objectDoc(lit);
}

function isLitArray(lit: Lit): lit is readonly Lit[] {
  return Array.isArray(lit);
}

function isObjectLit(lit: Lit): lit is ObjectLit {
  return typeof lit === "object" && lit !== null && !Array.isArray(lit) && (lit as ObjectLit).kind === "object";
}

function arrayDoc(items: readonly Lit[]): Doc {
  if (items.length === 0) return "[]";
  if (items.every((i) => typeof i === "number")) {
    const parts: Doc[] = [];
    items.forEach((item, i) => {
      if (i > 0) parts.push([",", line]);
      parts.push(litDoc(item));
    });
    return group(["[", indent([softline, fill(parts)]), ifBreak(","), softline, "]"]);
  }
  return group(["[", indent([softline, join([",", line], items.map(litDoc))]), ifBreak(","), softline, "]"], breaksPerItem(items));
}

/** Several objects (or arrays) of more than one entry each print one per line. */
function breaksPerItem(items: readonly Lit[]): boolean {
  if (items.length < 2) return false;
  const first = items[0] as Lit;
  if (isObjectLit(first)) return items.every((i) => isObjectLit(i) && i.entries.length > 1);
  if (isLitArray(first)) return items.every((i) => isLitArray(i) && i.length > 1);
  return false;
}

function objectDoc(o: ObjectLit): Doc {
  if (o.entries.length === 0) return "{}";
  const props = o.entries.map(entryDoc);
  return group(["{", indent([line, join([",", line], props)]), ifBreak(","), line, "}"], o.expanded);
}

/** Keys at most this wide keep a long string value on their own line. */
const SHORT_KEY = 4;

function entryDoc(e: ObjectEntry): Doc {
  if ("spread" in e) return ["...", e.spread];
  const [name, value] = e;
  const key = propertyKey(name);
  if (typeof value === "string" && key.length > SHORT_KEY) {
    return group([key, ":", group(indent([line, litDoc(value)]))]);
  }
  return [key, ": ", litDoc(value)];
}
