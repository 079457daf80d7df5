/** A complete HTTP answer, built before anything is written so the pipeline can decide to drop it instead. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A JSON answer with the given content type. */
export function jsonReply(status: number, body: unknown, contentType = "application/json"): Reply {
  return { status, headers: { "content-type": contentType }, body: JSON.stringify(body) };
}

/** An answer with no body (e.g. UpgradeProfileVersion's 200, or a CORS preflight). */
export function emptyReply(status: number): Reply {
  return { status, headers: {}, body: "" };
}
