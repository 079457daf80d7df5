/** Emits `service.ts`: the ServiceSchema constant (identity, signing name, protocol codec, base error). */

import type { Doc } from "../printer/doc.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { code, type Lit, litDoc, obj } from "../printer/literal.js";
import { restJsonFeatures, usesBlobs, usesCollections, usesTimestamps } from "./customizations.js";
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

/**
 * The protocol codec, built with only the optional features the service's shapes and operations use (all of
 * them: the prebuilt `restJson1` or `awsJson1_0`), so its bundles carry no code for the others.
 */
function protocolCode(ctx: ServiceContext, f: GeneratedFile): Doc {
  const blobs = usesBlobs(ctx);
  const timestamps = usesTimestamps(ctx);
  const collections = usesCollections(ctx);
  const valueFeatures = (): (readonly [string, Lit | undefined])[] => [
    ["blobs", blobs ? code(f.import("jsonBlobs", RUNTIME)) : undefined],
    ["timestamps", timestamps ? code(f.import("jsonTimestamps", RUNTIME)) : undefined],
    ["collections", collections ? code(f.import("jsonCollections", RUNTIME)) : undefined],
  ];
  if (ctx.protocol !== "restJson1") {
    if (blobs && timestamps && collections) return f.import(ctx.protocol, RUNTIME);
    return ["/* @__PURE__ */ ", f.import("awsJson1_0With", RUNTIME), "(", litDoc(obj(valueFeatures())), ")"];
  }
  const use = restJsonFeatures(ctx);
  if (use.headers && use.payloads && use.queryParams && blobs && timestamps && collections) return f.import("restJson1", RUNTIME);
  const features = obj([
    ["headers", use.headers ? code(f.import("restJsonHeaders", RUNTIME)) : undefined],
    ["payloads", use.payloads ? code(f.import("restJsonRawPayloads", RUNTIME)) : undefined],
    ["queryParams", use.queryParams ? code(f.import("restJsonQueryParams", RUNTIME)) : undefined],
    ...valueFeatures(),
  ]);
  return ["/* @__PURE__ */ ", f.import("restJson1With", RUNTIME), "(", litDoc(features), ")"];
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
  f.printDoc(`What the client and the ${ctx.protocol} codec need to know about ${serviceTitle(ctx)}.`, [
    `@generated from ${ctx.service.id}`,
  ]);
  f.print(`export const ${name}: `, f.importType("ServiceSchema", RUNTIME), " = ", litDoc(value), ";");
  return f;
}
