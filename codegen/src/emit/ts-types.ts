/** The TypeScript type a member's target maps to, importing the generated types it names. */
import type { Doc } from "../printer/doc.js";
import type { GeneratedFile } from "../printer/generated-file.js";
import { RUNTIME } from "./runtime.js";
import { isErrorShape, type ServiceContext } from "./service-context.js";
import { T, UNIT } from "./traits.js";

/** Which generated module a type is printed in, so types it names are imported from the right place. */
export type TypeSite = "structures" | "errors";

/** Whether the type describes data sent (blobs may then be strings), received, or both. */
export type Direction = "input" | "output";

/** The name structures.ts gives the JSON document type (a shape may already use `DocumentType`). */
export function documentTypeName(ctx: ServiceContext): string {
  const taken = new Set([...ctx.shapes.keys()].map((id) => ctx.nameOf(id)));
  for (const candidate of ["DocumentType", "SmithyDocument", "SmithyDocumentType"]) if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`DocumentType${n}`)) n++;
  return `DocumentType${n}`;
}

/** True when any member reachable by the service targets a document. */
export function usesDocuments(ctx: ServiceContext): boolean {
  for (const s of ctx.shapes.values()) {
    if (s.type === "document") return true;
    if ("members" in s) for (const m of s.members.values()) if (ctx.model.shapes.get(m.target)?.type === "document") return true;
  }
  return false;
}

/** Is a structure sent only (reachable from inputs but not outputs)? Then its blobs also accept strings. */
export function directionOf(ctx: ServiceContext, shapeId: string): Direction {
  return ctx.inputReach.has(shapeId) && !ctx.outputReach.has(shapeId) ? "input" : "output";
}

/** Global types a shape of the service may shadow: they are then written through `globalThis`. */
function globalType(ctx: ServiceContext, name: "Date" | "Uint8Array"): string {
  for (const id of ctx.shapes.keys()) if (ctx.nameOf(id) === name) return `globalThis.${name}`;
  return name;
}

/** The type of a value of shape `target`, as printed in file `f` (at `site`), for data going `direction`. */
export function typeOf(ctx: ServiceContext, f: GeneratedFile, site: TypeSite, target: string, direction: Direction): Doc {
  if (target === UNIT) return "Record<string, never>";
  const shape = ctx.shape(target);
  switch (shape.type) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return "number";
    case "timestamp":
      return globalType(ctx, "Date");
    case "blob": {
      // A @streaming payload takes and gives what the official SDK's do (bytes, text, Blobs, streams / an SDK stream).
      if (shape.traits.has(T.streaming))
        return f.importType(direction === "input" ? "StreamingBlobPayloadInputTypes" : "StreamingBlobPayloadOutputTypes", RUNTIME);
      const bytes = globalType(ctx, "Uint8Array");
      return direction === "input" ? [bytes, " | string"] : bytes;
    }
    case "document":
      return site === "structures" ? documentTypeName(ctx) : f.importType(documentTypeName(ctx), "./structures.js");
    case "enum":
    case "intEnum":
      return f.importType(ctx.nameOf(target), "./enums.js");
    case "list": {
      const member = shape.members.get("member");
      if (!member) return "unknown[]";
      const item = typeOf(ctx, f, site, member.target, direction);
      const sparse = shape.traits.has(T.sparse);
      const needsParens = sparse || (direction === "input" && ctx.model.shapes.get(member.target)?.type === "blob");
      return needsParens ? ["(", item, sparse ? " | null" : "", ")[]"] : [item, "[]"];
    }
    case "map": {
      const value = shape.members.get("value");
      const item = value ? typeOf(ctx, f, site, value.target, direction) : "unknown";
      return ["Record<string, ", item, shape.traits.has(T.sparse) ? " | null" : "", ">"];
    }
    case "structure":
    case "union": {
      const name = ctx.nameOf(target);
      // An event stream (a @streaming union) is an async iterable of its events, in and out.
      if (shape.type === "union" && shape.traits.has(T.streaming))
        return ["AsyncIterable<", site === "structures" ? name : f.importType(name, "./structures.js"), ">"];
      if (isErrorShape(shape)) return site === "errors" ? name : f.importType(name, "./errors.js");
      return site === "structures" ? name : f.importType(name, "./structures.js");
    }
    default:
      return "unknown";
  }
}
