import { startLocalEndpoint } from "@slimsdk/local-endpoint";
import { createClients, destroyClients, localClientConfig } from "./clients.js";
import { showModeledError } from "./modeled-error.js";
import { callAllOperations } from "./operations.js";
import { type Print, printFields, printHeading } from "./print.js";
import { showRetryAfterThrottle } from "./retry-after-throttle.js";

/**
 * The whole tour: starts the local endpoint on a free loopback port, calls the five operations through
 * the four generated clients, shows a typed error and a retried throttle, then stops the endpoint.
 */
export async function runExample(print: Print): Promise<void> {
  const endpoint = await startLocalEndpoint({ port: 0 });
  const clients = createClients(localClientConfig(endpoint));
  try {
    print(`slimsdk example: four generated clients against the local endpoint at ${endpoint.url}`);
    await callAllOperations(clients, endpoint.ids, print);
    await showModeledError(clients, endpoint.ids, print);
    await showRetryAfterThrottle(clients, endpoint, print);
    const { created } = endpoint.stats();
    printHeading(print, "What the endpoint recorded");
    printFields(print, created);
  } finally {
    destroyClients(clients);
    await endpoint.close();
  }
  print("");
  print("Done: 5 operations, 1 modeled error, 1 retried throttle.");
}
