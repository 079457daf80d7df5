/**
 * The data the generator emits for each operation and shape, and that the protocol
 * codecs interpret. It is plain data (no code), so a command's bundle holds only the
 * schemas of the shapes it touches, and the protocol logic lives once, here in the runtime.
 */

import type { EndpointParams, RuleEndpoint } from "./endpoints/rules/rule-endpoint.js";
import type { Protocol } from "./protocol.js";

/** A `@timestampFormat` value. */
export type TimestampFormat = "date-time" | "http-date" | "epoch-seconds";

/** Length (strings, blobs, lists, maps), range (numbers) and pattern (strings) constraints. */
export interface Constraints {
  /** `@length(min, max)`; a missing bound is undefined. */
  readonly length?: readonly [min: number | undefined, max: number | undefined];
  /** `@range(min, max)`; a missing bound is undefined. */
  readonly range?: readonly [min: number | undefined, max: number | undefined];
  /** `@pattern`, an ECMA 262 regular expression source (not anchored unless it says so). */
  readonly pattern?: string;
  /** `@uniqueItems` on a list. */
  readonly uniqueItems?: true;
}

/** The kinds of scalar shape. `enum` is a string with known values; `intEnum` an integer with known values. */
export type ScalarKind =
  | "string"
  | "enum"
  | "boolean"
  | "byte"
  | "short"
  | "integer"
  | "intEnum"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "blob"
  | "timestamp"
  | "document";

/** A scalar shape. */
export interface ScalarSchema {
  readonly k: ScalarKind;
  /** `@timestampFormat` on the target shape. */
  readonly tf?: TimestampFormat;
  /** `@mediaType` (a string with a media type is base64 in headers; a blob payload sets Content-Type). */
  readonly mediaType?: string;
  /** Known values of an enum / intEnum (for opt-in validation; unknown values from a service still parse). */
  readonly values?: readonly (string | number)[];
  /** `@streaming` on a blob: an `@httpPayload` sent and received as a stream (see streams/). */
  readonly streaming?: true;
  /** `@requiresLength` on a streaming blob: the length must be known before sending (Content-Length). */
  readonly requiresLength?: true;
  /** `@sensitive`: redacted in logs. */
  readonly sensitive?: true;
  readonly c?: Constraints;
}

/** A list (or set). */
export interface ListSchema {
  readonly k: "list";
  readonly member: SchemaRef;
  /** `@sparse`: null entries are kept. */
  readonly sparse?: true;
  readonly sensitive?: true;
  readonly c?: Constraints;
}

/** A map; keys are strings on the wire. */
export interface MapSchema {
  readonly k: "map";
  readonly key: SchemaRef;
  readonly value: SchemaRef;
  /** `@sparse`: null values are kept. */
  readonly sparse?: true;
  readonly sensitive?: true;
  readonly c?: Constraints;
}

/** Where a member of an operation input or output (or error) is bound in an HTTP message (restJson1). */
export type HttpBinding =
  | { readonly in: "label"; readonly greedy?: true }
  | { readonly in: "query"; readonly name: string }
  | { readonly in: "queryParams" }
  | { readonly in: "header"; readonly name: string }
  | { readonly in: "prefixHeaders"; readonly prefix: string }
  | { readonly in: "payload" }
  | { readonly in: "responseCode" }
  | { readonly in: "hostLabel" };

/** A member of a structure or union. */
export interface MemberSchema {
  /** The member name; also the TypeScript property name. */
  readonly name: string;
  readonly target: SchemaRef;
  /** `@jsonName` (restJson1 only; the awsJson protocols ignore it). */
  readonly jsonName?: string;
  /** The HTTP binding; undefined means the document body. `@hostLabel` is reported here for every protocol. */
  readonly http?: HttpBinding;
  /** `@required`. */
  readonly required?: true;
  /** `@idempotencyToken`: filled with a UUID v4 when the caller leaves it unset. */
  readonly idempotencyToken?: true;
  /** `@timestampFormat` on the member (wins over the target's). */
  readonly tf?: TimestampFormat;
  /** `@default` value, as a JSON value (timestamps and blobs as in the JSON AST). */
  readonly default?: unknown;
  /** `@sensitive` on the member or its target. */
  readonly sensitive?: true;
  /** Member constraints, merged over the target's by the generator. */
  readonly c?: Constraints;
  /** `@eventHeader` / `@eventPayload`: where a member of an event structure goes in an event-stream message. */
  readonly event?: "header" | "payload";
}

/** A structure (including operation inputs and outputs and errors). */
export interface StructureSchema {
  readonly k: "structure";
  /** Absolute shape id, e.g. `com.amazonaws.proton#Environment`. */
  readonly id: string;
  readonly members: readonly MemberSchema[];
  readonly sensitive?: true;
}

