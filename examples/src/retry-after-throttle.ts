import { UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import type { LocalEndpoint } from "@slimsdk/local-endpoint";
import type { ExampleClients } from "./clients.js";
import { type Print, printFields, printHeading } from "./print.js";

/**
 * Makes the endpoint throttle the next UpdateEnvironment once: the client's standard retry strategy
 * backs off and tries again, and `$metadata` tells how many attempts it took and how long it waited.
 */
export async function showRetryAfterThrottle(clients: ExampleClients, endpoint: LocalEndpoint, print: Print): Promise<void> {
  endpoint.failNext(1, "throttle", { operation: "UpdateEnvironment" });
  const out = await clients.proton.send(
    new UpdateEnvironmentCommand({ name: endpoint.ids.proton.staging, deploymentType: "NONE", description: "Owned by the platform team" }),
  );
  printHeading(print, "Retry: UpdateEnvironment after one injected ThrottlingException");
  printFields(print, {
    name: out.environment.name,
    description: out.environment.description,
    "HTTP status": out.$metadata.httpStatusCode,
    attempts: out.$metadata.attempts,
    totalRetryDelay: `${out.$metadata.totalRetryDelay ?? 0} ms`,
    "throttles sent": endpoint.stats().faults.throttle,
  });
}
