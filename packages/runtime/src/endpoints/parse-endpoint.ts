import type { Endpoint } from "../protocol.js";

/** An endpoint override as an object (the @smithy/types `Endpoint` shape is accepted). */
export interface EndpointInput {
  readonly protocol?: string | undefined;
  readonly hostname: string;
  readonly port?: number | undefined;
  readonly path?: string | undefined;
}

/** Normalizes an `endpoint` override (a URL string or an object) with a clear error when it is unusable. */
export function parseEndpoint(value: string | EndpointInput): Endpoint {
  let url: URL | undefined;
  if (typeof value === "string") {
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
  }
  const e: EndpointInput | undefined = url
    ? { protocol: url.protocol, hostname: url.hostname, port: url.port ? Number(url.port) : undefined, path: url.pathname }
    : typeof value === "object" && value
      ? value
      : undefined;
  const protocol = e?.protocol ? (e.protocol.endsWith(":") ? e.protocol : `${e.protocol}:`) : "https:";
  if (!e || typeof e.hostname !== "string" || !e.hostname || (protocol !== "https:" && protocol !== "http:")) {
    throw new Error(`Invalid endpoint ${JSON.stringify(value)}: expected an http(s) URL such as "https://example.com".`);
  }
  const path = e.path ? (e.path.startsWith("/") ? e.path : `/${e.path}`) : "/";
  return { protocol, hostname: e.hostname, ...(e.port ? { port: Number(e.port) } : {}), path };
}
