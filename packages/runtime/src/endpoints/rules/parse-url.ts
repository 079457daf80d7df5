/** What `parseURL` returns for a usable URL. */
export interface RuleUrl {
  /** `http` or `https`. */
  readonly scheme: string;
  /** Host and port; a default port only when the input wrote it. */
  readonly authority: string;
  readonly path: string;
  /** The path with a trailing `/`. */
  readonly normalizedPath: string;
  /** True for an IPv4 or IPv6 address. */
  readonly isIp: boolean;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** `parseURL`: an http(s) URL without a query, split into parts, or undefined when the value is not one. */
export function parseUrl(value: string): RuleUrl | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.slice(0, -1);
  if ((scheme !== "http" && scheme !== "https") || url.search || value.includes("?")) return undefined;
  const host = url.host;
  // The URL parser drops a default port; the rules keep what the input said.
  const port = scheme === "https" ? ":443" : ":80";
  const authority = url.port === "" && value.includes(`${host}${port}`) ? `${host}${port}` : host;
  const path = url.pathname;
  return {
    scheme,
    authority,
    path,
    normalizedPath: path.endsWith("/") ? path : `${path}/`,
    isIp: url.hostname.startsWith("[") || IPV4.test(url.hostname),
  };
}
