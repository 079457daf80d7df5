/**
 * The value of an event-stream output member: an async iterable of typed events read from the unread
 * response body. Frames are checked (prelude and message CRC) and decoded by @smithy/core's codec, loaded on
 * the first read. An exception or error message is thrown as its typed error; a malformed frame (torn, bad
 * CRC, bad headers or body) as the error `malformed` builds, keeping the bytes received of that frame. The
 * body is released (socket closed) when the stream ends, fails, is aborted, or the consumer stops early.
 */
import type { Message } from "@smithy/types";
import { type BodyReader, openBody } from "../streams/body-reader.js";
import { loadEventStreamLib } from "./codec.js";
import { decodeEvent, type EventDecodeContext } from "./event-decoder.js";
import { FrameError, FrameReader } from "./frame-reader.js";

type Obj = Record<string, unknown>;

/** What an event-stream output is read from and how its failures are reported. */
export interface EventStreamOutputInit {
  /** The unread body. */
  readonly body: unknown;
  readonly decode: EventDecodeContext;
  /** The caller's abort signal: aborting it stops the stream with `abortError()`. */
  readonly signal: AbortSignal | undefined;
  readonly abortError: () => Error;
  /** The typed error of a malformed stream; `received` is what arrived of the failing frame. */
  readonly malformed: (detail: string, received: Uint8Array, cause: unknown) => Error;
}

/** An event stream that can also hand out its leading `initial-response` message (awsJson outputs). */
export interface EventStreamOutput extends AsyncIterable<Obj> {
  /** Reads the first message: the body of an `initial-response` event, or undefined (the message is then yielded first). */
  initialResponse(): Promise<Uint8Array | undefined>;
}

/** True for the `initial-response` event that awsJson streams start with. */
const isInitialResponse = (message: Message): boolean => message.headers[":event-type"]?.value === "initial-response";

/** The async iterable of the events of `init.body`. It can be iterated once. */
export function eventStreamOutput(init: EventStreamOutputInit): EventStreamOutput {
  let reader: BodyReader | undefined;
  let frames: FrameReader | undefined;
  let held: Message | undefined;
  let finished = false;
  let aborted = false;
  let iterating = false;
  const { signal } = init;

  const onAbort = () => {
    aborted = true;
    reader?.cancel(init.abortError());
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  const finish = (reason?: unknown) => {
    if (finished) return;
    finished = true;
    signal?.removeEventListener("abort", onAbort);
    (reader ?? openBody(init.body)).cancel(reason);
  };

  /** The next message, or undefined at the end; failures become the stream's typed errors. */
  const nextMessage = async (): Promise<Message | undefined> => {
    if (held) {
      const message = held;
      held = undefined;
      return message;
    }
    let frame: Uint8Array | undefined;
    try {
      const lib = await loadEventStreamLib();
      reader ??= openBody(init.body);
      frames ??= new FrameReader(reader, lib.crc32);
      frame = await frames.next();
      if (aborted || signal?.aborted) throw init.abortError();
      return frame && lib.decode(frame);
    } catch (error) {
      if (aborted || signal?.aborted) throw init.abortError();
      if (error instanceof FrameError) throw init.malformed(error.message, error.received, error.cause);
      const detail = error instanceof Error ? error.message : String(error);
      throw init.malformed(
        frame ? `a message could not be decoded: ${detail}` : `the connection failed: ${detail}`,
        frame ?? new Uint8Array(0),
        error,
      );
    }
  };

  const next = async (): Promise<IteratorResult<Obj>> => {
    if (finished) return { done: true, value: undefined };
    try {
      for (;;) {
        const message = await nextMessage();
        if (!message) {
          finish();
          return { done: true, value: undefined };
        }
        // An `initial-response` nobody asked for (an awsJson output without other members) is no event.
        if (isInitialResponse(message)) continue;
        return { done: false, value: decodeStructure(message) };
      }
    } catch (error) {
      finish(error);
      throw error;
    }
  };

  const decodeStructure = (message: Message): Obj => {
    try {
      return decodeEvent(message, init.decode);
    } catch (error) {
      // The errors that exception and error messages carry are the stream's to throw.
      if (error instanceof init.decode.service.baseError) throw error;
      const detail = error instanceof Error ? ((error as { describe?: () => string }).describe?.() ?? error.message) : String(error);
      throw init.malformed(`an event could not be read: ${detail}`, message.body, error);
    }
  };

  return {
    [Symbol.asyncIterator](): AsyncIterator<Obj> {
      if (iterating) throw new TypeError("An event stream can be iterated only once.");
      iterating = true;
      return {
        next,
        async return() {
          finish();
          return { done: true, value: undefined };
        },
      };
    },
    async initialResponse() {
      const message = await nextMessage().catch((error) => {
        finish(error);
        throw error;
      });
      if (message && isInitialResponse(message)) return message.body;
      held = message;
      return undefined;
    },
  };
}
