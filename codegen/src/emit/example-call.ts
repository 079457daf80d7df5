/** The example call of an operation (`await client.send(new XCommand({...}))`), as lines of code for docs. */
import type { OperationShape } from "../model/shape.js";
import { type Doc, group, ifBreak, indent, printDoc, softline } from "../printer/doc.js";
import { type Lit, litDoc } from "../printer/literal.js";
import { exampleInput } from "./example-value.js";
import type { ServiceContext } from "./service-context.js";

/** The name of an operation's command class. */
export function commandName(op: OperationShape): string {
  return `${op.id.slice(op.id.indexOf("#") + 1)}Command`;
}

/** The name of the client class. */
export function clientName(ctx: ServiceContext): string {
  return `${ctx.prefix}Client`;
}

/** `const output = await client.send(new XCommand({ … }));`, laid out within `width` columns. */
export function exampleSendLines(ctx: ServiceContext, op: OperationShape, width: number, input: Lit = exampleInput(ctx, op)): string[] {
  const call: Doc = ["new ", commandName(op), "(", litDoc(input), ")"];
  const statement = group(["const output = await client.send(", indent([softline, call]), ifBreak(","), softline, ");"]);
  return printDoc(statement, width).split("\n");
}

/** The whole example: import, client, call. */
export function exampleProgramLines(ctx: ServiceContext, op: OperationShape, width: number): string[] {
  return [
    `import { ${clientName(ctx)}, ${commandName(op)} } from ${JSON.stringify(ctx.options.package)};`,
    "",
    `const client = new ${clientName(ctx)}({ region: "us-east-1" });`,
    ...exampleSendLines(ctx, op, width),
  ];
}
