/** Helpers for node values: located AST nodes (trait values as written) and plain semantic `Node`s. */
import type { NodeValue, ObjectNode, StringNode } from "../idl/ast.js";
import type { Loc } from "../idl/location.js";
import type { Node } from "./shape.js";

/** A synthetic quoted string node (doc comments, elided enum values). */
export function stringNode(value: string, loc: Loc): StringNode {
  return { kind: "string", value, form: "quoted", loc };
}

/** A synthetic empty object node (`@input` on inline structures, `@uniqueItems` for `set`). */
export function emptyObjectNode(loc: Loc): ObjectNode {
  return { kind: "object", entries: [], loc };
}

/** Deep structural equality of plain nodes (object key order does not matter). */
export function nodeEquals(a: Node, b: Node): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => nodeEquals(x, b[i] as Node));
  }
  const ao = a as { readonly [key: string]: Node };
  const bo = b as { readonly [key: string]: Node };
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((k) => Object.hasOwn(bo, k) && nodeEquals(ao[k] as Node, bo[k] as Node));
}

/** Short text of a value for messages: strings quoted, numbers and keywords as is, containers by kind. */
export function describeValue(node: NodeValue): string {
  switch (node.kind) {
    case "string":
      return JSON.stringify(node.value);
    case "number":
      return node.raw;
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    default:
      return node.kind;
  }
}
