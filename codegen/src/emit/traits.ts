/** Absolute ids of the traits the emitters read, and small typed readers of their values. */
import type { MemberShape, Node, Shape } from "../model/shape.js";

/** Trait ids of the Smithy prelude and the AWS trait packages (the protocol traits are in the protocol table, `protocols.ts`). */
export const T = {
  documentation: "smithy.api#documentation",
  deprecated: "smithy.api#deprecated",
  title: "smithy.api#title",
  examples: "smithy.api#examples",
  mixin: "smithy.api#mixin",
  required: "smithy.api#required",
  clientOptional: "smithy.api#clientOptional",
  default: "smithy.api#default",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  retryable: "smithy.api#retryable",
  sensitive: "smithy.api#sensitive",
  timestampFormat: "smithy.api#timestampFormat",
  jsonName: "smithy.api#jsonName",
  mediaType: "smithy.api#mediaType",
  streaming: "smithy.api#streaming",
  requiresLength: "smithy.api#requiresLength",
  eventHeader: "smithy.api#eventHeader",
  eventPayload: "smithy.api#eventPayload",
  sparse: "smithy.api#sparse",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  uniqueItems: "smithy.api#uniqueItems",
  enumValue: "smithy.api#enumValue",
  idempotencyToken: "smithy.api#idempotencyToken",
  http: "smithy.api#http",
  httpLabel: "smithy.api#httpLabel",
  httpQuery: "smithy.api#httpQuery",
  httpQueryParams: "smithy.api#httpQueryParams",
  httpHeader: "smithy.api#httpHeader",
  httpPrefixHeaders: "smithy.api#httpPrefixHeaders",
  httpPayload: "smithy.api#httpPayload",
  httpResponseCode: "smithy.api#httpResponseCode",
  hostLabel: "smithy.api#hostLabel",
  endpoint: "smithy.api#endpoint",
  httpChecksumRequired: "smithy.api#httpChecksumRequired",
  requestCompression: "smithy.api#requestCompression",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  unsignedPayload: "aws.auth#unsignedPayload",
  awsQueryCompatible: "aws.protocols#awsQueryCompatible",
  endpointRuleSet: "smithy.rules#endpointRuleSet",
  clientContextParams: "smithy.rules#clientContextParams",
  staticContextParams: "smithy.rules#staticContextParams",
  contextParam: "smithy.rules#contextParam",
  operationContextParams: "smithy.rules#operationContextParams",
} as const;

/** The id of the Unit shape (no input, no output, or a union variant without a value). */
export const UNIT = "smithy.api#Unit";

/** A trait value as a plain object, or undefined when absent or not an object. */
export function traitObject(shape: Shape | MemberShape, id: string): { readonly [key: string]: Node } | undefined {
  const v = shape.traits.get(id);
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as { readonly [key: string]: Node }) : undefined;
}

/** A trait value as a string, or undefined. */
export function traitString(shape: Shape | MemberShape, id: string): string | undefined {
  const v = shape.traits.get(id);
  return typeof v === "string" ? v : undefined;
}

/** A property of an object-valued trait as a string, or undefined. */
export function propString(obj: { readonly [key: string]: Node } | undefined, key: string): string | undefined {
  const v = obj?.[key];
  return typeof v === "string" ? v : undefined;
}

/** A property of an object-valued trait as a number, or undefined. */
export function propNumber(obj: { readonly [key: string]: Node } | undefined, key: string): number | undefined {
  const v = obj?.[key];
  return typeof v === "number" ? v : undefined;
}

/** The documentation of a shape or member, if any. */
export function documentation(shape: Shape | MemberShape | undefined): string | undefined {
  return shape ? traitString(shape, T.documentation) : undefined;
}
