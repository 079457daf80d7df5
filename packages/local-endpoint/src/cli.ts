#!/usr/bin/env node
/** The `local-endpoint` command: starts the endpoint, prints where and how to call it, runs until SIGINT/SIGTERM. */
import { parseCliArgs, USAGE } from "./cli-args.js";
import { startLocalEndpoint } from "./server/start-local-endpoint.js";

async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`local-endpoint: ${(e as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const endpoint = await startLocalEndpoint({
    ...args.options,
    ...(args.quiet ? {} : { logger: { info: (m) => console.log(m), error: (m, e) => console.error(m, e) } }),
  });
  const c = endpoint.credentials[0]!;
  const faults = args.options.faults?.rate ? `fault rate ${args.options.faults.rate}, seed ${args.options.seed ?? 1}` : "no random faults";
  console.log(`local-endpoint listening on ${endpoint.url} (${faults})`);
  console.log(`  AWS_ACCESS_KEY_ID=${c.accessKeyId}`);
  console.log(`  AWS_SECRET_ACCESS_KEY=${c.secretAccessKey}`);
  if (c.sessionToken !== undefined) console.log(`  AWS_SESSION_TOKEN=${c.sessionToken}`);
  console.log(`  endpoint: ${endpoint.url}   any region; stats: GET ${endpoint.url}/__admin/stats`);
  const stop = (signal: string) => {
    console.log(`local-endpoint: ${signal}, closing`);
    endpoint.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error("local-endpoint:", e);
  process.exit(1);
});
