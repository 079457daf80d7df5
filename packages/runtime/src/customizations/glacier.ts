import type { ChecksumConstructor } from "@smithy/types";
import type { MiddlewareStack } from "../middleware/middleware-stack.js";
import type { Middleware } from "../middleware/types.js";
import { utf8Encode } from "../protocols/utf8.js";

const MIB = 1024 * 1024;

async function sha256(Sha256: ChecksumConstructor, ...parts: Uint8Array[]): Promise<Uint8Array> {
  const hash = new Sha256();
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
}

/** The Glacier SHA-256 tree hash: hashes of 1 MiB chunks, combined pairwise (an odd one out moves up) up to one root. */
export async function treeHash(Sha256: ChecksumConstructor, data: Uint8Array): Promise<Uint8Array> {
  let level: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < data.byteLength; at += MIB) level.push(await sha256(Sha256, data.subarray(at, at + MIB)));
  while (level.length > 1) {
    const up: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? await sha256(Sha256, level[i]!, level[i + 1]!) : level[i]!);
    level = up;
  }
  return level[0]!;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/** `initialize`, before input checks: an unset or empty `accountId` means the caller's own account, `-`. */
const defaultAccountId: Middleware = (next, context) => (args) => {
  const hasMember = context.operation.input.members.some((m) => m.name === "accountId");
  const value = args.input.accountId;
  if (!hasMember || (value !== undefined && value !== null && value !== "")) return next(args);
  return next({ ...args, input: { ...args.input, accountId: "-" } });
};

/** `build`: the API version header, and the checksums Glacier requires of a body (unless the input gave them). */
const versionAndChecksums: Middleware = (next, context) => async (args) => {
  const request = args.request!;
  const headers = request.headers;
  headers["x-amz-glacier-version"] = context.service.version;
  const body: unknown = request.body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const bytes = typeof body === "string" ? utf8Encode(body) : body;
    const Sha256 = context.config.sha256;
    if (!hasHeader(headers, "x-amz-sha256-tree-hash")) headers["x-amz-sha256-tree-hash"] = hex(await treeHash(Sha256, bytes));
    if (!hasHeader(headers, "x-amz-content-sha256")) headers["x-amz-content-sha256"] = hex(await sha256(Sha256, bytes));
  }
  return next(args);
};

/** Adds the Amazon Glacier customizations (Smithy "Amazon Glacier Customizations"); generated Glacier clients call it. */
export function addGlacierCustomizations(stack: MiddlewareStack): void {
  stack.add(defaultAccountId, { step: "initialize", name: "glacierAccountIdMiddleware", priority: "high" });
  stack.add(versionAndChecksums, { step: "build", name: "glacierChecksumsMiddleware" });
}
