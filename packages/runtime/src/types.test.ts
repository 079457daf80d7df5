import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL(".", import.meta.url));

/** Type-checks `code` as a module in src/ with the package's compiler options; returns the error messages. */
function typeErrors(code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(srcDir, "../tsconfig.json"),
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  )!;
  const file = join(srcDir, "type-check-probe.ts");
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, code, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("public types", () => {
  it("send() infers the output, and a command only goes through its own service's client", () => {
    const errors = typeErrors(`
      import { Client, Command, type MetadataBearer, type ServiceSchema } from "./index.js";
      declare const service: ServiceSchema;
      interface Out extends MetadataBearer { readonly y: number }
      class AClient extends Client<"A"> { constructor() { super({ region: "us-east-1" }, service); } }
      class ACommand extends Command<{ x: string }, Out, "A"> {}
      class BCommand extends Command<{ x: string }, Out, "B"> {}
      declare const op: ACommand["schema"];
      export async function use(): Promise<number> {
        const client = new AClient();
        const out = await client.send(new ACommand({ x: "1" }, op), { abortSignal: AbortSignal.timeout(1) });
        const code: number | undefined = out.$metadata.httpStatusCode;
        // @ts-expect-error a command of service B cannot be sent through a client of service A
        await client.send(new BCommand({ x: "1" }, op));
        // @ts-expect-error the input type is checked
        new ACommand({ x: 1 }, op);
        return out.y + (code ?? 0);
      }
    `);
    expect(errors).toEqual([]);
  });
});
