/** Emits `commands/<Op>Command.ts`: the command class of one operation with its input and output types. */
import type { MemberShape, OperationShape } from "../model/shape.js";
import { group, indent, join, line, softline } from "../printer/doc.js";
import { GeneratedFile, LINE_WIDTH } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { firstSentence } from "../printer/markup.js";
import { markdownOf } from "./docs.js";
import { baseExceptionName, faultOf } from "./errors.js";
import { commandName, exampleProgramLines } from "./example-call.js";
import { RUNTIME } from "./runtime.js";
import { operationSchemaName } from "./schemas.js";
import { isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { isOptionalMember } from "./structures.js";
import { T } from "./traits.js";
import { directionOf, typeOf } from "./ts-types.js";

/** The `@throws` tags of an operation: each modeled error, then the service's base exception. */
export function throwsTags(ctx: ServiceContext, op: OperationShape): string[] {
  const tags = ctx.errorsOf(op).map((id) => {
    const e = ctx.shape(id);
    const status = e.traits.get(T.httpError);
    const facts = typeof status === "number" ? `${faultOf(e)} fault, HTTP ${status}` : `${faultOf(e)} fault`;
    const doc = markdownOf(e);
    return `@throws {@link ${ctx.nameOf(id)}} (${facts})${doc ? ` ${firstSentence(doc)}` : ""}`;
  });
  tags.push(`@throws {@link ${baseExceptionName(ctx)}} Any other error the service returns.`);
  return tags;
}

/** The `@streaming` blob member of an input structure that outputs use too (its type there is the output's), if any. */
function sharedStreamingBlob(ctx: ServiceContext, op: OperationShape): MemberShape | undefined {
  if (isUnit(op.input) || directionOf(ctx, op.input) === "input") return undefined;
  return membersOf(ctx.shape(op.input)).find((m) => {
    const target = ctx.model.shapes.get(m.target);
    return target?.type === "blob" && target.traits.has(T.streaming);
  });
}

/** True when the operation can be called with an empty input. */
export function inputIsOptional(ctx: ServiceContext, op: OperationShape): boolean {
  return isUnit(op.input) || membersOf(ctx.shape(op.input)).every(isOptionalMember);
}

/** Emits `src/commands/<Op>Command.ts`. */
export function emitCommand(ctx: ServiceContext, op: OperationShape, path: string): GeneratedFile {
  const name = commandName(op);
  const inputName = `${name}Input`;
  const outputName = `${name}Output`;
  const ids = [op.id, ...(isUnit(op.input) ? [] : [op.input]), ...(isUnit(op.output) ? [] : [op.output])];
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf(ids) });
  for (const n of [name, inputName, outputName]) f.declare(n);
  const structures = "../models/structures.js";

  f.printDoc(`Input of {@link ${name}}.`);
  const streamed = sharedStreamingBlob(ctx, op);
  if (isUnit(op.input)) f.print(`export type ${inputName} = Record<string, never>;`);
  else if (streamed) {
    // The input structure is also an output, where its streaming blob is a stream to read: here it is one to send.
    const optional = isOptionalMember(streamed);
    f.print(
      `export interface ${inputName} extends Omit<`,
      f.importType(ctx.nameOf(op.input), structures),
      `, ${JSON.stringify(streamed.name)}> {`,
    );
    f.print(
      "  ",
      propertyKey(streamed.name),
      optional ? "?: " : ": ",
      typeOf(ctx, f, "structures", streamed.target, "input"),
      optional ? " | undefined" : "",
      ";",
    );
    f.print("}");
  } else f.print(`export interface ${inputName} extends `, f.importType(ctx.nameOf(op.input), structures), " {}");
  f.print();
  f.printDoc(`Output of {@link ${name}}, with response metadata.`);
  const metadata = f.importType("MetadataBearer", RUNTIME);
  if (isUnit(op.output)) f.print(`export interface ${outputName} extends `, metadata, " {}");
  else {
    f.print(
      group([
        `export interface ${outputName}`,
        indent([line, "extends ", f.importType(ctx.nameOf(op.output), structures), ",", indent([line, metadata])]),
        " {}",
      ]),
    );
  }
  f.print();

  const example = ["@example", "```ts", ...exampleProgramLines(ctx, op, LINE_WIDTH - 3), "```"].join("\n");
  f.printDoc(markdownOf(op), [example, ...throwsTags(ctx, op), `@generated from ${op.id}`]);
  const typeArgs = [inputName, outputName, JSON.stringify(ctx.sdkId)];
  f.print(
    group([
      `export class ${name} extends `,
      f.import("Command", RUNTIME),
      "<",
      indent([softline, join([",", line], typeArgs)]),
      softline,
      "> {",
    ]),
  );
  f.printDoc("Creates the command with its input; send it with the client's `send()`.", [], "  ");
  f.print(`  constructor(input: ${inputName}${inputIsOptional(ctx, op) ? " = {}" : ""}) {`);
  f.print("    super(input, ", f.import(operationSchemaName(op), "../schemas.js"), ");");
  f.print("  }");
  f.print("}");
  return f;
}
