import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAdmin } from "../admin/admin-routes.js";
import { accountOf, DEFAULT_CREDENTIAL, type EndpointCredential } from "../auth/credentials.js";
import { FaultInjector, type FaultOptions } from "../faults/fault-injector.js";
import type { FaultKind } from "../faults/fault-kind.js";
import { IdempotencyStore } from "../idempotency/idempotency-store.js";
import type { ErrorCodeStyle } from "../protocol/error-wire.js";
import { Router } from "../protocol/router.js";
import { OPERATIONS } from "../services/operations.js";
import { DEFAULT_QUOTAS, LocalState, type Quotas } from "../state/local-state.js";
import type { SeedIds } from "../state/seed-ids.js";
import { type EndpointStats, StatsRecorder } from "../stats/stats-recorder.js";
import type { EndpointCore, LocalEndpointLogger } from "./endpoint-core.js";
import { handleRequest } from "./handle-request.js";

/** How to start the endpoint; every option has a default. */
export interface LocalEndpointOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string;
  /** Accepted credentials; default one: AKIDLOCALENDPOINT / local-endpoint-secret, account 123456789012. */
  readonly credentials?: readonly EndpointCredential[];
  /** Random fault injection (off unless `rate` > 0). */
  readonly faults?: FaultOptions;
  /** Seed of the fault PRNG; default 1. */
  readonly seed?: number;
  /** Server clock in epoch milliseconds; default Date.now. */
  readonly clock?: () => number;
  /** Receives one line per request; default silent. */
  readonly logger?: LocalEndpointLogger;
  /** Quotas that answer ServiceQuotaExceededException. */
  readonly quotas?: Partial<Quotas>;
  /** Region used in the ARNs of pre-seeded resources; default us-east-1. */
  readonly region?: string;
  /** false starts with no resources at all; default true. */
  readonly seedData?: boolean;
  /** `qualified` (default, as AWS sends) or `short` error codes; see README. */
  readonly errorCodeStyle?: ErrorCodeStyle;
  /** Allowed clock skew of signed requests; default 5 minutes. */
  readonly maxSkewMs?: number;
}

/** A running endpoint. */
export interface LocalEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:4566`: the `endpoint` to give every client. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly credentials: readonly EndpointCredential[];
  /** The services' resources; add more through its per-service methods. */
  readonly state: LocalState;
  /** Ids of the pre-seeded resources. */
  readonly ids: SeedIds;
  /** Counters since start (or the last reset). */
  stats(): EndpointStats;
  /** Replaces random fault settings and restarts the PRNG from `seed` (default: the current seed). */
  setFaults(faults: FaultOptions, seed?: number): void;
  /** Fails the next `count` requests (optionally of one operation) with `kind`, before random faults. */
  failNext(count: number, kind: FaultKind, options?: { operation?: string; delayMs?: number }): void;
  /** Restores seeded state, zeroes counters, forgets client tokens and scripted faults, restarts the PRNG. */
  reset(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts the local endpoint for Well-Architected, Proton, Image Builder and CodeGuru Profiler on one port. */
export async function startLocalEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
  if (credentials.length === 0) throw new TypeError("at least one credential is needed");
  const quotas: Quotas = { ...DEFAULT_QUOTAS, ...options.quotas };
  const region = options.region ?? "us-east-1";
  const state = new LocalState(quotas, accountOf(credentials[0]!), region, options.seedData ?? true);
  const faultOptions = options.faults ?? {};
  const core: EndpointCore = {
    credentials,
    clock: options.clock ?? Date.now,
    router: new Router(OPERATIONS),
    state,
    stats: new StatsRecorder(),
    faults: new FaultInjector(faultOptions, options.seed ?? 1),
    idempotency: new IdempotencyStore(),
    errorCodeStyle: options.errorCodeStyle ?? "qualified",
    maxSkewMs: options.maxSkewMs ?? 5 * 60 * 1000,
    maxBodyBytes: 1024 * 1024,
    logger: options.logger,
  };
  const reset = (): void => {
    state.reset();
    core.stats.reset();
    core.idempotency.clear();
    core.faults.clearScripted();
    core.faults.configure(faultOptions);
  };
  const admin = (method: string, rawPath: string, body: Buffer) => handleAdmin({ core, reset }, method, rawPath, body);

  const server = createServer((req, res) => {
    handleRequest(core, admin, req, res).catch((e: unknown) => {
      // Only reading the body can fail here (client went away); there is nobody left to answer.
      core.logger?.error?.("request aborted", e);
      req.socket.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    credentials,
    state,
    ids: state.ids,
    stats: () => core.stats.snapshot(),
    setFaults: (faults, seed) => core.faults.configure(faults, seed),
    failNext: (count, kind, opts) => core.faults.failNext(count, kind, opts),
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
