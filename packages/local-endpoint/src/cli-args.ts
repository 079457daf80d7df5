import type { FaultKind } from "./faults/fault-kind.js";
import { isFaultKind } from "./faults/fault-kind.js";
import type { LocalEndpointOptions } from "./server/start-local-endpoint.js";

/** Usage text of the `local-endpoint` command. */
export const USAGE = `Usage: local-endpoint [options]

  --port <n>                 port to listen on (default 4566; 0 = any free port)
  --host <addr>              interface to bind (default 127.0.0.1)
  --region <name>            region in the ARNs of pre-seeded resources (default us-east-1)
  --access-key-id <id>       accepted access key (default AKIDLOCALENDPOINT)
  --secret-access-key <key>  its secret (default local-endpoint-secret)
  --session-token <token>    require this session token
  --account-id <id>          the caller's account (default 123456789012)
  --fault-rate <0..1>        share of requests given an injected fault (default 0)
  --fault-kinds <a,b,...>    internal, unavailable, throttle, delay, reset, reset-after
  --fault-delay-ms <n>       delay of the "delay" fault (default 200)
  --fault-operations <a,b>   only these operations get random faults
  --seed <n>                 seed of the fault PRNG (default 1)
  --short-error-codes        send bare error codes (no namespace or coral URL)
  --quiet                    do not log requests
  --help                     show this text`;

/** What the command line asks for. */
export interface CliArgs {
  readonly help: boolean;
  readonly quiet: boolean;
  readonly options: LocalEndpointOptions;
}

/** Parses the command line; throws an Error naming the offending option. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const FLAGS = new Set(["--help", "--quiet", "--short-error-codes"]);
  const VALUED = new Set([
    "--port",
    "--host",
    "--region",
    "--access-key-id",
    "--secret-access-key",
    "--session-token",
    "--account-id",
    "--fault-rate",
    "--fault-kinds",
    "--fault-delay-ms",
    "--fault-operations",
    "--seed",
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name)) flags.add(name);
    else if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new Error(`${name} needs a value`);
      values.set(name, value);
    } else throw new Error(`unknown option ${name}`);
  }

  const num = (name: string): number | undefined => {
    const v = values.get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new Error(`${name} must be a number, got ${v}`);
    return n;
  };
  const csv = (name: string) =>
    values
      .get(name)
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  const kinds = csv("--fault-kinds");
  for (const k of kinds ?? []) if (!isFaultKind(k)) throw new Error(`--fault-kinds: unknown kind ${k}`);
  const operations = csv("--fault-operations");
  const rate = num("--fault-rate");
  const delayMs = num("--fault-delay-ms");
  const seed = num("--seed");
  const accessKeyId = values.get("--access-key-id") ?? "AKIDLOCALENDPOINT";
  const secretAccessKey = values.get("--secret-access-key") ?? "local-endpoint-secret";
  const sessionToken = values.get("--session-token");
  const accountId = values.get("--account-id") ?? "123456789012";
  if (!/^\d{12}$/.test(accountId)) throw new Error(`--account-id must be 12 digits, got ${accountId}`);
  const host = values.get("--host");
  const region = values.get("--region");

  const options: LocalEndpointOptions = {
    port: num("--port") ?? 4566,
    ...(host === undefined ? {} : { host }),
    ...(region === undefined ? {} : { region }),
    ...(seed === undefined ? {} : { seed }),
    credentials: [{ accessKeyId, secretAccessKey, accountId, ...(sessionToken === undefined ? {} : { sessionToken }) }],
    faults: {
      ...(rate === undefined ? {} : { rate }),
      ...(kinds === undefined ? {} : { kinds: kinds as FaultKind[] }),
      ...(delayMs === undefined ? {} : { delayMs }),
      ...(operations === undefined ? {} : { operations }),
    },
    ...(flags.has("--short-error-codes") ? { errorCodeStyle: "short" as const } : {}),
  };
  return { help: flags.has("--help"), quiet: flags.has("--quiet"), options };
}
