import type { RawResponse } from "../protocol.js";

/** Metadata every output and every service error carries. */
export interface ResponseMetadata {
  /** The HTTP status of the last attempt. */
  readonly httpStatusCode?: number;
  /** `x-amzn-requestid` (or `x-amz-request-id`). */
  readonly requestId?: string;
  /** `x-amz-id-2`. */
  readonly extendedRequestId?: string;
  /** `x-amz-cf-id`. */
  readonly cfId?: string;
  /** How many attempts were made, the first included. */
  readonly attempts?: number;
  /** Milliseconds spent waiting between attempts. */
  readonly totalRetryDelay?: number;
}

/** Anything that carries `$metadata` (command outputs and errors). */
export interface MetadataBearer {
  $metadata: ResponseMetadata;
}

/** The `@retryable` trait of an error, as the retry strategy reads it. */
export interface RetryableTrait {
  readonly throttling: boolean;
}

/** What a service exception is built from: the error's name and fault, response facts, and the modeled members. */
export interface ServiceExceptionInit {
  readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata?: ResponseMetadata;
  readonly $response?: RawResponse;
  readonly $retryable?: RetryableTrait;
  readonly message?: string;
  /** Modeled members of the error (copied onto the instance). */
  readonly [member: string]: unknown;
}

/** The members a generated error class takes: its typed members plus response facts. */
export type ExceptionInit<T> = Omit<T, keyof ServiceException | "name" | "$fault"> & {
  readonly $metadata?: ResponseMetadata;
  readonly $response?: RawResponse;
  readonly message?: string;
};

const RESERVED = new Set(["name", "$fault", "$metadata", "$response", "$retryable", "message", "stack", "cause"]);

/**
 * The base of every error a service returns. Generated code extends it once per service
 * (`ProtonServiceException`) and once per modeled error. `$response` (the raw response) is
 * kept but not enumerable, so it stays out of JSON and logs.
 */
export class ServiceException extends Error {
  /** Who is at fault: the caller (`client`, 4xx) or the service (`server`, 5xx). */
  declare readonly $fault: "client" | "server";
  /** Response facts: status code, request id, attempts. */
  declare $metadata: ResponseMetadata;
  /** The `@retryable` trait of a modeled error, if any. */
  declare readonly $retryable?: RetryableTrait;
  /** The raw response this error was parsed from (non-enumerable). */
  declare readonly $response?: RawResponse;

  /** Builds the exception; modeled members in `init` become own properties. */
  constructor(init: ServiceExceptionInit) {
    const message = init.message ?? (typeof init.Message === "string" ? init.Message : undefined);
    super(message ?? init.name);
    this.name = init.name;
    this.$fault = init.$fault;
    this.$metadata = init.$metadata ?? {};
    if (init.$retryable) this.$retryable = init.$retryable;
    Object.defineProperty(this, "$response", { value: init.$response, enumerable: false, writable: true, configurable: true });
    for (const key of Object.keys(init)) {
      if (!RESERVED.has(key)) (this as Record<string, unknown>)[key] = init[key];
    }
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** True when `value` is a ServiceException (also across duplicated copies of the runtime), optionally with the given name. */
  static isInstance(value: unknown, name?: string): value is ServiceException {
    if (!value || typeof value !== "object" || !("$fault" in value) || !("$metadata" in value)) return false;
    return name === undefined || (value as { name?: unknown }).name === name;
  }
}
