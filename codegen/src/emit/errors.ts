/** Emits `models/errors.ts`: the service's base exception and one class per modeled error. */
import type { Shape } from "../model/shape.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { litDoc, obj } from "../printer/literal.js";
import { compareNatural } from "../printer/natural-compare.js";
import { declarationTags, deprecatedTag, markdownOf, memberMarkdown } from "./docs.js";
import { RUNTIME } from "./runtime.js";
import { isErrorShape, membersOf, type ServiceContext } from "./service-context.js";
import { isOptionalMember } from "./structures.js";
import { T, traitObject, traitString } from "./traits.js";
import { typeOf } from "./ts-types.js";

/** Members the base exception already has (or reserves); a modeled member of the same name is not redeclared. */
const INHERITED = new Set(["name", "message", "stack", "cause", "$fault", "$metadata", "$response", "$retryable"]);

/** The modeled errors of the client, sorted by name. */
export function errorShapes(ctx: ServiceContext): Shape[] {
  return [...ctx.shapes.values()].filter(isErrorShape).sort((a, b) => compareNatural(ctx.nameOf(a.id), ctx.nameOf(b.id)));
}

/** The name of the service's base exception class, e.g. `ProtonServiceException`. */
export function baseExceptionName(ctx: ServiceContext): string {
  return `${ctx.prefix}ServiceException`;
}

/** `client` or `server`, from the `@error` trait. */
export function faultOf(shape: Shape): "client" | "server" {
  return traitString(shape, T.error) === "server" ? "server" : "client";
}

/** Emits `src/models/errors.ts`. */
export function emitErrors(ctx: ServiceContext, path: string): GeneratedFile {
  const shapes = errorShapes(ctx);
  const base = baseExceptionName(ctx);
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf([ctx.service.id, ...shapes.map((s) => s.id)]) });
  f.declare(base);
  for (const s of shapes) f.declare(ctx.nameOf(s.id));

  f.printDoc(
    `The base class of every error of ${ctx.sdkId}. An error the model does not declare arrives as an instance of it, named after its error code.`,
  );
  f.print(`export class ${base} extends `, f.import("ServiceException", RUNTIME), " {");
  f.printDoc("Builds the exception from its name, fault, response facts and modeled members.", [], "  ");
  f.print("  constructor(init: ", f.importType("ServiceExceptionInit", RUNTIME), ") {");
  f.print("    super(init);");
  f.print("  }");
  f.print("}");

  for (const s of shapes) {
    const name = ctx.nameOf(s.id);
    const fault = faultOf(s);
    f.print();
    f.printDoc(markdownOf(s), declarationTags(s));
    f.print(`export class ${name} extends ${base} {`);
    f.print(`  declare readonly name: ${JSON.stringify(name)};`);
    f.print(`  declare readonly $fault: ${JSON.stringify(fault)};`);
    for (const m of membersOf(s)) {
      if (INHERITED.has(m.name)) continue;
      const optional = isOptionalMember(m);
      f.printDoc(memberMarkdown(ctx, m), deprecatedTag(m), "  ");
      f.print(
        `  declare readonly ${propertyKey(m.name)}`,
        optional ? "?: " : ": ",
        typeOf(ctx, f, "errors", m.target, "output"),
        optional ? " | undefined" : "",
        ";",
      );
    }
    f.printDoc("Builds the error; the client does so when the service returns it.", [], "  ");
    f.print("  constructor(init: ", f.importType("ExceptionInit", RUNTIME), `<${name}>) {`);
    const retryable = traitObject(s, T.retryable) ?? (s.traits.has(T.retryable) ? {} : undefined);
    const init = obj([
      { spread: "init" },
      ["name", name],
      ["$fault", fault],
      ["$retryable", retryable === undefined ? undefined : obj([["throttling", retryable.throttling === true]])],
    ]);
    f.print("    super(", litDoc(init), ");");
    f.print("  }");
    f.print("}");
  }
  return f;
}
