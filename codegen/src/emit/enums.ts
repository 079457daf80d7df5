/** Emits `models/enums.ts`: each enum and intEnum as a const object `as const` plus a type of the same name. */
import type { Shape } from "../model/shape.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { litDoc } from "../printer/literal.js";
import { compareNatural } from "../printer/natural-compare.js";
import { declarationTags, deprecatedTag, markdownOf } from "./docs.js";
import { membersOf, type ServiceContext } from "./service-context.js";
import { T } from "./traits.js";

/** The enum and intEnum shapes of the client, sorted by name. */
export function enumShapes(ctx: ServiceContext): Shape[] {
  return [...ctx.shapes.values()]
    .filter((s) => s.type === "enum" || s.type === "intEnum")
    .sort((a, b) => compareNatural(ctx.nameOf(a.id), ctx.nameOf(b.id)));
}

/** The known values of an enum or intEnum, in declaration order. */
export function enumValues(shape: Shape): (string | number)[] {
  return membersOf(shape).map((m) => {
    const v = m.traits.get(T.enumValue);
    return typeof v === "string" || typeof v === "number" ? v : m.name;
  });
}

/** Emits `src/models/enums.ts`. */
export function emitEnums(ctx: ServiceContext, path: string): GeneratedFile {
  const shapes = enumShapes(ctx);
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf(shapes.map((s) => s.id)) });
  for (const s of shapes) {
    const name = ctx.nameOf(s.id);
    const members = membersOf(s);
    const values = enumValues(s);
    const spaced = members.some((m) => markdownOf(m) !== undefined);
    f.print();
    f.printDoc(markdownOf(s), declarationTags(s));
    f.print(`export const ${name} = {`);
    members.forEach((m, i) => {
      if (spaced && i > 0) f.print();
      f.printDoc(markdownOf(m), deprecatedTag(m), "  ");
      f.print(`  ${propertyKey(m.name)}: `, litDoc(values[i] as string | number), ",");
    });
    f.print("} as const;");
    const plain = s.type === "intEnum" ? "number" : "string";
    f.printDoc(`One of the values of {@link ${name}} (a value the service adds later still parses, as a plain ${plain}).`);
    f.print(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
  }
  if (shapes.length === 0) f.print("export {};");
  return f;
}
