/** Emits `service.ts`: the ServiceSchema constant (identity, signing name, protocol codec, base error). */

import { type Doc, join } from "../printer/doc.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { code, litDoc, obj, stringLiteral } from "../printer/literal.js";
import { usesStreams } from "./codec-features.js";
import { endpointRuleSetOf, endpointRulesLit } from "./endpoint-bindings.js";
import { RESOLVER_FN } from "./endpoint-resolver.js";
import { baseExceptionName } from "./errors.js";
import { RUNTIME } from "./runtime.js";
import type { ServiceContext } from "./service-context.js";
import { propString, T, traitObject } from "./traits.js";

/** The name of the service constant, e.g. `Proton$service`. */
export function serviceConstName(ctx: ServiceContext): string {
  return `${ctx.prefix}$service`;
}

/** `aws.api#service` endpointPrefix, else the sdkId in lower case with dashes. */
export function endpointPrefixOf(ctx: ServiceContext): string {
  return propString(traitObject(ctx.service, T.awsService), "endpointPrefix") ?? ctx.sdkId.toLowerCase().replace(/\s+/g, "-");
}

/** The title of the service (`@title`), else its sdkId. */
export function serviceTitle(ctx: ServiceContext): string {
  const title = ctx.service.traits.get(T.title);
  return typeof title === "string" ? title : ctx.sdkId;
}

/** The codec features that are JSON value codecs (shared with event-stream bodies). */
const VALUE_FEATURES: ReadonlySet<string> = new Set(["blobs", "timestamps", "collections"]);

/**
 * The service's protocol codec (its row of the protocol table): the prebuilt codec when the service needs every
 * optional feature, else the factory given only the features it needs, so its bundles carry no code for the others.
 * A service with streaming members wraps it in `withStreams`.
 */
function protocolCode(ctx: ServiceContext, f: GeneratedFile): Doc {
  const row = ctx.protocol;
  const needed = row.features.filter((feature) => feature.needed(ctx));
  const codec: Doc =
    needed.length === row.features.length
      ? f.import(row.codec, RUNTIME)
      : [
          "/* @__PURE__ */ ",
          f.import(row.factory, RUNTIME),
          "(",
          join(", ", [...row.factoryArgs.map(stringLiteral), litDoc(obj(needed.map((x) => [x.key, code(f.import(x.runtime, RUNTIME))])))]),
          ")",
        ];
  if (!usesStreams(ctx)) return codec;
  // Event-stream bodies encode and decode their events with the same JSON value codecs as the protocol.
  const values = needed.filter((x) => VALUE_FEATURES.has(x.key)).map((x) => [x.key, code(f.import(x.runtime, RUNTIME))] as const);
  return ["/* @__PURE__ */ ", f.import("withStreams", RUNTIME), "(", codec, ", ", litDoc(obj(values)), ")"];
}

/** Emits `src/service.ts`. */
export function emitService(ctx: ServiceContext, path: string): GeneratedFile {
  const name = serviceConstName(ctx);
  const f = new GeneratedFile(path, { sources: ctx.sourcesOf([ctx.service.id]) });
  f.declare(name);
  const endpointPrefix = endpointPrefixOf(ctx);
  const ruleSet = endpointRuleSetOf(ctx);
  const value = obj(
    [
      ["id", ctx.service.id],
      ["sdkId", ctx.sdkId],
      ["endpointPrefix", endpointPrefix],
      ["signingName", propString(traitObject(ctx.service, T.sigv4), "name") ?? endpointPrefix],
      ["version", ctx.service.version ?? ""],
      ["protocol", code(protocolCode(ctx, f))],
      ["targetPrefix", ctx.service.id.slice(ctx.service.id.indexOf("#") + 1)],
      ["baseError", code(f.import(baseExceptionName(ctx), "./models/errors.js"))],
      ["endpointRules", ruleSet ? endpointRulesLit(ctx, ruleSet, f.import(RESOLVER_FN, "./endpoint/resolve-endpoint.js")) : undefined],
    ],
    true,
  );
  f.printDoc(`What the client and the ${ctx.protocol.name} codec need to know about ${serviceTitle(ctx)}.`, [
    `@generated from ${ctx.service.id}`,
  ]);
  f.print(`export const ${name}: `, f.importType("ServiceSchema", RUNTIME), " = ", litDoc(value), ";");
  return f;
}
