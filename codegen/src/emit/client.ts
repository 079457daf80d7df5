/** Emits `<SdkId>Client.ts`: the bare client class, which imports no command. */
import { GeneratedFile } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { clientFeatures } from "./customizations.js";
import { declarationTags, markdownOf } from "./docs.js";
import { endpointOptions, endpointRuleSetOf } from "./endpoint-bindings.js";
import { clientName } from "./example-call.js";
import { RUNTIME } from "./runtime.js";
import { serviceConstName } from "./service.js";
import type { ServiceContext } from "./service-context.js";

/** Emits `src/<SdkId>Client.ts`. */
export function emitClient(ctx: ServiceContext, path: string): GeneratedFile {
  const name = clientName(ctx);
  const config = `${name}Config`;
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf([ctx.service.id]) });
  f.declare(name);
  f.declare(config);
  f.printDoc(`Configuration of {@link ${name}}: region, credentials, endpoint, retries, HTTP handler and logging.`);
  const ruleSet = endpointRuleSetOf(ctx);
  const options = ruleSet ? endpointOptions(ctx, ruleSet) : [];
  f.print(`export interface ${config} extends `, f.importType("ClientConfig", RUNTIME), options.length === 0 ? " {}" : " {");
  for (const o of options) {
    f.printDoc(`${o.documentation} (An endpoint rule-set parameter.)`, [], "  ");
    f.print(`  readonly ${propertyKey(o.name)}?: ${o.type} | `, f.importType("Provider", RUNTIME), `<${o.type}> | undefined;`);
  }
  if (options.length > 0) f.print("}");
  f.print();
  const usage = `Send commands with \`client.send(new XCommand(input))\`; import only the commands you use, so bundles hold only those.`;
  const doc = markdownOf(ctx.service);
  f.printDoc(doc === undefined ? usage : `${doc}\n\n${usage}`, declarationTags(ctx.service));
  f.print(`export class ${name} extends `, f.import("Client", RUNTIME), `<${JSON.stringify(ctx.sdkId)}> {`);
  f.printDoc("Creates a client; region, credentials and endpoint are resolved on the first `send()`.", [], "  ");
  f.print(`  constructor(config: ${config} = {}) {`);
  f.print("    super(config, ", f.import(serviceConstName(ctx), "./service.js"), ");");
  for (const feature of clientFeatures(ctx)) {
    f.print("    ", f.import(feature.fn, RUNTIME), feature.withConfig ? "(this.middlewareStack, config);" : "(this.middlewareStack);");
  }
  f.print("  }");
  f.print("}");
  return f;
}
