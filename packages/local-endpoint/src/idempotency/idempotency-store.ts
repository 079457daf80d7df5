/** A successful answer remembered under a client token. */
export interface StoredResult {
  readonly status: number;
  readonly body?: unknown;
}

/** What a token lookup found. */
export type TokenLookup =
  | { readonly kind: "new" }
  | { readonly kind: "replay"; readonly result: StoredResult }
  | { readonly kind: "mismatch" };

/**
 * Remembers successful results by (operation, account, token), with a fingerprint of the other parameters: the same
 * token with the same parameters replays the result, with other parameters it is a conflict. Failures are not stored,
 * so a request that failed may be retried with its token.
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, { fingerprint: string; result: StoredResult }>();

  /** Looks a token up. */
  check(key: string, fingerprint: string): TokenLookup {
    const entry = this.#entries.get(key);
    if (entry === undefined) return { kind: "new" };
    return entry.fingerprint === fingerprint ? { kind: "replay", result: entry.result } : { kind: "mismatch" };
  }

  /** Stores the result of a first successful call. */
  remember(key: string, fingerprint: string, result: StoredResult): void {
    this.#entries.set(key, { fingerprint, result });
  }

  /** Forgets every token. */
  clear(): void {
    this.#entries.clear();
  }
}

/** A stable text of the input without its token member (object keys sorted), to compare parameters across calls. */
export function fingerprintOf(input: Readonly<Record<string, unknown>>, tokenMember: string): string {
  const { [tokenMember]: _token, ...rest } = input;
  return stableJson(rest);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined && x !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
