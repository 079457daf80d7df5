import { SENSITIVE } from "../logger.js";

/** Shorter strings are not searched for: replacing a short string would garble unrelated text (and no real secret is that short). */
const MIN_SECRET_LENGTH = 8;
/** How deep modeled members (e.g. `Fields[0].Message`) and `cause` chains are searched. */
const MAX_DEPTH = 6;

type Bag = Record<string, unknown>;

/**
 * Replaces, in place, every occurrence of `secrets` (the secret key and session token of the call) in an
 * error on its way to the caller: its message and stack, its string members at any depth, and its `cause`
 * chain. Services may echo the session token (a signature mismatch quotes the canonical request, headers
 * included), and what an error says ends up in logs. The raw `$response` (not enumerable) is kept as received.
 */
export function redactSecrets(error: unknown, secrets: readonly (string | undefined)[]): void {
  const list = secrets.filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH);
  if (list.length === 0 || !error || typeof error !== "object") return;
  const seen = new Set<object>();
  const walk = (target: Bag, depth: number): void => {
    if (seen.has(target) || depth > MAX_DEPTH) return;
    seen.add(target);
    const keys = Object.keys(target);
    // Error's own message, stack and cause are not enumerable.
    if (target instanceof Error) keys.push("message", "stack", "cause");
    for (const key of keys) {
      if (key === "$response") continue;
      try {
        const value = target[key];
        if (typeof value === "string") {
          let clean = value;
          for (const secret of list) if (clean.includes(secret)) clean = clean.split(secret).join(SENSITIVE);
          if (clean !== value) target[key] = clean;
        } else if (value && typeof value === "object") {
          walk(value as Bag, depth + 1);
        }
      } catch {
        // A getter that throws or a frozen object: nothing more can be done there.
      }
    }
  };
  walk(error as Bag, 0);
}
