/**
 * The optional value codecs of the JSON protocol families (restJson and awsJson): blobs (base64) and timestamps
 * (formatting, and parsing the three wire formats). Only services whose shapes hold blobs or timestamps need
 * their code; the generator passes a codec when some shape reachable from the service's operations needs it.
 */
import type { ListSchema, MapSchema, TimestampFormat } from "../schema.js";

/** Blobs as base64 text: in JSON documents, URI labels, query strings and headers. */
export interface BlobCodec {
  /** Base64 of a blob input (Uint8Array, any binary view, or a string as UTF-8). */
  readonly encode: (value: unknown) => string;
  /** The bytes of base64 text, or undefined when the text is not base64. */
  readonly decode: (text: string) => Uint8Array | undefined;
}

/** Timestamps on the wire: in JSON documents, URI labels, query strings and headers. */
export interface TimestampCodec {
  /** The wire form of an input timestamp (a Date, epoch seconds or a date string); throws on an invalid one. */
  readonly write: (value: unknown, format: TimestampFormat) => string | number;
  /** A wire timestamp (a number, or a string in any of the formats) as a Date; throws MalformedValueError when none fits. */
  readonly read: (value: unknown, format: TimestampFormat) => Date;
  /** Epoch milliseconds of an RFC 3339 date-time (as `@default` values give them), or undefined. */
  readonly readDateTime: (text: string) => number | undefined;
}

/** Lists and maps in JSON documents (values are non-null; items go through the value codecs again). */
export interface CollectionCodec {
  readonly serializeList: (schema: ListSchema, value: unknown, named: boolean, f: JsonValueFeatures) => unknown[];
  readonly serializeMap: (schema: MapSchema, value: unknown, named: boolean, f: JsonValueFeatures) => Record<string, unknown>;
  /** Parse a JSON array or object; throw MalformedValueError with the path of a bad item. */
  readonly parseList: (schema: ListSchema, value: unknown, named: boolean, f: JsonValueFeatures) => unknown[];
  readonly parseMap: (schema: MapSchema, value: unknown, named: boolean, f: JsonValueFeatures) => Record<string, unknown>;
}

/** The value codecs a JSON protocol codec is built with. */
export interface JsonValueFeatures {
  readonly blobs?: BlobCodec | undefined;
  readonly timestamps?: TimestampCodec | undefined;
  readonly collections?: CollectionCodec | undefined;
}

/** The blob codec; throws an error naming the feature when the protocol codec lacks it (generated clients never do). */
export const blobCodec = (features: JsonValueFeatures): BlobCodec => need(features.blobs, "blobs", "jsonBlobs");

/** The timestamp codec; throws an error naming the feature when the protocol codec lacks it (generated clients never do). */
export const timestampCodec = (features: JsonValueFeatures): TimestampCodec => need(features.timestamps, "timestamps", "jsonTimestamps");

/** The list and map codec; throws an error naming the feature when the protocol codec lacks it (generated clients never do). */
export const collectionCodec = (features: JsonValueFeatures): CollectionCodec =>
  need(features.collections, "collections", "jsonCollections");

function need<T>(codec: T | undefined, feature: string, exportName: string): T {
  if (codec) return codec;
  throw new Error(`Codec built without \`${feature}\`: add { ${feature}: ${exportName} } to its features.`);
}
