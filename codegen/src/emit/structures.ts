/** Emits `models/structures.ts`: one interface per structure and one discriminated union type per union (types only). */
import type { MemberShape, Shape } from "../model/shape.js";
import type { Doc } from "../printer/doc.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { compareNatural } from "../printer/natural-compare.js";
import { declarationTags, deprecatedTag, markdownOf, memberMarkdown } from "./docs.js";
import { isErrorShape, membersOf, type ServiceContext } from "./service-context.js";
import { T } from "./traits.js";
import { type Direction, directionOf, documentTypeName, typeOf, usesDocuments } from "./ts-types.js";

/** Structures and unions the client declares as types (errors are classes, in errors.ts). */
export function structureShapes(ctx: ServiceContext): Shape[] {
  return [...ctx.shapes.values()]
    .filter((s) => (s.type === "structure" && !isErrorShape(s)) || s.type === "union")
    .sort((a, b) => compareNatural(ctx.nameOf(a.id), ctx.nameOf(b.id)));
}

/** True when a member may be left out: not `@required`, or required but client-optional or filled in by the client (idempotency tokens). */
export function isOptionalMember(member: MemberShape): boolean {
  return !member.traits.has(T.required) || member.traits.has(T.clientOptional) || member.traits.has(T.idempotencyToken);
}

/** Emits `src/models/structures.ts`. */
export function emitStructures(ctx: ServiceContext, path: string): GeneratedFile {
  const shapes = structureShapes(ctx);
  const documents = usesDocuments(ctx);
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf(shapes.map((s) => s.id)) });
  for (const s of shapes) f.declare(ctx.nameOf(s.id));
  if (documents) {
    const name = documentTypeName(ctx);
    f.declare(name);
    f.printDoc("A JSON document: the value of a Smithy `document` member.");
    f.print(`export type ${name} = null | boolean | number | string | ${name}[] | { [key: string]: ${name} };`);
  }
  for (const s of shapes) {
    f.print();
    if (s.type === "union") printUnion(ctx, f, s);
    else printInterface(ctx, f, s);
  }
  if (shapes.length === 0 && !documents) f.print("export {};");
  return f;
}

/** A property line of an interface or union variant, with its doc comment. */
function printMember(ctx: ServiceContext, f: GeneratedFile, member: MemberShape, type: Doc, optional: boolean, indent: string): void {
  f.printDoc(memberMarkdown(ctx, member), deprecatedTag(member), indent);
  f.print(indent, propertyKey(member.name), optional ? "?: " : ": ", type, optional ? " | undefined" : "", ";");
}

function printInterface(ctx: ServiceContext, f: GeneratedFile, s: Shape): void {
  const name = ctx.nameOf(s.id);
  const direction: Direction = directionOf(ctx, s.id);
  const members = membersOf(s);
  f.printDoc(markdownOf(s), declarationTags(s));
  if (members.length === 0) {
    f.print("// biome-ignore lint/suspicious/noEmptyInterface: the shape has no members");
    f.print(`export interface ${name} {}`);
    return;
  }
  f.print(`export interface ${name} {`);
  const spaced = members.some((m) => memberMarkdown(ctx, m) !== undefined);
  members.forEach((m, i) => {
    if (spaced && i > 0) f.print();
    printMember(ctx, f, m, typeOf(ctx, f, "structures", m.target, direction), isOptionalMember(m), "  ");
  });
  f.print("}");
}

/**
 * A union is a discriminated union of object types: each variant sets exactly one member,
 * the others are `?: never`; the last variant carries an unknown member as `$unknown`.
 */
function printUnion(ctx: ServiceContext, f: GeneratedFile, s: Shape): void {
  const name = ctx.nameOf(s.id);
  const direction = directionOf(ctx, s.id);
  const members = membersOf(s);
  f.printDoc(markdownOf(s), declarationTags(s));
  f.print(`export type ${name} =`);
  const variants = [...members.map((m) => m.name), "$unknown"];
  variants.forEach((active, vi) => {
    f.print("  | {");
    for (const m of members) {
      if (m.name === active) printMember(ctx, f, m, typeOf(ctx, f, "structures", m.target, direction), false, "      ");
      else f.print(`      ${propertyKey(m.name)}?: never;`);
    }
    f.print(active === "$unknown" ? "      $unknown: [string, any];" : "      $unknown?: never;");
    f.print(vi === variants.length - 1 ? "    };" : "    }");
  });
}
