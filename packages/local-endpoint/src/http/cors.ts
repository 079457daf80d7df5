/** Response headers a browser page may read; Date lets a browser client correct its clock skew. */
export const EXPOSED_HEADERS = "x-amzn-requestid, x-amzn-errortype, date";

/** Request headers allowed when a preflight does not list its own (everything an AWS SDK sends). */
export const DEFAULT_ALLOWED_HEADERS =
  "authorization, content-type, x-amz-date, x-amz-target, x-amz-content-sha256, x-amz-security-token, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request";

const METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

/** CORS headers for any answer: the page's origin (or `*`), allowed methods and headers, exposed headers. */
export function corsHeaders(origin: string | undefined, requestedHeaders: string | undefined): Record<string, string> {
  return {
    "access-control-allow-origin": origin ?? "*",
    "access-control-allow-methods": METHODS,
    "access-control-allow-headers": requestedHeaders ?? DEFAULT_ALLOWED_HEADERS,
    "access-control-expose-headers": EXPOSED_HEADERS,
    "access-control-max-age": "600",
    vary: "Origin",
  };
}