/** A tagged union: exactly one member is set; unknown members parse to `$unknown: [name, value]`. */
export interface UnionSchema {
  readonly k: "union";
  readonly id: string;
  readonly members: readonly MemberSchema[];
  readonly sensitive?: true;
  /** `@streaming`: an event stream, whose members are the event types (see eventstream/). */
  readonly streaming?: true;
  /** Of an event stream: the members that are modeled exception events, with their error classes. */
  readonly errors?: readonly EventErrorSchema[];
}

/** An exception event of an event stream: the union member's name and its error class. */
export interface EventErrorSchema {
  /** The union member (the `:exception-type` of the message). */
  readonly name: string;
  readonly ctor: ErrorConstructor;
}

/** Any shape schema. */
export type Schema = ScalarSchema | ListSchema | MapSchema | StructureSchema | UnionSchema;

/** A schema, or a thunk returning one: the generator emits thunks only to break reference cycles. */
export type SchemaRef = Schema | (() => Schema);

/** Resolves a possibly lazy schema reference. */
export function resolveSchema(ref: SchemaRef): Schema {
  return typeof ref === "function" ? ref() : ref;
}

/** The constructor of a generated error class (see errors/service-exception.ts). */
export type ErrorConstructor = new (init: any) => Error;

/** A modeled error: its schema, class, fault, and HTTP status (`@httpError`). */
export interface ErrorSchema {
  readonly schema: StructureSchema;
  readonly ctor: ErrorConstructor;
  readonly fault: "client" | "server";
  readonly status?: number;
}

/** One operation: its input and output structures, its errors, and its HTTP binding. */
export interface OperationSchema {
  /** The operation's shape name, e.g. `UpdateEnvironment`. */
  readonly name: string;
  readonly input: StructureSchema;
  readonly output: StructureSchema;
  /** The operation's errors, then the service's errors. */
  readonly errors: readonly ErrorSchema[];
  /** `@http(method, uri, code)` (restJson1). */
  readonly http?: { readonly method: string; readonly uri: string; readonly code: number };
  /** `@endpoint(hostPrefix)`, with `{label}` placeholders filled from `@hostLabel` members. */
  readonly hostPrefix?: string;
  /** `@httpChecksumRequired`: send `Content-MD5`. */
  readonly checksumRequired?: true;
  /** `@requestCompression(encodings)`. */
  readonly compression?: readonly string[];
  /** `aws.auth#unsignedPayload`: the body is not hashed (`x-amz-content-sha256: UNSIGNED-PAYLOAD`). */
  readonly unsignedPayload?: true;
  /**
   * The endpoint rule-set parameters the operation binds from its input: `staticContextParams` values,
   * `contextParam` members and `operationContextParams` paths (an unset value means "not bound").
   */
  readonly endpointParams?: (input: any) => EndpointParams;
}

/** A service's endpoint rule set, compiled to code by the generator, and where its parameters come from. */
export interface EndpointRules {
  /** The compiled rule set: parameters in, endpoint out; throws an `EndpointError` for the rule set's errors. */
  resolve(params: EndpointParams): RuleEndpoint;
  /**
   * The parameters set from the client: parameter name → client option (`region`, `endpoint`,
   * `useFipsEndpoint`, a `clientContextParams` option such as `forcePathStyle`, …; `accountId` is the
   * credentials' account id).
   */
  readonly config: Readonly<Record<string, string>>;
}

/** Facts about the service that a client and its protocol need. */
export interface ServiceSchema {
  /** Absolute service shape id. */
  readonly id: string;
  /** `aws.api#service` sdkId, e.g. `Proton`. */
  readonly sdkId: string;
  /** `aws.api#service` endpointPrefix, e.g. `proton`. */
  readonly endpointPrefix: string;
  /** `aws.auth#sigv4` name. */
  readonly signingName: string;
  /** The service shape's `version`. */
  readonly version: string;
  /** The protocol codec (imported by the generated service file, so a bundle holds only the one it uses). */
  readonly protocol: Protocol;
  /** The service shape's name, the `X-Amz-Target` prefix of the awsJson protocols. */
  readonly targetPrefix: string;
  /** The service's base exception class: unknown error codes become instances of it. */
  readonly baseError: ErrorConstructor;
  /**
   * The model's endpoint rule set, when it has one: clients then resolve endpoints with it (through
   * `useEndpointRules`) instead of from the region alone (endpoints/region-endpoint.ts).
   */
  readonly endpointRules?: EndpointRules;
}
