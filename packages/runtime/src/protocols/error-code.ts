/** Finding and normalizing the error code of an AWS JSON error response. */

/**
 * Reduces a wire error code to the error's shape name: anything from the first `:` on is dropped
 * (some services append a URL), then anything up to the `#` (a namespace).
 * `aws.protocoltests.restjson#FooError:http://internal.amazon.com/...` → `FooError`.
 */
export function sanitizeErrorCode(raw: string): string {
  let code = raw;
  const colon = code.indexOf(":");
  if (colon !== -1) code = code.slice(0, colon);
  const hash = code.indexOf("#");
  if (hash !== -1) code = code.slice(hash + 1);
  return code.trim();
}

/**
 * The sanitized error code of a response: the `X-Amzn-Errortype` header, else the body's `__type`,
 * else its `code` or `Code`. Undefined when none is present (or all are empty).
 */
export function readErrorCode(
  headers: Readonly<Record<string, string>>,
  body: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const header = headers["x-amzn-errortype"];
  if (header !== undefined) {
    const code = sanitizeErrorCode(header);
    if (code !== "") return code;
  }
  if (body === undefined) return undefined;
  for (const key of ["__type", "code", "Code"]) {
    const value = body[key];
    if (typeof value === "string") {
      const code = sanitizeErrorCode(value);
      if (code !== "") return code;
    }
  }
  return undefined;
}

/** The error message of a parsed error body: `message`, `Message` or `errorMessage`, when a string. */
export function readErrorMessage(body: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (body === undefined) return undefined;
  for (const key of ["message", "Message", "errorMessage"]) {
    const value = body[key];
    if (typeof value === "string") return value;
  }
  return undefined;
}
