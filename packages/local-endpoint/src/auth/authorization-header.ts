/** The parts of an `AWS4-HMAC-SHA256` Authorization header. */
export interface ParsedAuthorization {
  readonly algorithm: string;
  readonly accessKeyId: string;
  /** Credential scope parts after the key: date, region, service, terminator. */
  readonly scope: { readonly date: string; readonly region: string; readonly service: string; readonly terminator: string };
  /** Lower-case header names in the order given. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Parses an Authorization header; returns the AWS message for IncompleteSignatureException when a part is missing. */
export function parseAuthorization(header: string): ParsedAuthorization | { readonly error: string } {
  const space = header.indexOf(" ");
  const algorithm = space < 0 ? header : header.slice(0, space);
  if (algorithm !== "AWS4-HMAC-SHA256") {
    return { error: `Unsupported AWS 'algorithm': '${algorithm}'` };
  }
  const params = new Map<string, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of ["Credential", "SignedHeaders", "Signature"]) {
    if (!params.get(name)) return { error: `Authorization header requires '${name}' parameter. Authorization=${header}` };
  }
  const credential = params.get("Credential")!.split("/");
  if (credential.length !== 5 || credential.some((p) => p === "")) {
    return {
      error: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${params.get("Credential")}'`,
    };
  }
  const [accessKeyId, date, region, service, terminator] = credential as [string, string, string, string, string];
  return {
    algorithm,
    accessKeyId,
    scope: { date, region, service, terminator },
    signedHeaders: params
      .get("SignedHeaders")!
      .split(";")
      .map((h) => h.toLowerCase()),
    signature: params.get("Signature")!,
  };
}
