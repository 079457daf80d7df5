import { validateInputMiddleware } from "../middleware/input-middleware.js";
import type { Middleware } from "../middleware/types.js";
import type { OperationSchema } from "../schema.js";
import { checkInput } from "../validation/check-input.js";
import { InputValidationError, type Violation } from "../validation/input-validation-error.js";
import { isBlob } from "./body-reader.js";
import { streamingMember } from "./streaming-member.js";

const withoutStream = new WeakMap<OperationSchema, OperationSchema>();

/** The operation with its streaming member left out (its value is a stream, not data to check member by member). */
function checkedPart(op: OperationSchema, name: string): OperationSchema {
  let found = withoutStream.get(op);
  if (!found) {
    found = { ...op, input: { ...op.input, members: op.input.members.filter((m) => m.name !== name) } };
    withoutStream.set(op, found);
  }
  return found;
}

/** True for a value an event-stream input member takes: an async (or plain) iterable of events. */
const isIterable = (v: unknown): boolean =>
  typeof v === "object" &&
  v !== null &&
  (typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function" ||
    typeof (v as Iterable<unknown>)[Symbol.iterator] === "function");

/** True for a blob payload value whose length is known before it is sent. */
const hasLength = (v: unknown): boolean => typeof v === "string" || ArrayBuffer.isView(v) || v instanceof ArrayBuffer || isBlob(v);

/**
 * `initialize`, for clients with streaming operations (it replaces the input checks): the other members are
 * checked as usual; the streaming one must be set when required, an event stream must be an (async)
 * iterable, and a `@requiresLength` blob must have a known length (bytes, text or a Blob, not a stream).
 */
export const streamInputChecksMiddleware: Middleware = (next, context) => {
  const plain = validateInputMiddleware(next, context);
  return async (args) => {
    const op = context.operation;
    const streaming = streamingMember(op.input);
    if (!streaming) return plain(args);
    const { member } = streaming;
    const violations: Violation[] = checkInput(checkedPart(op, member.name), args.input, context.config.validateInput);
    const value = args.input[member.name];
    const path = member.name;
    if (value === undefined || value === null) {
      if (member.required) violations.push({ path, message: `missing required member "${path}"` });
    } else if (streaming.kind === "events" && !isIterable(value)) {
      violations.push({ path, message: `"${path}" must be an async iterable of events` });
    } else if (streaming.kind === "blob" && streaming.target.requiresLength && !hasLength(value)) {
      violations.push({ path, message: `"${path}" must have a known length (a Uint8Array, string or Blob, not a stream)` });
    }
    if (violations.length > 0) throw new InputValidationError(context.commandName, violations);
    return next(args);
  };
};
