/**
 * Raised inside the codecs when response data does not fit its schema (wrong JSON type, bad base64,
 * bad date). The protocol turns it into the service's `MalformedResponseError`; it never reaches users.
 */
export class MalformedValueError extends Error {
  /** Where the bad value sits, outermost first, e.g. `["contents", "listValue", "[2]"]`. */
  readonly path: string[] = [];

  /** `detail` says what was expected and what was found. */
  constructor(readonly detail: string) {
    super(detail);
    this.name = "MalformedValueError";
  }

  /** The detail with its location, e.g. `expected a string, found number at contents.stringValue`. */
  describe(): string {
    return this.path.length === 0 ? this.detail : `${this.detail} at ${this.path.join(".")}`;
  }
}

/** Builds the error for a value of the wrong type. */
export function unexpected(expected: string, found: unknown): MalformedValueError {
  return new MalformedValueError(`expected ${expected}, found ${describeValue(found)}`);
}

/** Adds one path segment (innermost first as the error unwinds) and rethrows anything else as is. */
export function withPath(error: unknown, segment: string): never {
  if (error instanceof MalformedValueError) error.path.unshift(segment);
  throw error;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string "${value}"`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
