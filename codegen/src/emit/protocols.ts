/**
 * The protocols the generator emits clients for, one row each: the trait that selects it, the runtime codec a
 * service of that protocol gets (prebuilt with every feature, or its factory with only the features the
 * service needs), what goes on the wire, and how the schemas are shaped for it. This table is the only place
 * the generator names a protocol; docs/ARCHITECTURE.md ("How to add a protocol") lists what else a new row needs.
 */
import type { ServiceShape } from "../model/shape.js";
import {
  usesBase64Headers,
  usesBlobs,
  usesCollections,
  usesHeaderBindings,
  usesQueryParams,
  usesRawPayloads,
  usesTimestamps,
} from "./codec-features.js";
import { GenerateError, type ServiceContext } from "./service-context.js";

/** An optional part of a runtime codec: passed to the codec's factory as `key: runtime` when the service needs it. */
export interface CodecFeature {
  /** The property of the factory's features argument. */
  readonly key: string;
  /** The `@slimsdk/runtime` export that implements the part. */
  readonly runtime: string;
  /** Whether the service's operations need it. */
  readonly needed: (ctx: ServiceContext) => boolean;
}

/** One protocol: a row of the table. */
export interface ProtocolDef {
  /** Absolute id of the protocol trait on the service shape. */
  readonly trait: string;
  /** The trait's shape name, as generated docs and messages name the protocol (and the runtime codec's `name`). */
  readonly name: string;
  /** Content-Type of every request with a JSON body (what the runtime codec sends; a cross-package test checks it). */
  readonly contentType: string;
  /**
   * True when the protocol binds members to the HTTP message (`@http`, `@httpLabel`, `@httpHeader`, ...) and
   * names JSON members by `@jsonName`: the schemas then carry those bindings and names; otherwise they are left out.
   */
  readonly httpBindings: boolean;
  /** The runtime export of the codec with every feature, used when the service needs all of them. */
  readonly codec: string;
  /** The runtime factory that builds the codec with some features: `factory(...factoryArgs, { features })`. */
  readonly factory: string;
  /** Literal arguments of the factory before the features (the awsJson version). */
  readonly factoryArgs: readonly string[];
  /** The codec's optional parts, in the order the factory call lists them. */
  readonly features: readonly CodecFeature[];
}

/** The JSON value codecs every JSON protocol takes; `blobs` may be needed for more than blob shapes. */
const jsonValueFeatures = (blobs: (ctx: ServiceContext) => boolean): CodecFeature[] => [
  { key: "blobs", runtime: "jsonBlobs", needed: blobs },
  { key: "timestamps", runtime: "jsonTimestamps", needed: usesTimestamps },
  { key: "collections", runtime: "jsonCollections", needed: usesCollections },
];

const awsJsonFeatures = jsonValueFeatures(usesBlobs);

/** The protocols, in order of preference when a service has several of their traits. */
export const PROTOCOLS: readonly ProtocolDef[] = [
  {
    trait: "aws.protocols#restJson1",
    name: "restJson1",
    contentType: "application/json",
    httpBindings: true,
    codec: "restJson1",
    factory: "restJson1With",
    factoryArgs: [],
    features: [
      { key: "headers", runtime: "restJsonHeaders", needed: usesHeaderBindings },
      { key: "payloads", runtime: "restJsonRawPayloads", needed: usesRawPayloads },
      { key: "queryParams", runtime: "restJsonQueryParams", needed: usesQueryParams },
      // `@mediaType` strings in headers are sent base64, so they need the blob codec too.
      ...jsonValueFeatures((ctx) => usesBlobs(ctx) || usesBase64Headers(ctx)),
    ],
  },
  {
    trait: "aws.protocols#awsJson1_0",
    name: "awsJson1_0",
    contentType: "application/x-amz-json-1.0",
    httpBindings: false,
    codec: "awsJson1_0",
    factory: "awsJsonWith",
    factoryArgs: ["1.0"],
    features: awsJsonFeatures,
  },
  {
    trait: "aws.protocols#awsJson1_1",
    name: "awsJson1_1",
    contentType: "application/x-amz-json-1.1",
    httpBindings: false,
    codec: "awsJson1_1",
    factory: "awsJsonWith",
    factoryArgs: ["1.1"],
    features: awsJsonFeatures,
  },
];

/** The protocol of a service: the first row whose trait the service has; a GenerateError names the supported traits otherwise. */
export function protocolOf(service: ServiceShape): ProtocolDef {
  const found = PROTOCOLS.find((p) => service.traits.has(p.trait));
  if (found) return found;
  const traits = PROTOCOLS.map((p) => p.trait).join(", ");
  throw new GenerateError(`Service "${service.id}" has no supported protocol trait (one of ${traits}).`);
}
