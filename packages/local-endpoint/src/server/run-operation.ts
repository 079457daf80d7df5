import { accountOf, type EndpointCredential } from "../auth/credentials.js";
import { emptyReply, jsonReply, type Reply } from "../http/reply.js";
import { fingerprintOf } from "../idempotency/idempotency-store.js";
import { bindInput, type WireInput } from "../protocol/bind-input.js";
import { wireProtocol } from "../protocol/wire-protocols.js";
import type { Operation, OperationContext, OperationResult } from "../services/operation.js";
import { validate } from "../validation/validate.js";
import type { EndpointCore } from "./endpoint-core.js";

/**
 * Reads, validates and runs an operation for a verified caller, honouring its client token. Throws ServiceError for
 * any modeled or front-door failure; the caller turns it into the service's wire form.
 */
export function runOperation(core: EndpointCore, op: Operation, wire: WireInput, caller: EndpointCredential, region: string): Reply {
  const input = bindInput(op, wire);
  const violations = validate(input, op.input);
  if (violations.length > 0) throw op.service.invalidInput(violations);
  const ctx: OperationContext = { account: accountOf(caller), region, now: core.clock(), state: core.state, stats: core.stats };
  return successReply(op, runIdempotent(core, op, input, ctx));
}

function runIdempotent(core: EndpointCore, op: Operation, input: Record<string, unknown>, ctx: OperationContext): OperationResult {
  const member = op.idempotencyToken;
  const token = member === undefined ? undefined : input[member];
  if (member === undefined || typeof token !== "string") return op.run(input, ctx);
  // Tokens are scoped per operation and account, as AWS scopes them.
  const key = `${op.name}\n${ctx.account}\n${token}`;
  const fingerprint = fingerprintOf(input, member);
  const found = core.idempotency.check(key, fingerprint);
  if (found.kind === "replay") {
    core.stats.replay();
    return found.result;
  }
  if (found.kind === "mismatch") throw op.idempotencyMismatch!();
  const result = op.run(input, ctx);
  core.idempotency.remember(key, fingerprint, result);
  return result;
}

function successReply(op: Operation, result: OperationResult): Reply {
  const protocol = wireProtocol(op.service.protocol);
  // Target-routed protocols answer a JSON object even for an empty output.
  if (protocol.routing === "target") return jsonReply(result.status, result.body ?? {}, protocol.contentType);
  return result.body === undefined ? emptyReply(result.status) : jsonReply(result.status, result.body, protocol.contentType);
}
