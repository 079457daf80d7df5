/**
 * Client features that only some services need, wired in by the generated client's constructor so
 * that the bundles of every other service hold none of their code: protocol features the model
 * asks for (`@requestCompression`, `@httpChecksumRequired`, `@awsQueryCompatible`) and the service
 * customizations of the Smithy AWS specification (Amazon API Gateway, Amazon Glacier, Amazon Machine Learning), the latter
 * keyed by sdkId as the AWS SDKs do.
 */
import { usesStreams } from "./codec-features.js";
import type { ServiceContext } from "./service-context.js";
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
  "Machine Learning": "addMachineLearningCustomizations",
};

/** The features the client of this service adds to its middleware stack, in a stable order. */
export function clientFeatures(ctx: ServiceContext): ClientFeature[] {
  const features: ClientFeature[] = [];
  if (ctx.service.traits.has(T.endpointRuleSet)) features.push({ fn: "useEndpointRules", withConfig: true });
  if (usesStreams(ctx)) features.push({ fn: "addStreams", withConfig: false });
  if (ctx.operations.some((op) => op.traits.has(T.requestCompression))) features.push({ fn: "addRequestCompression", withConfig: true });
  if (ctx.operations.some((op) => op.traits.has(T.httpChecksumRequired))) features.push({ fn: "addContentMd5Checksum", withConfig: false });
  if (ctx.service.traits.has(T.awsQueryCompatible)) features.push({ fn: "addQueryCompatibility", withConfig: false });
  const customization = SERVICE_CUSTOMIZATIONS[ctx.sdkId];
  if (customization !== undefined) features.push({ fn: customization, withConfig: false });
  return features;
}
