import type { OperationSchema } from "./schema.js";

/**
 * Fills every `@idempotencyToken` member the caller left unset with a fresh token. Runs once per
 * `send()`, so all retries carry the same token; the caller's object is copied, never changed.
 */
export function fillIdempotencyTokens(
  op: OperationSchema,
  input: Record<string, unknown>,
  generate: () => string,
): Record<string, unknown> {
  let out = input;
  for (const m of op.input.members) {
    if (m.idempotencyToken && input[m.name] == null) {
      if (out === input) out = { ...input };
      out[m.name] = generate();
    }
  }
  return out;
}
