/** Turns one typed input event (`{ member: value }` of the stream's union) into an event-stream message. */
import type { Int64 as Int64Class } from "@smithy/core/event-streams";
import type { Message, MessageHeaders, MessageHeaderValue } from "@smithy/types";
import { blobBytes } from "../protocols/blob-input.js";
import type { JsonValueFeatures } from "../protocols/json-features.js";
import { serializeStructure, serializeValue } from "../protocols/json-serialize.js";
import { utf8Encode } from "../protocols/utf8.js";
import { resolveSchema, type Schema, type UnionSchema } from "../schema.js";
import { eventLayout, jsonMode } from "./event-members.js";

type Obj = Record<string, unknown>;

/** What encoding the events of one request needs. */
export interface EventEncodeContext {
  readonly union: UnionSchema;
  /** restJson1 honours `@jsonName` in event bodies; awsJson does not. */
  readonly named: boolean;
  readonly features: JsonValueFeatures;
  readonly Int64: typeof Int64Class;
}

/** Content-Type of JSON event bodies. */
const JSON_TYPE = "application/json";

/** An input event that cannot be sent, naming the event and member. */
export class EventInputError extends Error {
  /** `detail` says what is wrong with the event. */
  constructor(detail: string) {
    super(detail);
    this.name = "EventInputError";
  }
}

function headerOf(value: unknown, target: Schema, Int64: typeof Int64Class, where: string): MessageHeaderValue {
  const fail = (expected: string) => new EventInputError(`${where} must be ${expected}, got ${typeof value}`);
  switch (target.k) {
    case "boolean":
      if (typeof value !== "boolean") throw fail("a boolean");
      return { type: "boolean", value };
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long": {
      const n = typeof value === "bigint" ? Number(value) : value;
      if (typeof n !== "number" || !Number.isInteger(n)) throw fail("an integer");
      if (target.k === "long") return { type: "long", value: Int64.fromNumber(n) };
      return { type: target.k === "byte" ? "byte" : target.k === "short" ? "short" : "integer", value: n };
    }
    case "blob":
      return { type: "binary", value: blobBytes(value) };
    case "string":
    case "enum":
      if (typeof value !== "string") throw fail("a string");
      return { type: "string", value };
    case "timestamp": {
      const date = value instanceof Date ? value : typeof value === "number" ? new Date(value * 1000) : undefined;
      if (!date || Number.isNaN(date.getTime())) throw fail("a Date");
      return { type: "timestamp", value: date };
    }
    default:
      throw new EventInputError(`${where} targets a ${target.k}, which cannot be an event header`);
  }
}

/** The message of one input event. Throws EventInputError for a value that is not one known event. */
export function encodeEvent(event: unknown, ctx: EventEncodeContext): Message {
  if (event === null || typeof event !== "object") throw new EventInputError(`An event of ${ctx.union.id} must be an object`);
  const set = ctx.union.members.filter((m) => (event as Obj)[m.name] !== undefined && (event as Obj)[m.name] !== null);
  if (set.length !== 1) throw new EventInputError(`An event of ${ctx.union.id} must set exactly one member, found ${set.length}`);
  const member = set[0]!;
  const target = resolveSchema(member.target);
  if (target.k !== "structure") throw new EventInputError(`The event ${member.name} does not target a structure`);
  const value = (event as Obj)[member.name] as Obj;
  const layout = eventLayout(target);
  const headers: MessageHeaders = {
    ":message-type": { type: "string", value: "event" },
    ":event-type": { type: "string", value: member.name },
  };
  let body: Uint8Array = new Uint8Array(0);
  let contentType: string | undefined;
  if (layout.payload) {
    const { member: payload, target: payloadTarget } = layout.payload;
    const v = value[payload.name];
    if (payloadTarget.k === "blob") {
      contentType = ("mediaType" in payloadTarget && payloadTarget.mediaType) || "application/octet-stream";
      if (v !== undefined && v !== null) body = blobBytes(v);
    } else if (payloadTarget.k === "string" || payloadTarget.k === "enum") {
      contentType = ("mediaType" in payloadTarget && payloadTarget.mediaType) || "text/plain";
      if (v !== undefined && v !== null) body = utf8Encode(String(v));
    } else {
      contentType = JSON_TYPE;
      if (v !== undefined && v !== null) body = utf8Encode(JSON.stringify(serializeValue(payloadTarget, v, ctx.named, ctx.features)));
    }
  } else if (layout.body) {
    contentType = JSON_TYPE;
    body = utf8Encode(JSON.stringify(serializeStructure(layout.body, value, jsonMode(ctx.named), true, ctx.features)));
  }
  if (contentType !== undefined) headers[":content-type"] = { type: "string", value: contentType };
  for (const h of layout.headers) {
    const v = value[h.name];
    if (v !== undefined && v !== null) headers[h.name] = headerOf(v, resolveSchema(h.target), ctx.Int64, `${member.name}.${h.name}`);
  }
  return { headers, body };
}
