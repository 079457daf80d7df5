/**
 * The generator core: a pure function from a loaded model and the clients to generate to
 * the files of each client package. No file system, no clock: the same input always gives
 * the same files, byte for byte.
 */
import { posix } from "node:path";
import { emitClient } from "./emit/client.js";
import { emitCommand } from "./emit/command.js";
import { endpointRuleSetOf } from "./emit/endpoint-bindings.js";
import { emitEndpointResolver } from "./emit/endpoint-resolver.js";
import { emitEnums } from "./emit/enums.js";
import { emitErrors } from "./emit/errors.js";
import { clientName, commandName } from "./emit/example-call.js";
import { emitIndex } from "./emit/index-file.js";
import { emitPackageJson, emitTsconfig } from "./emit/package-files.js";
import { emitReadme } from "./emit/readme.js";
import { emitSchemas } from "./emit/schemas.js";
import { emitService } from "./emit/service.js";
import { type ClientOptions, createServiceContext, GenerateError, type ServiceContext } from "./emit/service-context.js";
import { emitStructures } from "./emit/structures.js";
import { T } from "./emit/traits.js";
import type { Model } from "./model/shape.js";
import type { GeneratedFile } from "./printer/generated-file.js";

export type { ClientOptions } from "./emit/service-context.js";
export { GenerateError } from "./emit/service-context.js";

/** What to generate. */
export interface GenerateOptions {
  /** One entry per client package. */
  readonly clients: readonly ClientOptions[];
  /**
   * The shared strict tsconfig that each package's tsconfig.json extends, relative to the same
   * root as the clients' `dir` (default `tsconfig.base.json`).
   */
  readonly tsconfigBase?: string;
}

/** The files of every requested client, in a stable order (by client, then path). */
export function generate(model: Model, options: GenerateOptions): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const dirs = new Set<string>();
  for (const client of options.clients) {
    const dir = normalizeDir(client.dir);
    if (dirs.has(dir)) throw new GenerateError(`Two clients are generated into "${dir}".`);
    dirs.add(dir);
    files.push(...generateClient(model, { ...client, dir }, options.tsconfigBase ?? "tsconfig.base.json"));
  }
  return files;
}

function normalizeDir(dir: string): string {
  const d = posix.normalize(dir.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (d === "" || d === ".") throw new GenerateError(`A client's dir must name a package folder, not "${dir}".`);
  return d;
}

/** The files of one client package. */
function generateClient(model: Model, client: ClientOptions, tsconfigBase: string): GeneratedFile[] {
  const ctx = createServiceContext(model, client);
  const src = `${client.dir}/src`;
  const modules: string[] = [clientName(ctx), "service", "schemas", "models/enums", "models/structures", "models/errors"];
  const files: GeneratedFile[] = [
    emitClient(ctx, `${src}/${clientName(ctx)}.ts`),
    emitService(ctx, `${src}/service.ts`),
    emitSchemas(ctx, `${src}/schemas.ts`),
    emitEnums(ctx, `${src}/models/enums.ts`),
    emitStructures(ctx, `${src}/models/structures.ts`),
    emitErrors(ctx, `${src}/models/errors.ts`),
  ];
  if (endpointRuleSetOf(ctx)) {
    // Not re-exported by index.ts: the service schema refers to it, users need not.
    const sources = ctx.sourcesOf([ctx.service.id]);
    const ruleSet = ctx.service.traits.get(T.endpointRuleSet);
    files.push(
      emitEndpointResolver(ruleSet, {
        path: `${src}/endpoint/resolve-endpoint.ts`,
        prefix: ctx.prefix,
        serviceId: ctx.service.id,
        sources,
      }),
    );
  }
  for (const op of ctx.operations) {
    const name = commandName(op);
    modules.push(`commands/${name}`);
    files.push(emitCommand(ctx, op, `${src}/commands/${name}.ts`));
  }
  checkExportedNames(ctx, files);
  files.push(emitIndex(`${src}/index.ts`, modules, ctx.sourcesOf([ctx.service.id])));
  files.push(emitPackageJson(ctx, `${client.dir}/package.json`));
  files.push(emitTsconfig(`${client.dir}/tsconfig.json`, posix.relative(client.dir, tsconfigBase)));
  files.push(emitReadme(ctx, `${client.dir}/README.md`));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** index.ts re-exports every module with `export *`: a name exported by two modules would be ambiguous. */
function checkExportedNames(ctx: ServiceContext, files: readonly GeneratedFile[]): void {
  const owner = new Map<string, string>();
  for (const f of files) {
    for (const m of f.content.matchAll(/^export (?:const|class|interface|type) ([A-Za-z_$][\w$]*)/gm)) {
      const name = m[1] as string;
      const prev = owner.get(name);
      // An enum is a const and a type of the same name in the same file.
      if (prev !== undefined && prev !== f.path) {
        throw new GenerateError(
          `Service "${ctx.service.id}": "${name}" would be exported by both ${prev} and ${f.path}; rename the shape in the service's rename map.`,
        );
      }
      owner.set(name, f.path);
    }
  }
}
