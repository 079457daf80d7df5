/** fast-check arbitraries of JSON wire values for a schema: well typed, or with wrong types mixed in at any depth. */
import {
  type MemberSchema,
  resolveSchema,
  type Schema,
  type SchemaRef,
  type StructureSchema,
  type TimestampFormat,
} from "@slimsdk/runtime";
import fc from "fast-check";

/** How values are generated: `wrong` is the weight of an arbitrary JSON value in place of a well-typed one (0: never). */
export interface WireOptions {
  readonly protocol: "restJson1" | "awsJson1_0";
  readonly wrong: number;
}

const anyJson = fc.jsonValue({ maxDepth: 2 });

/** A wire timestamp in `format` (the JSON protocols default to epoch seconds). */
function timestamp(format: TimestampFormat | undefined): fc.Arbitrary<unknown> {
  const date = fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0, 1)), noInvalidDate: true });
  if (format === "date-time") return date.map((d) => d.toISOString());
  if (format === "http-date") return date.map((d) => d.toUTCString());
  return fc.oneof(fc.integer({ min: 0, max: 4_000_000_000 }), fc.double({ min: 0, max: 4e9, noNaN: true }));
}

/** The wire name of a member (restJson1 honours `@jsonName`). */
export const wireName = (m: MemberSchema, protocol: WireOptions["protocol"]) => (protocol === "restJson1" && m.jsonName) || m.name;

/** A well-typed wire value for `ref` (members, items and entries may in turn be wrong, per `o.wrong`). */
function wellTyped(ref: SchemaRef, o: WireOptions, tf: TimestampFormat | undefined, depth: number): fc.Arbitrary<unknown> {
  const s: Schema = resolveSchema(ref);
  switch (s.k) {
    case "structure":
    case "union":
      return structureBody(s as StructureSchema, o, depth + 1);
    case "list":
      return fc.array(value(s.member, o, undefined, depth + 1), { maxLength: depth > 3 ? 0 : 3 });
    case "map":
      return fc.dictionary(fc.string({ maxLength: 8 }), value(s.value, o, undefined, depth + 1), { maxKeys: depth > 3 ? 0 : 3 });
    case "string":
      return fc.string({ maxLength: 30 });
    case "enum":
      return s.values ? fc.oneof(fc.constantFrom(...s.values), fc.string({ maxLength: 10 })) : fc.string();
    case "boolean":
      return fc.boolean();
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long":
    case "bigInteger":
      return fc.integer();
    case "float":
    case "double":
    case "bigDecimal":
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("NaN", "Infinity", "-Infinity"));
    case "timestamp":
      return timestamp(tf ?? s.tf);
    case "blob":
      return fc.uint8Array({ maxLength: 20 }).map((b) => Buffer.from(b).toString("base64"));
    case "document":
      return anyJson;
  }
}

/** A wire value for `ref`: well typed, or (with weight `o.wrong`) any JSON value at all. */
export function value(ref: SchemaRef, o: WireOptions, tf: TimestampFormat | undefined, depth = 0): fc.Arbitrary<unknown> {
  const good = wellTyped(ref, o, tf, depth);
  return o.wrong === 0 ? good : fc.oneof({ weight: 4, arbitrary: good }, { weight: o.wrong, arbitrary: anyJson });
}

/** A JSON object for the body members of `schema` (any subset of them, as a service may omit members). */
export function structureBody(schema: StructureSchema, o: WireOptions, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const members = schema.members.filter((m) => o.protocol === "awsJson1_0" || m.http === undefined);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const m of members) shape[wireName(m, o.protocol)] = value(m.target, o, m.tf, depth);
  return fc.record(shape, { requiredKeys: [] });
}

/** The JSON body of a successful response of an output structure: its payload member's target, or its body members. */
export function outputBody(output: StructureSchema, o: WireOptions): fc.Arbitrary<unknown> {
  const payload = o.protocol === "restJson1" ? output.members.find((m) => m.http?.in === "payload") : undefined;
  return payload ? value(payload.target, o, payload.tf) : structureBody(output, o);
}
