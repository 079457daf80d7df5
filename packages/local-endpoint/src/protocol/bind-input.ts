import type { Operation } from "../services/operation.js";
import { isObject } from "../validation/validate.js";
import { commonError } from "./service-error.js";
import { wireProtocol } from "./wire-protocols.js";

/** The parts of a request an operation's input is read from. */
export interface WireInput {
  readonly labels: Readonly<Record<string, string>>;
  readonly rawQuery: string;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
}

/**
 * Assembles an operation's input from labels, query parameters and the JSON body, following the protocol's bindings.
 * Throws a front-door error for a wrong content type or a body that is not a JSON object.
 */
export function bindInput(op: Operation, wire: WireInput): Record<string, unknown> {
  const protocol = wireProtocol(op.service.protocol);
  const byTarget = protocol.routing === "target";
  const mediaType = wire.contentType?.split(";")[0]?.trim().toLowerCase();
  const expected = protocol.contentType;
  // Target-routed protocols always carry a JSON body (`{}` at least), so always a Content-Type.
  if ((byTarget || wire.body.length > 0) && mediaType !== expected) {
    throw commonError("UnsupportedMediaTypeException", 415, `Content-Type must be ${expected}, got ${wire.contentType ?? "none"}.`);
  }
  const body = parseBody(wire.body);
  if (byTarget) return body;

  const http = op.http as { readonly query?: Readonly<Record<string, string>> };
  const input: Record<string, unknown> = {};
  const query = firstValues(wire.rawQuery);
  const bound = new Set([...Object.keys(wire.labels), ...Object.keys(http.query ?? {})]);
  for (const name of Object.keys(op.input.members)) {
    if (!bound.has(name) && name in body) input[name] = body[name];
  }
  for (const [member, param] of Object.entries(http.query ?? {})) {
    const value = query.get(param);
    if (value !== undefined) input[member] = value;
  }
  Object.assign(input, wire.labels);
  return input;
}

function parseBody(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw commonError("SerializationException", 400, `Could not parse the request body as JSON: ${(e as Error).message}`);
  }
  if (!isObject(value)) throw commonError("SerializationException", 400, "The request body must be a JSON object.");
  return value;
}

/** Query parameters by name (decoded), first value wins. */
function firstValues(rawQuery: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    if (!out.has(name)) out.set(name, decode(eq < 0 ? "" : part.slice(eq + 1)));
  }
  return out;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
