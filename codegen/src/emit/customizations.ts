/**
 * Client features that only some services need, wired in by the generated client's constructor so
 * that the bundles of every other service hold none of their code: protocol features the model
 * asks for (`@requestCompression`, `@httpChecksumRequired`, `@awsQueryCompatible`) and the service
 * customizations of the Smithy AWS specification (Amazon API Gateway, Amazon Glacier), the latter
 * keyed by sdkId as the AWS SDKs do.
 */
import { isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { T } from "./traits.js";

/** A runtime function the client constructor calls, and whether it takes the client config too. */
export interface ClientFeature {
  /** The `@slimsdk/runtime` export, called as `fn(this.middlewareStack)` or `fn(this.middlewareStack, config)`. */
  readonly fn: string;
  readonly withConfig: boolean;
}

const SERVICE_CUSTOMIZATIONS: Readonly<Record<string, string>> = {
  "API Gateway": "addApiGatewayCustomizations",
  Glacier: "addGlacierCustomizations",
};

/** The features the client of this service adds to its middleware stack, in a stable order. */
export function clientFeatures(ctx: ServiceContext): ClientFeature[] {
  const features: ClientFeature[] = [];
  if (ctx.service.traits.has(T.endpointRuleSet)) features.push({ fn: "useEndpointRules", withConfig: true });
  if (ctx.operations.some((op) => op.traits.has(T.requestCompression))) features.push({ fn: "addRequestCompression", withConfig: true });
  if (ctx.operations.some((op) => op.traits.has(T.httpChecksumRequired))) features.push({ fn: "addContentMd5Checksum", withConfig: false });
  if (ctx.service.traits.has(T.awsQueryCompatible)) features.push({ fn: "addQueryCompatibility", withConfig: false });
  const customization = SERVICE_CUSTOMIZATIONS[ctx.sdkId];
  if (customization !== undefined) features.push({ fn: customization, withConfig: false });
  return features;
}

/** The optional restJson1 codec features (runtime exports) a service's operations need, in a stable order. */
export interface RestJsonFeatureUse {
  /** `@httpHeader` or `@httpPrefixHeaders` on some input, output or error member: `restJsonHeaders`. */
  readonly headers: boolean;
  /** `@httpPayload` targeting a blob, string, enum or document (not a structure or union): `restJsonRawPayloads`. */
  readonly payloads: boolean;
  /** `@httpQueryParams` on some input member: `restJsonQueryParams`. */
  readonly queryParams: boolean;
}

/** Which optional restJson1 features the service's operations use, from the HTTP binding traits of their top-level members. */
export function restJsonFeatures(ctx: ServiceContext): RestJsonFeatureUse {
  let headers = false;
  let payloads = false;
  let queryParams = false;
  for (const op of ctx.operations) {
    for (const id of [op.input, op.output, ...ctx.errorsOf(op)]) {
      if (isUnit(id)) continue;
      for (const m of membersOf(ctx.shape(id))) {
        if (m.traits.has(T.httpHeader) || m.traits.has(T.httpPrefixHeaders)) headers = true;
        if (m.traits.has(T.httpQueryParams)) queryParams = true;
        if (m.traits.has(T.httpPayload)) {
          const type = ctx.model.shapes.get(m.target)?.type;
          if (type !== "structure" && type !== "union") payloads = true;
        }
      }
    }
  }
  return { headers, payloads, queryParams };
}

/**
 * True when some shape the service's operations reach (inputs, outputs and errors, at any depth) is a blob, or
 * when a restJson1 header carries a string with `@mediaType` (sent base64): the JSON codecs then need their
 * `blobs` feature (`jsonBlobs`).
 */
export function usesBlobs(ctx: ServiceContext): boolean {
  if (reachesType(ctx, "blob")) return true;
  if (ctx.protocol !== "restJson1") return false;
  const mediaTypeText = (id: string): boolean => {
    const target = ctx.model.shapes.get(id);
    if (target?.type === "list") return membersOf(target).some((m) => mediaTypeText(m.target));
    return target?.type === "string" && target.traits.has(T.mediaType);
  };
  for (const op of ctx.operations) {
    for (const id of [op.input, op.output, ...ctx.errorsOf(op)]) {
      if (isUnit(id)) continue;
      for (const m of membersOf(ctx.shape(id))) if (m.traits.has(T.httpHeader) && mediaTypeText(m.target)) return true;
    }
  }
  return false;
}

/** True when some shape the service's operations reach is a timestamp: the JSON codecs then need `timestamps` (`jsonTimestamps`). */
export function usesTimestamps(ctx: ServiceContext): boolean {
  return reachesType(ctx, "timestamp");
}

/** True when some shape the service's operations reach is a list or a map: the JSON codecs then need `collections` (`jsonCollections`). */
export function usesCollections(ctx: ServiceContext): boolean {
  return reachesType(ctx, "list") || reachesType(ctx, "map");
}

/** True when a shape the operations reach (inputs, outputs, errors, at any depth; prelude targets too) has this type. */
function reachesType(ctx: ServiceContext, type: string): boolean {
  for (const shape of ctx.shapes.values()) {
    if (shape.type === type || membersOf(shape).some((m) => ctx.model.shapes.get(m.target)?.type === type)) return true;
  }
  return false;
}
