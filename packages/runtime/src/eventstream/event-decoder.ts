/**
 * Turns one decoded event-stream message into a typed event of the stream's union, or into the error it
 * carries: `:message-type` `event` (by `:event-type`), `exception` (a modeled error class, by
 * `:exception-type`) or `error` (the service's base exception, by `:error-code`).
 */
import type { Message, MessageHeaderValue } from "@smithy/types";
import type { ResponseMetadata } from "../errors/service-exception.js";
import { parseJsonBody } from "../protocols/json-body.js";
import { parseStructure, parseUnion } from "../protocols/json-deserialize.js";
import type { JsonValueFeatures } from "../protocols/json-features.js";
import { MalformedValueError, unexpected, withPath } from "../protocols/malformed-value-error.js";
import { utf8Decode } from "../protocols/utf8.js";
import { resolveSchema, type Schema, type ServiceSchema, type StructureSchema, type UnionSchema } from "../schema.js";
import { eventLayout, jsonMode } from "./event-members.js";

type Obj = Record<string, unknown>;

/** What decoding the events of one response needs. */
export interface EventDecodeContext {
  readonly union: UnionSchema;
  /** restJson1 honours `@jsonName` in event bodies; awsJson does not. */
  readonly named: boolean;
  readonly features: JsonValueFeatures;
  readonly service: ServiceSchema;
  /** The response's metadata, given to errors the stream carries. */
  readonly metadata: ResponseMetadata;
}

/** The value of a string header, or undefined when absent. Throws when it has another type. */
export function stringHeader(message: Message, name: string): string | undefined {
  const header = message.headers[name];
  if (header === undefined) return undefined;
  if (header.type !== "string") throw new MalformedValueError(`the ${name} header is a ${header.type}, not a string`);
  return header.value;
}

/** A header's value as the member's target type. */
function headerValue(header: MessageHeaderValue, target: Schema): unknown {
  switch (target.k) {
    case "boolean":
      if (header.type === "boolean") return header.value;
      break;
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long":
      if (header.type === "byte" || header.type === "short" || header.type === "integer") return header.value;
      if (header.type === "long") return header.value.valueOf();
      break;
    case "blob":
      if (header.type === "binary") return header.value.slice();
      break;
    case "string":
    case "enum":
      if (header.type === "string") return header.value;
      break;
    case "timestamp":
      if (header.type === "timestamp") return header.value;
      break;
  }
  throw new MalformedValueError(`expected a ${target.k} header, found a ${header.type} one`);
}

/** The members of an event or exception structure, from the message's headers and body. */
export function readEventStructure(schema: StructureSchema, message: Message, named: boolean, f: JsonValueFeatures): Obj {
  const layout = eventLayout(schema);
  const out: Obj = {};
  const body = message.body;
  if (layout.payload) {
    const { member, target } = layout.payload;
    try {
      if (target.k === "blob") out[member.name] = body.slice();
      else if (target.k === "string" || target.k === "enum") out[member.name] = utf8Decode(body);
      else if (body.length > 0) {
        const json = parseJsonBody(body);
        if (json !== undefined)
          out[member.name] =
            target.k === "structure"
              ? parseStructure(target, json, jsonMode(named), {}, f)
              : target.k === "union"
                ? parseUnion(target, json, named, f)
                : json;
      }
    } catch (error) {
      withPath(error, member.name);
    }
  } else if (layout.body) {
    const json = body.length > 0 ? parseJsonBody(body) : undefined;
    parseStructure(layout.body, json === undefined ? {} : json, jsonMode(named), out, f);
  }
  for (const member of layout.headers) {
    const header = message.headers[member.name];
    if (header === undefined) continue;
    try {
      out[member.name] = headerValue(header, resolveSchema(member.target));
    } catch (error) {
      withPath(error, member.name);
    }
  }
  return out;
}

/** The error of an `exception` message: its modeled class when the union declares it, else the base exception. */
function exceptionOf(message: Message, ctx: EventDecodeContext): Error {
  const type = stringHeader(message, ":exception-type");
  if (type === undefined) throw new MalformedValueError("an exception message has no :exception-type header");
  const modeled = ctx.union.errors?.find((e) => e.name === type);
  const member = modeled && ctx.union.members.find((m) => m.name === type);
  const target = member && resolveSchema(member.target);
  if (modeled && target?.k === "structure") {
    const members = readEventStructure(target, message, ctx.named, ctx.features);
    return new modeled.ctor({ ...members, $metadata: ctx.metadata });
  }
  let text = utf8Decode(message.body);
  try {
    const json = parseJsonBody(message.body) as Obj | undefined;
    const found = json?.message ?? json?.Message;
    if (typeof found === "string") text = found;
  } catch {
    // Not JSON: the body text is the message.
  }
  return new ctx.service.baseError({ name: type, $fault: "server", $metadata: ctx.metadata, message: text });
}

/**
 * The event a message carries: `{ member: value }`, or `{ $unknown: [type, message] }` for an event type the
 * model does not know. Throws the error an exception or error message carries (to be thrown to the consumer),
 * and MalformedValueError when the message itself is malformed.
 */
export function decodeEvent(message: Message, ctx: EventDecodeContext): Obj {
  const kind = stringHeader(message, ":message-type");
  if (kind === "event") {
    const type = stringHeader(message, ":event-type");
    if (type === undefined) throw new MalformedValueError("an event message has no :event-type header");
    const member = ctx.union.members.find((m) => m.name === type);
    const target = member && resolveSchema(member.target);
    if (!member || target?.k !== "structure") return { $unknown: [type, message] };
    try {
      return { [type]: readEventStructure(target, message, ctx.named, ctx.features) };
    } catch (error) {
      withPath(error, type);
    }
  }
  if (kind === "exception") throw exceptionOf(message, ctx);
  if (kind === "error") {
    const code = stringHeader(message, ":error-code") ?? "UnknownError";
    const text = stringHeader(message, ":error-message");
    throw new ctx.service.baseError({
      name: code,
      $fault: "server",
      $metadata: ctx.metadata,
      ...(text !== undefined && { message: text }),
    });
  }
  throw kind === undefined ? new MalformedValueError("a message has no :message-type header") : unexpected("a known :message-type", kind);
}
